package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.EditionId;
import jp.policygen.profile.TestProfiles;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.resolve.Resolver;

/**
 * {@link Myers} finds the very changes java-diff-utils' Myers diff finds — not only an edit script as short, but the
 * same one where several are (which the 対照表's underlines and the 改め文's words depend on): drawn sequences over
 * small alphabets (many ties), and every pair of lines of the sample prefecture's changed clauses.
 */
class MyersTest {
    /** The library's changes as (fromA, toA, fromB, toB). */
    static List<Myers.Change> library(int[] a, int[] b) {
        List<Myers.Change> out = new ArrayList<>();
        for (AbstractDelta<Integer> d : DiffUtils.diff(IntStream.of(a).boxed().toList(), IntStream.of(b).boxed().toList())
                .getDeltas()) {
            out.add(new Myers.Change(d.getSource().getPosition(), d.getSource().getPosition() + d.getSource().size(),
                    d.getTarget().getPosition(), d.getTarget().getPosition() + d.getTarget().size()));
        }
        return out;
    }

    @Provide
    Arbitrary<int[]> sequences() {
        return Arbitraries.integers().between(0, 3).array(int[].class).ofMaxSize(40);
    }

    @Property(tries = 3000)
    void theSameChangesAsTheLibrary(@ForAll("sequences") int[] a, @ForAll("sequences") int[] b) {
        assertEquals(library(a, b), Myers.diff(a, b));
    }

    @Property(tries = 500)
    void theSameChangesAsTheLibraryForLongerTexts(@ForAll("long") int[] a, @ForAll("long") int[] b) {
        assertEquals(library(a, b), Myers.diff(a, b));
    }

    @Provide("long")
    Arbitrary<int[]> longer() {
        return Arbitraries.integers().between(0, 9).array(int[].class).ofMinSize(50).ofMaxSize(300);
    }

    @Test
    void equalAndEmptySequencesHaveNoChanges() {
        assertEquals(List.of(), Myers.diff(new int[0], new int[0]));
        assertEquals(List.of(), Myers.diff(new int[] {1, 2}, new int[] {1, 2}));
        assertEquals(List.of(new Myers.Change(0, 0, 0, 2)), Myers.diff(new int[0], new int[] {1, 2}));
        assertEquals(List.of(new Myers.Change(0, 2, 0, 0)), Myers.diff(new int[] {1, 2}, new int[0]));
    }

    /**
     * The texts the tool diffs: every line of every clause of the sample prefecture (例規 form) under 2024-10 against
     * every line of the same clause under 2026-03, character by character (code points).
     */
    @Test
    void theSameChangesAsTheLibraryForTheSampleClauses() throws Exception {
        Resolver resolver = new Resolver(new TemplateEngine());
        String ken = TestProfiles.prefecture("form: articles");
        Policy before = resolver.resolve(TestProfiles.profile(ken), TestProfiles.CATALOG.edition(EditionId.of("2024-10")))
                .policy();
        Policy after = resolver.resolve(TestProfiles.profile(ken.replaceFirst("(?m)^guideline: .*$",
                "guideline: \"2026-03\"")), TestProfiles.CATALOG.edition(EditionId.of("2026-03"))).policy();
        java.util.Map<String, Section> olds = new java.util.HashMap<>();
        before.documents().forEach(d -> d.flatten().forEach(s -> olds.putIfAbsent(s.id(), s)));
        int pairs = 0;
        for (Section n : after.documents().stream().flatMap(d -> d.flatten().stream()).toList()) {
            Section o = olds.get(n.id());
            if (o == null || ClauseText.text(o).equals(ClauseText.text(n))) {
                continue;
            }
            for (ClauseText.Line x : ClauseText.lines(o)) {
                for (ClauseText.Line y : ClauseText.lines(n)) {
                    int[] a = x.content().codePoints().toArray();
                    int[] b = y.content().codePoints().toArray();
                    assertEquals(library(a, b), Myers.diff(a, b), x.content() + " / " + y.content());
                    pairs++;
                }
            }
        }
        assertTrue(pairs > 1000, "pairs compared: " + pairs);
    }
}
