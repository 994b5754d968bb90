package jp.policygen.render.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.formula.SheetNameFormatter;

import jp.policygen.render.RenderOptions;
import jp.policygen.render.sheet.Sheet;

/**
 * The parts of the workbook {@link XlsxSheetWriter} makes with POI, written as POI writes them, byte for byte, for
 * the sheets whose texts need nothing special (the 適合表's always): no drop-down, at least three columns, texts
 * without characters that XML escapes or POI treats apart. POI builds the workbook as XMLBeans objects, saves each
 * part and zips them, and the zip was read back and zipped again for fixed times; loading and initialising
 * XMLBeans' type system for it is ≈970 classes in a cold run, and writing it 4–5 % of a batch's CPU. Any other sheet
 * is left to POI ({@link #of} gives nothing). XlsxSheetWriterTest holds every part equal to POI's, for the 適合表 of
 * every sample and for made-up sheets.
 */
final class SheetParts {
    /** Excel's longest cell text; POI refuses a longer one. */
    private static final int MAX_TEXT = 32767;
    /** Excel's longest sheet name; POI shortens a longer one. */
    private static final int MAX_SHEET_NAME = 31;

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Style indexes, in the order XlsxSheetWriter.Styles creates them after the default (0). */
    private static final int TITLE = 1;
    private static final int LABEL = 2;
    private static final int PLAIN = 3;
    private static final int HEADER = 4;
    private static final int BODY = 5;
    private static final int CENTRED = 6;
    private static final int FILL_IN = 7;

    private SheetParts() {
    }

    /** The workbook's parts by entry name, or nothing when the sheet is not one written here. */
    static Optional<Map<String, byte[]>> of(Sheet sheet) {
        if (!fits(sheet)) {
            return Optional.empty();
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", bytes(CONTENT_TYPES));
        parts.put("_rels/.rels", bytes(PACKAGE_RELS));
        parts.put("docProps/app.xml", bytes(APP));
        parts.put("docProps/core.xml", bytes(STANDALONE + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/"
                + "package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms="
                + "\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>"
                + sheet.author() + "</dc:creator><dc:title>" + sheet.title() + "</dc:title></cp:coreProperties>"));
        parts.put("xl/_rels/workbook.xml.rels", bytes(WORKBOOK_RELS));
        Strings strings = new Strings();
        String worksheet = worksheet(sheet, strings);
        parts.put("xl/sharedStrings.xml", bytes(strings.xml()));
        parts.put("xl/styles.xml", bytes(STYLES));
        parts.put("xl/workbook.xml", bytes(workbook(sheet)));
        parts.put("xl/worksheets/sheet1.xml", bytes(worksheet));
        return Optional.of(parts);
    }

    /**
     * Whether the sheet is one whose parts are written here: no drop-down (data validation), three columns or more
     * (with fewer, the header fields' cells and merges fall otherwise), a title POI takes as the sheet's name as it
     * is, and every text plain (see {@link #plain}).
     */
    static boolean fits(Sheet sheet) {
        if (sheet.columns().size() < 3 || !plain(sheet.author()) || sheet.author().isEmpty() || !sheetName(sheet.title())) {
            return false;
        }
        for (Sheet.Column c : sheet.columns()) {
            if (!c.choices().isEmpty() || !plain(c.name()) || c.width() < 0) {
                return false;
            }
        }
        for (Sheet.Field f : sheet.fields()) {
            if (!plain(f.label()) || !plain(f.value())) {
                return false;
            }
        }
        for (List<String> row : sheet.rows()) {
            for (String cell : row) {
                if (!plain(cell)) {
                    return false;
                }
            }
        }
        for (String note : sheet.notes()) {
            if (!plain(note)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text written here as it is: no character XML escapes or cannot carry (& < > " ', controls but the line
     * feed, surrogates, U+FFFE/U+FFFF), no white space at either end (POI then marks the text xml:space="preserve"),
     * not longer than a cell holds.
     */
    static boolean plain(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return false;
        }
        if (!text.isEmpty() && (blank(text.charAt(0)) || blank(text.charAt(text.length() - 1)))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || c == 0x7F
                    || Character.isSurrogate(c) || c >= 0xFFFE) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A title POI keeps as the sheet's name: not empty, short enough, none of the characters Excel refuses. */
    private static boolean sheetName(String title) {
        if (!plain(title) || title.isEmpty() || title.length() > MAX_SHEET_NAME || title.contains("\n")) {
            return false;
        }
        for (int i = 0; i < title.length(); i++) {
            if ("/\\?*[]:".indexOf(title.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The shared strings, each kept once in the order first used, and how many cells use one. */
    private static final class Strings {
        private final Map<String, Integer> index = new HashMap<>();
        private final StringBuilder items = new StringBuilder(16 * 1024);
        private int count;

        int add(String text) {
            count++;
            Integer known = index.get(text);
            if (known != null) {
                return known;
            }
            int i = index.size();
            index.put(text, i);
            items.append(text.isEmpty() ? "<si><t/></si>" : "<si><t>" + text + "</t></si>");
            return i;
        }

        String xml() {
            return DECLARATION + "<sst xmlns=\"" + MAIN + "\" count=\"" + count + "\" uniqueCount=\"" + index.size()
                    + "\">" + items + "</sst>";
        }
    }

    /** The sheet's rows as XlsxSheetWriter lays them out; the cells' strings go to {@code strings} in that order. */
    private static String worksheet(Sheet sheet, Strings strings) {
        int last = sheet.columns().size() - 1;
        int split = 2; // labels over the first two columns, values over the rest (three columns or more)
        StringBuilder rows = new StringBuilder(32 * 1024);
        StringBuilder merges = new StringBuilder();
        int mergeCount = 0;
        int r = 0;
        // title
        rows.append("<row r=\"1\" ht=\"24.0\" customHeight=\"true\">");
        cell(rows, 0, 0, strings.add(sheet.title()), TITLE);
        rows.append("</row>");
        merges.append("<mergeCell ref=\"").append(range(0, 0, 0, last)).append("\"/>");
        mergeCount++;
        r++;
        for (Sheet.Field f : sheet.fields()) {
            rows.append("<row r=\"").append(r + 1).append("\">");
            cell(rows, r, 0, strings.add(f.label()), LABEL);
            cell(rows, r, split, strings.add(f.value()), PLAIN);
            rows.append("</row>");
            merges.append("<mergeCell ref=\"").append(range(r, r, 0, split - 1)).append("\"/>");
            mergeCount++;
            if (last > split) {
                merges.append("<mergeCell ref=\"").append(range(r, r, split, last)).append("\"/>");
                mergeCount++;
            }
            r++;
        }
        r++;
        int headerRow = r;
        rows.append("<row r=\"").append(r + 1).append("\">");
        for (int c = 0; c <= last; c++) {
            cell(rows, r, c, strings.add(sheet.columns().get(c).name()), HEADER);
        }
        rows.append("</row>");
        r++;
        for (List<String> cells : sheet.rows()) {
            int lines = 1;
            for (int c = 0; c <= last; c++) {
                lines = Math.max(lines, XlsxSheetWriter.lines(cells.get(c), sheet.columns().get(c).width()));
            }
            // as POI keeps a height: in twentieths of a point, in a short (a row too tall for one wraps around)
            double height = (double) (short) ((lines * XlsxSheetWriter.LINE_HEIGHT + 3f) * 20) / 20;
            rows.append("<row r=\"").append(r + 1).append("\" ht=\"").append(Double.toString(height))
                    .append("\" customHeight=\"true\">");
            for (int c = 0; c <= last; c++) {
                Sheet.Column col = sheet.columns().get(c);
                cell(rows, r, c, strings.add(cells.get(c)), col.fillIn() ? FILL_IN : col.centre() ? CENTRED : BODY);
            }
            rows.append("</row>");
            r++;
        }
        int lastRow = r - 1;
        r++;
        for (String note : sheet.notes()) {
            rows.append("<row r=\"").append(r + 1).append("\">");
            cell(rows, r, 0, strings.add(note), PLAIN);
            rows.append("</row>");
            merges.append("<mergeCell ref=\"").append(range(r, r, 0, last)).append("\"/>");
            mergeCount++;
            r++;
        }
        int lastCellRow = sheet.notes().isEmpty() ? (sheet.rows().isEmpty() ? headerRow : lastRow) : r - 1;

        StringBuilder x = new StringBuilder(rows.length() + 2048);
        x.append(DECLARATION).append("<worksheet xmlns=\"").append(MAIN).append("\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr>")
                .append("<dimension ref=\"").append(range(0, lastCellRow, 0, last)).append("\"/>")
                .append("<sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"true\"><pane ySplit=\"")
                .append(Double.toString(headerRow + 1)).append("\" state=\"frozen\" topLeftCell=\"")
                .append(cellRef(headerRow + 1, 0))
                .append("\" activePane=\"bottomLeft\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
        for (int c = 0; c <= last; c++) {
            int width = Math.min(255 * 256, sheet.columns().get(c).width() * XlsxSheetWriter.FULL_WIDTH + 256);
            x.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(Double.toString(width / 256.0)).append("\" customWidth=\"true\"/>");
        }
        x.append("</cols><sheetData>").append(rows).append("</sheetData>");
        if (!sheet.rows().isEmpty()) {
            x.append("<autoFilter ref=\"").append(range(headerRow, lastRow, 0, last)).append("\"/>");
        }
        x.append("<mergeCells count=\"").append(mergeCount).append("\">").append(merges).append("</mergeCells>")
                .append("<printOptions horizontalCentered=\"true\"/>")
                .append("<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\" top=\"0.75\"/>")
                .append("<pageSetup usePrinterDefaults=\"false\" paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\""
                        + " fitToHeight=\"0\"/>")
                .append("<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter></worksheet>");
        return x.toString();
    }

    private static void cell(StringBuilder rows, int row, int column, int string, int style) {
        rows.append("<c r=\"").append(cellRef(row, column)).append("\" t=\"s\" s=\"").append(style).append("\"><v>")
                .append(string).append("</v></c>");
    }

    private static String workbook(Sheet sheet) {
        String name = SheetNameFormatter.format(sheet.title());
        int last = sheet.columns().size() - 1;
        int headerRow = 2 + sheet.fields().size();
        StringBuilder x = new StringBuilder(1024);
        x.append(DECLARATION).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>")
                .append("<sheets><sheet name=\"").append(sheet.title()).append("\" r:id=\"rId3\" sheetId=\"1\"/></sheets>")
                .append("<definedNames>");
        if (!sheet.rows().isEmpty()) {
            int lastRow = headerRow + sheet.rows().size();
            x.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"true\">").append(name)
                    .append("!$A$").append(headerRow + 1).append(":$").append(column(last)).append('$').append(lastRow + 1)
                    .append("</definedName>");
        }
        x.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">").append(name).append("!$")
                .append(headerRow + 1).append(":$").append(headerRow + 1).append("</definedName></definedNames></workbook>");
        return x.toString();
    }

    private static String range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return cellRef(firstRow, firstColumn) + ":" + cellRef(lastRow, lastColumn);
    }

    private static String cellRef(int row, int column) {
        return column(column) + (row + 1);
    }

    /** A, B, … Z, AA, AB …: the column's letters. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static final String CONTENT_TYPES = STANDALONE
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
            + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\" PartName=\"/docProps/app.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" PartName=\"/docProps/core.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\" PartName=\"/xl/sharedStrings.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\" PartName=\"/xl/styles.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\" PartName=\"/xl/workbook.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\" PartName=\"/xl/worksheets/sheet1.xml\"/>"
            + "</Types>";

    private static final String PACKAGE_RELS = STANDALONE + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\"/>"
            + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\"/>"
            + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/>"
            + "</Relationships>";

    private static final String APP = DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Apache POI</Application></Properties>";

    private static final String WORKBOOK_RELS = STANDALONE + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
            + "<Relationship Id=\"rId1\" Target=\"sharedStrings.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\"/>"
            + "<Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\"/>"
            + "<Relationship Id=\"rId3\" Target=\"worksheets/sheet1.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\"/>"
            + "</Relationships>";

    private static final String FONT = RenderOptions.DEFAULT_HEADING_FONT;

    private static final String STYLES = DECLARATION + "<styleSheet xmlns=\"" + MAIN + "\"><numFmts count=\"0\"/>"
            + "<fonts count=\"3\"><font><sz val=\"10.0\"/><color indexed=\"8\"/><name val=\"" + FONT + "\"/><family val=\"2\"/>"
            + "<scheme val=\"minor\"/></font><font><name val=\"" + FONT + "\"/><sz val=\"10.0\"/><b val=\"true\"/></font>"
            + "<font><name val=\"" + FONT + "\"/><sz val=\"16.0\"/><b val=\"true\"/></font></fonts>"
            + "<fills count=\"6\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"darkGray\"/></fill>"
            + "<fill><patternFill patternType=\"none\"><fgColor indexed=\"22\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"none\"><fgColor indexed=\"43\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor indexed=\"43\"/></patternFill></fill></fills>"
            + "<borders count=\"5\"><border><left/><right/><top/><bottom/><diagonal/></border><border><top style=\"thin\"/></border>"
            + "<border><top style=\"thin\"/><bottom style=\"thin\"/></border>"
            + "<border><left style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/></border>"
            + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"8\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"true\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"true\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"3\" borderId=\"4\" xfId=\"0\" applyBorder=\"true\" applyAlignment=\"true\""
            + " applyFont=\"true\" applyFill=\"true\"><alignment wrapText=\"true\" vertical=\"center\" horizontal=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"4\" xfId=\"0\" applyBorder=\"true\" applyAlignment=\"true\">"
            + "<alignment wrapText=\"true\" vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"4\" xfId=\"0\" applyBorder=\"true\" applyAlignment=\"true\">"
            + "<alignment wrapText=\"true\" vertical=\"top\" horizontal=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"5\" borderId=\"4\" xfId=\"0\" applyBorder=\"true\" applyAlignment=\"true\""
            + " applyFill=\"true\"><alignment wrapText=\"true\" vertical=\"top\"/></xf></cellXfs></styleSheet>";
}
