package jp.policygen.render.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;

import jp.policygen.policy.Block;
import jp.policygen.render.ColumnLayout;

/** Bordered tables: those of the body and the 改定履歴. */
final class TableRenderer {
    static final float CELL_SIZE = 9.5f;
    static final float PAD_X = 4f;
    /** Left and right padding plus a little slack, so that text measured to fit does fit. */
    private static final float PADDING = 2 * PAD_X + 2f;
    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);

    private final Styles styles;

    TableRenderer(Styles styles) {
        this.styles = styles;
    }

    /**
     * A bordered table as wide as the room left of the indentation, right-aligned so that it starts at the
     * indentation. The header row repeats on every page the table runs onto. Its structure (Table, a TR per
     * row, TH for the header cells and TD for the others) is made in {@code tags}; add the table with
     * {@link Tags#table}. Without tags (null) the table has no structure.
     */
    PdfPTable table(Block.Table table, float width, Tags tags) throws DocumentException {
        PdfStructureElement structure = tags == null ? null : tags.tableElement("Table");
        Font headerFont = styles.gothic(CELL_SIZE);
        Font cellFont = styles.body(CELL_SIZE);
        MeasuredTable t = new MeasuredTable(table.columns());
        t.setTotalWidth(width);
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.setWidths(columnWidths(table, width, headerFont, cellFont));
        t.setHeaderRows(1);
        t.setSplitRows(true);
        t.setSpacingBefore(4f);
        t.setSpacingAfter(6f);
        // the cells' tags are put on their chunks even in a rendering without structure, so it lays out the same
        PdfStructureElement header = Tags.row(structure);
        for (Block.Cell h : table.headerCells()) {
            t.addCell(cell(h, headerFont, true, tags == null ? null : tags.cellTag(header, true)));
        }
        for (List<Block.Cell> row : table.rowCells()) {
            PdfStructureElement tr = Tags.row(structure);
            for (int c = 0; c < table.columns(); c++) {
                t.addCell(cell(c < row.size() ? row.get(c) : Block.Cell.of(""), cellFont, false,
                        tags == null ? null : tags.cellTag(tr, false)));
            }
        }
        return t.measured();
    }

    /** @param tag the generic tag of the cell's first chunk, which names its TH / TD (see {@link Tags}) */
    private PdfPCell cell(Block.Cell content, Font font, boolean header, String tag) {
        Paragraph p = Styles.paragraph(font.getSize() * 1.45f, font);
        if (content.runs().stream().anyMatch(r -> r.underlined())) {
            p.addAll(styles.chunks(content.runs(), font));
        } else {
            // one chunk, as before cells held runs (an empty cell too), so existing tables print the same
            p.add(styles.chunk(content.text(), font));
        }
        if (tag != null) {
            Tags.tagFirstChunk(p, tag);
        }
        PdfPCell cell = new PdfPCell();
        cell.addElement(p);
        cell.setPaddingLeft(PAD_X);
        cell.setPaddingRight(PAD_X);
        cell.setPaddingTop(2f);
        cell.setPaddingBottom(5f);
        cell.setBorderWidth(0.5f);
        cell.setUseAscender(true);
        if (header) {
            cell.setBackgroundColor(HEADER_FILL);
        }
        return cell;
    }

    /**
     * The shared column layout ({@link ColumnLayout}) in points: header cells measured in the header font, body
     * cells in the cell font, one full-width character being the cell size.
     */
    private float[] columnWidths(Block.Table table, float total, Font headerFont, Font cellFont) {
        double[] layout = !table.weights().isEmpty() ? ColumnLayout.weighted(table.weights(), total)
                : ColumnLayout.widths(table.header(), table.rows(), total, line -> styles.width(line, headerFont),
                        line -> styles.width(line, cellFont), CELL_SIZE, PADDING);
        float[] widths = new float[layout.length];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (float) layout[c];
        }
        return widths;
    }
}
