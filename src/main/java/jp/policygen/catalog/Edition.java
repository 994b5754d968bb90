package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.policygen.profile.EditionId;

/**
 * One edition of the guideline's catalog (its entry in templates/editions.yaml): its documents and clauses, with the
 * deltas of its folder already applied.
 *
 * @param revision for an edition stored as a delta: its lineage links and the topics of its changes
 */
public record Edition(EditionInfo info, List<CatalogDocument> documents, List<Requirement> requirements,
                      Revision revision) {
    public Edition {
        documents = List.copyOf(documents);
        requirements = List.copyOf(requirements);
    }

    public EditionId id() {
        return info.id();
    }

    public String name() {
        return info.name();
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

    /** The clause with this id, in any document. */
    public Optional<Clause> clause(String id) {
        return allClauses().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static void collect(Clause c, List<Clause> out) {
        out.add(c);
        for (Clause child : c.children()) {
            collect(child, out);
        }
    }
}
