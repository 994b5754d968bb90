package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.LineTaggingDocument;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A tagged PDF written as PdfWriter sets one up (LineTaggingDocument, Tags with structure), its content streams left
 * uncompressed, and read back: each page's content stream and text, the generic tags reported (where and on which
 * page) and the structure tree. The tests that hold our direct ways of setting text (SetParagraph, SetTable) to
 * OpenPDF's own write the same content both ways through it and compare.
 */
final class TaggedPdfPages {

    /** What a page's reader sees of one written PDF. */
    record Written(List<byte[]> pages, List<String> text, List<String> tags, String structure) {

        /** Fails unless both have the same pages with the same content streams. */
        void assertSameContentStreams(Written expected) {
            assertEquals(expected.pages().size(), pages().size());
            for (int i = 0; i < pages().size(); i++) {
                assertArrayEquals(expected.pages().get(i), pages().get(i), "content stream of page " + (i + 1));
            }
        }
    }

    /** What a test adds to the open document. */
    interface Content {
        void add(Document pdf, Tags tags) throws DocumentException, IOException;
    }

    private TaggedPdfPages() {
    }

    /** Writes the content on pages of the given size with margins of 71 pt (25 mm), and reads the PDF back. */
    static Written write(Rectangle pageSize, Content content) throws IOException, DocumentException {
        Document pdf = new Document(pageSize, 71f, 71f, 71f, 71f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LineTaggingDocument lines = new LineTaggingDocument();
        PdfWriter writer = LineTaggingDocument.writer(pdf, out, lines);
        Tags tags = new Tags(pdf, writer, lines, true);
        writer.setCompressionLevel(PdfStream.NO_COMPRESSION);
        List<String> reported = new ArrayList<>();
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onGenericTag(PdfWriter w, Document d, Rectangle rect, String tag) {
                reported.add(tag + " p" + w.getPageNumber() + " " + rect.getLeft() + "," + rect.getBottom() + "–"
                        + rect.getRight() + "," + rect.getTop());
            }
        });
        pdf.open();
        content.add(pdf, tags);
        pdf.close();

        List<byte[]> pages = new ArrayList<>();
        List<String> text = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i - 1);
                try (var contents = page.getContents()) {
                    pages.add(contents.readAllBytes());
                }
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                text.add(stripper.getText(doc));
            }
            StringBuilder structure = new StringBuilder();
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            dump(doc, root.getKids(), structure);
            return new Written(pages, text, reported, structure.toString());
        }
    }

    /** The structure tree: each element's type and page, its marked content ids, its children. */
    private static void dump(PDDocument doc, List<Object> kids, StringBuilder sb) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                sb.append(e.getStructureType());
                if (e.getPage() != null) {
                    sb.append(" p").append(doc.getPages().indexOf(e.getPage()));
                }
                sb.append(" (");
                dump(doc, e.getKids(), sb);
                sb.append(") ");
            } else if (kid instanceof Integer mcid) {
                sb.append(mcid).append(' ');
            } else if (kid instanceof PDMarkedContentReference r) {
                sb.append("mcr ").append(r.getMCID()).append(" p").append(doc.getPages().indexOf(r.getPage()))
                        .append(' ');
            } else if (kid instanceof PDMarkedContent m) {
                sb.append("mc ").append(m.getMCID()).append(' ');
            } else {
                sb.append(kid).append(' ');
            }
        }
    }
}
