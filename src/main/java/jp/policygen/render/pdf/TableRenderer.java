package jp.policygen.render.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import jp.policygen.policy.Block;

/** Bordered tables: those of the body and the 改定履歴. */
final class TableRenderer {
    private static final float CELL_SIZE = 9.5f;
    private static final Color HEADER_FILL = new Color(0xE8, 0xE8, 0xE8);

    private final Styles styles;

    TableRenderer(Styles styles) {
        this.styles = styles;
    }

    /**
     * A bordered table as wide as the room left of the indentation, right-aligned so that it starts at the
     * indentation. The header row repeats on every page the table runs onto.
     */
    PdfPTable table(Block.Table table, float width) throws DocumentException {
        PdfPTable t = new PdfPTable(table.columns());
        t.setTotalWidth(width);
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.setWidths(columnWeights(table));
        t.setHeaderRows(1);
        t.setSplitRows(true);
        t.setSpacingBefore(4f);
        t.setSpacingAfter(6f);
        for (String h : table.header()) {
            t.addCell(cell(h, styles.gothic(CELL_SIZE), true));
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < table.columns(); c++) {
                t.addCell(cell(c < row.size() ? row.get(c) : "", styles.body(CELL_SIZE), false));
            }
        }
        return t;
    }

    private PdfPCell cell(String text, Font font, boolean header) {
        Paragraph p = Styles.paragraph(font.getSize() * 1.45f, font);
        p.add(styles.chunk(text, font));
        PdfPCell cell = new PdfPCell();
        cell.addElement(p);
        cell.setPaddingLeft(4f);
        cell.setPaddingRight(4f);
        cell.setPaddingTop(1f);
        cell.setPaddingBottom(5f);
        cell.setBorderWidth(0.5f);
        cell.setUseAscender(true);
        if (header) {
            cell.setBackgroundColor(HEADER_FILL);
        }
        return cell;
    }

    /**
     * Columns share the width by how much they hold, within bounds, so that a 分類 column stays narrow and
     * a 取扱い column gets the room, without a long cell starving the others.
     */
    private static float[] columnWeights(Block.Table table) {
        float[] weights = new float[table.columns()];
        for (int c = 0; c < weights.length; c++) {
            int longest = table.header().get(c).length();
            for (List<String> row : table.rows()) {
                if (c < row.size()) {
                    longest = Math.max(longest, row.get(c).length());
                }
            }
            weights[c] = Math.max(4, Math.min(longest, 30));
        }
        return weights;
    }
}
