package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One edition of the guideline's catalog (2024-10 = 令和6年10月版): its documents and clauses. */
public record Edition(String id, String name, List<CatalogDocument> documents, List<Requirement> requirements) {
    public Edition {
        documents = List.copyOf(documents);
        requirements = List.copyOf(requirements);
    }

    /** Every clause id of every document, in reading order. */
    public Set<String> clauseIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Clause c : allClauses()) {
            ids.add(c.id());
        }
        return ids;
    }

    public List<Clause> allClauses() {
        List<Clause> out = new ArrayList<>();
        for (CatalogDocument d : documents) {
            for (Clause c : d.clauses()) {
                collect(c, out);
            }
        }
        return out;
    }

    private static void collect(Clause c, List<Clause> out) {
        out.add(c);
        for (Clause child : c.children()) {
            collect(child, out);
        }
    }
}
