package jp.policygen.cli;

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
import java.util.concurrent.Callable;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.check.ChecklistSheet;
import jp.policygen.generate.OutputFolder;
import jp.policygen.profile.Finding;
import jp.policygen.render.docx.SheetDocxWriter;
import jp.policygen.render.json.Json;
import jp.policygen.render.html.HtmlSheetWriter;
import jp.policygen.render.sheet.Sheet;
import jp.policygen.render.sheet.SheetWriter;
import jp.policygen.render.xlsx.XlsxSheetWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "プロファイルの誤りを調べます。ファイルは作成しません。",
        exitCodeListHeading = "%n終了コード:%n",
        exitCodeList = {"0:誤りなし（警告だけのときも 0）", "1:誤りあり", "2:引数の誤り、またはファイルを読めない"})
final class CheckCommand implements Callable<Integer> {
    /** Finding codes meaning the file named on the command line could not be read at all. */
    private static final java.util.Set<String> UNREADABLE = java.util.Set.of("not-found", "not-a-file", "unreadable");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "プロファイル（.yaml）。複数指定できます。")
    List<Path> profiles;

    /** Printed on standard output. */
    static final List<String> REPORTS = List.of("text", "json");
    /** Written as 対策チェックリスト files into the output folder. */
    static final List<String> DOCUMENTS = List.of("docx", "xlsx", "html");

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "text",
            description = "text または json（画面に表示）、docx・xlsx・html（対策チェックリストのファイルを -o のフォルダに作成）を"
                    + "カンマ区切りで（既定: text）。")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "対策チェックリストの出力先フォルダ（既定: ${DEFAULT-VALUE}）。"
                    + "DIR/<プロファイル名>_対策チェックリスト.xlsx などを作成します。")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "対策チェックリストに印刷する作成日（既定: 今日）。同じ日付なら毎回同じファイルになります。")
    String date;

    @Option(names = "--debug", description = "内部エラーの詳細を表示します。")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!FormatOption.allowed(formats, java.util.stream.Stream.concat(REPORTS.stream(), DOCUMENTS.stream()).toList(),
                err)) {
            return Main.BAD_INPUT;
        }
        if (formats.contains("text") && formats.contains("json")) {
            err.println("引数が正しくありません: --format の text と json は同時に指定できません。どちらか一方にしてください。");
            return Main.BAD_INPUT;
        }
        LocalDate created;
        try {
            created = date == null ? LocalDate.now(ZoneId.of("Asia/Tokyo")) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            err.println("引数が正しくありません: --date の「" + date + "」は日付として読めません。2026-04-01 のように書いてください。");
            return Main.BAD_INPUT;
        }
        String format = formats.contains("json") ? "json" : formats.contains("text") ? "text" : "";
        Catalog catalog = new Catalog();
        Profiles.Loaded loaded = new Profiles(catalog).read(profiles);
        TemplateEngine engine = new TemplateEngine();
        List<Report> reports = loaded.profiles().stream().map(p -> Report.of(p, catalog, engine)).toList();
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
            root.put("profiles", reports.stream().map(Report::json).toList());
            out.print(new String(Json.bytes(root), java.nio.charset.StandardCharsets.UTF_8));
        } else if (format.equals("text")) {
            for (Finding f : findings) {
                out.println(f.format());
            }
            long errors = findings.stream().filter(Finding::isError).count();
            long warnings = findings.size() - errors;
            out.println(errors == 0 ? "誤りは見つかりませんでした" + (warnings > 0 ? "（警告 " + warnings + " 件）。" : "。")
                    : "誤り " + errors + " 件、警告 " + warnings + " 件。");
            for (Report report : reports) {
                report.print(out);
            }
        } else {
            for (Finding f : findings) {
                err.println(f.format());
            }
        }
        boolean errors = findings.stream().anyMatch(Finding::isError); // the profile's, and those resolving shows
        if (!errors) {
            try {
                for (Path written : writeDocuments(reports, created)) {
                    (format.equals("json") ? err : out).println(written + " を作成しました。");
                }
            } catch (OutputFolder.RefusedException e) {
                err.println(OutputFolder.shown(output) + ": エラー: " + e.getMessage());
                return Main.BAD_INPUT;
            } catch (IOException e) {
                err.println(OutputFolder.shown(output) + ": エラー: 対策チェックリストを書き出せませんでした（"
                        + GenerateCommand.reason(e) + "）。");
                return Main.FAILED;
            }
        }
        if (loaded.findings().stream().anyMatch(f -> f.isError() && UNREADABLE.contains(f.code()))) {
            return Main.BAD_INPUT; // a file that could not be read was not checked: the arguments are wrong
        }
        return errors ? Main.FAILED : Main.OK;
    }

    /** Each profile's 対策チェックリスト in each document format; each file appears whole or not at all. */
    private List<Path> writeDocuments(List<Report> reports, LocalDate created) throws IOException {
        List<SheetWriter> writers = new ArrayList<>();
        for (String f : DOCUMENTS) {
            if (formats.contains(f)) {
                writers.add(switch (f) {
                    case "docx" -> new SheetDocxWriter();
                    case "xlsx" -> new XlsxSheetWriter();
                    default -> new HtmlSheetWriter();
                });
            }
        }
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
        for (Report report : reports) {
            Sheet sheet = report.sheet(created);
            for (SheetWriter w : writers) {
                Path file = output.resolve(OutputFolder.safeName(report.profile().name(), "_" + ChecklistSheet.TITLE
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
