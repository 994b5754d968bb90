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
    private static final float PAD_X = 4f;
    /** Left and right padding plus a little slack, so that text measured to fit does fit. */
    private static final float PADDING = 2 * PAD_X + 2f;
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
        Font headerFont = styles.gothic(CELL_SIZE);
        Font cellFont = styles.body(CELL_SIZE);
        PdfPTable t = new PdfPTable(table.columns());
        t.setTotalWidth(width);
        t.setLockedWidth(true);
        t.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.setWidths(columnWidths(table, width, headerFont, cellFont));
        t.setHeaderRows(1);
        t.setSplitRows(true);
        t.setSpacingBefore(4f);
        t.setSpacingAfter(6f);
        for (String h : table.header()) {
            t.addCell(cell(h, headerFont, true));
        }
        for (List<String> row : table.rows()) {
            for (int c = 0; c < table.columns(); c++) {
                t.addCell(cell(c < row.size() ? row.get(c) : "", cellFont, false));
            }
        }
        return t;
    }

    private PdfPCell cell(String text, Font font, boolean header) {
        Paragraph p = Styles.paragraph(font.getSize() * 1.45f, font);
        p.add(styles.chunk(text, font));
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
     * Column widths the way a browser lays out an automatic table: when every cell fits on one line each column
     * gets its longest line; otherwise every column first gets a minimum of four characters (so 職員 / 備考 /
     * short codes never wrap) and the remaining room goes to the columns that want more, in proportion to how
     * much more they want. Long headers (権限・責任等一覧表's role names) wrap rather than squeeze the 事項.
     */
    private float[] columnWidths(Block.Table table, float total, Font headerFont, Font cellFont) {
        int n = table.columns();
        float[] natural = new float[n];
        float[] min = new float[n];
        for (int c = 0; c < n; c++) {
            natural[c] = textWidth(table.header().get(c), headerFont) + PADDING;
            for (List<String> row : table.rows()) {
                if (c < row.size()) {
                    natural[c] = Math.max(natural[c], textWidth(row.get(c), cellFont) + PADDING);
                }
            }
            min[c] = Math.min(natural[c], 4 * CELL_SIZE + PADDING);
        }
        float sumNatural = sum(natural);
        float sumMin = sum(min);
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            if (sumNatural <= total) {
                widths[c] = natural[c] * total / sumNatural;
            } else if (sumMin >= total) {
                widths[c] = min[c] * total / sumMin;
            } else {
                widths[c] = min[c] + (natural[c] - min[c]) * (total - sumMin) / (sumNatural - sumMin);
            }
        }
        return widths;
    }

    /** The widest line of a cell, unwrapped. */
    private float textWidth(String text, Font font) {
        float widest = 0;
        for (String line : text.split("\\R", -1)) {
            widest = Math.max(widest, styles.width(line, font));
        }
        return widest;
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
