package jp.policygen.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jp.policygen.render.RenderOptions;
import jp.policygen.render.ReproducibleZip;
import jp.policygen.render.sheet.Sheet;
import jp.policygen.render.sheet.SheetWriter;

/**
 * A sheet as an Excel workbook (Apache POI): title and header fields on top, the table with a shaded header
 * row that stays in view (frozen) and repeats on every printed page, a filter on it, a drop-down where a column
 * has fixed values, pale yellow cells to fill in, A4 landscape one page wide. No dates from the clock; the zip
 * gets fixed entry times, so the same sheet gives the same bytes.
 */
public final class XlsxSheetWriter implements SheetWriter {
    /** Excel column width unit: 1/256 of a digit's width; a full-width character is about two digits. */
    static final int FULL_WIDTH = 2 * 256;
    /** One line of the 10 pt text, in points. */
    static final float LINE_HEIGHT = 13f;

    /** The lines a text takes in a column this many full-width characters wide (half-width ones count half). */
    static int lines(String text, int columnWidth) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int halves = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int cp = paragraph.codePointAt(i);
                halves += cp < 0x2E80 || cp >= 0xFF61 && cp <= 0xFFDC ? 1 : 2;
                i += Character.charCount(cp);
            }
            lines += Math.max(1, (halves + 2 * columnWidth - 1) / Math.max(1, 2 * columnWidth));
        }
        return lines;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public void write(Sheet sheet, OutputStream out) throws IOException {
        // the 適合表 and any sheet of plain texts: POI's parts written directly (SheetParts), the same bytes
        java.util.Optional<java.util.Map<String, byte[]>> parts = SheetParts.of(sheet);
        if (parts.isPresent()) {
            out.write(ReproducibleZip.zip(parts.get(), java.util.Set.of()));
            return;
        }
        writeWithPoi(sheet, out);
    }

    /** The workbook made by POI: for any sheet, and the oracle of {@link SheetParts}. */
    void writeWithPoi(Sheet sheet, OutputStream out) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            build(wb, sheet);
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            wb.write(raw);
            out.write(ReproducibleZip.normalize(raw.toByteArray()));
        } finally {
            // not wb.close(): a workbook made in memory saves its whole package again on close, into a buffer
            // nobody reads (a fifth of the 適合表's time in a batch); revert drops it unsaved
            wb.getPackage().revert();
        }
    }

    private static void build(XSSFWorkbook wb, Sheet sheet) {
        var props = wb.getProperties().getCoreProperties();
        props.setTitle(sheet.title());
        props.setCreator(sheet.author());
        props.setCreated(Optional.empty()); // POI would stamp the current time
        Font base = wb.getFontAt(0);
        base.setFontName(RenderOptions.DEFAULT_HEADING_FONT);
        base.setFontHeightInPoints((short) 10);

        Styles st = new Styles(wb);
        XSSFSheet ws = wb.createSheet(sheet.title());
        int last = sheet.columns().size() - 1;
        for (int c = 0; c <= last; c++) {
            ws.setColumnWidth(c, Math.min(255 * 256, sheet.columns().get(c).width() * FULL_WIDTH + 256));
        }
        int r = 0;
        Row title = ws.createRow(r++);
        title.setHeightInPoints(24);
        cell(title, 0, sheet.title(), st.title);
        ws.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        int split = Math.min(2, last); // labels over the first columns, values over the rest
        for (Sheet.Field f : sheet.fields()) {
            Row row = ws.createRow(r);
            cell(row, 0, f.label(), st.label);
            cell(row, split, f.value(), st.plain);
            if (split > 1) {
                ws.addMergedRegion(new CellRangeAddress(r, r, 0, split - 1));
            }
            if (last > split) {
                ws.addMergedRegion(new CellRangeAddress(r, r, split, last));
            }
            r++;
        }
        r++;
        int headerRow = r;
        Row header = ws.createRow(r++);
        for (int c = 0; c <= last; c++) {
            cell(header, c, sheet.columns().get(c).name(), st.header);
        }
        for (List<String> cells : sheet.rows()) {
            Row row = ws.createRow(r++);
            int lines = 1;
            for (int c = 0; c <= last; c++) {
                Sheet.Column col = sheet.columns().get(c);
                cell(row, c, cells.get(c), col.fillIn() ? st.fillIn : col.centre() ? st.centred : st.body);
                lines = Math.max(lines, lines(cells.get(c), col.width()));
            }
            // the height of the wrapped text: LibreOffice keeps a row at one line unless the file says otherwise
            row.setHeightInPoints(lines * LINE_HEIGHT + 3f);
        }
        int lastRow = r - 1;
        if (!sheet.rows().isEmpty()) {
            ws.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, last));
            DataValidationHelper dv = ws.getDataValidationHelper();
            for (int c = 0; c <= last; c++) {
                List<String> choices = sheet.columns().get(c).choices();
                if (!choices.isEmpty()) {
                    DataValidation v = dv.createValidation(dv.createExplicitListConstraint(choices.toArray(String[]::new)),
                            new CellRangeAddressList(headerRow + 1, lastRow, c, c));
                    v.setShowErrorBox(true);
                    v.createErrorBox("入力できない値です", String.join("・", choices) + " のいずれかを選んでください。");
                    ws.addValidationData(v);
                }
            }
        }
        r++;
        for (String note : sheet.notes()) {
            Row row = ws.createRow(r);
            cell(row, 0, note, st.plain);
            ws.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            r++;
        }
        ws.createFreezePane(0, headerRow + 1);
        ws.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
        PrintSetup print = ws.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        ws.setFitToPage(true);
        ws.setHorizontallyCenter(true);
        ws.getFooter().setCenter("&P / &N");
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The cell styles of a workbook, each created once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle body;
        final CellStyle centred;
        final CellStyle fillIn;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setFontName(RenderOptions.DEFAULT_HEADING_FONT);
            bold.setFontHeightInPoints((short) 10);
            bold.setBold(true);
            Font big = wb.createFont();
            big.setFontName(RenderOptions.DEFAULT_HEADING_FONT);
            big.setFontHeightInPoints((short) 16);
            big.setBold(true);

            title = wb.createCellStyle();
            title.setFont(big);
            label = wb.createCellStyle();
            label.setFont(bold);
            plain = wb.createCellStyle();
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = bordered(wb);
            centred = bordered(wb);
            centred.setAlignment(HorizontalAlignment.CENTER);
            fillIn = bordered(wb);
            fillIn.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            fillIn.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
