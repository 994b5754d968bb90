package jp.policygen.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Body;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.STTblLayoutType;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

import jp.policygen.render.RenderOptions;
import jp.policygen.render.sheet.Sheet;
import jp.policygen.render.sheet.SheetWriter;

/**
 * A sheet as a Word document on A4 landscape: the title as a heading, the header fields, then the table with
 * its header row repeated on every page and columns in the sheet's proportions (the columns to fill in keep
 * their room though empty), then the notes. Built-in styles; the same bytes for the same sheet.
 */
public final class SheetDocxWriter implements SheetWriter {
    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void write(Sheet sheet, OutputStream out) throws IOException {
        out.write(bytes(sheet, false));
    }

    /**
     * The file, written by {@link WordFile} unless {@code viaDocx4j} (the tests' oracle) or something in it is for
     * docx4j to write (content WmlXml does not know, a title with a control character): the same bytes either way.
     */
    static byte[] bytes(Sheet sheet, boolean viaDocx4j) throws IOException {
        if (!viaDocx4j) {
            WordFile.Constant constant = WordFile.Constant.of(RenderOptions.defaults(), false);
            org.docx4j.wml.Document document = Wml.factory().createDocument();
            document.setBody(body(sheet, StyleSheet.builtInHollow()));
            byte[] xml = WmlXml.document(document);
            byte[] core = OpcXml.coreProperties(sheet.title(), sheet.author());
            if (constant != null && xml != null && core != null) {
                return WordFile.zip(constant, xml, null, null, core, null);
            }
        }
        StyleSheet styles = StyleSheet.forOptions(RenderOptions.defaults());
        try {
            WordprocessingMLPackage pkg = new WordprocessingMLPackage();
            MainDocumentPart main = new MainDocumentPart();
            pkg.addTargetPart(main);
            styles.install(main);
            main.setJaxbElement(Wml.factory().createDocument());
            main.getJaxbElement().setBody(body(sheet, styles));
            pkg.addTargetPart(DocxWriter.coreProperties(sheet.title(), sheet.author()));
            return PackageBytes.of(pkg, Map.of());
        } catch (Docx4JException e) {
            throw new IOException("Word文書を作成できませんでした: " + sheet.title(), e);
        }
    }

    private static Body body(Sheet sheet, StyleSheet styles) {
        PageLayout page = PageLayout.a4(true);
        Body body = Wml.factory().createBody();
        body.getContent().add(Wml.paragraph(styles.id(StyleRole.HEADING_1), sheet.title()));
        for (Sheet.Field f : sheet.fields()) {
            P p = Wml.paragraph(styles.id(StyleRole.NORMAL));
            p.getContent().add(Wml.bold(Wml.run(f.label() + "：")));
            p.getContent().add(Wml.run(f.value()));
            body.getContent().add(p);
        }
        body.getContent().add(Wml.paragraph(styles.id(StyleRole.NORMAL)));
        body.getContent().add(table(sheet, styles.id(StyleRole.NORMAL), page.textWidth()));
        for (String note : sheet.notes()) {
            body.getContent().add(Wml.paragraph(styles.id(StyleRole.NORMAL), note));
        }
        body.setSectPr(page.sectPr());
        return body;
    }

    private static Tbl table(Sheet sheet, String cellStyle, int width) {
        List<Sheet.Column> columns = sheet.columns();
        int total = columns.stream().mapToInt(Sheet.Column::width).sum();
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            widths[i] = width * columns.get(i).width() / total;
            used += widths[i];
        }
        widths[widths.length - 1] = width - used;
        Tbl tbl = Wml.factory().createTbl();
        // <w:tblW w:w=".." w:type="dxa"/><w:tblBorders> (top, left, bottom, right, insideH, insideV: single, 4, 0,
        // auto) </w:tblBorders><w:tblLayout w:type="fixed"/>
        TblPr tblPr = Wml.factory().createTblPr();
        tblPr.setTblW(TableBuilder.dxa(width));
        TblBorders borders = Wml.factory().createTblBorders();
        borders.setTop(TableBuilder.border());
        borders.setLeft(TableBuilder.border());
        borders.setBottom(TableBuilder.border());
        borders.setRight(TableBuilder.border());
        borders.setInsideH(TableBuilder.border());
        borders.setInsideV(TableBuilder.border());
        tblPr.setTblBorders(borders);
        CTTblLayoutType layout = Wml.factory().createCTTblLayoutType();
        layout.setType(STTblLayoutType.FIXED);
        tblPr.setTblLayout(layout);
        tbl.setTblPr(tblPr);
        TblGrid grid = Wml.factory().createTblGrid();
        for (int w : widths) {
            TblGridCol col = Wml.factory().createTblGridCol();
            col.setW(BigInteger.valueOf(w));
            grid.getGridCol().add(col);
        }
        tbl.setTblGrid(grid);
        Tr header = row(true);
        for (int i = 0; i < widths.length; i++) {
            header.getContent().add(cell(columns.get(i).name(), widths[i], true, true, cellStyle));
        }
        tbl.getContent().add(header);
        for (List<String> cells : sheet.rows()) {
            Tr tr = row(false);
            for (int i = 0; i < widths.length; i++) {
                tr.getContent().add(cell(cells.get(i), widths[i], false, columns.get(i).centre(), cellStyle));
            }
            tbl.getContent().add(tr);
        }
        return tbl;
    }

    private static Tr row(boolean header) {
        Tr tr = Wml.factory().createTr();
        // the header row is not cantSplit: see TableBuilder.rowProperties (LibreOffice drops the body rows)
        tr.setTrPr(TableBuilder.rowProperties(header));
        return tr;
    }

    private static Tc cell(String text, int width, boolean header, boolean centre, String style) {
        Tc tc = Wml.factory().createTc();
        tc.setTcPr(TableBuilder.cellProperties(width, header));
        for (String line : text.split("\n", -1)) {
            P p = Wml.paragraph(style);
            Wml.align(p, centre ? JcEnumeration.CENTER : JcEnumeration.LEFT);
            R run = Wml.run(line);
            p.getContent().add(header ? Wml.bold(run) : run);
            tc.getContent().add(p);
        }
        return tc;
    }
}
