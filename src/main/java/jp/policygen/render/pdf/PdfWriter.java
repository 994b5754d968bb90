package jp.policygen.render.pdf;

import java.io.IOException;
import java.io.OutputStream;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;

import jp.policygen.policy.Document;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;

/**
 * Writes a document as a PDF with OpenPDF: A4, Mincho body and Gothic headings (embedded), a cover and
 * 改定履歴, running header (title, 取扱注意) and "X / Y" footer, bookmarks for every section, Japanese line
 * breaking, and the same bytes every time for the same document.
 */
public final class PdfWriter implements DocumentWriter {
    /** 25 mm, the margin of a Word document on A4 as municipal offices leave it. */
    private static final float MARGIN = 25f * 72f / 25.4f;
    static final String SUBJECT = "情報セキュリティポリシー";
    static final String CREATOR = "policygen";

    private final RenderOptions options;
    private final Warnings warnings;
    private final FontLocator locator;
    private PdfFonts fonts;

    public PdfWriter(RenderOptions options, Warnings warnings) {
        this(options, warnings, FontLocator.system());
    }

    /** With chosen font folders: a test passes none to see the fallback. */
    PdfWriter(RenderOptions options, Warnings warnings, FontLocator locator) {
        this.options = options;
        this.warnings = warnings;
        this.locator = locator;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        PdfFonts.Faces faces = fonts().create();
        Styles styles = new Styles(faces.mincho(), faces.gothic());
        DocumentIdentity identity = DocumentIdentity.of(document, faces.key());
        faces.fixSubsetTags(identity);

        // landscape as a wide MediaBox rather than A4 with /Rotate, so every tool sees the page the same way
        Rectangle size = document.info().landscape()
                ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4;
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(size, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false); // the caller opened the stream and closes it
            describe(pdf, writer, document, identity);
            Bookmarks bookmarks = new Bookmarks();
            writer.setPageEvent(new PageDecorations(document.title(), document.info().marking(), styles));
            writer.setPageEvent(bookmarks);

            pdf.open();
            new CoverPage(pdf, writer, styles).render(document.title(), document.info());
            new BodyRenderer(pdf, writer, styles, bookmarks).render(document.sections());
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("PDFを作成できません: " + e.getMessage(), e);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps I/O errors of the output stream in this unchecked exception
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** Document properties, and the dates and /ID OpenPDF would otherwise take from the clock and chance. */
    private static void describe(com.lowagie.text.Document pdf, com.lowagie.text.pdf.PdfWriter writer,
                                 Document document, DocumentIdentity identity) {
        pdf.addTitle(document.title());
        pdf.addAuthor(document.info().bodyName());
        pdf.addSubject(SUBJECT);
        pdf.addCreator(CREATOR);
        writer.getInfo().put(PdfName.CREATIONDATE, identity.date());
        writer.getInfo().put(PdfName.MODDATE, identity.date());
        // OpenPDF uses this entry as the trailer's /ID instead of a random one (it also lands in /Info)
        writer.getInfo().put(PdfName.FILEID, identity.fileId());
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("ja-JP"));
        writer.setViewerPreferences(com.lowagie.text.pdf.PdfWriter.PageModeUseOutlines
                | com.lowagie.text.pdf.PdfWriter.DisplayDocTitle);
    }

    /** Fonts are looked for once per writer, so a batch of documents warns about a missing font once. */
    private synchronized PdfFonts fonts() throws IOException {
        if (fonts == null) {
            fonts = PdfFonts.resolve(options.pdfFont(), locator, warnings);
        }
        return fonts;
    }
}
