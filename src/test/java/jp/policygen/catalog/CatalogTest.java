package jp.policygen.catalog;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.policygen.profile.TestProfiles;

class CatalogTest {
    private final Catalog catalog = TestProfiles.CATALOG;

    @Test
    void everyBodyFileBelongsToAClauseOfItsEdition() throws IOException {
        for (EditionId edition : catalog.editionIds()) {
            Set<String> ids = catalog.edition(edition).clauseIds();
            Path folder = Path.of("templates", edition.toString(), "clauses");
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                Set<String> orphans = files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".ftl"))
                        .map(n -> n.substring(0, n.length() - 4))
                        .filter(id -> !ids.contains(id))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(Set.of(), orphans, edition.toString());
            }
        }
    }

    @Test
    void templatesUseNoDangerousBuiltIns() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            List<String> bad = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".ftl") || p.toString().endsWith(".yaml"))
                    .filter(p -> {
                        try {
                            String t = Files.readString(p);
                            return Stream.of("?eval", "?interpret", "?new", "?api", "<#include", "<#import")
                                    .anyMatch(t::contains);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString).toList();
            assertEquals(List.of(), bad);
        }
    }

    @Test
    void theSpecsExampleOverrideIdsExist() {
        Set<String> ids = catalog.edition(EditionId.of("2024-10")).clauseIds();
        for (String id : List.of("std.human.passwords", "std.physical.servers.offsite", "std.tech.email.security",
                "std.tech.access-control")) {
            assertTrue(ids.contains(id), id);
        }
    }

    @Test
    void theBasicPolicyHasItsTenSectionsAndTwelveTerms() {
        CatalogDocument basic = catalog.edition(EditionId.of("2024-10")).documents().get(0);
        List<String> numbered = basic.clauses().stream().filter(c -> !c.unnumbered()).map(Clause::title).toList();
        assertEquals(List.of("目的", "定義", "対象とする脅威", "適用範囲", "職員等の遵守義務", "情報セキュリティ対策",
                "情報セキュリティ監査及び自己点検の実施", "情報セキュリティポリシーの見直し", "情報セキュリティ対策基準の策定",
                "情報セキュリティ実施手順の策定"), numbered);
        assertEquals(12, basic.clauses().get(1).children().size());
    }
}
