package jp.policygen.catalog;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.DocumentKind;

/** templates/law-16-3.yaml: every clause of the 対策基準 and the 特則, in every edition, carries its 号. */
class OrdinanceMapTest {
    private static final Catalog CATALOG = new Catalog();

    @Test
    void everyClauseOfEveryEditionHasItsNumber() {
        List<String> missing = new ArrayList<>();
        for (EditionId e : CATALOG.editionIds()) {
            for (CatalogDocument d : CATALOG.edition(e).documents()) {
                if (d.kind() != DocumentKind.STANDARD && d.kind() != DocumentKind.CLOUD_PROVISIONS) {
                    continue;
                }
                walk(d.clauses(), c -> {
                    if (CATALOG.ordinance().of(c.id()).isEmpty()) {
                        missing.add(e + " " + c.id());
                    }
                });
            }
        }
        assertEquals(List.of(), missing, "clauses with no line in templates/law-16-3.yaml");
    }

    @Test
    void everyLineNamesAClauseOfSomeEdition() {
        Set<String> ids = new HashSet<>();
        for (EditionId e : CATALOG.editionIds()) {
            ids.addAll(CATALOG.edition(e).clauseIds());
        }
        List<String> unknown = CATALOG.ordinance().clauses().keySet().stream().filter(id -> !ids.contains(id)).toList();
        assertEquals(List.of(), unknown, "lines of templates/law-16-3.yaml naming no clause");
    }

    @Test
    void theChaptersMapToTheirNumbersAndTheNamedParts() {
        Ordinance o = CATALOG.ordinance();
        assertEquals(new Ordinance.Assignment(1, ""), o.of("std.org.ciso").orElseThrow());
        assertEquals(new Ordinance.Assignment(5, ""), o.of("std.resilience.mynumber.separation").orElseThrow());
        assertEquals(new Ordinance.Assignment(5, "情報の収集"), o.of("std.tech.intelligence.vulnerabilities").orElseThrow());
        assertEquals(new Ordinance.Assignment(5, "開発・導入・保守"), o.of("std.tech.development.procurement").orElseThrow());
        assertEquals(new Ordinance.Assignment(7, "情報システムに関する業務委託"), o.of("std.outsourcing.systems").orElseThrow());
        assertEquals(new Ordinance.Assignment(8, ""), o.of("std.review").orElseThrow());
        assertEquals(8, o.numbers().size());
    }

    private static void walk(List<Clause> clauses, java.util.function.Consumer<Clause> each) {
        for (Clause c : clauses) {
            each.accept(c);
            walk(c.children(), each);
        }
    }
}
