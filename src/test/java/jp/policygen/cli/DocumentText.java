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
}
