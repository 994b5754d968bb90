package jp.policygen.render.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Run;
import jp.policygen.policy.SampleDocuments;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/**
 * snapshot.json is written by a streaming generator (SnapshotJson) instead of Jackson's serializers over
 * {@link Snapshot#of}'s maps; the bytes are the maps' bytes, for every sample policy (every edition, both forms, a
 * rule in parts), the test documents, and texts with what JSON escapes or UTF-8 encodes specially.
 */
class SnapshotJsonTest {

    static Stream<Policy> policies() throws IOException {
        Resolver resolver = new Resolver(new TemplateEngine());
        List<Policy> all = new ArrayList<>();
        for (Profile p : TestProfiles.sampleVariants(List.of("2024-10", "2025-03", "2026-03"),
                List.of("", "  form: articles\n", "  form: articles\n  rules: one\n"))) {
            all.add(resolver.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy());
        }
        all.add(new Policy("2024-10", "令和6年10月版", "test", List.of(SampleDocuments.standard(),
                SampleDocuments.basicPolicy(), SampleDocuments.underlined())));
        return all.stream();
    }

    private static byte[] maps(Policy p) {
        return Json.bytes(Snapshot.of(p));
    }

    @ParameterizedTest
    @MethodSource("policies")
    void theStreamedSnapshotIsTheMapsSnapshot(Policy policy) {
        assertArrayEquals(maps(policy), SnapshotJson.bytes(policy));
    }

    @Test
    void escapesAndEncodingsAreTheMaps() {
        List<String> texts = List.of("\"引用\" \\ / \u0000\u0001\u001f\u007f\b\f\n\r\t", "\u2028\u2029\u0085\u00a0",
                "𠮷野家 葛\uDB40\uDD00 😀", "lone \uD800 high", "lone \uDC00 low", "ends high \uD83D", "\uDE00 starts low",
                "<&>'", "", "ｱ\uFFFE\uFFFF");
        for (String t : texts) {
            Section s = new Section("x.y", jp.policygen.policy.SectionLevel.values()[0], t, t, t, t,
                    jp.policygen.policy.Origin.values()[0], t,
                    List.of(new Block.Paragraph(t, List.of(new Run(t, Run.Underline.values()[0]))),
                            new Block.Table(List.of(new Block.Cell(List.of(new Run(t, Run.Underline.values()[0])))),
                                    List.of(List.of(new Block.Cell(List.of(new Run(t, Run.Underline.values()[0]),
                                            new Run(t, Run.Underline.values()[Run.Underline.values().length - 1]))))),
                                    List.of(0.25, 1.0 / 3))),
                    List.of());
            DocumentInfo info = new DocumentInfo(t, t, t, t, t, List.of(new DocumentInfo.HistoryEntry(t, t, t)),
                    jp.policygen.policy.NumberingForm.values()[0], true);
            Policy p = new Policy(t, t, t, List.of(new Document(SampleDocuments.standard().kind(), t, info, List.of(s))));
            assertArrayEquals(maps(p), SnapshotJson.bytes(p), t);
        }
    }

    @Test
    void absentValuesAreNullAsInTheMaps() {
        DocumentInfo info = new DocumentInfo(null, null, null, null, null,
                List.of(new DocumentInfo.HistoryEntry(null, null, null)), jp.policygen.policy.NumberingForm.values()[0], false);
        Policy p = new Policy(null, null, null, List.of(new Document(SampleDocuments.standard().kind(), null, info, List.of())));
        assertArrayEquals(maps(p), SnapshotJson.bytes(p));
    }

    @Test
    void aLongSurrogatePairAcrossTheGeneratorsBufferStaysOneCharacter() {
        // the generator hands its characters over in pieces: a pair split between two pieces is one character
        for (int pad = 7990; pad < 8010; pad++) {
            String t = "a".repeat(pad) + "😀".repeat(20) + "\uD800";
            Policy p = new Policy(t, t, t, List.of());
            assertArrayEquals(maps(p), SnapshotJson.bytes(p), "pad " + pad);
        }
    }

    @Test
    void thePolicysSnapshotIsMadeOnce() {
        Policy p = new Policy("2024-10", "令和6年10月版", "test", List.of(SampleDocuments.standard()));
        assertSame(Snapshot.bytes(p), Snapshot.bytes(p));
        assertEquals(new String(maps(p), StandardCharsets.UTF_8), new String(Snapshot.bytes(p), StandardCharsets.UTF_8));
    }
}
