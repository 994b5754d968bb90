package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;

import jp.policygen.policy.Block;
import jp.policygen.render.Warnings;

/** The PDF table's columns follow the shared column layout, measured in the PDF's fonts. */
class TableRendererTest {
    /** The text width of landscape A4 in the PDF writer's margins. */
    private static final float LANDSCAPE = 842f - 2 * 25f * 72f / 25.4f;

    @Test
    void descriptiveColumnOfARoleMatrixIsTheWidestAndShortColumnsKeepTheirLine()
            throws IOException, DocumentException {
        PdfFonts.Faces faces = PdfFonts.resolve(Optional.empty(), FontLocator.system(), Warnings.NONE).faces();
        Styles styles = new Styles(faces.mincho(), faces.gothic());
        jp.policygen.policy.Block.Table matrix = jp.policygen.policy.SampleDocuments.roleMatrix();
        List<String> header = matrix.header();
        List<List<String>> rows = matrix.rows();
        PdfPTable table = new TableRenderer(styles).table(Block.Table.of(header, rows), LANDSCAPE, null);
        float[] widths = table.getAbsoluteWidths();

        assertEquals(header.size(), widths.length);
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        assertEquals(LANDSCAPE, sum, 0.01f);
        for (int i = 1; i < widths.length; i++) {
            assertTrue(widths[0] > widths[i], "事項 is the widest: " + Arrays.toString(widths));
        }
        float oneLine = styles.width("自治体機密性3A", styles.body(TableRenderer.CELL_SIZE)) + 2 * TableRenderer.PAD_X;
        assertTrue(widths[3] >= oneLine, Arrays.toString(widths));
    }
}
