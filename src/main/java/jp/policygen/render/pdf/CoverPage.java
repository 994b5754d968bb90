package jp.policygen.render.pdf;

import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;

import jp.policygen.policy.Block;
import jp.policygen.policy.DocumentInfo;

/**
 * The front matter of a booklet-style policy: a cover (title, 版, 施行日, 告示番号, body name) and, when the
 * document has been revised, a 改定履歴 page. Each ends with a page break so the body starts on a fresh page.
 */
final class CoverPage {
    // Labels of the front matter: layout words, not policy text.
    static final String HISTORY_TITLE = "改定履歴";
    private static final String EFFECTIVE_SUFFIX = "施行";

    private final Document pdf;
    private final PdfWriter writer;
    private final Styles styles;
    private final TableRenderer tables;
    private final Tags tags;

    CoverPage(Document pdf, PdfWriter writer, Styles styles, Tags tags) {
        this.pdf = pdf;
        this.writer = writer;
        this.styles = styles;
        this.tables = new TableRenderer(styles);
        this.tags = tags;
    }

    void render(String title, DocumentInfo info) throws DocumentException {
        // Drawn at fixed heights: a cover is a composed page, and OpenPDF drops space above a page's first line.
        // The title sits about a third of the way down, in portrait and in landscape.
        // the title is the document's one H1; the lines under it are paragraphs
        float height = pdf.top() - pdf.bottom();
        float[] y = {pdf.top() - height * 0.25f};
        tags.draw("H1", () -> y[0] = centred(title, styles.gothic(24f), y[0]));
        if (!info.version().isEmpty()) {
            tags.draw("P", () -> y[0] = centred(info.version(), styles.gothic(14f), y[0] - 12f));
        }
        y[0] = pdf.top() - height * 0.62f;
        if (!info.effective().isEmpty()) {
            tags.draw("P", () -> y[0] = centred(info.effective() + EFFECTIVE_SUFFIX, styles.body(12f), y[0]));
        }
        if (!info.adoption().isEmpty()) {
            tags.draw("P", () -> centred(info.adoption(), styles.body(12f), y[0] - 4f));
        }
        tags.draw("P", () -> centred(info.bodyName(), styles.gothic(18f), pdf.top() - height * 0.8f));
        // nothing went through pdf.add, so OpenPDF would think the page empty and not turn it
        writer.setPageEmpty(false);
        pdf.newPage();
        if (!info.history().isEmpty()) {
            history(info);
            pdf.newPage();
        }
    }

    /**
     * 例規: the 題名 and, right-aligned under it, the line of its 制定日 and number, at the top of the first page (the
     * 目次 follows on the same page); no cover, 版, 施行日 line or 改定履歴 (the 附則 say them).
     */
    void renderRule(String title, DocumentInfo info) throws DocumentException {
        Font font = styles.gothic(16f);
        Paragraph heading = Styles.paragraph(font.getSize() * 1.5f, font);
        heading.add(styles.chunk(title, font));
        heading.setSpacingAfter(6f);
        tags.add("H1", heading);
        if (!info.adoption().isEmpty()) {
            Font body = styles.body(11f);
            Paragraph enactment = Styles.paragraph(body.getSize() * 1.5f, body);
            enactment.setAlignment(Element.ALIGN_RIGHT);
            enactment.add(styles.chunk(info.adoption(), body));
            enactment.setSpacingAfter(16f);
            tags.add("P", enactment);
        }
    }

    private void history(DocumentInfo info) throws DocumentException {
        Font font = styles.heading(1);
        Paragraph heading = Styles.paragraph(font.getSize() * 1.5f, font);
        heading.add(styles.chunk(HISTORY_TITLE, font));
        heading.setSpacingAfter(8f);
        tags.add(BodyRenderer.headingRole(2), heading);
        tables.add(info.historyTable(), pdf.right() - pdf.left(), tags);
    }

    /** Draws centred, wrapping text whose first line's top is at y; returns the y below its last line. */
    private float centred(String text, Font font, float y) throws DocumentException {
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), y);
        column.setAlignment(Element.ALIGN_CENTER);
        column.setLeading(font.getSize() * 1.5f);
        column.addText(styles.chunk(text, font));
        column.go();
        return column.getYLine();
    }
}
