package jp.policygen.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.EditionInfo;
import jp.policygen.catalog.Lineage;
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
        PrintWriter out = spec.commandLine().getOut();
        Catalog catalog = new Catalog();
        for (EditionInfo e : catalog.editions()) {
            StringBuilder line = new StringBuilder(e.id()).append('\t').append(e.name());
            if (e.latest()) {
                line.append("（最新）");
            }
            line.append('\t').append(published(e.published())).append("公表");
            if (e.base().isPresent()) {
                Lineage l = Lineage.of(catalog, e.id());
                line.append('\t').append(e.base().get()).append(" からの改定: 新設 ").append(l.count(Lineage.Status.ADDED))
                        .append("・変更 ").append(l.count(Lineage.Status.CHANGED)).append("・削除 ").append(l.removed().size());
            } else {
                line.append('\t').append("収録している最も古い版");
            }
            out.println(line);
            if (!e.summary().isEmpty()) {
                out.println("\t" + e.summary());
            }
        }
        return Main.OK;
    }

    /** 2025-03 → 2025年3月. */
    private static String published(String yearMonth) {
        String[] p = yearMonth.split("-");
        return p.length == 2 ? p[0] + "年" + Integer.parseInt(p[1]) + "月" : yearMonth;
    }
}
