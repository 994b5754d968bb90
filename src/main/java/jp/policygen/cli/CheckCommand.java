package jp.policygen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.profile.Finding;
import jp.policygen.render.json.Json;
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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text または json（既定: text）。")
    String format;

    @Option(names = "--debug", description = "内部エラーの詳細を表示します。")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("引数が正しくありません: --format に「" + format + "」は指定できません。text か json を指定してください。");
            return Main.BAD_INPUT;
        }
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
        } else {
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
        }
        if (loaded.findings().stream().anyMatch(f -> f.isError() && UNREADABLE.contains(f.code()))) {
            return Main.BAD_INPUT; // a file that could not be read was not checked: the arguments are wrong
        }
        return loaded.hasErrors() ? Main.FAILED : Main.OK;
    }
}
