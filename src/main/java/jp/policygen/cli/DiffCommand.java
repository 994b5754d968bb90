package jp.policygen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.policygen.app.Console;
import jp.policygen.app.DiffJob;
import jp.policygen.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"2つの版を条項ごとに比べ、新旧対照表を作成します（Word・PDF・HTML・JSON）。",
                "OLD・NEW には、プロファイル（.yaml）、snapshot.json、policygen が作成した .docx、"
                        + "または generate の出力フォルダを指定できます。",
                "NEW（プロファイル）だけを指定すると、出力フォルダに残っている以前の版（history/）と比べます。",
                "対照表は DIR/<名前>_新旧対照表/ に作成します。"})
final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "OLD NEW",
            description = "比べる2つの版（改正前、改正後の順）。1つだけなら改正後のプロファイル。")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "出力先フォルダ（既定: ${DEFAULT-VALUE}）。DIR/<名前>_新旧対照表/ に書き出し、"
                    + "以前の版は DIR/<名前>/ から探します。")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "docx,pdf,html",
            description = "出力形式: docx, pdf, html, json をカンマ区切りで（既定: ${DEFAULT-VALUE}）。")
    List<String> formats;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "new-old",
            description = "列の順: new-old（改正後｜改正前｜備考、既定）または old-new（改正前｜改正後｜備考）。")
    String order;

    @Option(names = "--documents", split = ",", paramLabel = "DOC", defaultValue = "comparison,amendment,tracked",
            description = "作成する文書: comparison（新旧対照表）、amendment（改め文: 改正する訓令の題名・本則・附則。"
                    + "Word・PDF・HTML とテキスト）、tracked（見え消し: 変更履歴付きの Word 文書。--format に docx があるとき）"
                    + "をカンマ区切りで（既定: ${DEFAULT-VALUE}）。")
    List<String> documents;

    @Option(names = "--font", paramLabel = "PATH", description = "PDF に埋め込む日本語フォント（.ttf / .ttc / .otf）。")
    Path font;

    @Option(names = "--debug", description = "内部エラーの詳細を表示します。")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        DiffJob.Request.Pair versions = DiffJob.sources(inputs);
        return new DiffJob(new Workspace()).run(new DiffJob.Request(versions.oldVersion(), versions.newVersion(), output,
                formats, order, documents, font), new Console(spec.commandLine().getOut(), spec.commandLine().getErr()))
                .code();
    }
}
