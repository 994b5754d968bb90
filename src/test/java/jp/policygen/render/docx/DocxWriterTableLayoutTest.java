package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.junit.jupiter.api.Test;

/** The Word table's grid follows the shared column layout, in whole twips that add up to the table width. */
class DocxWriterTableLayoutTest {

    @Test
    void descriptiveColumnOfARoleMatrixIsTheWidestAndShortColumnsKeepTheirLine() {
        jp.policygen.policy.Block.Table matrix = jp.policygen.policy.SampleDocuments.roleMatrix();
        List<String> header = matrix.header();
        List<List<String>> rows = matrix.rows();
        int width = PageLayout.a4(true).textWidth();
        Tbl tbl = new TableBuilder("TableGrid", "TableText").build(matrix, 0, width);
        int[] widths = tbl.getTblGrid().getGridCol().stream().map(TblGridCol::getW).mapToInt(w -> w.intValue())
                .toArray();

        assertEquals(header.size(), widths.length);
        assertEquals(width, Arrays.stream(widths).sum());
        for (int i = 1; i < widths.length; i++) {
            assertTrue(widths[0] > widths[i], "事項 is the widest: " + Arrays.toString(widths));
        }
        assertTrue(widths[3] >= TextWidth.twips("自治体機密性3A") + Wml.CHAR, Arrays.toString(widths));
    }
}
