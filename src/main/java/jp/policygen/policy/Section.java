package jp.policygen.policy;

import java.util.List;

/**
 * A numbered clause with its body and sub-clauses.
 *
 * @param id       stable clause id (std.tech.access-control)
 * @param level    structural level
 * @param label    the number as printed before the title: "1.", "4.1", "(1)", "①", "第3条", or "" when unnumbered
 * @param number   the full number as cited: "6.2(1)①"; "" when unnumbered
 * @param title    heading text, or empty when the clause is a single sentence (① …)
 * @param source   where the guideline has it (対策基準 6.2(1))
 * @param origin   guideline text, local replacement or local addition
 * @param reason   why the body changed it (from the profile's override), or empty
 * @param blocks   the body
 * @param children sub-clauses in order
 */
public record Section(String id, SectionLevel level, String label, String number, String title, String source,
                      Origin origin, String reason, List<Block> blocks, List<Section> children) {
    public Section {
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    /** An article (条) of the 例規 form: its caption stands on its own line and its number starts the text. */
    public boolean isArticle() {
        return ARTICLE.matcher(label).matches();
    }

    /** 第３条, 第3条, and with 枝番 第３７条の２ (stable numbering). */
    private static final java.util.regex.Pattern ARTICLE =
            java.util.regex.Pattern.compile("第[0-9０-９]+条(の[0-9０-９]+)*");

    /** A 編, 章 or 節 of the 例規 form: 第１編 (one rule in parts), 第１章, 第2節, with 枝番 第１節の２. */
    private static final java.util.regex.Pattern PART =
            java.util.regex.Pattern.compile("第[0-9０-９]+([編章節])(?:の[0-9０-９]+)*");

    /**
     * A 編, 章 or 節 of the 例規 form: its unit, 編, 章 or 節; "" for anything else (an article, a 項, an outline
     * item).
     */
    public String partUnit() {
        java.util.regex.Matcher m = PART.matcher(label);
        return m.matches() ? m.group(1) : "";
    }

    public boolean hasTitle() {
        return !title.isEmpty();
    }

    /** The heading as printed: label and title, e.g. "(1) アクセス制御等", "第１章　総則". */
    public String heading() {
        if (label.isEmpty()) {
            return title;
        }
        if (title.isEmpty()) {
            return label;
        }
        if (isArticle()) {
            return label + "（" + title + "）"; // 例規: 第3条（アクセス制御）
        }
        if (!partUnit().isEmpty()) {
            return label + "\u3000" + title; // 例規: 第１章　総則, 第１編　…, as its 目次 and the 改め文 print it
        }
        return label + " " + title;
    }

    /** The body as plain text, blocks separated by newlines; list items carry their labels. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(b.plainText());
        }
        return sb.toString();
    }

    void collect(List<Section> out) {
        out.add(this);
        for (Section c : children) {
            c.collect(out);
        }
    }
}
