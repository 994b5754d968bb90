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
        List<String> lines = new ArrayList<>();
        boolean articles = s.isArticle(); // 第３条, and 第３７条の２ under stable numbering
        if (s.hasTitle()) {
            lines.add(articles ? "（" + s.title() + "）" : s.title());
        }
        for (Block b : s.blocks()) {
            b.accept(new BlockVisitor<Void, RuntimeException>() {
                @Override
                public Void paragraph(Block.Paragraph p) {
                    lines.add(p.plainText()); // with its 項 number where the form has one
                    return null;
                }

                @Override
                public Void list(Block.ItemList list) {
                    items(list.items(), "", lines);
                    return null;
                }

                @Override
                public Void table(Block.Table table) {
                    lines.add(String.join(CELL_SEPARATOR, table.header()));
                    for (List<String> row : table.rows()) {
                        lines.add(String.join(CELL_SEPARATOR, row));
                    }
                    return null;
                }
            });
        }
        return String.join("\n", lines);
    }

    /** Between the number and the text: nothing before （title） of an article, else a full-width space. */
    static String separator(Section s, String number) {
        if (number.isEmpty() || (s.hasTitle() && s.isArticle())) {
            return "";
        }
        return GAP;
    }

    private static void items(List<Block.ListItem> items, String indent, List<String> lines) {
        for (Block.ListItem i : items) {
            lines.add(indent + i.label() + GAP + i.text());
            items(i.children(), indent + GAP, lines);
        }
    }
}
