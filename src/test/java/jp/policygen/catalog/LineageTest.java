package jp.policygen.catalog;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.Lineage.Status;
import jp.policygen.policy.DocumentKind;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.CatalogOutline;

/** Each clause knows the clause of its base it continues, whichever edition is stored as the delta. */
class LineageTest {
    private final Catalog catalog = TestProfiles.CATALOG;

    private Map<String, String> numbers(String edition) {
        CatalogDocument std = catalog.edition(EditionId.of(edition)).documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD)
                .findFirst().orElseThrow();
        return CatalogOutline.of(std).stream().collect(Collectors.toMap(e -> e.clause().id(), CatalogOutline.Entry::number));
    }

    @Test
    void chapterEightsRenumberedSectionsContinueTheirOlderNumbers() {
        Lineage l = Lineage.of(catalog, EditionId.of("2024-10"));
        Map<String, String> before = numbers("2023-03");
        Map<String, String> after = numbers("2024-10");
        for (String id : List.of("std.outsourcing.cloud-confidential", "std.outsourcing.cloud-general")) {
            assertEquals(List.of(id), l.entry(id).continues(), id);
        }
        assertEquals("8.2", before.get("std.outsourcing.cloud-confidential"));
        assertEquals("8.3", after.get("std.outsourcing.cloud-confidential"));
        assertEquals("8.3", before.get("std.outsourcing.cloud-general"));
        assertEquals("8.4", after.get("std.outsourcing.cloud-general"));
        // 8.3 keeps its heading (the catalog writes 機密性２以上 in both editions); what 2024-10 changed in it is an item
        assertEquals(Status.ADDED, l.entry("std.outsourcing.cloud-confidential.settings").status());
        assertEquals(Status.ADDED, l.entry("std.outsourcing.systems").status());
        assertEquals(Status.CHANGED, l.entry("std.outsourcing").status());
        assertEquals(Status.UNCHANGED, l.entry("std.outsourcing.contracts.subcontract").status());
    }

    @Test
    void aSplitClauseContinuesTheOlderOneUnderBothNewIds() {
        Lineage l = Lineage.of(catalog, EditionId.of("2024-10"));
        assertEquals(List.of("std.outsourcing.contracts.during.confirmation"),
                l.entry("std.outsourcing.contracts.during.checks").continues());
        assertEquals(List.of("std.outsourcing.contracts.during.confirmation"),
                l.entry("std.outsourcing.contracts.during.reports").continues());
        assertEquals(List.of("std.outsourcing.contracts.during.reports", "std.outsourcing.contracts.during.checks"),
                l.successors("std.outsourcing.contracts.during.confirmation"));
        assertEquals(List.of(), l.removed());
    }

    @Test
    void theLatestEditionsChangesCarryTheirTopics() {
        Lineage l = Lineage.of(catalog, EditionId.of("2025-03"));
        assertEquals(Status.ADDED, l.entry("std.ops.incident-response.exercises").status());
        assertEquals(Optional.of("インシデント対応の強化"), l.entry("std.ops.incident-response.exercises").topic());
        assertEquals(Status.CHANGED, l.entry("std.resilience.mynumber.separation").status());
        assertEquals(Status.UNCHANGED, l.entry("std.org.ciso").status());
        assertEquals(5, l.count(Status.ADDED));
        assertEquals(2, l.count(Status.CHANGED));
    }

    @Test
    void theOldestEditionHasNoBaseAndEveryClauseIsItsOwn() {
        Lineage l = Lineage.of(catalog, EditionId.of("2023-03"));
        assertTrue(l.base().isEmpty());
        assertEquals(l.entries().size(), l.count(Status.ADDED));
    }

    @Test
    void aRenameContinuesAndARemovalHasNoSuccessor() {
        Lineage l = Lineage.of(DeltaTest.fixture(), EditionId.of("2001-01"));
        assertEquals(List.of("a.two"), l.entry("a.second").continues());
        assertEquals(Status.CHANGED, l.entry("a.second").status());
        assertEquals(Status.UNCHANGED, l.entry("a").status());
        assertEquals(List.of("a.three", "c"), l.removed().stream().map(r -> r.clause().id()).toList());
    }
}
