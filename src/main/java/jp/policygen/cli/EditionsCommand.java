package jp.policygen.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.policygen.catalog.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "editions", mixinStandardHelpOptions = true, description = "収録しているガイドラインの版を一覧にします。")
final class EditionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Map.Entry<String, String> e : new Catalog().editionNames().entrySet()) {
            out.println(e.getKey() + "\t" + e.getValue());
        }
        return Main.OK;
    }
}
