package jp.policygen.cli;

import java.util.concurrent.Callable;

import jp.policygen.app.Console;
import jp.policygen.app.EditionsJob;
import jp.policygen.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "editions", mixinStandardHelpOptions = true,
        description = "収録しているガイドラインの版を、公表時期・前の版・改定の概要・条項の新設／変更／削除の数とともに一覧にします。")
final class EditionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new EditionsJob(new Workspace()).run(new Console(spec.commandLine().getOut(), spec.commandLine().getErr()))
                .code();
    }
}
