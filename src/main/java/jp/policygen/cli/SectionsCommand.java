package jp.policygen.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.Clause;
import jp.policygen.catalog.Edition;
import jp.policygen.catalog.Lineage;
import jp.policygen.render.json.Json;
import jp.policygen.resolve.CatalogOutline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sections", mixinStandardHelpOptions = true,
        description = "ガイドラインの版に含まれる全ての条項（ID・番号・見出し・出典・選択条件、前の版に対する新設／変更／そのまま）を一覧にします。")
final class SectionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--edition", paramLabel = "E", description = "ガイドラインの版（既定: 最新の版）。")
    String edition;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text または json（既定: text）。")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = new Catalog();
        if (edition == null) {
            edition = catalog.latestEdition();
        }
        if (!catalog.has(edition)) {
            err.println("引数が正しくありません: 版「" + edition + "」は収録されていません。収録されている版: "
                    + String.join(", ", catalog.editionNames().keySet()));
            return Main.BAD_INPUT;
        }
        if (!format.equals("text") && !format.equals("json")) {
            err.println("引数が正しくありません: --format には text か json を指定してください。");
            return Main.BAD_INPUT;
        }
        Edition e = catalog.edition(edition);
        // against the edition it revised: 新設 / 変更 / そのまま (nothing for the oldest edition)
        Lineage lineage = e.info().base().isPresent() ? Lineage.of(catalog, edition) : null;
        List<Object> rows = new ArrayList<>();
        for (CatalogDocument d : e.documents()) {
            for (CatalogOutline.Entry entry : CatalogOutline.of(d)) {
                Clause c = entry.clause();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("number", entry.number());
                m.put("title", c.title());
                m.put("source", c.source());
                m.put("condition", entry.condition());
                m.put("document", d.kind().id());
                if (lineage != null) {
                    m.put("change", lineage.entry(c.id()).status().label());
                }
                rows.add(m);
            }
        }
        if (format.equals("json")) {
            out.print(new String(Json.bytes(rows), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            for (Object o : rows) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) o;
                out.println(String.join("\t", String.valueOf(m.get("document")), String.valueOf(m.get("number")),
                        String.valueOf(m.get("id")), String.valueOf(m.get("title")), String.valueOf(m.get("source")),
                        String.valueOf(m.get("condition")))
                        + (lineage == null ? "" : "\t" + m.get("change")));
            }
        }
        return Main.OK;
    }
}
