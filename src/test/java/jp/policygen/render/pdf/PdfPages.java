package jp.policygen.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

import jp.policygen.policy.Document;
import jp.policygen.render.DocumentWriter;

/** A written PDF read back with pdfbox, as a reader would see it: text per page, header, footer, fonts. */
final class PdfPages {
    /** The header and footer bands: the top and bottom 22 mm of the paper. */
    private static final float BAND = 62f;

    final byte[] bytes;

    PdfPages(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Writing the document twice, and with a second writer, gives the same bytes as with {@code writer}. */
    static void assertDeterministic(DocumentWriter writer, Document document) {
        byte[] first = write(writer, document).bytes;
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, write(writer, document).bytes, "same writer");
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, write(new PdfWriter(
                jp.policygen.render.RenderOptions.defaults(), jp.policygen.render.Warnings.NONE), document).bytes,
                "another writer");
    }

    static PdfPages write(DocumentWriter writer, Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PdfPages(out.toByteArray());
    }

    PDDocument open() throws IOException {
        return Loader.loadPDF(bytes);
    }

    String text() throws IOException {
        try (PDDocument pdf = open()) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    int pageCount() throws IOException {
        try (PDDocument pdf = open()) {
            return pdf.getNumberOfPages();
        }
    }

    /** The text of each page, first page first. */
    List<String> pageTexts() throws IOException {
        try (PDDocument pdf = open()) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        }
    }

    List<String> headers() throws IOException {
        return band(true);
    }

    List<String> footers() throws IOException {
        return band(false);
    }

    private List<String> band(boolean top) throws IOException {
        try (PDDocument pdf = open()) {
            List<String> out = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                // pdfbox areas are measured from the top of the page
                stripper.addRegion("band", new Rectangle2D.Float(0, top ? 0 : h - BAND, w, BAND));
                stripper.extractRegions(page);
                out.add(stripper.getTextForRegion("band").strip());
            }
            return out;
        }
    }

    /** Every font used on any page, with whether it is embedded. */
    List<PDFont> fonts() throws IOException {
        try (PDDocument pdf = open()) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return fonts;
        }
    }

    /** The outline as "depth:title" in reading order, with the 0-based page each entry leads to. */
    List<Bookmark> bookmarks() throws IOException {
        try (PDDocument pdf = open()) {
            List<Bookmark> out = new ArrayList<>();
            if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
                collect(pdf, pdf.getDocumentCatalog().getDocumentOutline(), 0, out);
            }
            return out;
        }
    }

    record Bookmark(int depth, String title, int page) {
    }

    /**
     * The links on a page (0-based) in the order they were made, each as the 0-based page it leads to (-1 when it
     * leads nowhere in the file), with the top of its rectangle.
     */
    List<Link> links(int pageIndex) throws IOException {
        try (PDDocument pdf = open()) {
            List<Link> out = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(pageIndex).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDDestination dest = link.getDestination();
                    PDAction action = link.getAction();
                    if (dest == null && action instanceof PDActionGoTo goTo) {
                        dest = goTo.getDestination();
                    }
                    int page = dest instanceof PDPageDestination pd && pd.getPage() != null
                            ? pdf.getPages().indexOf(pd.getPage()) : -1;
                    out.add(new Link(page, link.getRectangle().getUpperRightY()));
                }
            }
            return out;
        }
    }

    record Link(int page, float top) {
    }

    private static void collect(PDDocument pdf, PDOutlineNode node, int depth, List<Bookmark> out)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            int page = item.findDestinationPage(pdf) == null ? -1
                    : pdf.getPages().indexOf(item.findDestinationPage(pdf));
            out.add(new Bookmark(depth, item.getTitle(), page));
            collect(pdf, item, depth + 1, out);
        }
    }
}
