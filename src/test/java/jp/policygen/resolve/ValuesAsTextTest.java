package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.TestProfiles;

/**
 * Profile values reach the documents as text, whatever they contain: a post title that begins with 「- 」 does
 * not become a list item, a 「|」 does not make a table or a cell. Checked as a class: with every post of the
 * organisation set to the value, the policy has exactly the blocks it has with ordinary values, and the value's
 * characters are in its text.
 */
class ValuesAsTextTest {
    private final Resolver resolver = new Resolver(new TemplateEngine());

    private Policy resolve(String yaml) {
        return resolver.resolve(TestProfiles.profile(yaml), TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();
    }

    /** Each section's blocks, as kinds and sizes: what markup made of the text. */
    private static List<String> structure(Policy p) {
        List<String> out = new ArrayList<>();
        for (Document d : p.documents()) {
            for (Section s : d.flatten()) {
                StringBuilder b = new StringBuilder(s.id());
                for (Block block : s.blocks()) {
                    b.append(' ');
                    if (block instanceof Block.ItemList list) {
                        b.append("L").append(list.items().size());
                    } else if (block instanceof Block.Table t) {
                        b.append("T").append(t.rows().size()).append('x').append(t.header().size());
                    } else {
                        b.append("P");
                    }
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    private static String text(Policy p) {
        StringBuilder b = new StringBuilder();
        for (Document d : p.documents()) {
            for (Section s : d.flatten()) {
                b.append(s.title()).append('\n').append(s.plainText()).append('\n');
            }
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"- 副市長", "-副市長", "| 副市長 |", "副市長|総務部長", "|---|", "- | 副市長"})
    void aValueIsNeverReadAsMarkup(String value) {
        String plain = TestProfiles.MINIMAL;
        String quoted = "\"" + value + "\"";
        String hostile = plain.replace("ciso: 副市長", "ciso: " + quoted)
                .replace("chief_officer: 総務部長", "chief_officer: " + quoted)
                .replace("security_officers: 各部局長", "security_officers: " + quoted)
                .replace("committee: 架空市情報セキュリティ委員会", "committee: " + quoted)
                .replace("csirt: { name: 架空市CSIRT,", "csirt: { name: " + quoted + ",");

        Policy p = resolve(hostile);

        assertEquals(structure(resolve(plain)), structure(p));
        String text = text(p);
        assertTrue(text.contains(value), "the value's own characters are in the text");
        assertFalse(text.contains("\uFDD0") || text.contains("\uFDD1"), "no stand-in reaches a document");
    }
}
