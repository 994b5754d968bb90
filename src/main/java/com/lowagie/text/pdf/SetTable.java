package com.lowagie.text.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;

/**
 * A bordered table whose cells policygen lays out and writes itself ({@link LineTaggingDocument#addTable}) instead of
 * OpenPDF's PdfPTable, ColumnText and BidiLine: the same rows on the same pages, the same header row repeated on each
 * page, the same borders, fills, lines, marked content and generic tags, written with the same content-stream calls in
 * the same order, so the file is the same byte for byte. What is saved is OpenPDF's general machinery per cell: a
 * PdfPCell and ColumnText copied for every measurement and for writing, a PdfChunk and a splitter question per
 * character, glyph widths looked up through the font's cmap each time.
 *
 * <p>It covers the tables policygen makes: one paragraph per cell in pieces of TrueType fonts (left-aligned, fixed leading, the first line on the font's ascender), one column per cell, no fixed heights, a
 * locked total width, rows that may break across pages but are never split inside (splitLate, PdfPTable's default),
 * no footer rows. {@link #of} answers null for a table outside this (OpenPDF then lays it out). A row that does not fit
 * even on a page of its own — the one case where OpenPDF splits a row — is handed to OpenPDF from that row on, with
 * the PdfPTable {@code openPdf} makes (the same cells, tags and measurements), and OpenPDF carries on exactly where it
 * would have been.
 */
public final class SetTable {

    /**
     * A cell: its paragraph (pieces, leading, splitter, glyphs; no indents, alignment undefined) and the PdfPCell whose
     * paddings, borders and fill it is drawn with (the cell OpenPDF would get, without its content).
     */
    public record Cell(SetParagraph paragraph, PdfPCell look) {
    }

    private final float totalWidth;
    /** Each column's left and right edge, as PdfPRow.setWidths sums PdfPTable's absolute widths. */
    private final float[] lefts;
    private final float[] rights;
    private final int headerRows;
    /** The rows; a row OpenPDF splits becomes its first part, fixed to the room left, and the rest after it. */
    private final List<Row> rows;
    private final int horizontalAlignment;
    private final float spacingBefore;
    private final float spacingAfter;
    private final SetParagraph.Glyphs glyphs;
    private final Supplier<PdfPTable> openPdf;

    private SetTable(float totalWidth, float[] absoluteWidths, int headerRows, List<Row> rows,
                     int horizontalAlignment, float spacingBefore, float spacingAfter, SetParagraph.Glyphs glyphs,
                     Supplier<PdfPTable> openPdf) {
        this.totalWidth = totalWidth;
        this.headerRows = headerRows;
        this.rows = rows;
        this.horizontalAlignment = horizontalAlignment;
        this.spacingBefore = spacingBefore;
        this.spacingAfter = spacingAfter;
        this.glyphs = glyphs;
        this.openPdf = openPdf;
        lefts = new float[absoluteWidths.length];
        rights = new float[absoluteWidths.length];
        float total = 0;
        for (int k = 0; k < absoluteWidths.length; k++) {
            lefts[k] = total;
            total += absoluteWidths[k];
            rights[k] = total;
        }
    }

    /**
     * The table, measured, or null when OpenPDF has to lay it out (a piece in a font this class cannot set, a tab or
     * other control character, an invisible formatting character, a lone surrogate, a cell narrower than a character
     * whose first character is a surrogate pair).
     *
     * @param totalWidth     PdfPTable.setTotalWidth, locked
     * @param relativeWidths PdfPTable.setWidths
     * @param headerRows     PdfPTable.setHeaderRows: repeated on every page
     * @param rows           the cells, row by row, each row as many as there are columns
     * @param openPdf        the same table as OpenPDF's PdfPTable, for a table whose single lines or header rows do
     *                       not fit on a page (OpenPDF then drops or loops, and may as well do it itself)
     */
    public static SetTable of(float totalWidth, float[] relativeWidths, int headerRows, List<List<Cell>> rows,
                              int horizontalAlignment, float spacingBefore, float spacingAfter,
                              SetParagraph.Glyphs glyphs, Supplier<PdfPTable> openPdf) {
        int columns = relativeWidths.length;
        if (totalWidth <= 0 || headerRows < 0) {
            return null;
        }
        // PdfPTable.calculateWidths
        float sum = 0;
        for (float w : relativeWidths) {
            sum += w;
        }
        float[] absolute = new float[columns];
        for (int k = 0; k < columns; k++) {
            absolute[k] = totalWidth * relativeWidths[k] / sum;
        }
        List<Row> texts = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            if (row.size() != columns) {
                return null;
            }
            Part[] cells = new Part[columns];
            for (int c = 0; c < columns; c++) {
                Cell cell = row.get(c);
                Text text = Text.of(cell.paragraph(), cell.look());
                if (text == null) {
                    return null;
                }
                cells[c] = new Part(text, 0, text.starts.length == 0 ? 0 : text.starts[0]);
            }
            texts.add(new Row(cells));
        }
        SetTable table = new SetTable(totalWidth, absolute, headerRows, texts, horizontalAlignment, spacingBefore,
                spacingAfter, glyphs, openPdf);
        for (Row row : texts) {
            if (!table.measure(row)) {
                return null;
            }
        }
        return table;
    }

    /** A row: its cells' content, and its height. */
    private static final class Row {
        final Part[] cells;
        float height;

        Row(Part[] cells) {
            this.cells = cells;
        }
    }

    /**
     * What a cell of a row holds: its text from a paragraph and character on (the whole text, or what is left of it
     * after the part of a split row on the page before), laid out at the width it is measured in; the first part of a
     * split row has its height fixed.
     */
    private static final class Part {
        final Text text;
        final int para;
        final int from;
        List<Line> lines;
        float width = Float.NaN;
        /** How far the width may be from {@link #width} for the same lines (see {@link Layout}). */
        float slack;
        /** PdfPCell.setFixedHeight, 0 for none. */
        float fixedHeight;
        /** For a fixed height: PdfPCell.getHeight, what its lines that fit in it take. */
        float fitHeight;

        Part(Text text, int para, int from) {
            this.text = text;
            this.para = para;
            this.from = from;
        }

        /** PdfPCell.getMaxHeight without a fixed height: from the top padding down, each line, the bottom padding. */
        float height() {
            float yLine = 0f - text.padTop;
            for (int i = 0; i < lines.size(); i++) {
                yLine -= i == 0 ? lines.get(0).ascender() : text.leading;
            }
            return 0f - (yLine - text.padBottom);
        }

        /** The text after the first {@code n} of its lines (n > 0, not all). */
        Part after(int n) {
            Line last = lines.get(n - 1);
            if (last.next() >= text.ends[last.para()]) {
                int p = last.para() + 1;
                return new Part(text, p, text.starts[p]);
            }
            return new Part(text, last.para(), last.next());
        }
    }

    /**
     * PdfPTable.addCell with a locked width: the row's height, the tallest of its cells as PdfPCell.getMaxHeight lays
     * it out (ColumnText from the padding down, the first line on its ascender, the leading after it).
     */
    private boolean measure(Row row) {
        float maxHeight = 0;
        for (int c = 0; c < row.cells.length; c++) {
            Part cell = row.cells[c];
            float width = measureWidth(cell.text, c);
            Layout layout = cell.text.lines(width, cell.para, cell.from);
            if (layout == null) {
                return false;
            }
            cell.lines = layout.lines();
            cell.slack = layout.slack();
            cell.width = width;
            float height = cell.height();
            if (height > maxHeight) {
                maxHeight = height;
            }
        }
        row.height = maxHeight;
        return true;
    }

    /** PdfPCell.getMaxHeight's column: the cell's edges within the row, less the paddings. */
    private float measureWidth(Text cell, int c) {
        float left = lefts[c] + cell.padLeft;
        float right = rights[c] - cell.padRight;
        if (left > right) {
            right = left;
        }
        return Math.max(left, right) - Math.min(left, right);
    }

    /** The glyph cache the cells were measured with. */
    SetParagraph.Glyphs glyphs() {
        return glyphs;
    }

    int size() {
        return rows.size();
    }

    int headerRows() {
        return headerRows;
    }

    /**
     * PdfDocument.addPTable with ColumnText.goComposite's table branch: page by page, the header rows and the rows that
     * fit below them, written as PdfPTable.writeSelectedRows writes them; a row that fits on no page split as
     * PdfPRow.splitRow splits it; a new page for the rest.
     */
    void add(LineTaggingDocument doc) throws DocumentException {
        PdfContentByte canvas = doc.writer.getDirectContent();
        // the empty paragraph addPTable puts before a table that does not start at the top of a page, so that
        // ColumnText applies the spacing before it
        boolean dummy = doc.currentHeight > 0;
        float headerHeight = 0;
        for (int k = 0; k < Math.min(rows.size(), headerRows); k++) {
            headerHeight += rows.get(k).height;
        }
        if (!fitsFreshPage(doc.indentTop() - doc.indentBottom() - headerHeight)) {
            handOver(doc, canvas, dummy);
            return;
        }
        int listIdx = 0;
        int loop = 0;
        while (true) {
            float llx = doc.indentLeft();
            float lly = doc.indentBottom();
            float urx = doc.indentRight();
            float ury = doc.indentTop() - doc.currentHeight;
            float leftX = Math.min(llx, urx);
            float maxY = Math.max(lly, ury);
            float minY = Math.min(lly, ury);
            float rightX = Math.max(llx, urx);
            float yLine = maxY;
            float rectangularWidth = rightX - leftX;
            if (rectangularWidth < 0) {
                rectangularWidth = 0;
            }
            boolean firstPass = !dummy;
            dummy = false;
            boolean done = false;
            step:
            {
                float yTemp = yLine;
                if (!firstPass && listIdx == 0) {
                    yTemp -= spacingBefore;
                }
                float yLineWrite = yTemp;
                if (yTemp < minY || yTemp > maxY) {
                    break step;
                }
                yTemp -= headerHeight;
                if (yTemp < minY || yTemp > maxY) {
                    if (firstPass) {
                        throw new IllegalStateException("the header rows fit on no page");
                    }
                    break step;
                }
                if (listIdx < headerRows) {
                    listIdx = headerRows;
                }
                int k;
                for (k = listIdx; k < rows.size(); ++k) {
                    float rowHeight = rows.get(k).height;
                    if (yTemp - rowHeight < minY) {
                        break;
                    }
                    yTemp -= rowHeight;
                }
                if (k < rows.size() && k == listIdx) {
                    if (!firstPass) {
                        break step; // the table starts on the next page
                    }
                    // the row does not fit even at the top of a page: what fits of it here, the rest after it
                    split(k, yTemp - minY);
                    yTemp = minY;
                    ++k;
                }
                float x1 = leftX;
                switch (horizontalAlignment) {
                    case Element.ALIGN_LEFT:
                        break;
                    case Element.ALIGN_RIGHT:
                        x1 += rectangularWidth - totalWidth;
                        break;
                    default:
                        x1 += (rectangularWidth - totalWidth) / 2f;
                }
                writeRows(doc, canvas, listIdx, k, x1, yLineWrite);
                yLine = yTemp;
                if (k >= rows.size()) {
                    yLine -= spacingAfter;
                    done = true;
                } else {
                    listIdx = k;
                }
            }
            if (done) {
                doc.text.moveText(0, yLine - doc.indentTop() + doc.currentHeight);
                doc.currentHeight = doc.indentTop() - yLine;
                return;
            }
            if (doc.indentTop() - doc.currentHeight == yLine) {
                ++loop;
            } else {
                loop = 0;
            }
            if (loop == 3) {
                throw new IllegalStateException("a table that makes no progress"); // see fitsFreshPage
            }
            doc.newPage();
        }
    }

    /**
     * Whether every line of every cell, with the cell's paddings, fits below the header rows on a page of its own: then
     * a row that does not fit on a page always leaves some of itself there when split, and the table goes on. Where it
     * does not, OpenPDF drops the table or writes an error and stops (its infinite table loop): {@link #handOver}.
     */
    private boolean fitsFreshPage(float room) {
        if (room <= 0) {
            return false;
        }
        for (int r = headerRows; r < rows.size(); r++) {
            for (Part cell : rows.get(r).cells) {
                Text t = cell.text;
                float line = Math.max(t.leading, t.maxAscender);
                if (t.padTop + line + t.padBottom + 1f >= room) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * PdfPRow.splitRow at {@code height}: each cell keeps the lines that fit in the height less its paddings and is
     * fixed to that height; the rest of each (all of it where no line fits, nothing where all do) becomes a new row
     * after it, measured as OpenPDF measures a row.
     */
    private void split(int r, float height) {
        Row row = rows.get(r);
        Part[] rest = new Part[row.cells.length];
        boolean allEmpty = true;
        for (int c = 0; c < row.cells.length; c++) {
            Part cell = row.cells[c];
            Text t = cell.text;
            float top = 0f - t.padTop;
            float bottom = 0f + t.padBottom - height;
            if (bottom > top) {
                top = bottom;
            }
            float maxY = Math.max(bottom, top);
            float minY = Math.min(bottom, top);
            float yLine = top;
            int n = 0;
            for (; n < cell.lines.size(); n++) {
                float currentLeading = n == 0 ? cell.lines.get(0).ascender() : t.leading;
                if (yLine > maxY || yLine - currentLeading < minY) {
                    break;
                }
                yLine -= currentLeading;
            }
            boolean thisEmpty = yLine == top;
            if (thisEmpty) {
                rest[c] = new Part(t, cell.para, cell.from);
            } else if (n < cell.lines.size()) {
                rest[c] = cell.after(n);
            } else {
                rest[c] = new Part(t, t.starts.length, t.text.length); // PdfPCell.setPhrase(null): nothing
            }
            allEmpty = allEmpty && thisEmpty;
            cell.fixedHeight = height;
            cell.fitHeight = 0f - (yLine - t.padBottom);
        }
        if (allEmpty) {
            throw new IllegalStateException("a row of which no line fits on a page"); // see fitsFreshPage
        }
        row.height = height;
        Row remainder = new Row(rest);
        if (!measure(remainder)) {
            throw new IllegalStateException("a split table row that cannot be set");
        }
        rows.add(r + 1, remainder);
    }

    /**
     * The whole table by OpenPDF (PdfDocument.addPTable), for a table whose header rows or single lines do not fit on a
     * page.
     */
    private void handOver(LineTaggingDocument doc, PdfContentByte canvas, boolean dummy) throws DocumentException {
        PdfPTable table = openPdf.get();
        ColumnText ct = new ColumnText(canvas);
        if (dummy) {
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
            p.setLeading(0);
            ct.addElement(p);
        }
        ct.addElement(table);
        boolean he = table.isHeadersInEvent();
        table.setHeadersInEvent(true);
        int loop = 0;
        while (true) {
            ct.setSimpleColumn(doc.indentLeft(), doc.indentBottom(), doc.indentRight(),
                    doc.indentTop() - doc.currentHeight);
            int status = ct.go();
            if ((status & ColumnText.NO_MORE_TEXT) != 0) {
                doc.text.moveText(0, ct.getYLine() - doc.indentTop() + doc.currentHeight);
                doc.currentHeight = doc.indentTop() - ct.getYLine();
                break;
            }
            if (doc.indentTop() - doc.currentHeight == ct.getYLine()) {
                ++loop;
            } else {
                loop = 0;
            }
            if (loop == 3) {
                doc.add(new com.lowagie.text.Paragraph("ERROR: Infinite table loop"));
                break;
            }
            doc.newPage();
        }
        table.setHeadersInEvent(he);
    }

    /** PdfPTable.writeSelectedRows of the header rows and rows {@code from} to {@code to}, on the four canvases. */
    private void writeRows(LineTaggingDocument doc, PdfContentByte canvas, int from, int to, float xPos, float yPos)
            throws DocumentException {
        PdfContentByte[] canvases = PdfPTable.beginWritingRows(canvas);
        for (int k = 0; k < headerRows; k++) {
            writeCells(doc, rows.get(k), xPos, yPos, canvases);
            yPos -= rows.get(k).height;
        }
        for (int k = from; k < to; k++) {
            writeCells(doc, rows.get(k), xPos, yPos, canvases);
            yPos -= rows.get(k).height;
        }
        PdfPTable.endWritingRows(canvases);
    }

    /** PdfPRow.writeCells: each cell's fill and border, then its text through ColumnText. */
    private void writeCells(LineTaggingDocument doc, Row row, float xPos, float yPos, PdfContentByte[] canvases)
            throws DocumentException {
        float maxHeight = row.height;
        xPos -= lefts[0];
        for (int c = 0; c < row.cells.length; c++) {
            Part part = row.cells[c];
            Text cell = part.text;
            PdfPCell look = cell.look;
            float currentMaxHeight = maxHeight + 0f;
            // PdfPRow.writeBorderAndBackground
            Color background = look.getBackgroundColor();
            if (background != null || look.hasBorders()) {
                float right = rights[c] + xPos;
                float top = 0f + yPos;
                float left = lefts[c] + xPos;
                float bottom = top - currentMaxHeight;
                if (background != null) {
                    PdfContentByte backgr = canvases[PdfPTable.BACKGROUNDCANVAS];
                    backgr.setColorFill(background);
                    backgr.rectangle(left, bottom, right - left, top - bottom);
                    backgr.fill();
                }
                if (look.hasBorders()) {
                    Rectangle newRect = new Rectangle(left, bottom, right, top);
                    newRect.cloneNonPositionParameters(look);
                    newRect.setBackgroundColor(null);
                    canvases[PdfPTable.LINECANVAS].rectangle(newRect);
                }
            }
            float tly = 0f + yPos - cell.padTop;
            float rightLimit = rights[c] + xPos - cell.padRight;
            float leftLimit = lefts[c] + xPos + cell.padLeft;
            float bry = tly - (currentMaxHeight - cell.padTop - cell.padBottom);
            if (part.fixedHeight > 0 && part.fitHeight > currentMaxHeight) {
                tly = 0f + yPos - cell.padTop;
                bry = 0f + yPos - currentMaxHeight + cell.padBottom;
            }
            if (tly > bry && leftLimit < rightLimit) {
                writeText(doc, part, leftLimit, bry - 0.001f, rightLimit, tly, canvases[PdfPTable.TEXTCANVAS]);
            }
        }
    }

    /** ColumnText.go of a cell's paragraph, not simulated: its lines from the top of the column while they fit. */
    private void writeText(LineTaggingDocument doc, Part part, float llx, float lly, float urx, float ury,
                           PdfContentByte canvas) throws DocumentException {
        Text cell = part.text;
        float leftX = Math.min(llx, urx);
        float maxY = Math.max(lly, ury);
        float minY = Math.min(lly, ury);
        float rightX = Math.max(llx, urx);
        float width = rightX - leftX;
        if (width < 0) {
            width = 0;
        }
        // the column is measured in the row's coordinates and written in the page's: the two widths may differ in
        // the last bits, which breaks the lines the same unless a character came closer than that to the edge
        List<Line> lines;
        if (Math.abs(width - part.width) < part.slack) {
            lines = part.lines;
        } else {
            Layout layout = cell.lines(width, part.para, part.from);
            lines = layout == null ? null : layout.lines();
        }
        if (lines == null) {
            // the cell was measured at a width a hair different, where it could be set
            throw new IllegalStateException("a table cell that can no longer be set at its width " + width);
        }
        PdfContentByte text = canvas.getDuplicate();
        Object[] currentValues = {null, 0.0F};
        float ratio = canvas.getPdfWriter().getSpaceCharRatio();
        float yLine = maxY;
        boolean dirty = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            float currentLeading = i == 0 ? line.ascender() : cell.leading;
            if (yLine > maxY || yLine - currentLeading < minY) {
                break;
            }
            yLine -= currentLeading;
            if (!dirty) {
                text.beginText();
                dirty = true;
            }
            text.setTextMatrix(leftX + 0f + 0f, yLine);
            doc.writeLineToContent(cell.line(line, width, glyphs), text, canvas, currentValues, ratio);
        }
        if (dirty) {
            text.endText();
            canvas.add(text);
        }
    }

    /**
     * One line of a cell: characters {@code start} to {@code end} (inclusive; an empty line ends before it starts) of
     * paragraph {@code para} of its text, where the next line starts looking ({@code next}, before white space is
     * skipped), and the ascender of its fonts (the height of the first line a column sets).
     */
    record Line(int para, int start, int end, int next, float ascender) {
    }

    /**
     * The lines of a cell at a width, and the slack: the lines are the same at any width less than {@code slack} from
     * it. A line breaks where the width left, taken down by each character's width, first falls short of a
     * character: that depends on the width only through these comparisons, and each is decided by its margin (how
     * far the character was from fitting or not); the width left at each comparison moves with the width, plus the
     * rounding of the subtractions before it, at most an ulp of the width each.
     */
    record Layout(List<Line> lines, float slack) {
    }

    /**
     * A cell's text as BidiLine holds it: the pieces' characters in one array and the piece of each, cut into
     * paragraphs at line breaks, each without its trailing white space; and the cell's paddings and leading.
     */
    static final class Text {
        final SetParagraph paragraph;
        final PdfPCell look;
        final char[] text;
        final int[] pieceAt;
        /** Where each paragraph starts, and where it ends without its trailing white space (exclusive). */
        final int[] starts;
        final int[] ends;
        final PdfFont[] fonts;
        final float[] ascenders;
        final float maxAscender;
        final float padLeft;
        final float padRight;
        final float padTop;
        final float padBottom;
        final float leading;
        private Text(SetParagraph paragraph, PdfPCell look, char[] text, int[] pieceAt, int[] starts, int[] ends) {
            this.paragraph = paragraph;
            this.look = look;
            this.text = text;
            this.pieceAt = pieceAt;
            this.starts = starts;
            this.ends = ends;
            List<SetParagraph.Piece> pieces = paragraph.pieces();
            fonts = new PdfFont[pieces.size()];
            ascenders = new float[pieces.size()];
            float max = 0;
            for (int i = 0; i < fonts.length; i++) {
                SetParagraph.Piece p = pieces.get(i);
                fonts[i] = new PdfFont(p.font(), p.size());
                ascenders[i] = p.font().getFontDescriptor(BaseFont.ASCENT, p.size());
                max = Math.max(max, ascenders[i]);
            }
            maxAscender = max;
            padLeft = look.getEffectivePaddingLeft();
            padRight = look.getEffectivePaddingRight();
            padTop = look.getEffectivePaddingTop();
            padBottom = look.getEffectivePaddingBottom();
            // ColumnText: fixedLeading + the largest font size × multipliedLeading (0), or an image's height
            leading = Math.max(paragraph.leading() + 0f, -10000f);
        }

        static Text of(SetParagraph paragraph, PdfPCell look) {
            if (look.getRotation() != 0 || look.isNoWrap() || look.hasFixedHeight() || look.getMinimumHeight() > 0
                    || look.getVerticalAlignment() != Element.ALIGN_TOP || look.getCellEvent() != null
                    || look.getImage() != null || !look.isUseAscender() || look.isUseDescender()
                    || paragraph.indentLeft() != 0 || paragraph.firstLineIndent() != 0
                    || paragraph.alignment() != Element.ALIGN_UNDEFINED && paragraph.alignment() != Element.ALIGN_LEFT
                    || paragraph.spacingBefore() != 0 || paragraph.spacingAfter() != 0) {
                return null;
            }
            int length = 0;
            for (SetParagraph.Piece p : paragraph.pieces()) {
                if (!SetParagraph.settable(p.font())) {
                    return null;
                }
                length += p.text().length();
            }
            char[] text = new char[length];
            int[] pieceAt = new int[length];
            int at = 0;
            List<SetParagraph.Piece> pieces = paragraph.pieces();
            for (int i = 0; i < pieces.size(); i++) {
                String s = pieces.get(i).text();
                s.getChars(0, s.length(), text, at);
                for (int k = 0; k < s.length(); k++) {
                    pieceAt[at + k] = i;
                }
                at += s.length();
            }
            // BidiLine.getParagraph: a paragraph ends at \n, \r or \r\n (within one chunk); the text after the last
            // break is a paragraph only if there is some
            List<int[]> paragraphs = new ArrayList<>();
            int start = 0;
            for (int k = 0; k < length; k++) {
                char c = text[k];
                if (c == '\n' || c == '\r') {
                    paragraphs.add(new int[] {start, k});
                    if (c == '\r' && k + 1 < length && text[k + 1] == '\n' && pieceAt[k + 1] == pieceAt[k]) {
                        k++;
                    }
                    start = k + 1;
                } else if (c < ' ' || PdfChunk.noPrint(c)) {
                    return null;
                } else if (Character.isHighSurrogate(c)) {
                    if (k + 1 >= length || !Character.isLowSurrogate(text[k + 1])) {
                        return null;
                    }
                    k++;
                } else if (Character.isLowSurrogate(c)) {
                    return null;
                }
            }
            if (start < length) {
                paragraphs.add(new int[] {start, length});
            }
            int[] starts = new int[paragraphs.size()];
            int[] ends = new int[paragraphs.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = paragraphs.get(i)[0];
                int end = paragraphs.get(i)[1];
                while (end > starts[i] && text[end - 1] <= ' ') {
                    end--; // the trailing white space is not laid out
                }
                ends[i] = end;
            }
            return new Text(paragraph, look, text, pieceAt, starts, ends);
        }

        private float charWidth(int c, int piece) {
            SetParagraph.Piece p = paragraph.pieces().get(piece);
            return paragraph.glyphs().width(p.font(), c) * 0.001f * p.size();
        }

        /** BidiLine.trimRightEx for text without invisible formatting characters. */
        private int trimRight(int from, int last) {
            int idx = last;
            for (; idx >= from; --idx) {
                if (text[idx] > ' ') {
                    break;
                }
            }
            return idx;
        }

        /**
         * The lines of ColumnText.go at a column width, each from BidiLine.processLine: characters as long as they
         * fit, then back to the last place the splitter allows a break (asked only backwards from the overflow: its
         * answers do not depend on the order they are asked in, and it reads only the paragraph's characters it is
         * given, so one array serves every paragraph). Null where this class does not follow OpenPDF.
         */
        Layout lines(float columnWidth, int para, int from) {
            List<Line> lines = new ArrayList<>();
            if (columnWidth <= 0) {
                return new Layout(lines, 0f); // ColumnText: no room, no line
            }
            float ulp = 2 * Math.ulp(columnWidth);
            float slack = Float.POSITIVE_INFINITY;
            com.lowagie.text.SplitCharacter splitter = paragraph.splitter();
            for (int p = para; p < starts.length; p++) {
                int first = starts[p];
                int total = ends[p];
                if (total == first) {
                    // BidiLine: an empty line, of the paragraph's first chunk
                    lines.add(new Line(p, first, first - 1, total, lines.isEmpty() ? ascenders[pieceAt[first]] : 0f));
                    continue;
                }
                int currentChar = p == para ? from : first;
                while (currentChar < total) {
                    float width = columnWidth;
                    if (currentChar != first) {
                        while (currentChar < total && text[currentChar] <= ' ') {
                            currentChar++;
                        }
                    }
                    int old = currentChar;
                    boolean valid = false;
                    boolean surrogate = false;
                    int uniC = 0;
                    float margin = Float.POSITIVE_INFINITY;
                    int steps = 1;
                    for (; currentChar < total; ++currentChar) {
                        char c = text[currentChar];
                        surrogate = Character.isHighSurrogate(c);
                        uniC = surrogate ? Character.toCodePoint(c, text[currentChar + 1]) : c;
                        float charWidth = charWidth(uniC, pieceAt[currentChar]);
                        margin = Math.min(margin, Math.abs(width - charWidth));
                        if (width - charWidth < 0) {
                            break;
                        }
                        width -= charWidth;
                        steps++;
                        valid = true;
                        if (surrogate) {
                            ++currentChar;
                        }
                    }
                    slack = Math.min(slack, margin - steps * ulp);
                    int end;
                    if (!valid) {
                        if (surrogate) {
                            return null; // OpenPDF would set half a surrogate pair
                        }
                        end = currentChar;
                        ++currentChar;
                    } else if (currentChar >= total) {
                        end = total - 1;
                    } else {
                        int newCurrentChar = trimRight(old, currentChar - 1);
                        if (newCurrentChar < old) {
                            end = currentChar - 1;
                        } else {
                            int lastSplit = -1;
                            if (Character.isWhitespace((char) uniC)
                                    && splitter.isSplitCharacter(old, currentChar, total, text, null)) {
                                lastSplit = currentChar;
                            } else {
                                for (int j = currentChar - 1; j >= old; j--) {
                                    if (Character.isLowSurrogate(text[j]) && j > old
                                            && Character.isHighSurrogate(text[j - 1])) {
                                        continue; // OpenPDF asks about the first half of a pair
                                    }
                                    if (splitter.isSplitCharacter(old, j, total, text, null)) {
                                        lastSplit = j;
                                        break;
                                    }
                                }
                            }
                            if (lastSplit == -1 || lastSplit >= newCurrentChar) {
                                end = newCurrentChar;
                            } else {
                                currentChar = lastSplit + 1;
                                end = trimRight(old, lastSplit);
                                if (end < old) {
                                    end = currentChar - 1;
                                }
                            }
                        }
                    }
                    lines.add(new Line(p, old, end, currentChar, lines.isEmpty() ? ascender(old, end) : 0f));
                }
            }
            return new Layout(lines, slack);
        }

        /** PdfLine.getAscender: the largest ascender of the line's fonts. */
        private float ascender(int start, int end) {
            float ascender = 0;
            int piece = -1;
            for (int k = start; k <= end; k++) {
                if (pieceAt[k] != piece) {
                    piece = pieceAt[k];
                    ascender = Math.max(ascender, ascenders[piece]);
                }
            }
            return ascender;
        }

        /**
         * The line as BidiLine.createArrayOfPdfChunks makes it: a part for each piece it runs through (an empty line,
         * one empty part of the piece it starts in).
         */
        SetLine line(Line line, float width, SetParagraph.Glyphs glyphs) {
            SetLine set = new SetLine(width, paragraph.alignment(), glyphs);
            int start = line.start();
            if (line.end() < start) {
                int piece = pieceAt[start];
                set.parts.add(new SetLine.Part(paragraph.pieces().get(piece), text, fonts[piece], start, start));
                return set;
            }
            for (int k = line.start(); k <= line.end(); k++) {
                if (k == line.end() || pieceAt[k + 1] != pieceAt[k]) {
                    int piece = pieceAt[k];
                    set.parts.add(new SetLine.Part(paragraph.pieces().get(piece), text, fonts[piece], start, k + 1));
                    start = k + 1;
                }
            }
            return set;
        }
    }
}
