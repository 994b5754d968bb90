package jp.policygen.render.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The running header and footer: the document title on every page after the cover, the handling mark
 * (取扱注意) on every page when the document has one, and "X / Y" at the foot of every page.
 *
 * <p>Y is unknown until the end, so each footer is an empty template placed when its page ends and filled
 * when the document closes. A template per page (rather than one for Y) lets "X / Y" be centred exactly.
 */
final class PageDecorations extends PdfPageEventHelper {
    private static final float HEADER_SIZE = 9f;
    private static final float FOOTER_SIZE = 9f;
    /** Header and footer sit in the margin, about 12 mm from the paper's edge. */
    private static final float EDGE_DISTANCE = 34f;
    private static final float FOOTER_BOX_WIDTH = 120f;
    private static final float FOOTER_BOX_HEIGHT = 14f;

    private final String title;
    private final String marking;
    private final Styles styles;
    private final List<PdfTemplate> footers = new ArrayList<>();

    private final Tags tags;

    PageDecorations(String title, String marking, Styles styles, Tags tags) {
        this.tags = tags;
        this.title = title;
        this.marking = marking;
        this.styles = styles;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float headerY = page.getTop() - EDGE_DISTANCE;
        boolean cover = footers.isEmpty();
        if (!cover) {
            show(canvas, Element.ALIGN_LEFT, title, styles.body(HEADER_SIZE), document.left(), headerY);
            canvas.saveState();
            canvas.setLineWidth(0.4f);
            canvas.moveTo(document.left(), headerY - 4f);
            canvas.lineTo(document.right(), headerY - 4f);
            canvas.stroke();
            canvas.restoreState();
        }
        if (!marking.isEmpty()) {
            show(canvas, Element.ALIGN_RIGHT, marking, styles.gothic(Styles.BODY_SIZE), document.right(), headerY);
        }
        PdfTemplate footer = canvas.createTemplate(FOOTER_BOX_WIDTH, FOOTER_BOX_HEIGHT);
        float x = (page.getLeft() + page.getRight() - FOOTER_BOX_WIDTH) / 2;
        canvas.addTemplate(footer, x, page.getBottom() + EDGE_DISTANCE - 3f);
        footers.add(footer);
    }

    /**
     * The pages' final order when they are put in another order than they were written (the 目次, written after
     * the body): {@code order[k]} is the page, in writing order from 1, that ends up as page k + 1 (as
     * PdfWriter.reorderPages takes it). Each footer then shows the page's place in the file.
     */
    void reorder(int[] order) {
        this.order = order.clone();
    }

    private int[] order;

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = footers.size();
        for (int k = 0; k < total; k++) {
            int written = order == null ? k : order[k] - 1;
            show(footers.get(written), Element.ALIGN_CENTER, (k + 1) + " / " + total, styles.body(FOOTER_SIZE),
                    FOOTER_BOX_WIDTH / 2, 3f);
        }
    }

    /** Running header and footer text: an artifact, outside the structure a screen reader reads. */
    private void show(PdfContentByte canvas, int alignment, String text, Font font, float x, float y) {
        tags.artifact(() -> ColumnText.showTextAligned(canvas, alignment, styles.chunk(text, font), x, y, 0));
    }
}
