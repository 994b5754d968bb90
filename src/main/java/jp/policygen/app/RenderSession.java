package jp.policygen.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jp.policygen.policy.Document;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.render.docx.DocxWriter;
import jp.policygen.render.docx.SheetDocxWriter;
import jp.policygen.render.html.HtmlSheetWriter;
import jp.policygen.render.html.HtmlWriter;
import jp.policygen.render.md.MarkdownWriter;
import jp.policygen.render.pdf.PdfWriter;
import jp.policygen.render.sheet.SheetWriter;
import jp.policygen.render.xlsx.XlsxSheetWriter;

/**
 * The writers of one rendering: made for a job's run and dropped with it, so what they keep (the PDF layouts the
 * Word 目次 reuses) lives as long as the run and never in a static. The only place writer classes are chosen.
 * Files go where the caller says: into a staging folder (the generator, diff, upgrade) or into memory
 * ({@link #bytes}, the page's preview).
 */
public final class RenderSession {
    private final List<DocumentWriter> writers;

    private RenderSession(List<DocumentWriter> writers) {
        this.writers = List.copyOf(writers);
    }

    /**
     * The document writers for the given formats, in the registry's order (docx, pdf, html, md) whatever the order
     * given. With both Word and PDF one PdfWriter serves both: the Word 目次 shows the PDF's page numbers, and the
     * layout is then done once; a Word file alone gets a PdfWriter of its own that only lays
     * the documents out for their pages ({@link PdfWriter#pagesOnly}) and warns of nothing.
     *
     * @param warnings where the PDF writer's warnings go
     */
    public static RenderSession of(Collection<String> formats, RenderOptions options, Warnings warnings) {
        List<DocumentWriter> list = new ArrayList<>();
        PdfWriter pdf = new PdfWriter(options, warnings);
        for (String f : Formats.GENERATE) {
            if (!formats.contains(f)) {
                continue;
            }
            list.add(switch (f) {
                case "docx" -> formats.contains("pdf") ? new DocxWriter(options, pdf)
                        : new DocxWriter(options, PdfWriter.pagesOnly(options));
                case "pdf" -> pdf;
                case "html" -> new HtmlWriter();
                default -> new MarkdownWriter();
            });
        }
        return new RenderSession(list);
    }

    /** The writers, in the registry's order. */
    public List<DocumentWriter> writers() {
        return writers;
    }

    public boolean writes(String format) {
        return writers.stream().anyMatch(w -> w.format().equals(format));
    }

    /** A document in one format, in memory (a page shows it or offers it for download). */
    public static byte[] bytes(Document document, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter w = switch (format) {
            case "html" -> new HtmlWriter();
            case "md" -> new MarkdownWriter();
            case "pdf" -> new PdfWriter(RenderOptions.defaults(), Warnings.NONE);
            case "docx" -> new DocxWriter(RenderOptions.defaults(), PdfWriter.pagesOnly(RenderOptions.defaults()));
            default -> throw new IllegalArgumentException(format);
        };
        w.write(document, out);
        return out.toByteArray();
    }

    /** The sheet writers (対策チェックリスト and other tables) for the given formats, in the registry's order. */
    public static List<SheetWriter> sheetWriters(Collection<String> formats) {
        List<SheetWriter> writers = new ArrayList<>();
        for (String f : Formats.CHECK_DOCUMENTS) {
            if (formats.contains(f)) {
                writers.add(switch (f) {
                    case "docx" -> new SheetDocxWriter();
                    case "xlsx" -> new XlsxSheetWriter();
                    default -> new HtmlSheetWriter();
                });
            }
        }
        return writers;
    }

    /**
     * Prepares docx4j on a thread of its own while profiles and the catalog are read, when the options need it (a
     * reference .docx; no effect on any file).
     */
    public static void prepareWord(RenderOptions options) {
        Thread docx4j = new Thread(() -> DocxWriter.prepare(options), "docx4j-prepare");
        docx4j.setDaemon(true);
        docx4j.start();
    }

    /** Checks --font and --reference-docx before anything is written; the message is for the user. */
    public static void checkFont(RenderOptions options) throws IOException {
        PdfWriter.checkFont(options);
    }

    public static void checkReference(RenderOptions options) throws IOException {
        DocxWriter.checkReference(options);
    }
}
