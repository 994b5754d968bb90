package jp.policygen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.policygen.app.Console;
import jp.policygen.app.UpgradeJob;
import jp.policygen.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "プロファイルをガイドラインの新しい版に移します。移行後のプロファイル、新しい版の文書、新旧対照表、"
                + "独自の変更ごとの扱いを示す移行報告（upgrade-report.json と Word・HTML）を1つのフォルダに作ります。")
final class UpgradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "PROFILE", description = "移行するプロファイル（.yaml）。元のファイルは変更しません。")
    Path profile;

    @Option(names = "--to", paramLabel = "EDITION", description = "移行先の版（既定: 最新の版）。")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "出力先フォルダ（既定: ${DEFAULT-VALUE}）。DIR/<プロファイル名>_<版>移行/ に書き出します。")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "docx,pdf,html",
            description = "文書・新旧対照表・移行報告の形式: docx, pdf, html をカンマ区切りで（既定: ${DEFAULT-VALUE}）。")
    List<String> formats;

    @Option(names = "--effective", paramLabel = "YYYY-MM-DD",
            description = "今回の改定の施行日（例: 2027-04-01）。移行後のプロファイルの施行日にし、改定履歴に今回の行を加えます。"
                    + "省くと施行日は昨年度のままで、移行報告の「やることの一覧」に残ります。")
    String effective;

    @Option(names = "--policy-version", paramLabel = "版",
            description = "今回の版（例: 第6版）。移行後のプロファイルの版と改定履歴の行に書きます。")
    String policyVersion;

    @Option(names = "--adoption", paramLabel = "番号",
            description = "今回の改定の訓令・告示の番号（例: 訓令第8号）。改定履歴の行に書き、新旧対照表と改め文に載ります。"
                    + "--effective と一緒に指定します。")
    String adoption;

    @Option(names = "--note", paramLabel = "内容",
            description = "改定履歴の行の改定内容（既定: 「<版>ガイドラインに準拠して改定」）。--effective と一緒に指定します。")
    String note;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<java.time.LocalDate> date = java.util.Optional.empty();
        if (effective != null) {
            try { // read here, so that a date that is none is told as the option's mistake (exit 2)
                date = java.util.Optional.of(java.time.LocalDate.parse(effective.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                err.println("引数が正しくありません: --effective の「" + effective + "」は日付として読めません。"
                        + "年-月-日の形で書いてください（例: 2027-04-01）。");
                return 2;
            }
        }
        UpgradeJob.ThisYear answers = UpgradeJob.ThisYear.of(date.orElse(null), policyVersion, adoption, note);
        return new UpgradeJob(new Workspace()).run(new UpgradeJob.Request(profile, to, output, formats, answers),
                new Console(spec.commandLine().getOut(), err), new Progress(err, 1)).code();
    }
}
