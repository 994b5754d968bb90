package jp.policygen.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import jp.policygen.app.Console;
import jp.policygen.app.ImportJob;
import jp.policygen.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"団体の現行の情報セキュリティポリシー（Word の .docx、文字のある PDF、例規集の HTML、テキスト）を読み込み、"
                + "その文言と番号を再現するプロファイル（.yaml）と取込結果（.html・.docx）を作成します。",
                "基本方針と対策基準が別のファイルなら、2つとも指定します。推測した値にはもとの文をコメントで添え、"
                        + "本文から決まらない値には「要確認」と書きます。"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..3", paramLabel = "FILE", description = "現行の規程のファイル（.docx・.pdf・.html・.txt）。基本方針・対策基準・特則が別のファイルなら、それぞれを（3つまで）。")
    List<Path> files;

    @Option(names = "--edition", paramLabel = "E",
            description = "ガイドラインの版（例: 2024-10）。省略すると、規程の文言に最も近い版を選びます（同じ近さなら古い版）。")
    String edition;

    @Option(names = "--name", paramLabel = "NAME", description = "団体名（例: 架空市）。規程の本文から読み取った名前の代わりに使います。")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "プロファイルと取込結果を作るフォルダ（既定: 今のフォルダ）。")
    Path output;

    @Override
    public Integer call() {
        return new ImportJob(new Workspace()).run(new ImportJob.Request(files, edition, name, output),
                new Console(spec.commandLine().getOut(), spec.commandLine().getErr())).code();
    }
}
