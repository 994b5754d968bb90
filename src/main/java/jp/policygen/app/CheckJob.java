package jp.policygen.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.check.ChecklistSheet;
import jp.policygen.generate.OutputFolder;
import jp.policygen.profile.Finding;
import jp.policygen.render.json.Json;
import jp.policygen.render.sheet.Sheet;
import jp.policygen.render.sheet.SheetWriter;

/**
 * check: each profile's errors and warnings (those of reading it and those only resolving its policy shows), the
 * requirements its network model and features bring, and on request the 対策チェックリスト as files.
 */
public final class CheckJob {
    /** Finding codes meaning the file named on the command line could not be read at all. */
    private static final java.util.Set<String> UNREADABLE = java.util.Set.of("not-found", "not-a-file", "unreadable");

    /** The name of a body's 対策チェックリスト after the body's name, before the extension. */
    public static final String CHECKLIST_SUFFIX = "_" + ChecklistSheet.TITLE;

    private final Workspace workspace;

    public CheckJob(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * What to check.
     *
     * @param formats text or json (printed) and docx, xlsx, html (the checklist's files, into {@code output})
     * @param date    the date printed on the checklist (YYYY-MM-DD), or null for today in Japan
     * @param reader  who reads the text report: whoever writes the YAML (the terminal) or staff at the form (the page)
     */
    public record Request(List<Path> profiles, List<String> formats, Path output, String date, Reader reader) {
        /** The command line's: the report names the YAML keys. */
        public Request(List<Path> profiles, List<String> formats, Path output, String date) {
            this(profiles, formats, output, date, Reader.YAML);
        }
    }

    /** Who reads the text report, and so how it names what to change. */
    public enum Reader {
        /** Whoever writes the YAML: a key as the profile spells it (→ parameters.log_retention_years). */
        YAML,
        /**
         * Staff at the page's form: the field's title (→ プロファイルの「ログの保存期間」で決めます), and every quoted key
         * of a message by its title, as under the form's fields.
         */
        FORM
    }

    /** Runs the request, saying what it found on the console. */
    public Status run(Request request, Console console) {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        List<Path> profiles = request.profiles();
        List<String> formats = request.formats();
        Path output = request.output();
        String date = request.date();
        if (!Formats.allowed(formats, java.util.stream.Stream.concat(Formats.CHECK_REPORTS.stream(), Formats.CHECK_DOCUMENTS.stream()).toList(),
                err)) {
            return Status.BAD_INPUT;
        }
        if (formats.contains("text") && formats.contains("json")) {
            err.println("引数が正しくありません: --format の text と json は同時に指定できません。どちらか一方にしてください。");
            return Status.BAD_INPUT;
        }
        LocalDate created;
        try {
            created = date == null ? LocalDate.now(ZoneId.of("Asia/Tokyo")) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            err.println("引数が正しくありません: --date の「" + date + "」は日付として読めません。2026-04-01 のように書いてください。");
            return Status.BAD_INPUT;
        }
        String format = formats.contains("json") ? "json" : formats.contains("text") ? "text" : "";
        Workspace.Loaded loaded = workspace.read(profiles);
        List<CheckReport> reports = loaded.profiles().stream()
                .map(p -> CheckReport.of(p, workspace)).toList();
        // what only resolving the policy shows (an override of a clause this body's policy does not hold)
        List<Finding> findings = new ArrayList<>(loaded.findings());
        reports.forEach(r -> findings.addAll(r.warnings()));
        if (format.equals("json")) {
            List<Object> list = new ArrayList<>();
            for (Finding f : findings) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("severity", f.severity().json());
                m.put("code", f.code());
                m.put("file", f.file());
                m.put("line", f.line());
                m.put("column", f.column());
                m.put("key", f.key());
                m.put("message", f.message());
                list.add(m);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("findings", list);
            root.put("profiles", reports.stream().map(CheckReport::json).toList());
            out.print(new String(Json.bytes(root), java.nio.charset.StandardCharsets.UTF_8));
        } else if (format.equals("text")) {
            for (Finding f : findings) {
                out.println(request.reader() == Reader.FORM ? jp.policygen.profile.KeyTitles.schema().forStaff(f.format())
                        : f.format());
            }
            long errors = findings.stream().filter(Finding::isError).count();
            long warnings = findings.size() - errors;
            out.println(errors == 0 ? "誤りは見つかりませんでした" + (warnings > 0 ? "（警告 " + warnings + " 件）。" : "。")
                    : "誤り " + errors + " 件、警告 " + warnings + " 件。");
            for (CheckReport report : reports) {
                report.print(out, request.reader());
            }
        } else {
            for (Finding f : findings) {
                err.println(f.format());
            }
        }
        boolean errors = findings.stream().anyMatch(Finding::isError); // the profile's, and those resolving shows
        if (!errors) {
            try {
                for (Path written : writeDocuments(reports, created, formats, output)) {
                    (format.equals("json") ? err : out).println(written + " を作成しました。");
                }
            } catch (OutputFolder.RefusedException e) {
                err.println(OutputFolder.shown(output) + ": エラー: " + e.getMessage());
                return Status.BAD_INPUT;
            } catch (IOException e) {
                err.println(OutputFolder.shown(output) + ": エラー: 対策チェックリストを書き出せませんでした（"
                        + Failures.reason(e) + "）。");
                return Status.FAILED;
            }
        }
        if (loaded.findings().stream().anyMatch(f -> f.isError() && UNREADABLE.contains(f.code()))) {
            return Status.BAD_INPUT; // a file that could not be read was not checked: the arguments are wrong
        }
        return errors ? Status.FAILED : Status.OK;
    }

    /** Each profile's 対策チェックリスト in each document format; each file appears whole or not at all. */
    private static List<Path> writeDocuments(List<CheckReport> reports, LocalDate created, List<String> formats,
                                             Path output) throws IOException {
        List<SheetWriter> writers = RenderSession.sheetWriters(formats);
        List<Path> written = new ArrayList<>();
        if (writers.isEmpty()) {
            return written;
        }
        // -o naming a file (or a folder under a file) is the user's slip, refused like generate's: exit 2, nothing written
        Path existing = output.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new OutputFolder.RefusedException("出力先「" + OutputFolder.shown(existing) + "」はフォルダではなくファイルです。"
                    + "-o には対策チェックリストを作るフォルダを指定してください。何も変更していません。");
        }
        Files.createDirectories(output);
        for (CheckReport report : reports) {
            Sheet sheet = report.sheet(created);
            for (SheetWriter w : writers) {
                Path file = output.resolve(OutputFolder.safeName(report.profile().name(), CHECKLIST_SUFFIX
                        + "." + w.format()));
                Path tmp = output.resolve("." + file.getFileName() + ".tmp"); // not createTempFile: its 0600 would stay
                try {
                    try (OutputStream o = Files.newOutputStream(tmp)) {
                        w.write(sheet, o);
                    }
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                written.add(file);
            }
        }
        return written;
    }
}
