package jp.policygen.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One clause of the guideline's catalog.
 *
 * @param id         stable semantic id (std.tech.access-control), never a number
 * @param title      heading, or "" for a one-sentence sub-item
 * @param source     where the guideline has it (対策基準 6.2)
 * @param when       condition over the profile (FreeMarker boolean expression), empty = always
 * @param requires   a clause that must be in the body's policy for this one to be (empty = none)
 * @param sectioned  a chapter whose children are sections (4.1, 4.2 …)
 * @param unnumbered shown without a number (附則)
 * @param body       the FreeMarker body template, empty for a heading-only clause
 * @param children   sub-clauses in order
 * @param caption    the caption the 例規 form prints above this article instead of its title, "" for the title;
 *                   consecutive articles with the same caption share one caption line (共通見出し)
 * @param revisions  a 附則 that is followed by one 附則 per revision of the rule (policy.history entries with
 *                   adoption:), each rendered from this clause's template with that revision's date and number
 * @param heading    the name the 例規 form gives this 章, 節 or 号 instead of the guideline's title, in the words of a
 *                   rule (評価及び見直し for 評価・見直し); "" for the title. The outline keeps the guideline's title.
 */
public record Clause(String id, String title, String source, Optional<String> when, Optional<String> requires,
                     boolean sectioned,
                     boolean unnumbered, Optional<String> body, List<Clause> children, String caption,
                     boolean revisions, String heading) {
    public Clause {
        children = List.copyOf(children);
        java.util.Objects.requireNonNull(heading, "heading");
    }

    public Clause(String id, String title, String source, Optional<String> when, Optional<String> requires,
                  boolean sectioned, boolean unnumbered, Optional<String> body, List<Clause> children, String caption,
                  boolean revisions) {
        this(id, title, source, when, requires, sectioned, unnumbered, body, children, caption, revisions, "");
    }

    public Clause(String id, String title, String source, Optional<String> when, Optional<String> requires,
                  boolean sectioned, boolean unnumbered, Optional<String> body, List<Clause> children) {
        this(id, title, source, when, requires, sectioned, unnumbered, body, children, "", false);
    }

    /** The same clause with other sub-clauses (its caption, 附則 flag and heading kept). */
    public Clause withChildren(List<Clause> newChildren) {
        return new Clause(id, title, source, when, requires, sectioned, unnumbered, body, newChildren, caption, revisions,
                heading);
    }
}
