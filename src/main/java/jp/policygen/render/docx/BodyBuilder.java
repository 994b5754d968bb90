package jp.policygen.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.P;

import jp.policygen.policy.Block;
import jp.policygen.policy.BlockVisitor;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;
import jp.policygen.render.Anchors;

/**
 * Turns the section tree into Word paragraphs and tables.
 *
 * <p>Titled sections become headings (CHAPTER → Heading 1 … POINT → Heading 4, 附則 → Heading 1), so Word's
 * navigation pane and table of contents see the structure. An untitled section ("① …") is a body paragraph that
 * starts with its label and a full-width space and hangs its following lines under the text, as printed policies
 * do. Each level of nesting moves the body one character to the right; that indent is set on the paragraph, not
 * in a style, because it depends on the tree rather than on the heading level.
 */
final class BodyBuilder {
    /** An article's caption （目的） is a heading 4, under the 章 and 節 that hold articles. */
    private static final int ARTICLE_CAPTION_LEVEL = 4;

    private final StyleSheet styles;
    private final TableBuilder tables;
    private final int textWidth;
    private final List<Object> content = new ArrayList<>();
    private int nextBookmark;

    private BodyBuilder(StyleSheet styles, int textWidth) {
        this.styles = styles;
        this.tables = new TableBuilder(styles.id(StyleRole.TABLE_GRID), styles.id(StyleRole.NORMAL));
        this.textWidth = textWidth;
    }

    /** The body content for the given top-level sections. */
    static List<Object> build(List<Section> sections, StyleSheet styles, int textWidth) {
        BodyBuilder builder = new BodyBuilder(styles, textWidth);
        for (Section s : sections) {
            builder.section(s, 0, 0);
        }
        return builder.content;
    }

    /**
     * @param depth  0 for top-level sections
     * @param indent where this section's heading or label starts, in twips
     */
    private void section(Section s, int depth, int indent) {
        int start = content.size();
        int childIndent = s.isArticle() ? article(s) : s.hasTitle() ? titled(s, depth, indent) : untitled(s, indent);
        bookmark(s, start);
        boolean provision = s.isArticle() || s.label().isEmpty() && !s.hasTitle();
        for (Section child : s.children()) {
            // the 号 of an article or of one of its 項 stand one character in
            section(child, depth + 1, provision && !child.label().isEmpty() ? childIndent + Wml.CHAR : childIndent);
        }
    }

    /** The Word heading level of a titled section: its outline level, 4 for an article's caption. */
    static int headingLevel(Section s) {
        return s.isArticle() ? ARTICLE_CAPTION_LEVEL : s.level().outlineLevel();
    }

    /**
     * Marks the section's first paragraph with a bookmark named from the clause id ({@link Anchors#wordBookmark}),
     * so links and cross-references can point at the clause. A section that starts with no paragraph of its own
     * gets none.
     */
    private void bookmark(Section s, int start) {
        for (int i = start; i < content.size(); i++) {
            if (content.get(i) instanceof P p) {
                BigInteger id = BigInteger.valueOf(nextBookmark++);
                CTBookmark begin = Wml.factory().createCTBookmark();
                begin.setId(id);
                begin.setName(Anchors.wordBookmark(s.id()));
                CTMarkupRange end = Wml.factory().createCTMarkupRange();
                end.setId(id);
                p.getContent().add(0, Wml.factory().createPBookmarkStart(begin));
                p.getContent().add(Wml.factory().createPBookmarkEnd(end));
                return;
            }
        }
    }

    /**
     * 例規: the caption （目的） on its own line one character in (a heading style, so Word's navigation pane and
     * 目次 see it), then 「第１条　」 starting the text; later lines and the 項 run one character in. Articles
     * stand at the margin whatever encloses them. Returns the indent of the article's 項.
     */
    private int article(Section s) {
        if (s.hasTitle()) {
            P caption = Wml.paragraph(styles.id(StyleRole.heading(headingLevel(s))), "（" + s.title() + "）");
            Wml.indent(caption, Wml.CHAR, 0);
            content.add(caption);
        }
        P first = Wml.paragraph(styles.id(StyleRole.BODY));
        Wml.indent(first, Wml.CHAR, -Wml.CHAR);
        first.getContent().add(Wml.bold(Wml.run(s.label() + Labels.LABEL_SEPARATOR)));
        List<Block> rest = s.blocks();
        if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph para) {
            Wml.addRuns(first, para.runs());
            rest = rest.subList(1, rest.size());
        }
        content.add(first);
        blocks(rest, 0);
        return 0;
    }

    /** Heading, then the body one character in (top-level bodies stay at the margin). Returns the body indent. */
    private int titled(Section s, int depth, int indent) {
        P heading = Wml.paragraph(styles.id(StyleRole.heading(headingLevel(s))), s.heading());
        if (indent > 0) {
            // Only nested headings get a direct indent, so a reference style still controls top-level headings.
            Wml.indent(heading, indent, 0);
        }
        content.add(heading);
        int bodyIndent = depth == 0 ? indent : indent + Wml.CHAR;
        blocks(s.blocks(), bodyIndent);
        return bodyIndent;
    }

    /** "①　first paragraph" with a hanging indent, then the remaining blocks under the text. Returns that indent. */
    private int untitled(Section s, int indent) {
        if (s.label().isEmpty()) {
            blocks(s.blocks(), indent);
            return indent;
        }
        String lead = s.label() + Labels.LABEL_SEPARATOR;
        int textIndent = indent + TextWidth.twips(lead);
        P first = Wml.paragraph(styles.id(StyleRole.BODY), lead);
        Wml.indent(first, textIndent, -(textIndent - indent));
        content.add(first);
        List<Block> rest = s.blocks();
        if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph para) {
            Wml.addRuns(first, para.runs());
            rest = rest.subList(1, rest.size());
        }
        blocks(rest, textIndent);
        return textIndent;
    }

    private void blocks(List<Block> blocks, int indent) {
        BlockVisitor<Void, RuntimeException> visitor = new BlockVisitor<>() {
            @Override
            public Void paragraph(Block.Paragraph para) {
                if (para.number().isEmpty()) {
                    BodyBuilder.this.paragraph(para.runs(), indent);
                } else {
                    // a 項: its number at the indent, later lines one character in
                    P p = Wml.paragraph(styles.id(StyleRole.BODY), para.lead());
                    Wml.indent(p, indent + Wml.CHAR, -Wml.CHAR);
                    Wml.addRuns(p, para.runs());
                    content.add(p);
                }
                return null;
            }

            @Override
            public Void list(Block.ItemList list) {
                items(list.items(), indent);
                return null;
            }

            @Override
            public Void table(Block.Table table) {
                content.add(tables.build(table, indent, textWidth - indent));
                // Word joins two adjacent tables into one; an empty paragraph keeps them apart.
                content.add(Wml.paragraph(styles.id(StyleRole.BODY)));
                return null;
            }
        };
        for (Block b : blocks) {
            b.accept(visitor);
        }
    }

    /** A body paragraph at the indent, its first line indented one character (字下げ). */
    private void paragraph(List<Run> runs, int indent) {
        P p = Wml.paragraph(styles.id(StyleRole.BODY));
        Wml.indent(p, indent, Wml.CHAR);
        Wml.addRuns(p, runs);
        content.add(p);
    }

    /** "ア　text" hanging under its text; nested items start where their parent's text starts. */
    private void items(List<Block.ListItem> items, int indent) {
        for (Block.ListItem item : items) {
            String lead = item.label() + Labels.LABEL_SEPARATOR;
            int textIndent = indent + TextWidth.twips(lead);
            P p = Wml.paragraph(styles.id(StyleRole.LIST), lead);
            Wml.indent(p, textIndent, -(textIndent - indent));
            Wml.addRuns(p, item.runs());
            content.add(p);
            items(item.children(), textIndent);
        }
    }
}
