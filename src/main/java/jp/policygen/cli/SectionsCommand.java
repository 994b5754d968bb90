package jp.policygen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import jp.policygen.app.Console;
import jp.policygen.app.SectionsJob;
import jp.policygen.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sections", mixinStandardHelpOptions = true,
        description = {"ガイドラインの版に含まれる全ての条項（ID・番号・見出し・出典・選択条件、前の版に対する新設／変更／そのまま）を一覧にします。",
                "--profile を付けると、その団体の文書にある条項だけを、文書に印刷される番号（第54条 など）・見出し"
                        + "（見出しのない項目は書き出しの言葉）・本文の抜粋とともに一覧にします。"})
final class SectionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--edition", paramLabel = "E", description = "ガイドラインの版（既定: 最新の版）。")
    String edition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text または json（既定: text）。")
    String format;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "プロファイル（.yaml）。その団体の文書にある条項を、文書の番号で一覧にします。")
    Path profile;

    @Option(names = "--grep", paramLabel = "WORD",
            description = "ID・見出し・本文（--profile のとき）にこの言葉を含む条項だけを表示します。全角・半角は区別しません。")
    String grep;

    @Override
    public Integer call() {
        return new SectionsJob(new Workspace()).run(new SectionsJob.Request(edition, format, profile, grep),
                new Console(spec.commandLine().getOut(), spec.commandLine().getErr())).code();
    }
}
