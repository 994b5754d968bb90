package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
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
import jp.policygen.policy.Run;
import jp.policygen.policy.SampleDocuments;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/**
 * The PDF's /ID and subset-font tags come from a digest of the document's text as its records print it: the text
 * written without the records' toString is that text, character for character, for every document the samples give
 * (both forms, one rule in parts) and for the test documents (lists in lists, weighted and underlined tables, 改定履歴).
 */
class DocumentIdentityTest {

    static Stream<Document> documents() throws IOException {
        Resolver resolver = new Resolver(new TemplateEngine());
        List<Document> all = new ArrayList<>(List.of(SampleDocuments.standard(), SampleDocuments.basicPolicy(),
                SampleDocuments.underlined(), weighted()));
        for (Profile p : TestProfiles.sampleVariants(List.of(), List.of("", "  form: articles\n",
                "  form: articles\n  rules: one\n"))) {
            all.addAll(resolver.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy().documents());
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theFingerprintIsTheRecordsOwnText(Document document) {
        assertEquals(document.toString(), DocumentIdentity.text(document).toString());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theTextHashedAsItIsWalkedIsTheFingerprintOfTheText(Document document) {
        assertArrayEquals(DocumentIdentity.fingerprint(DocumentIdentity.text(document).append('\u0000').append("IPAexMincho/IPAexGothic")),
                DocumentIdentity.digest(document, "IPAexMincho/IPAexGothic"));
    }

    @Test
    void theHashOfPiecesIsTheHashOfTheirConcatenation() {
        // pieces across the hasher's 8192-character chunks, empty and null ones, single characters
        StringBuilder whole = new StringBuilder();
        DocumentIdentity.Hasher hasher = new DocumentIdentity.Hasher();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200; i++) {
            String piece = i % 17 == 0 ? null : "情報ab".repeat(random.nextInt(i % 5 == 0 ? 4000 : 20));
            whole.append(piece);
            hasher.append(piece);
            whole.append('、');
            hasher.append('、');
        }
        assertArrayEquals(DocumentIdentity.fingerprint(whole), hasher.digest());
    }

    @Test
    void anotherDocumentOrFontIsAnotherIdentity() {
        Document a = SampleDocuments.standard();
        Document b = SampleDocuments.underlined();
        assertNotEquals(DocumentIdentity.of(a, "ipaex").fileId().toString(), DocumentIdentity.of(b, "ipaex").fileId().toString());
        assertNotEquals(DocumentIdentity.of(a, "ipaex").fileId().toString(), DocumentIdentity.of(a, "other").fileId().toString());
        assertEquals(DocumentIdentity.of(a, "ipaex").fileId().toString(), DocumentIdentity.of(a, "ipaex").fileId().toString());
    }

    @Test
    void everyCharacterOfTheTextCountsWhereverItStands() {
        // one character changed, added or moved anywhere in a long text gives another fingerprint
        StringBuilder base = new StringBuilder("情報セキュリティ対策基準".repeat(2000));
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(java.util.HexFormat.of().formatHex(DocumentIdentity.fingerprint(base)));
        for (int at = 0; at < base.length(); at += 997) {
            StringBuilder changed = new StringBuilder(base).replace(at, at + 1, "X");
            assertEquals(true, seen.add(java.util.HexFormat.of().formatHex(DocumentIdentity.fingerprint(changed))), "changed at " + at);
            StringBuilder swapped = new StringBuilder(base);
            char x = swapped.charAt(at);
            swapped.setCharAt(at, swapped.charAt(at + 1));
            swapped.setCharAt(at + 1, x);
            assertEquals(true, seen.add(java.util.HexFormat.of().formatHex(DocumentIdentity.fingerprint(swapped))), "swapped at " + at);
        }
        assertEquals(true, seen.add(java.util.HexFormat.of().formatHex(DocumentIdentity.fingerprint(base.append('\u0000')))));
        assertEquals(32, DocumentIdentity.fingerprint(new StringBuilder()).length);
    }

    /** A table with fixed column shares (as the 新旧対照表's) and a null-free empty history. */
    private static Document weighted() {
        Document s = SampleDocuments.standard();
        Block.Table table = new Block.Table(List.of(Block.Cell.of("改正後"), Block.Cell.of("改正前")),
                List.of(List.of(new Block.Cell(List.of(Run.single("新"), Run.doubled("第２条"))), Block.Cell.of(""))),
                List.of(1.0, 0.5));
        Section first = s.sections().get(0);
        Section changed = new Section(first.id(), first.level(), first.label(), first.number(), first.title(),
                first.source(), first.origin(), "理由", List.of(table), first.children());
        DocumentInfo info = new DocumentInfo("架空市", "", "", "", "", List.of(), s.info().form(), true);
        return new Document(s.kind(), s.title(), info, List.of(changed));
    }
}
