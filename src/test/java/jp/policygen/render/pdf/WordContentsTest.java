package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import jp.policygen.policy.Document;
import jp.policygen.policy.SampleDocuments;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.render.docx.DocxWriter;

/**
 * The 目次 of the Word file, read from its document.xml, lists the lines of the PDF's 目次 (read back from the
 * PDF) with the same page numbers, inside a TOC field Word can update. It lives beside the PDF tests because it
 * reads the PDF's 目次 the way {@link PdfWriterContentsTest} does.
 */
class WordContentsTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final PdfWriter pdfWriter = new PdfWriter(RenderOptions.defaults(), Warnings.NONE);

    /** A line of the Word 目次: its style (TOC1…), the heading, the page number after the tab, the link. */
    record WordLine(String style, String heading, int number, String anchor) {
    }

    @Test
    void wordContentsListTheChaptersSectionsAndSupplementaryProvisionsWithThePagesOfThePdf() throws Exception {
        Document standard = SampleDocuments.standard();
        String xml = documentXml(docx(new DocxWriter(RenderOptions.defaults(), new PdfWriter(RenderOptions.defaults(), Warnings.NONE)), standard));
        List<WordLine> word = lines(xml);
        PdfWriterContentsTest.Contents pdf = PdfWriterContentsTest.contents(
                PdfPages.write(pdfWriter, standard).pageTexts(), standard.title());

        // the depth of the PDF's 目次: 章, 節 and 附則; the items (1), (2) of the 節 are not listed
        assertEquals(List.of("1. 組織体制", "2. 技術的セキュリティ", "6.1 アクセス制御", "附則"),
                word.stream().map(WordLine::heading).toList());
        assertEquals(List.of("TOC1", "TOC1", "TOC2", "TOC1"), word.stream().map(WordLine::style).toList());
        assertEquals(pdf.headings(), word.stream().map(WordLine::heading).toList());
        assertEquals(pdf.lines().stream().map(PdfWriterContentsTest.Line::number).toList(),
                word.stream().map(WordLine::number).toList());
        assertEquals(4, word.get(0).number(), "cover, 改定履歴, 目次, then the body");
        // each line links to the bookmark on its heading
        for (WordLine line : word) {
            assertTrue(xml.contains("w:name=\"" + line.anchor() + "\""), line.toString());
        }
        // still a field Word rebuilds (フィールド更新), over the heading levels listed, updated on opening
        assertTrue(xml.contains(" TOC \\o \"1-2\" \\h \\z \\u "), "TOC field instruction");
        assertEquals(1, count(xml, "w:fldCharType=\"begin\""));
        assertEquals(1, count(xml, "w:fldCharType=\"end\""));
        assertFalse(xml.contains("w:dirty"), "the result is not marked stale");
        assertFalse(xml.contains("目次はWordで開いたときに更新されます"));
    }

    @Test
    void aLongWordContentsHasTheNumbersOfTheLongPdfContents() throws Exception {
        Document doc = PdfWriterContentsTest.manySections();
        List<WordLine> word = lines(documentXml(docx(new DocxWriter(RenderOptions.defaults(), new PdfWriter(RenderOptions.defaults(), Warnings.NONE)), doc)));
        PdfWriterContentsTest.Contents pdf = PdfWriterContentsTest.contents(
                PdfPages.write(pdfWriter, doc).pageTexts(), doc.title());
        assertTrue(pdf.pages().size() >= 2, "the PDF's 目次 runs over several pages");
        assertEquals(121, word.size());
        for (int i = 0; i < word.size(); i++) {
            assertEquals(pdf.lines().get(i).heading(), word.get(i).heading());
            assertEquals(pdf.lines().get(i).number(), word.get(i).number(), word.get(i).heading());
        }
        assertTrue(word.get(120).number() > word.get(0).number() + 10);
    }

    @Test
    void writingDocxAndPdfWithOneLayoutGivesTheSameBytesAsWritingEachAlone() throws Exception {
        Document doc = PdfWriterContentsTest.manySections();
        // generate's way: one PdfWriter shared, the docx first (its 目次 lays the document out), then the pdf
        PdfWriter shared = new PdfWriter(RenderOptions.defaults(), Warnings.NONE);
        byte[] docx = docx(new DocxWriter(RenderOptions.defaults(), shared), doc);
        byte[] pdf = PdfPages.write(shared, doc).bytes;
        assertArrayEquals(docx, docx(new DocxWriter(RenderOptions.defaults(), new PdfWriter(RenderOptions.defaults(), Warnings.NONE)), doc), "docx");
        assertArrayEquals(pdf, PdfPages.write(pdfWriter, doc).bytes, "pdf");
    }

    @Test
    void aWordFileWithoutItsPdfHasTheSamePagesFromALayoutOnly() throws Exception {
        // a Word file asked for alone: its 目次's pages from a layout that keeps no PDF, the same as the PDF's
        for (Document doc : List.of(PdfWriterContentsTest.manySections(), SampleDocuments.standard())) {
            PdfWriter shared = new PdfWriter(RenderOptions.defaults(), Warnings.NONE);
            byte[] withPdf = docx(new DocxWriter(RenderOptions.defaults(), shared), doc);
            PdfWriterContentsTest.Contents printed = PdfWriterContentsTest.contents(
                    PdfPages.write(shared, doc).pageTexts(), doc.title());
            assertEquals(printed.lines().stream().map(PdfWriterContentsTest.Line::number).toList(),
                    PdfWriter.pagesOnly(RenderOptions.defaults()).contents(doc).stream()
                            .map(jp.policygen.render.ContentsEntry::page).toList(), doc.title());
            assertArrayEquals(withPdf, docx(new DocxWriter(RenderOptions.defaults(),
                    PdfWriter.pagesOnly(RenderOptions.defaults())), doc), doc.title());
        }
    }

    @Test
    void aDocumentWhosePdfHasNoContentsHasNoneInWord() throws Exception {
        String xml = documentXml(docx(new DocxWriter(RenderOptions.defaults(), new PdfWriter(RenderOptions.defaults(), Warnings.NONE)), SampleDocuments.basicPolicy()));
        assertFalse(xml.contains("TOC \\o"), "no TOC field");
        assertFalse(xml.contains(">目次<"), "no 目次 heading");
    }

    // --- reading the Word file ---

    private static byte[] docx(DocxWriter writer, Document doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(doc, out);
        return out.toByteArray();
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /** The paragraphs styled toc 1–3: the text before the tab, the number after it, the link's bookmark. */
    private static List<WordLine> lines(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document dom = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<WordLine> out = new ArrayList<>();
        NodeList paragraphs = dom.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element p = (Element) paragraphs.item(i);
            NodeList styles = p.getElementsByTagNameNS(W, "pStyle");
            String style = styles.getLength() == 0 ? "" : ((Element) styles.item(0)).getAttributeNS(W, "val");
            if (!style.matches("TOC\\d")) {
                continue;
            }
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            boolean tab = false;
            NodeList all = p.getElementsByTagName("*");
            for (int j = 0; j < all.getLength(); j++) {
                Node n = all.item(j);
                if (!W.equals(n.getNamespaceURI())) {
                    continue;
                }
                if (n.getLocalName().equals("tab") && n.getParentNode().getLocalName().equals("r")) {
                    tab = true;
                } else if (n.getLocalName().equals("t")) {
                    (tab ? after : before).append(n.getTextContent());
                }
            }
            NodeList links = p.getElementsByTagNameNS(W, "hyperlink");
            String anchor = links.getLength() == 0 ? "" : ((Element) links.item(0)).getAttributeNS(W, "anchor");
            out.add(new WordLine(style, before.toString(), Integer.parseInt(after.toString()), anchor));
        }
        return out;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
