package jp.policygen.compare;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.policy.Block;
import jp.policygen.policy.BlockVisitor;
import jp.policygen.policy.Section;

/**
 * A clause as the lines a 新旧対照表 cell shows: its number as printed, then its heading and body. Lists keep
 * their labels (ア　…); a table becomes one line per row with the cells side by side, so a changed word in a cell
 * is underlined where it stands in its row.
 */
final class ClauseText {
    /** Between the cells of a table row. */
    static final String CELL_SEPARATOR = "｜";
    private static final String GAP = "　";

    private ClauseText() {
    }

    /**
     * The number as the 対照表 shows it: the full number where the printed label is only its last part (① of
     * 6.2(1)① reads 6.2(1)①), else the label as printed (1., 第3条).
     */
    static String number(Section s) {
        if (!s.number().isEmpty() && !s.number().equals(s.label()) && s.number().endsWith(s.label())) {
            return s.number();
        }
        return s.label();
    }

    /** What follows the number: the heading's rest and the body, lines joined by line feeds. */
    static String text(Section s) {
        List<String> out = new ArrayList<>();
        lines(s).forEach(l -> out.add(l.whole()));
        return String.join("\n", out);
    }

    /**
     * One line of a clause as a 対照表 cell shows it, with its own number apart: the 号's label (ア, （３）) or the
     * 項's number (２), so that a 号 or 項 renumbered by an insertion before it is told from one whose words changed.
     *
     * @param indent    full-width spaces before a nested item
     * @param label     the 号 label or 項 number, "" for a caption, an unnumbered paragraph or a table row
     * @param separator between the label and the text (a full-width space), "" without a label
     * @param content   the words of the line
     * @param paragraph the 項 number of the paragraph this line is, or follows (a list belongs to the 項 before it);
     *                  "" before any numbered paragraph
     * @param item      the labels of the 号 and 細目 this line is, outermost first (empty for a paragraph)
     */
    record Line(String indent, String label, String separator, String content, String paragraph, List<String> item) {
        Line {
            item = List.copyOf(item);
        }

        String whole() {
            return indent + label + separator + content;
        }

        /** What two versions of a line are matched by: the words where they stand, not the number they carry. */
        String key() {
            return indent + content;
        }
    }

    /** The lines of {@link #text}, each with its number apart from its words. */
    static List<Line> lines(Section s) {
        List<Line> lines = new ArrayList<>();
        boolean articles = s.isArticle(); // 第３条, and 第３７条の２ under stable numbering
        if (s.hasTitle()) {
            lines.add(new Line("", "", "", articles ? "（" + s.title() + "）" : s.title(), "", List.of()));
        }
        String[] paragraph = {""};
        for (Block b : s.blocks()) {
            b.accept(new BlockVisitor<Void, RuntimeException>() {
                @Override
                public Void paragraph(Block.Paragraph p) {
                    // with its 項 number where the form has one
                    if (!p.number().isEmpty()) {
                        paragraph[0] = p.number();
                    }
                    lines.add(new Line("", p.number(), p.number().isEmpty() ? "" : GAP, p.text(), paragraph[0],
                            List.of()));
                    return null;
                }

                @Override
                public Void list(Block.ItemList list) {
                    items(list.items(), "", List.of(), paragraph[0], lines);
                    return null;
                }

                @Override
                public Void table(Block.Table table) {
                    lines.add(new Line("", "", "", String.join(CELL_SEPARATOR, table.header()), paragraph[0],
                            List.of()));
                    for (List<String> row : table.rows()) {
                        lines.add(new Line("", "", "", String.join(CELL_SEPARATOR, row), paragraph[0], List.of()));
                    }
                    return null;
                }
            });
        }
        return lines;
    }

    /** Between the number and the text: nothing before （title） of an article, else a full-width space. */
    static String separator(Section s, String number) {
        if (number.isEmpty() || (s.hasTitle() && s.isArticle())) {
            return "";
        }
        return GAP;
    }

    private static void items(List<Block.ListItem> items, String indent, List<String> outer, String paragraph,
                              List<Line> lines) {
        for (Block.ListItem i : items) {
            List<String> path = new ArrayList<>(outer);
            path.add(i.label());
            lines.add(new Line(indent, i.label(), GAP, i.text(), paragraph, path));
            items(i.children(), indent + GAP, path, paragraph, lines);
        }
    }
}
