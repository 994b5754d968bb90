package jp.policygen.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.policygen.profile.EditionId;
import jp.policygen.catalog.Catalog;
import jp.policygen.generate.OutputFolder;
import jp.policygen.importer.BodyText;
import jp.policygen.importer.ImportException;
import jp.policygen.importer.ImportReport;
import jp.policygen.importer.Importer;
import jp.policygen.importer.Plan;
import jp.policygen.importer.Readers;

/**
 * import: the body's current rules (.docx, .pdf, .html, .txt) read into a profile that reproduces their wording
 * and numbering, with the 取込結果 (.html and .docx) to check it by; all files appear together or none.
 */
public final class ImportJob {
    private final Workspace workspace;

    public ImportJob(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * What to import.
     *
     * @param files   the rules' files (up to three: 基本方針, 対策基準, 特則)
     * @param edition the guideline edition, or null for the nearest to the rules' wording
     * @param name    the body's name instead of the one read from the text, or null
     * @param output  the folder the profile and the 取込結果 go into
     */
    public record Request(List<Path> files, String edition, String name, Path output) {
    }

    /** One file of the rule: the name messages give it (as the user knows it) and where its bytes are. */
    public sealed interface Input {
        String shown();

        /** A file on disk, read within the tool's input limits. */
        record File(Path path, String shown) implements Input {
        }

        /** A file already in memory: the page's upload, under the name it had on the user's PC. */
        record Upload(String shown, byte[] bytes) implements Input {
        }
    }

    /**
     * An import read and its files made in memory, nothing written yet: the command line writes them at once, the page
     * shows them for review and saves the profile when the author says so.
     *
     * @param stem  the name the files take (the last file's, without its extension)
     * @param files file name → bytes: the profile, the 取込結果 as HTML and as Word
     */
    public record Prepared(Importer.Outcome outcome, String editionName, String stem, Map<String, byte[]> files) {
        public String profileYaml() {
            return outcome.profileYaml();
        }

        /** The rows of the 取込結果 to check (all but 同じ), the doubtful ones first (the report's order). */
        public List<ReviewRow> doubtful() {
            return rows(false);
        }

        /** The rows whose text is the guideline's own (同じ), in the report's order. */
        public List<ReviewRow> same() {
            return rows(true);
        }

        private List<ReviewRow> rows(boolean same) {
            return ImportReport.ordered(outcome.plan()).stream()
                    .filter(r -> (r.decision() == Plan.Decision.SAME) == same)
                    .map(r -> new ReviewRow(r.number(), r.caption(), r.text(), r.location(), r.clauseId(),
                            r.clauseNumber(), r.clauseTitle(), r.clauseText(), r.similarity(), r.decision().label(),
                            r.note()))
                    .toList();
        }

        /** What was read about the body (profile key → value and the sentence it came from), in reading order. */
        public List<ReadFact> facts() {
            List<ReadFact> out = new ArrayList<>();
            outcome.facts().values().forEach((k, f) -> out.add(new ReadFact(k, f.value(), f.evidence())));
            return out;
        }

        /** 同じ n・変更 n・独自 n・対応なし n・未配置 n（…）, as the report says it. */
        public String summary() {
            return ImportReport.summary(outcome);
        }

        /** 変更 n 件: the profile's changes, as the command line reports them. */
        public String sentence() {
            return "変更 " + outcome.plan().changes().size() + " 件";
        }

        /** The body's name as read from the text (or given), "" when neither. */
        public String bodyName() {
            return outcome.facts().get("municipality.name").orElse("");
        }
    }

    /**
     * One row of the 取込結果 as the page shows it: a provision of the body beside the catalog clause it matched.
     *
     * @param decision the row's decision as the report words it (同じ・変更・独自・対応なし・未配置)
     */
    public record ReviewRow(String number, String caption, String text, String location, String clauseId,
                            String clauseNumber, String clauseTitle, String clauseText, double similarity,
                            String decision, String note) {
    }

    /** A value read from the body's text: its profile key, the value, the sentence it came from ("" when assumed). */
    public record ReadFact(String key, String value, String evidence) {
    }

    public Status run(Request request, Console console) {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Path output = request.output();
        List<Input> inputs = new ArrayList<>();
        for (Path f : request.files()) {
            inputs.add(new Input.File(f, f.toString()));
        }
        Prepared p;
        try {
            p = prepare(inputs, request.edition(), request.name());
        } catch (BadInput e) {
            err.println("エラー: " + e.getMessage());
            return Status.BAD_INPUT;
        } catch (IOException e) {
            err.println("エラー: " + e.getMessage());
            return Status.FAILED;
        }
        String stem = p.stem();
        String refusal = refusal(output, stem, p.files());
        if (refusal != null) {
            err.println("エラー: " + refusal);
            return Status.BAD_INPUT;
        }
        try {
            write(output, p.files());
        } catch (IOException e) {
            err.println("エラー: " + OutputFolder.shown(output) + " に書き込めません（" + Failures.reason(e)
                    + "）。フォルダの場所と書込みの権限を確かめてください。");
            return Status.FAILED;
        }
        out.println(OutputFolder.shown(output.resolve(stem + ".yaml")) + " を作成しました（" + p.editionName() + "、"
                + p.sentence() + "）。");
        out.println("取込結果: " + OutputFolder.shown(output.resolve(stem + "_取込結果.html")) + "（.docx も作成）。疑わしいものから順に確かめてください。");
        return Status.OK;
    }

    /**
     * Reads the rule and makes the profile and the 取込結果 in memory. The command line and the page both come here,
     * so a file is refused with the same words on both.
     *
     * @param inputs  up to three files: 基本方針, 対策基準, 特則
     * @param edition the guideline edition, or null for the nearest to the rules' wording
     * @param name    the body's name instead of the one read from the text, or null
     * @throws BadInput   a file that is no policy, cannot be read, or an edition not in the catalog (the message
     *                    names the file and what to give instead)
     * @throws IOException the 取込結果's Word file could not be made (the message says so, for the user)
     */
    public Prepared prepare(List<Input> inputs, String edition, String name) throws BadInput, IOException {
        Catalog catalog = workspace.catalog();
        Input last = inputs.get(inputs.size() - 1);
        String stem = (last instanceof Input.File f ? f.path().getFileName().toString() : last.shown())
                .replaceFirst("\\.[^.]+$", "");
        Importer.Outcome o;
        try {
            List<BodyText> bodies = new ArrayList<>();
            for (Input in : inputs) {
                if (in instanceof Input.File f) {
                    bodies.add(Readers.read(f.path(), f.shown()));
                } else if (in instanceof Input.Upload u) {
                    bodies.add(Readers.read(u.shown(), u.bytes()));
                }
            }
            EditionId chosen = null; // null: the edition nearest to the rules' wording
            if (edition != null) {
                chosen = catalog.shipped(edition)
                        .orElseThrow(() -> new BadInput("引数が正しくありません: " + catalog.notShipped(edition)));
            }
            o = new Importer(catalog).run(bodies, chosen, name, stem);
        } catch (ImportException e) {
            throw new BadInput(e.getMessage());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        String editionName = catalog.editionName(o.edition());
        files.put(stem + ".yaml", o.profileYaml().getBytes(StandardCharsets.UTF_8));
        files.put(stem + "_取込結果.html", ImportReport.html(o, editionName).getBytes(StandardCharsets.UTF_8));
        try {
            files.put(stem + "_取込結果.docx", ImportReport.docx(o, editionName));
        } catch (Exception e) {
            throw new IOException("取込結果の Word ファイルを作れませんでした（" + Failures.reason(e) + "）。", e);
        }
        return new Prepared(o, editionName, stem, files);
    }

    /**
     * Why this run must not write into {@code dir}, or null. A rerun replaces its own output: the 取込結果 are always
     * the tool's to replace, and the profile too when it is still exactly what this run writes (nothing is lost).
     * A profile that differs (edited since, or from other files) is the user's work and is never overwritten, nor
     * written beside as {@code name (2).yaml}: the message says which option to use instead.
     */
    static String refusal(Path dir, String stem, Map<String, byte[]> files) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return "出力先「" + OutputFolder.shown(existing) + "」はフォルダではなくファイルです。-o にはプロファイルと取込結果を"
                    + "作るフォルダを指定してください。何も変更していません。";
        }
        for (String file : files.keySet()) {
            Path target = dir.resolve(file);
            if (Files.isDirectory(target)) {
                return OutputFolder.shown(target) + " という名前のフォルダがあるため、書き出せません。何も変更していません。"
                        + "-o で別のフォルダを指定してください。";
            }
        }
        Path profile = dir.resolve(stem + ".yaml");
        if (Files.exists(profile)) {
            byte[] now;
            try {
                now = Files.readAllBytes(profile);
            } catch (IOException e) {
                now = null;
            }
            if (now == null || !java.util.Arrays.equals(now, files.get(stem + ".yaml"))) {
                return OutputFolder.shown(profile) + " がすでにあり、今回の取込結果と内容が違います（取込の後で書き換えたか、"
                        + "別のファイルからの取込です）。書き換えた内容を守るため、何も変更していません。-o で別のフォルダを"
                        + "指定するか、今のプロファイルの名前を変えてから、もう一度実行してください。";
            }
        }
        return null;
    }

    /** All files appear or none: each is written beside its place and moved in; a failure removes what was moved. */
    private static void write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        List<Path> temps = new ArrayList<>();
        List<Path> done = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path t = Files.createTempFile(dir, ".import-", ".tmp");
                temps.add(t);
                Files.write(t, e.getValue());
            }
            int i = 0;
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                try {
                    Files.move(temps.get(i), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException x) {
                    Files.move(temps.get(i), target);
                }
                done.add(target);
                i++;
            }
        } catch (IOException e) {
            for (Path p : done) {
                Files.deleteIfExists(p);
            }
            throw e;
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }
}
