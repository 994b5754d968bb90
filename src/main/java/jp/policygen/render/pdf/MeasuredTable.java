package jp.policygen.render.pdf;

import com.lowagie.text.pdf.PdfPTable;

/**
 * A PdfPTable whose rows are measured once. With its total width locked before the cells are added, OpenPDF lays out
 * every cell of a row as the row is completed, to learn its height; then ColumnText, each time it goes on with the
 * table (once for every page the table runs onto), has every row of the table measured again
 * ({@code calculateHeights(true)}) before it writes the rows that fit — the same layouts with the same widths, for
 * the same heights. Once {@link #measured} is called, after the last cell, the heights already known are used.
 *
 * <p>A table that OpenPDF splits inside a row becomes a copy (a plain PdfPTable), which measures as before.
 */
final class MeasuredTable extends PdfPTable {
    private boolean measured;

    MeasuredTable(int columns) {
        super(columns);
    }

    MeasuredTable(float[] relativeWidths) {
        super(relativeWidths);
    }

    /**
     * Every cell is added, with the widths the table is written in: from now on its rows' heights are those computed
     * as they were added. Nothing may change the widths or the cells afterwards.
     */
    MeasuredTable measured() {
        measured = true;
        return this;
    }

    @Override
    public float calculateHeights(boolean firsttime) {
        // the rows' widths were set and their heights computed as each row was completed (addCell); measuring
        // them again for each page gives the same heights. No cell spans rows, so nothing is redistributed.
        return super.calculateHeights(firsttime && !measured);
    }
}
