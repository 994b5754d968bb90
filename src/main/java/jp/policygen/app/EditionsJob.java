package jp.policygen.app;

import java.io.PrintWriter;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.EditionInfo;
import jp.policygen.catalog.Lineage;

/** editions: the guideline's editions the tool ships, with what each changed against the one before. */
public final class EditionsJob {
    private final Workspace workspace;

    public EditionsJob(Workspace workspace) {
        this.workspace = workspace;
    }

    public Status run(Console console) {
        PrintWriter out = console.out();
        Catalog catalog = workspace.catalog();
        for (EditionInfo e : catalog.editions()) {
            StringBuilder line = new StringBuilder(e.id().toString()).append('\t').append(e.name());
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
        return Status.OK;
    }

    /** 2025-03 → 2025年3月. */
    private static String published(String yearMonth) {
        String[] p = yearMonth.split("-");
        return p.length == 2 ? p[0] + "年" + Integer.parseInt(p[1]) + "月" : yearMonth;
    }
}
