package jp.policygen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.policygen.app.Console;
import jp.policygen.app.GenerateJob;
import jp.policygen.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "プロファイルから基本方針・対策基準などの文書を作成します（Word・PDF・HTML）。",
        exitCodeListHeading = "%n終了コード:%n",
        exitCodeList = {"0:文書を作成した（警告だけのときも 0）",
                "1:処理の失敗（書き込めないなど）。出力フォルダは変更していません",
                "2:入力の誤り（プロファイルや引数）。何も作成していません"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "プロファイル（.yaml）。複数指定できます。")
    List<Path> profiles;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "出力先フォルダ（既定: ${DEFAULT-VALUE}）。DIR/<プロファイル名>/ に書き出します。")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "docx,pdf,html",
            description = "出力形式: docx, pdf, html, md をカンマ区切りで（既定: ${DEFAULT-VALUE}）。")
    List<String> formats;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "同時に処理するプロファイルの数（既定: 1）。")
    int jobs;

    @Option(names = "--font", paramLabel = "PATH", description = "PDF に埋め込む日本語フォント（.ttf / .ttc / .otf）。")
    Path font;

    @Option(names = "--reference-docx", paramLabel = "PATH",
            description = "Word の書式（スタイル）を取り込む .docx。団体の様式に合わせるときに使います。")
    Path referenceDocx;

    @Option(names = "--debug", description = "内部エラーの詳細を表示します。")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Console console = new Console(spec.commandLine().getOut(), err);
        Progress progress = new Progress(err, profiles.size());
        return new GenerateJob(new Workspace()).run(new GenerateJob.Request(profiles, output, formats, jobs, font,
                referenceDocx, debug), console, progress).code();
    }
}
