package jp.policygen.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.docx4j.TextUtils;
import org.docx4j.TraversalUtil;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;

import jp.policygen.policy.Document;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.render.pdf.PdfWriter;

/** Writes documents with the DocxWriter and reads them back the way a test wants to look at them. */
final class DocxFixtures {
    private DocxFixtures() {
    }

    static byte[] write(Document document) throws IOException {
        return write(document, RenderOptions.defaults());
    }

    static byte[] write(Document document, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(options, new PdfWriter(options, Warnings.NONE)).write(document, out);
        return out.toByteArray();
    }

    static WordprocessingMLPackage load(byte[] docx) throws Exception {
        return WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    }

    /** Every paragraph of the main document (tables included), in order. */
    static List<P> paragraphs(WordprocessingMLPackage pkg) {
        ClassFinder finder = new ClassFinder(P.class);
        new TraversalUtil(pkg.getMainDocumentPart().getContent(), finder);
        return finder.results.stream().map(P.class::cast).toList();
    }

    static String text(P p) {
        return TextUtils.getText(p);
    }

    /** The text a reader sees, one line per paragraph. */
    static String visibleText(WordprocessingMLPackage pkg) {
        StringBuilder sb = new StringBuilder();
        for (P p : paragraphs(pkg)) {
            sb.append(text(p)).append('\n');
        }
        return sb.toString();
    }

    /** The first paragraph that starts with the text, lines of the 目次 (styles toc 1–3) left out. */
    static P paragraphStartingWith(WordprocessingMLPackage pkg, String start) {
        return paragraphs(pkg).stream().filter(p -> text(p).startsWith(start))
                .filter(p -> styleOf(p) == null || !styleOf(p).matches("TOC\\d")).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starts with " + start));
    }

    static String styleOf(P p) {
        return p.getPPr() == null || p.getPPr().getPStyle() == null ? null : p.getPPr().getPStyle().getVal();
    }

    /** The package's XML parts by zip entry name, as text. */
    static Map<String, String> parts(byte[] docx) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    /** The parts whose name starts with the prefix (word/header, word/footer), joined. */
    static String partsStartingWith(byte[] docx, String prefix) throws IOException {
        StringBuilder sb = new StringBuilder();
        parts(docx).forEach((name, xml) -> {
            if (name.startsWith(prefix)) {
                sb.append(xml);
            }
        });
        return sb.toString();
    }
}
