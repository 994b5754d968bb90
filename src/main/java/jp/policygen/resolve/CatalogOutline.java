package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.Clause;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.SectionLevel;

/**
 * The catalog's clauses in reading order with the number each has when every clause is in, and the full
 * condition that selects it (its own `when` joined with its ancestors' and its document's).
 */
public final class CatalogOutline {
    private CatalogOutline() {
    }

    public record Entry(Clause clause, String number, String condition) {
    }

    /** The condition of clauses that only the 例規 form has (std.general: 総則 / 趣旨). */
    static final String ARTICLES_ONLY = "policy.articles";

    public static List<Entry> of(CatalogDocument document) {
        List<Entry> out = new ArrayList<>();
        Numbering numbering = new Numbering(NumberingForm.OUTLINE, SectionLevel.ITEM);
        walk(document.clauses(), null, false, "", document.when().orElse(""), numbering, out);
        return out;
    }

    private static void walk(List<Clause> clauses, SectionLevel parent, boolean parentSectioned, String parentNumber,
                             String parentCondition, Numbering numbering, List<Entry> out) {
        int index = 0;
        for (Clause c : clauses) {
            if (c.when().isPresent() && c.when().get().strip().equals(ARTICLES_ONLY)) {
                continue; // exists only in the 例規 form; the outline numbers are the guideline's
            }
            SectionLevel level = level(c, parent, parentSectioned);
            Numbering.Number n = numbering.next(level, index, parentNumber, parent == SectionLevel.DETAIL ? 1 : 0);
            if (level != SectionLevel.UNNUMBERED) {
                index++;
            }
            String condition = and(parentCondition, c.when().orElse(""));
            if (c.requires().isPresent()) {
                condition = and(condition, "present(\"" + c.requires().get() + "\")");
            }
            out.add(new Entry(c, n.full(), condition));
            walk(c.children(), level, c.sectioned(), n.full(), condition, numbering, out);
        }
    }

    static SectionLevel level(Clause c, SectionLevel parent, boolean parentSectioned) {
        if (c.unnumbered()) {
            return SectionLevel.UNNUMBERED;
        }
        if (parent == null) {
            return SectionLevel.CHAPTER;
        }
        return switch (parent) {
            case CHAPTER -> parentSectioned ? SectionLevel.SECTION : SectionLevel.ITEM;
            case SECTION, UNNUMBERED -> SectionLevel.ITEM;
            case ITEM -> SectionLevel.POINT;
            default -> SectionLevel.DETAIL;
        };
    }

    private static String and(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return "(" + a + ") && (" + b + ")";
    }
}
