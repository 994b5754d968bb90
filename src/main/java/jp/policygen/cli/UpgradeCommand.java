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

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        return new UpgradeJob(new Workspace()).run(new UpgradeJob.Request(profile, to, output, formats),
                new Console(spec.commandLine().getOut(), err), new Progress(err, 1)).code();
    }
}
