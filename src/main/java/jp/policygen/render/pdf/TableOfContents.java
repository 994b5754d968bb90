package jp.policygen.render.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DrawInterface;

import jp.policygen.policy.RuleContents;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/**
 * The printed 目次 of a booklet, between the 改定履歴 (or the cover) and the body: one line per chapter, 節 and
 * 附則 (and per titled item when the document has no 節, as the 基本方針 and the 第4編), indented by depth, with a
 * dotted leader to the page number at the right margin. Each line is a link to its heading.
 *
 * <p>The page numbers are those of the finished file, which are only known once the body has been laid out. So
 * nothing in the layout of the 目次 depends on the numbers: the titles wrap in a column of their own, the numbers
 * stand in a fixed column to the right, and the leader is drawn, not laid out. The 目次 then takes the same number
 * of pages whatever numbers it shows: {@link PdfWriter} lays it out alone with stand-in numbers to count them,
 * writes the body with its page numbers past the 目次's, then the 目次 with the real numbers after the body, and
 * puts the 目次's pages in their place (see {@link PdfWriter#write}).
 *
 * <p>A rule (例規 form) has the 目次 of a 例規 instead ({@link RuleContents}): its 章 and 節 with the articles
 * they hold, no page numbers and no leader, and the body goes on below it on the same page.
 */
final class TableOfContents extends PdfPageEventHelper {
    static final String TITLE = "目次";
    /** A document with fewer entries (the 権限・責任等一覧表's two chapters) is short enough to need none. */
    static final int MIN_ENTRIES = 3;

    private static final String TAG = "toc-";
    /** One depth step: two full-width characters. */
    private static final float STEP = 2 * Styles.EM;
    /** The number's column: four digits and a gap before them. */
    private static final float NUMBER_BOX = 4 * Styles.BODY_SIZE / 2 + Styles.EM;
    private static final float LEADING = Styles.BODY_SIZE * Styles.LINE_HEIGHT;
    private static final float DOT_PITCH = 3.5f;
    private static final float DOT_SIZE = 0.9f;
    /** Space between the leader and the text on either side of it. */
    private static final float LEADER_GAP = 4f;

    /**
     * One line of the 目次.
     *
     * @param index   the section's place in reading order (parents first), which is also the order in which
     *                {@link Bookmarks#register} numbers the sections, so {@link Bookmarks#key} names its heading
     * @param depth   how many listed sections it is nested in
     * @param heading the heading as printed in the body
     * @param label   the heading's leading number and the space after it, or "": later lines hang under the title
     * @param section the section listed
     */
    record Entry(int index, int depth, String heading, String label, Section section) {
    }

    private final Document pdf;
    private final Styles styles;
    private final Tags tags;
    private final List<Entry> entries;
    /** The page of each entry's heading, or null when the numbers are not known yet (counting the 目次's pages). */
    private int[] pages;
    /** False for a rule's 目次, which prints no page numbers. */
    private final boolean numbered;
    /** The 目次's heading and TOC elements when made ahead of its layout ({@link #reserve}), else null. */
    private com.lowagie.text.pdf.PdfStructureElement[] reserved;

    /**
     * @param pages the page number to print for each entry, in the order of {@code entries}, or null to leave
     *              the numbers out
     */
    TableOfContents(Document pdf, Styles styles, List<Entry> entries, int[] pages, Tags tags) {
        this(pdf, styles, entries, pages, tags, true);
    }

    /** @param numbered false for a rule's 目次 (see {@link #ruleEntries}): no page numbers, leader or page break */
    TableOfContents(Document pdf, Styles styles, List<Entry> entries, int[] pages, Tags tags, boolean numbered) {
        if (pages != null && pages.length != entries.size()) {
            throw new IllegalArgumentException(pages.length + " page numbers for " + entries.size() + " entries");
        }
        this.pdf = pdf;
        this.styles = styles;
        this.tags = tags;
        this.entries = List.copyOf(entries);
        this.pages = pages == null ? null : pages.clone();
        this.numbered = numbered;
    }

    /**
     * The lines of a rule's 目次 (see {@link RuleContents}), each with the place of its section in reading order,
     * which names its heading's destination as in {@link #entries}.
     */
    static List<Entry> ruleEntries(jp.policygen.policy.Document document) {
        Map<Section, Integer> order = new IdentityHashMap<>();
        List<Section> all = document.flatten();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        List<Entry> out = new ArrayList<>();
        for (RuleContents.Line line : RuleContents.of(document)) {
            out.add(new Entry(order.get(line.section()), line.depth(), line.text(), line.label(), line.section()));
        }
        return out;
    }

    /**
     * The sections listed, in reading order: those with a title at chapter, 節 and unnumbered (附則) level, and
     * titled items too when the document has no 節 level, since its chapters then hold items directly.
     */
    static List<Entry> entries(List<Section> sections) {
        boolean items = !hasLevel(sections, SectionLevel.SECTION);
        List<Entry> out = new ArrayList<>();
        int[] next = {0};
        for (Section s : sections) {
            collect(s, 0, items, next, out);
        }
        return out;
    }

    private static void collect(Section s, int depth, boolean items, int[] next, List<Entry> out) {
        int index = next[0]++;
        boolean listed = s.hasTitle() && switch (s.level()) {
            case CHAPTER, SECTION, UNNUMBERED -> true;
            case ITEM -> items;
            default -> false;
        };
        if (listed) {
            String label = s.label().isEmpty() || !s.heading().startsWith(s.label() + " ") ? "" : s.label() + " ";
            out.add(new Entry(index, depth, s.heading(), label, s));
        }
        for (Section child : s.children()) {
            collect(child, listed ? depth + 1 : depth, items, next, out);
        }
    }

    private static boolean hasLevel(List<Section> sections, SectionLevel level) {
        for (Section s : sections) {
            if (s.level() == level || hasLevel(s.children(), level)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes the structure elements of the 目次 (its heading and the TOC) here in the reading order, for a 目次 laid out
     * later by {@link #render}: its pages come after the body's in the file and are then put in front of them.
     */
    void reserve() {
        reserved = tags.reserve(BodyRenderer.headingRole(2), "TOC");
    }

    /** Writes the 目次 with these page numbers (in the order of the entries), as {@link #render()}. */
    void render(int[] pages) throws DocumentException {
        if (pages.length != entries.size()) {
            throw new IllegalArgumentException(pages.length + " page numbers for " + entries.size() + " entries");
        }
        this.pages = pages.clone();
        render();
    }

    /** Writes the 目次 from the top of the current page and ends with a page break. */
    void render() throws DocumentException {
        title();
        if (!numbered) {
            rule();
            return;
        }
        tags.table(table());
        tags.close();
        pdf.newPage();
    }

    /**
     * How many pages the 目次 takes from the top of a page, numbers left out: laid out as {@link #render()} lays it
     * out, but its table only measured, not written. The loop is OpenPDF's own for a table added to a document
     * (PdfDocument.addPTable: a ColumnText from the current line down, one column per page, a line of no height
     * first when the page already holds something), with ColumnText simulating: the rows that fit on each page are
     * decided before anything is written, so the pages come out the same. Writing the rows (every cell laid out again,
     * and drawn) was half the cost of counting.
     */
    int pageCount(PdfWriter writer) throws DocumentException {
        title();
        MeasuredTable table = table();
        float top = writer.getVerticalPosition(true);
        ColumnText column = new ColumnText(writer.getDirectContent());
        if (top < pdf.top()) {
            Paragraph line = new Paragraph();
            line.setLeading(0);
            column.addElement(line);
        }
        column.addElement(table);
        int pages = 1;
        int stuck = 0;
        while (true) {
            column.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), top);
            if ((column.go(true) & ColumnText.NO_MORE_TEXT) != 0) {
                return pages;
            }
            stuck = column.getYLine() == top ? stuck + 1 : 0;
            if (stuck == 3) {
                throw new DocumentException("目次の行がページに収まりません");
            }
            pages++;
            top = pdf.top();
        }
    }

    /** The 目次's heading, and the TOC element its lines belong to opened. */
    private void title() throws DocumentException {
        Font titleFont = styles.heading(1);
        Paragraph title = Styles.paragraph(titleFont.getSize() * 1.5f, titleFont);
        title.add(styles.chunk(TITLE, titleFont));
        title.setSpacingAfter(8f);
        // TOC with a TOCI per line, its title and page number (the title's chunk carries the line's tag)
        if (reserved != null) {
            tags.add(reserved[0], title);
            tags.open(reserved[1]);
        } else {
            tags.add(BodyRenderer.headingRole(2), title);
            tags.open("TOC");
        }
    }

    /**
     * The lines of a page-numbered 目次 in two columns: the title, which wraps short of the number's column, and the
     * number. So the numbers never change where a title wraps, and each number follows its title in the text (for
     * copying and reading aloud). A row is never split, so an entry never runs over two pages.
     */
    private MeasuredTable table() {
        float width = pdf.right() - pdf.left();
        MeasuredTable table = new MeasuredTable(new float[] {width - NUMBER_BOX, NUMBER_BOX});
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            tags.taggedElement("TOCI", TAG + i);
            Font font = font(entry);
            float above = entry.depth() == 0 && i > 0 ? 4f : 0f;
            table.addCell(cell(titleParagraph(i, font), Element.ALIGN_TOP, above));
            Paragraph number = Styles.paragraph(LEADING, font);
            number.setAlignment(Element.ALIGN_RIGHT);
            // counting the 目次's pages only needs the rows' heights: any one-line text will do
            number.add(styles.chunk(pages == null ? "0" : Integer.toString(pages[i]), font));
            // under the title's last line when the title wraps
            table.addCell(cell(number, Element.ALIGN_BOTTOM, above));
        }
        return table.measured();
    }

    /**
     * A rule's 目次: the lines alone, and the body below them on the same page. Paragraphs, not a table: OpenPDF
     * writes a table's text after the page's other text, and a reader copying the page would get the body first.
     */
    private void rule() throws DocumentException {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Font font = font(entry);
            Paragraph p = Styles.paragraph(LEADING, font);
            float hang = styles.width(entry.label(), font);
            p.setIndentationLeft(entry.depth() * STEP + hang);
            p.setFirstLineIndent(-hang);
            p.add(styles.tagged(entry.heading(), font, TAG + i));
            if (i == entries.size() - 1) {
                p.setSpacingAfter(LEADING);
            }
            tags.add("TOCI", p);
        }
        tags.close();
    }

    private Paragraph titleParagraph(int i, Font font) {
        Entry entry = entries.get(i);
        Paragraph p = Styles.paragraph(LEADING, font);
        float hang = styles.width(entry.label(), font);
        p.setIndentationLeft(entry.depth() * STEP + hang);
        p.setFirstLineIndent(-hang);
        // the tag reports each line the title takes, for its link; the separator fills the rest of the last line
        p.add(styles.tagged(entry.heading(), font, TAG + i));
        p.add(new Chunk(new Leader(i, font)));
        return p;
    }

    private static PdfPCell cell(Paragraph content, int verticalAlignment, float above) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0f);
        cell.setPaddingTop(above);
        cell.setPaddingBottom(2f);
        cell.setVerticalAlignment(verticalAlignment);
        cell.addElement(content);
        return cell;
    }

    /** Chapters and the 附則 in Gothic, as their headings; what they contain in Mincho. */
    private Font font(Entry entry) {
        return entry.depth() == 0 ? styles.gothic(Styles.BODY_SIZE) : styles.body();
    }

    /** Each line of an entry links to its heading, from where the line starts to the right margin. */
    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (!tag.startsWith(TAG)) {
            return;
        }
        Entry entry = entries.get(Integer.parseInt(tag.substring(TAG.length())));
        writer.getDirectContent().localGoto(Bookmarks.key(entry.index()), rect.getLeft(), rect.getBottom() - 3f,
                document.right(), rect.getTop() + 2f);
    }

    /**
     * The dotted leader of an entry: OpenPDF hands a separator chunk the room between the end of the title's
     * last line and the end of its column; the dots go on into the number's column, up to the number.
     */
    private final class Leader implements DrawInterface {
        private final int entry;
        private final Font font;

        Leader(int entry, Font font) {
            this.entry = entry;
            this.font = font;
        }

        @Override
        public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
            float numberLeft = pages == null ? urx : pdf.right() - styles.width(Integer.toString(pages[entry]), font);
            // dots on a grid from the page's edge, so that the leaders of all lines line up
            float first = (float) Math.ceil((llx + LEADER_GAP) / DOT_PITCH) * DOT_PITCH;
            float last = numberLeft - LEADER_GAP;
            if (first > last) {
                return;
            }
            canvas.saveState();
            canvas.setLineWidth(DOT_SIZE);
            canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            canvas.setLineDash(0f, DOT_PITCH, 0f);
            canvas.moveTo(first, y + 1.5f);
            canvas.lineTo(last, y + 1.5f);
            canvas.stroke();
            canvas.restoreState();
        }
    }
}
