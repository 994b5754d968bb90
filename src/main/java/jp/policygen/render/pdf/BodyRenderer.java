package jp.policygen.render.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.SetParagraph;

import jp.policygen.policy.Block;
import jp.policygen.policy.BlockVisitor;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;

/**
 * Lays the section tree out as paragraphs and OpenPDF tables. The paragraphs' lines are set directly on the page
 * ({@link SetParagraph}: our kinsoku and glyph widths, where OpenPDF's general layout cost most of a PDF's time),
 * breaking where OpenPDF's Paragraph would; a paragraph in fonts that cannot be set so goes through OpenPDF.
 *
 * <p>Indentation follows the tree: a heading starts where its parent's text starts, and its own text is one
 * full-width character further in. A clause without a title (① …) is written as label, full-width space and
 * its first paragraph, with the following lines hanging under the text, as in printed 例規.
 */
final class BodyRenderer {
    /** A heading this close to the foot of the page goes to the next page with its text (no orphan). */
    private static final float MIN_ROOM_BELOW_HEADING = 4 * Styles.BODY_SIZE * Styles.LINE_HEIGHT;
    private static final String GAP = "　";

    private final Document pdf;
    private final PdfWriter writer;
    private final Styles styles;
    private final Bookmarks bookmarks;
    private final TableRenderer tables;
    private final Tags tags;

    BodyRenderer(Document pdf, PdfWriter writer, Styles styles, Bookmarks bookmarks, Tags tags) {
        this.pdf = pdf;
        this.writer = writer;
        this.styles = styles;
        this.bookmarks = bookmarks;
        this.tables = new TableRenderer(styles);
        this.tags = tags;
    }

    /** The structure role of a heading: the title is H1, a top-level heading H2, one under it H3 …, at most H6. */
    static String headingRole(int level) {
        return "H" + Math.min(level, 6);
    }

    void render(List<Section> sections) throws DocumentException {
        for (Section section : sections) {
            section(section, null, 0, 0f, 2);
        }
    }

    /** @param level the heading level this section's title takes (2 at the top, one more under each title) */
    private void section(Section section, String parentKey, int depth, float indent, int level)
            throws DocumentException {
        String key = bookmarks.register(section, parentKey, depth);
        Font font = styles.body();
        float textIndent;
        List<Block> rest = section.blocks();
        if (section.isArticle()) {
            // 例規: the caption on its own line one character in, then 「第１条　」 starting the text; the article's
            // later lines, like its 項, run one character in; articles stand at the margin whatever encloses them
            indent = 0f;
            textIndent = 0f;
            if (section.hasTitle()) {
                caption(section, key, level);
            }
            String lead = section.label() + GAP;
            List<SetParagraph.Piece> first = new ArrayList<>(
                    styles.pieces(lead, styles.heading(4), section.hasTitle() ? null : key));
            if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph p) {
                first.addAll(styles.pieces(p.runs(), font));
                rest = rest.subList(1, rest.size());
            }
            add("P", paragraph(first, Styles.EM, -Styles.EM));
        } else if (section.hasTitle()) {
            heading(section, key, indent, level);
            textIndent = indent + Styles.EM;
        } else if (!section.label().isEmpty()) {
            // ① 　text…: the label leads the first paragraph and later lines hang under the text
            String lead = section.label() + GAP;
            float hang = styles.width(lead, font);
            textIndent = indent + hang;
            List<SetParagraph.Piece> first = new ArrayList<>(styles.pieces(lead, font, key));
            if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph p) {
                first.addAll(styles.pieces(p.runs(), font));
                rest = rest.subList(1, rest.size());
            }
            add("P", paragraph(first, textIndent, -hang));
        } else {
            // an unnumbered 項: plain paragraphs; the first one's first chunk carries the bookmark
            textIndent = indent;
            if (!rest.isEmpty() && rest.get(0) instanceof Block.Paragraph p) {
                add("P", p.number().isEmpty() ? bodyParagraph(p.runs(), textIndent, key)
                        : numbered(p, textIndent, key));
                rest = rest.subList(1, rest.size());
            }
        }
        for (Block block : rest) {
            block(block, textIndent);
        }
        boolean provision = section.isArticle() || section.label().isEmpty() && !section.hasTitle();
        for (Section child : section.children()) {
            // the 号 of an article or of one of its 項 stand one character in
            float childIndent = provision && !child.label().isEmpty() ? textIndent + Styles.EM : textIndent;
            section(child, key, depth + 1, childIndent, section.hasTitle() ? level + 1 : level);
        }
    }

    /** （目的）: an article's caption, one character in, kept on the page with the article's first line. */
    private void caption(Section section, String key, int level) throws DocumentException {
        Font font = styles.body();
        if (writer.getVerticalPosition(true) - pdf.bottom() < MIN_ROOM_BELOW_HEADING) {
            pdf.newPage();
        }
        add(headingRole(level), styles.set(styles.pieces("（" + section.title() + "）", font, key), styles.body(),
                Styles.BODY_SIZE * Styles.LINE_HEIGHT, Element.ALIGN_LEFT, Styles.EM, 0f, 4f, 2f));
    }

    private void heading(Section section, String key, float indent, int role) throws DocumentException {
        int level = section.level().outlineLevel();
        Font font = styles.heading(level);
        if (writer.getVerticalPosition(true) - pdf.bottom() < MIN_ROOM_BELOW_HEADING + font.getSize()) {
            pdf.newPage();
        }
        // a heading too long for one line wraps under its title, not under its number
        int titleAt = section.title().isEmpty() ? -1 : section.heading().lastIndexOf(section.title());
        String label = section.label().isEmpty() || titleAt < 0 ? "" : section.heading().substring(0, titleAt);
        float hang = styles.width(label, font);
        add(headingRole(role), styles.set(styles.pieces(section.heading(), font, key), font, font.getSize() * 1.5f,
                Element.ALIGN_UNDEFINED, indent + hang, -hang, level == 1 ? 14f : level == 2 ? 9f : 5f, 3f));
    }

    private void block(Block block, float indent) throws DocumentException {
        block.accept(new BlockVisitor<Void, DocumentException>() {
            @Override
            public Void paragraph(Block.Paragraph p) throws DocumentException {
                add("P", p.number().isEmpty() ? bodyParagraph(p.runs(), indent, null) : numbered(p, indent, null));
                return null;
            }

            @Override
            public Void list(Block.ItemList list) throws DocumentException {
                items(list.items(), indent);
                return null;
            }

            @Override
            public Void table(Block.Table table) throws DocumentException {
                if (table.columns() > 0) {
                    tables.add(table, pdf.right() - pdf.left() - indent, tags);
                }
                return null;
            }
        });
    }

    /** A 項: its number at the indent, the text after a full-width space, later lines one character in. */
    private SetParagraph numbered(Block.Paragraph para, float indent, String key) {
        List<SetParagraph.Piece> pieces = new ArrayList<>(styles.pieces(para.lead(), styles.body(), key));
        pieces.addAll(styles.pieces(para.runs(), styles.body()));
        return paragraph(pieces, indent + Styles.EM, -Styles.EM);
    }

    /** A body paragraph begins one full-width character in (字下げ), as Japanese paragraphs do. */
    private SetParagraph bodyParagraph(List<Run> runs, float indent, String key) {
        List<SetParagraph.Piece> pieces = styles.pieces(runs, styles.body());
        if (key != null && !pieces.isEmpty()) {
            SetParagraph.Piece p = pieces.get(0);
            pieces.set(0, new SetParagraph.Piece(p.text(), p.font(), p.size(), key, p.underlines()));
        }
        return paragraph(pieces, indent, Styles.EM);
    }

    /** ア　text… with the text's later lines under the text; a nested list starts under its parent's text. */
    private void items(List<Block.ListItem> items, float indent) throws DocumentException {
        if (items.isEmpty()) {
            return;
        }
        Font font = styles.body();
        tags.open("L");
        for (Block.ListItem item : items) {
            String lead = item.label() + GAP;
            float hang = styles.width(lead, font);
            List<SetParagraph.Piece> pieces = new ArrayList<>(styles.pieces(lead, font, null));
            pieces.addAll(styles.pieces(item.runs(), font));
            tags.open("LI");
            add("LBody", paragraph(pieces, indent + hang, -hang));
            items(item.children(), indent + hang); // a nested list belongs to its item
            tags.close();
        }
        tags.close();
    }

    /** A body paragraph: 10.5 pt Mincho, leading 1.6, justified, 2 pt after. */
    private SetParagraph paragraph(List<SetParagraph.Piece> pieces, float indentLeft, float firstLineIndent) {
        return styles.set(pieces, styles.body(), Styles.BODY_SIZE * Styles.LINE_HEIGHT, Element.ALIGN_JUSTIFIED,
                indentLeft, firstLineIndent, 0f, 2f);
    }

    /** Adds the paragraph as one structure element of the role: set directly, or by OpenPDF when it cannot be. */
    private void add(String role, SetParagraph paragraph) throws DocumentException {
        if (Styles.settable(paragraph)) {
            tags.add(role, paragraph);
        } else {
            tags.add(role, Styles.paragraph(paragraph));
        }
    }
}
