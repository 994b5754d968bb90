package jp.policygen.catalog;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.DocumentKind;

/** An edition stored as a delta: its changes.yaml applied to the catalog it is stored against. */
class DeltaTest {
    private final Catalog catalog = fixture();

    static Catalog fixture() {
        try {
            URL root = Path.of("src/test/resources/delta-catalog/").toUri().toURL();
            return new Catalog(new URLClassLoader(new URL[] {root}, null));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Clause chapter(String edition) {
        return catalog.edition(EditionId.of(edition)).documents().get(0).clauses().get(0);
    }

    @Test
    void theDeltaAddsReplacesRenamesAndRemovesInPlace() {
        Clause a = chapter("2001-01");
        assertEquals(List.of("a.one", "a.second", "a.new", "a.last"), a.children().stream().map(Clause::id).toList());
        assertEquals(List.of("一（改）", "二", "新", "末"), a.children().stream().map(Clause::title).toList());
    }

    @Test
    void aReplacedBodyComesFromTheDeltaFolderAndAKeptOneFromTheBase() {
        Clause a = chapter("2001-01");
        assertEquals("新版の一。", a.children().get(0).body().orElseThrow().strip());
        assertEquals("旧版のa.two。", a.children().get(1).body().orElseThrow().strip());
        assertEquals("新設。", a.children().get(2).body().orElseThrow().strip());
    }

    @Test
    void theBaseEditionIsLeftAsItWas() {
        Clause a = chapter("2000-01");
        assertEquals(List.of("a.one", "a.two", "a.three"), a.children().stream().map(Clause::id).toList());
        assertEquals("旧版のa.one。", a.children().get(0).body().orElseThrow().strip());
        assertEquals(2, catalog.edition(EditionId.of("2000-01")).documents().size());
    }

    @Test
    void aWholeDocumentCanBeRemoved() {
        assertEquals(List.of(DocumentKind.STANDARD),
                catalog.edition(EditionId.of("2001-01")).documents().stream().map(CatalogDocument::kind).toList());
    }

    @Test
    void aRenameIsALineageLink() {
        assertEquals(List.of(new Link("a.two", "a.second")), catalog.edition(EditionId.of("2001-01")).revision().links());
    }

    @Test
    void sourcesAreRewrittenWhereTheEditionNumbersDifferently() {
        assertFalse(catalog.edition(EditionId.of("2001-01")).clauseIds().contains("a.three"));
        assertEquals("対策基準 1.4", catalog.edition(EditionId.of("2001-01")).clause("a.new").orElseThrow().source());
    }

    @Test
    void theIndexGivesLatestBaseAndNewKeys() {
        assertEquals(EditionId.of("2001-01"), catalog.latestEdition());
        assertEquals(EditionId.of("2000-01"), catalog.info(EditionId.of("2001-01")).orElseThrow().base().orElseThrow());
        assertEquals(EditionId.of("2001-01"), catalog.keyIntroducedBy("features.x").orElseThrow());
    }
}
