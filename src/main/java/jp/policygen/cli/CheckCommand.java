package jp.policygen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.policygen.app.CheckJob;
import jp.policygen.app.Console;
import jp.policygen.app.Workspace;
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
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "プロファイル（.yaml）。複数指定できます。")
    List<Path> profiles;

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
        return new CheckJob(new Workspace()).run(new CheckJob.Request(profiles, formats, output, date),
                new Console(spec.commandLine().getOut(), spec.commandLine().getErr())).code();
    }
}
