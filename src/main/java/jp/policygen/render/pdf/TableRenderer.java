package jp.policygen.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.SetParagraph;
import com.lowagie.text.pdf.SetTable;

import jp.policygen.policy.Block;
import jp.policygen.render.ColumnLayout;

/** Bordered tables: those of the body and the 改定履歴. */
final class TableRenderer {
    static final float CELL_SIZE = 9.5f;
    static final float PAD_X = 4f;
    /** Left and right padding plus a little slack, so that text measured to fit does fit. */
    private static final float PADDING = 2 * PAD_X + 2f;
    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);

    private static final float SPACING_BEFORE = 4f;
    private static final float SPACING_AFTER = 6f;

    private final Styles styles;
    private final PdfPCell headerLook = look(true);
    private final PdfPCell bodyLook = look(false);

    TableRenderer(Styles styles) {
        this.styles = styles;
    }

    /**
     * Adds a bordered table as wide as {@code width}, right-aligned so that it starts at the indentation, the header
     * row repeated on every page it runs onto, tagged Table / TR / TH / TD. Its cells are set directly
     * ({@link SetTable}: our line breaking and glyph widths, the same page breaks and content stream as OpenPDF's
     * PdfPTable would write); a table SetTable does not cover goes through OpenPDF's PdfPTable ({@link #table}).
     */
    void add(Block.Table table, float width, Tags tags) throws DocumentException {
        Font headerFont = styles.gothic(CELL_SIZE);
        Font cellFont = styles.body(CELL_SIZE);
        float[] widths = columnWidths(table, width, headerFont, cellFont);
        List<List<SetTable.Cell>> rows = rows(table, tags, headerFont, cellFont);
        SetTable set = SetTable.of(width, widths, 1, rows, Element.ALIGN_RIGHT, SPACING_BEFORE, SPACING_AFTER,
                styles.glyphs(), () -> openPdf(table.columns(), width, widths, rows));
        if (set != null) {
            tags.table(set);
        } else {
            tags.table(openPdf(table.columns(), width, widths, rows));
        }
    }

    /**
     * A bordered table as wide as the room left of the indentation, right-aligned so that it starts at the
     * indentation. The header row repeats on every page the table runs onto. Its structure (Table, a TR per
     * row, TH for the header cells and TD for the others) is made in {@code tags}; add the table with
     * {@link Tags#table}. Without tags (null) the table has no structure.
     */
    PdfPTable table(Block.Table table, float width, Tags tags) throws DocumentException {
        Font headerFont = styles.gothic(CELL_SIZE);
        Font cellFont = styles.body(CELL_SIZE);
        float[] widths = columnWidths(table, width, headerFont, cellFont);
        return openPdf(table.columns(), width, widths, rows(table, tags, headerFont, cellFont));
    }

    /**
     * The table's cells, the header row first, each row short of cells filled with empty ones; with tags, the Table
     * element and a TR per row are made in {@code tags} and each cell's text carries the tag of its TH / TD.
     */
    private List<List<SetTable.Cell>> rows(Block.Table table, Tags tags, Font headerFont, Font cellFont) {
        PdfStructureElement structure = tags == null ? null : tags.tableElement("Table");
        List<List<SetTable.Cell>> rows = new ArrayList<>();
        // the cells' tags are put on their chunks even in a rendering without structure, so it lays out the same
        PdfStructureElement header = Tags.row(structure);
        List<SetTable.Cell> headerCells = new ArrayList<>();
        for (Block.Cell h : table.headerCells()) {
            headerCells.add(setCell(h, headerFont, true, tags == null ? null : tags.cellTag(header, true)));
        }
        rows.add(headerCells);
        for (List<Block.Cell> row : table.rowCells()) {
            PdfStructureElement tr = Tags.row(structure);
            List<SetTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                cells.add(setCell(c < row.size() ? row.get(c) : Block.Cell.of(""), cellFont, false,
                        tags == null ? null : tags.cellTag(tr, false)));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The table as OpenPDF's PdfPTable of the same cells, measured once ({@link MeasuredTable}). */
    private PdfPTable openPdf(int columns, float width, float[] widths, List<List<SetTable.Cell>> rows) {
        try {
            MeasuredTable t = new MeasuredTable(columns);
            t.setTotalWidth(width);
            t.setLockedWidth(true);
            t.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.setWidths(widths);
            t.setHeaderRows(1);
            t.setSplitRows(true);
            t.setSpacingBefore(SPACING_BEFORE);
            t.setSpacingAfter(SPACING_AFTER);
            for (List<SetTable.Cell> row : rows) {
                for (SetTable.Cell c : row) {
                    PdfPCell cell = look(c.look() == headerLook);
                    cell.addElement(Styles.paragraph(c.paragraph()));
                    t.addCell(cell);
                }
            }
            return t.measured();
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A cell's text as a paragraph (one piece per font, as before cells held runs; the runs' pieces when some are
     * underlined), its first piece carrying the tag that names its TH / TD (see {@link Tags}).
     */
    private SetTable.Cell setCell(Block.Cell content, Font font, boolean header, String tag) {
        List<SetParagraph.Piece> pieces;
        if (content.runs().stream().anyMatch(r -> r.underlined())) {
            pieces = new ArrayList<>(styles.pieces(content.runs(), font));
            if (tag != null && !pieces.isEmpty()) {
                SetParagraph.Piece p = pieces.get(0);
                pieces.set(0, new SetParagraph.Piece(p.text(), p.font(), p.size(), tag, p.underlines()));
            }
        } else {
            // one piece per font, as one chunk was before cells held runs (an empty cell too)
            pieces = styles.pieces(content.text(), font, tag);
        }
        SetParagraph paragraph = styles.set(pieces, font, font.getSize() * 1.45f, Element.ALIGN_UNDEFINED, 0f, 0f,
                0f, 0f);
        return new SetTable.Cell(paragraph, header ? headerLook : bodyLook);
    }

    /** A cell's paddings, border and fill, without its content. */
    private static PdfPCell look(boolean header) {
        PdfPCell cell = new PdfPCell();
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
