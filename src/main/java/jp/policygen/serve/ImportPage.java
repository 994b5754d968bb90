package jp.policygen.serve;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.policygen.app.BadInput;
import jp.policygen.app.ImportJob;
import jp.policygen.importer.Plan;
import jp.policygen.io.InputLimits;
import jp.policygen.serve.ServeApp.Response;

/**
 * 現行の規程を取り込む: the body's current rule (a Word, PDF, 例規集 HTML or text file, uploaded or chosen from the
 * profiles folder) read by the same {@link ImportJob} as {@code policygen import}; the matches shown for review, the
 * doubtful ones first as in the 取込結果; then, and only then, the profile saved into the folder. A file the job
 * refuses gets the command line's own message and nothing is saved.
 */
final class ImportPage extends Page {
    /** The one path that takes a multipart form (the upload). */
    static final String UPLOAD_PATH = "/import";
    /** An upload's body: the files together within the size of one file the tool reads, and room for the fields. */
    static final long MAX_UPLOAD = InputLimits.MAX_FILE_BYTES + 64 * 1024;
    static final String TOO_LARGE = "送信されたファイルが大きすぎます（合わせて " + InputLimits.MAX_FILE_BYTES / (1024 * 1024)
            + " MB まで）。何も保存していません。正しいファイルを選んだか確かめてください。";
    /** What import reads, by the name's ending, for the list of the folder's files. */
    private static final List<String> READABLE = List.of(".docx", ".pdf", ".html", ".htm", ".txt");
    /** Reviews kept for the save (each holds a rule's text and its report): the latest few, one per window. */
    private static final int KEPT = 4;

    private final ImportJob job;
    private final Map<String, ImportJob.Prepared> reviews = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob.Prepared> eldest) {
            return size() > KEPT;
        }
    });
    private final SecureRandom random = new SecureRandom();

    ImportPage(Site site) {
        super(site);
        this.job = new ImportJob(workspace); // the server's one workspace, as every page's jobs
    }

    /** The form: upload a file or choose one of the folder's, with the edition and the body's name if known. */
    Response form(String message, int status, Request sent) throws IOException {
        Map<String, Object> m = model("現行の規程を取り込む");
        m.put("folder", folder.dir().toString());
        m.put("files", readableFiles());
        m.put("message", message);
        List<Map<String, String>> editions = new ArrayList<>();
        for (String id : catalog.editionIds()) {
            editions.add(Map.of("id", id, "name", catalog.editionName(id)));
        }
        m.put("editions", editions);
        m.put("chosen", sent == null ? List.of() : sent.all("file"));
        m.put("edition", sent == null ? "" : sent.field("edition"));
        m.put("bodyName", sent == null ? "" : sent.field("body"));
        m.put("maxMb", InputLimits.MAX_FILE_BYTES / (1024 * 1024));
        return Response.html(status, pages.render("import", m));
    }

    /** Reads what was sent, as the command line would; shows the review, or the form again with the job's message. */
    Response read(Request req) throws IOException {
        List<ImportJob.Input> inputs = new ArrayList<>();
        List<String> available = readableFiles();
        for (String chosen : req.all("file")) {
            if (!available.contains(chosen)) { // a name from the list only, never a path
                return form("「" + chosen + "」はフォルダにありません。一覧から選び直してください。", 400, req);
            }
            inputs.add(new ImportJob.Input.File(folder.dir().resolve(chosen), chosen));
        }
        for (Multipart.Upload u : req.files) {
            inputs.add(new ImportJob.Input.Upload(u.name().isEmpty() ? "アップロードしたファイル" : u.name(), u.bytes()));
        }
        if (inputs.isEmpty()) {
            return form("取り込むファイルを選ぶか、パソコンのファイルを指定してください。", 400, req);
        }
        if (inputs.size() > 3) {
            return form("ファイルは3つまでです（基本方針・対策基準・特則）。選び直してください。", 400, req);
        }
        String edition = req.field("edition").strip();
        String body = req.field("body").strip();
        ImportJob.Prepared prepared;
        try {
            prepared = job.prepare(inputs, edition.isEmpty() ? null : edition, body.isEmpty() ? null : body);
        } catch (BadInput e) {
            // the command line's message (エラー: …), naming the file as the author knows it
            return form("エラー: " + e.getMessage(), 400, req);
        }
        byte[] key = new byte[16];
        random.nextBytes(key);
        String k = HexFormat.of().formatHex(key);
        reviews.put(k, prepared);
        return Response.redirect("/import/" + k);
    }

    /** The review: what was read about the body, then each provision beside its clause, the doubtful ones first. */
    Response review(String key, String message, int status, String name) {
        ImportJob.Prepared p = reviews.get(key);
        if (p == null) {
            return Response.html(404, errorPage(404, "この取込結果はもうありません（サーバーを起動し直したか、ほかの取込を続けて"
                    + "行いました）。もう一度ファイルを取り込んでください。"));
        }
        Map<String, Object> m = model("取込結果の確認");
        m.put("key", key);
        m.put("message", message);
        m.put("files", p.files());
        m.put("editionName", p.editionName());
        m.put("summary", p.summary());
        List<Map<String, String>> facts = new ArrayList<>();
        jp.policygen.profile.KeyTitles titles = jp.policygen.profile.KeyTitles.schema();
        p.outcome().facts().values().forEach((k, f) -> facts.add(Map.of("title", titles.title(k).orElse(k),
                "value", titles.label(k, f.value()), "evidence", f.evidence())));
        m.put("facts", facts);
        List<Plan.Row> rows = p.rows();
        m.put("doubtful", rows.stream().filter(r -> r.decision() != Plan.Decision.SAME).toList());
        m.put("same", rows.stream().filter(r -> r.decision() == Plan.Decision.SAME).toList());
        m.put("percent", (freemarker.template.TemplateMethodModelEx) args -> percent(
                ((freemarker.template.TemplateNumberModel) args.get(0)).getAsNumber().doubleValue()));
        m.put("name", name != null ? name : suggestedName(p));
        return Response.html(status, pages.render("import-review", m));
    }

    /** Saves the reviewed profile under the name the author gave; refused (nothing written) when the name is taken. */
    Response save(String key, Request req) throws IOException {
        ImportJob.Prepared p = reviews.get(key);
        if (p == null) {
            return review(key, "", 404, null);
        }
        String name = req.field("name").strip();
        try {
            folder.create(name, p.profileYaml());
        } catch (ProfileFolder.Refused e) {
            return review(key, e.getMessage(), 400, name);
        }
        reviews.remove(key);
        return Response.redirect("/p/" + ServeApp.encode(name) + "?" + notices.put("取り込んだ規程からプロファイル「" + name
                + "」を作りました（" + p.editionName() + "、" + p.sentence() + "）。コメントの「要確認」の項目を確かめてください。"));
    }

    /** The 取込結果 as a Word file, for printing or for the 決裁 file. */
    Response reportDocx(String key) {
        ImportJob.Prepared p = reviews.get(key);
        if (p == null) {
            return review(key, "", 404, null);
        }
        for (Map.Entry<String, byte[]> e : p.files().entrySet()) {
            if (e.getKey().endsWith("_取込結果.docx")) {
                return new Response(200, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        e.getValue(), Map.of("Content-Disposition", OutputsPage.attachment(e.getKey())));
            }
        }
        return Response.html(404, errorPage(404, "このファイルはありません。"));
    }

    /** The folder's files import can read (regular files, no links leading elsewhere), sorted. */
    private List<String> readableFiles() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder.dir())) {
            for (Path f : s) {
                String n = f.getFileName().toString();
                String lower = n.toLowerCase(Locale.ROOT);
                if (!n.startsWith(".") && READABLE.stream().anyMatch(lower::endsWith)
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(n);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** The body's name when the text gave one and it makes a file name; else the file's name as far as it does. */
    private String suggestedName(ImportJob.Prepared p) {
        String body = p.bodyName();
        if (ProfileFolder.validName(body)) {
            return body;
        }
        String stem = p.stem().replaceAll("[^\\p{L}\\p{N}_-]", "_").replaceFirst("^[_-]+", "");
        return stem.length() > 64 ? stem.substring(0, 64) : stem;
    }

    private static String percent(double s) {
        return s < 0 ? "—" : Math.round(s * 100) + "%";
    }
}
