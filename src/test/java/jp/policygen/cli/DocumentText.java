package jp.policygen.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;

/** The text a user sees in a generated file, read back with an independent reader. */
final class DocumentText {
    private DocumentText() {
    }

    static String pdf(Path file) throws IOException {
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The text of an HTML file: tags dropped, the five entities of the writer decoded. */
    static String html(Path file) throws IOException {
        return java.nio.file.Files.readString(file).replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    static String docx(Path file) throws Docx4JException {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(file.toFile());
        StringBuilder sb = new StringBuilder();
        try {
            java.io.StringWriter w = new java.io.StringWriter();
            TextUtils.extractText(pkg.getMainDocumentPart().getJaxbElement(), w);
            sb.append(w);
        } catch (Exception e) {
            throw new Docx4JException("cannot extract text", e);
        }
        return sb.toString();
    }

    /**
     * The lines of a Word file's 目次 as saved (paragraphs styled toc 1–3), each as the heading, a tab and the page
     * number, read from word/document.xml.
     */
    static java.util.List<String> wordContents(Path file) throws java.io.IOException {
        String xml;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String p : xml.split("<w:p[ >]")) {
            if (!p.matches("(?s).*<w:pStyle w:val=\"TOC\\d\"/>.*")) {
                continue;
            }
            String body = p.substring(0, p.indexOf("</w:p>")).replaceAll(">\\s+<", "><");
            lines.add(body.replaceAll("<w:tab/>", "\t").replaceAll("<w:instrText[^>]*>[^<]*</w:instrText>", "")
                    .replaceAll("<w:tabs>.*?</w:tabs>", "").replaceAll("<[^>]*>", "")
                    .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").strip());
        }
        return lines;
    }
}
