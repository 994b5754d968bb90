package jp.policygen.render.docx;

import java.math.BigInteger;
import java.util.List;

import org.docx4j.sharedtypes.STOnOff;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblLook;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STShd;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.STVerticalJc;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;

import jp.policygen.policy.Block;
import jp.policygen.policy.Run;
import jp.policygen.render.ColumnLayout;

/**
 * Builds a bordered Word table with one header row. The header row repeats on every page (w:tblHeader) and is
 * shaded; rows do not split across pages. Borders are set on the table itself, not only through the Table Grid
 * style, so they survive a reference .docx that lacks that style.
 */
final class TableBuilder {
    private static final String HEADER_FILL = "D9D9D9";

    private final String tableStyleId;
    private final String cellStyleId;

    TableBuilder(String tableStyleId, String cellStyleId) {
        this.tableStyleId = tableStyleId;
        this.cellStyleId = cellStyleId;
    }

    /**
     * @param indent left indent of the table in twips
     * @param width  total width in twips
     */
    Tbl build(Block.Table table, int indent, int width) {
        int[] columns = columnWidths(table, width);
        Tbl tbl = Wml.factory().createTbl();
        tbl.setTblPr(tableProperties(indent, width));
        tbl.setTblGrid(grid(columns));
        tbl.getContent().add(row(table.headerCells(), columns, true));
        for (List<Block.Cell> cells : table.rowCells()) {
            tbl.getContent().add(row(cells, columns, false));
        }
        return tbl;
    }

    /**
     * The shared column layout in twips, measured as a Japanese monospaced face prints, with the Normal Table
     * style's cell margins (99 twips each side) rounded up to a character. Widths are rounded down to whole
     * twips (the epsilon absorbs floating-point noise) and the last column takes the rest, so the columns add up
     * to the table width exactly.
     */
    static TblWidth dxa(int twips) {
        TblWidth w = Wml.factory().createTblWidth();
        w.setW(BigInteger.valueOf(twips));
        w.setType("dxa");
        return w;
    }

    /** w:val="single" w:sz="4" w:space="0" w:color="auto". */
    static CTBorder border() {
        CTBorder b = Wml.factory().createCTBorder();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(4));
        b.setSpace(BigInteger.ZERO);
        b.setColor("auto");
        return b;
    }

    private static int[] columnWidths(Block.Table table, int width) {
        double[] layout = table.weights().isEmpty()
                ? ColumnLayout.widths(table.header(), table.rows(), width, TextWidth::twips, Wml.CHAR, Wml.CHAR)
                : ColumnLayout.weighted(table.weights(), width);
        int[] columns = new int[layout.length];
        int used = 0;
        for (int i = 0; i < columns.length - 1; i++) {
            columns[i] = (int) Math.floor(layout[i] + 1e-6);
            used += columns[i];
        }
        columns[columns.length - 1] = width - used;
        return columns;
    }

    private TblPr tableProperties(int indent, int width) {
        // built as objects, not parsed from markup (a parse per table was a fortieth of a batch): the same
        // <w:tblW w:w=".." w:type="dxa"/><w:tblInd .../><w:tblBorders> single 4/0/auto on all six sides
        // </w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0"
        // w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>
        TblPr tblPr = Wml.factory().createTblPr();
        tblPr.setTblW(dxa(width));
        tblPr.setTblInd(dxa(indent));
        TblBorders borders = Wml.factory().createTblBorders();
        borders.setTop(border());
        borders.setLeft(border());
        borders.setBottom(border());
        borders.setRight(border());
        borders.setInsideH(border());
        borders.setInsideV(border());
        tblPr.setTblBorders(borders);
        CTTblLayoutType layout = Wml.factory().createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        tblPr.setTblLayout(layout);
        CTTblLook look = Wml.factory().createCTTblLook();
        look.setVal("04A0");
        look.setFirstRow(STOnOff.ONE);
        look.setLastRow(STOnOff.ZERO);
        look.setFirstColumn(STOnOff.ZERO);
        look.setLastColumn(STOnOff.ZERO);
        look.setNoHBand(STOnOff.ONE);
        look.setNoVBand(STOnOff.ONE);
        tblPr.setTblLook(look);
        CTTblPrBase.TblStyle style = Wml.factory().createCTTblPrBaseTblStyle();
        style.setVal(tableStyleId);
        tblPr.setTblStyle(style);
        return tblPr;
    }

    private static TblGrid grid(int[] columns) {
        TblGrid grid = Wml.factory().createTblGrid();
        for (int w : columns) {
            TblGridCol col = Wml.factory().createTblGridCol();
            col.setW(BigInteger.valueOf(w));
            grid.getGridCol().add(col);
        }
        return grid;
    }

    private Tr row(List<Block.Cell> cells, int[] columns, boolean header) {
        Tr tr = Wml.factory().createTr();
        tr.setTrPr(rowProperties(header));
        for (int i = 0; i < columns.length; i++) {
            Block.Cell cell = i < cells.size() ? cells.get(i) : Block.Cell.of("");
            tr.getContent().add(cell(cell, columns[i], header));
        }
        return tr;
    }

    private Tc cell(Block.Cell cell, int width, boolean header) {
        Tc tc = Wml.factory().createTc();
        tc.setTcPr(cellProperties(width, header));
        // A cell must hold at least one paragraph; line feeds in a cell start new paragraphs.
        for (List<Run> line : cell.lines()) {
            tc.getContent().add(cellParagraph(line, header));
        }
        return tc;
    }

    /*
     * Row and cell properties are built as objects rather than parsed from markup as the table's are: they come
     * once per row and cell, and parsing them was a seventh of the CPU time of a batch (JFR). The XML written is
     * the same: <w:trPr><w:cantSplit/></w:trPr> or <w:trPr><w:tblHeader/></w:trPr> and <w:tcPr><w:tcW w:w=".." w:type="dxa"/>
     * [<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/><w:vAlign w:val="center"/>]</w:tcPr>.
     */
    static TrPr rowProperties(boolean header) {
        TrPr trPr = Wml.factory().createTrPr();
        if (header) {
            // The header row repeats on every page and is never marked cantSplit: LibreOffice (7.x, 24.x) drops
            // every body row of a table from the page layout when its repeated header row is cantSplit and the
            // next body row does not fit on the page (the 新旧対照表 lost its 対策基準 rows). A one-line header
            // never splits in Word either, so Word prints the same.
            trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.factory().createCTTrPrBaseTblHeader(new BooleanDefaultTrue()));
        } else {
            trPr.getCnfStyleOrDivIdOrGridBefore().add(Wml.factory().createCTTrPrBaseCantSplit(new BooleanDefaultTrue()));
        }
        return trPr;
    }

    static TcPr cellProperties(int width, boolean header) {
        TcPr tcPr = Wml.factory().createTcPr();
        TblWidth w = Wml.factory().createTblWidth();
        w.setW(BigInteger.valueOf(width));
        w.setType("dxa");
        tcPr.setTcW(w);
        if (header) {
            CTShd shd = Wml.factory().createCTShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(HEADER_FILL);
            tcPr.setShd(shd);
            CTVerticalJc align = Wml.factory().createCTVerticalJc();
            align.setVal(STVerticalJc.CENTER);
            tcPr.setVAlign(align);
        }
        return tcPr;
    }

    private P cellParagraph(List<Run> line, boolean header) {
        P p = Wml.paragraph(cellStyleId);
        Wml.align(p, header ? JcEnumeration.CENTER : JcEnumeration.LEFT);
        if (line.isEmpty()) {
            // an empty run, as before cells held runs: the bytes of existing documents stay the same
            line = List.of(Run.plain(""));
        }
        for (Run r : line) {
            R run = Wml.cellSize(Wml.run(r.text(), r.underline()));
            p.getContent().add(header ? Wml.bold(run) : run);
        }
        return p;
    }
}
