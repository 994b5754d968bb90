package jp.policygen.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.LineTaggingDocument;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;

import jp.policygen.policy.Document;
import jp.policygen.render.ContentsEntry;
import jp.policygen.render.ContentsPages;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;

/**
 * Writes a document as a PDF with OpenPDF: A4, Mincho body and Gothic headings (embedded), a cover and
 * 改定履歴, a 目次 with the pages of the headings, running header (title, 取扱注意) and "X / Y" footer, bookmarks
 * for every section, Japanese line breaking, and the same bytes every time for the same document.
 */
public final class PdfWriter implements DocumentWriter, ContentsPages {
    /** 25 mm, the margin of a Word document on A4 as municipal offices leave it. */
    private static final float MARGIN = 25f * 72f / 25.4f;
    static final String SUBJECT = "情報セキュリティポリシー";
    static final String CREATOR = "policygen";
    /** Renderings of a document with a 目次 at most: one to learn its page numbers, one or two to print them. */
    private static final int MAX_PASSES = 3;

    private final RenderOptions options;
    private final Warnings warnings;
    private final FontLocator locator;
    private PdfFonts fonts;
    /**
     * The pages of the 目次 entries of the documents laid out last, by document object: the Word writer's 目次 and
     * the PDF's first rendering are one layout, whichever thread asks first (generate may write a body's PDFs
     * on a thread of their own). A few documents are kept, enough for the ones being written at a time.
     */
    private final Map<Same, CompletableFuture<int[]>> laidOut = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Same, CompletableFuture<int[]>> eldest) {
            return size() > KEPT_LAYOUTS;
        }
    };
    private static final int KEPT_LAYOUTS = 32;

    /** A document as a key by identity: equal documents of two bodies are still laid out each. */
    private record Same(Document document) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.document == document;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document);
        }
    }

    public PdfWriter(RenderOptions options, Warnings warnings) {
        this(options, warnings, FontLocator.system());
    }

    /** With chosen font folders: a test passes none to see the fallback. */
    PdfWriter(RenderOptions options, Warnings warnings, FontLocator locator) {
        this.options = options;
        this.warnings = warnings;
        this.locator = locator;
    }

    /** A font file larger than this is not one to embed (the largest Japanese fonts are about 50 MB). */
    static final long MAX_FONT_BYTES = 256L * 1024 * 1024;

    /**
     * Checks the font of the options (--font) before anything is written: a file of sensible size that OpenPDF
     * can embed. The message of the exception is for the user.
     */
    public static void checkFont(RenderOptions options) throws IOException {
        if (options.pdfFont().isEmpty()) {
            return;
        }
        java.nio.file.Path font = FontLocator.given(options.pdfFont().get()).body().path();
        if (java.nio.file.Files.size(font) > MAX_FONT_BYTES) {
            throw new IOException("フォントファイルが大きすぎます（256 MB を超えています）。.ttf / .ttc / .otf の日本語フォントを指定してください。");
        }
        try {
            PdfFonts.resolve(options.pdfFont(), new FontLocator(List.of()), Warnings.NONE);
        } catch (IOException | RuntimeException e) {
            throw new IOException("フォントとして読み込めません。.ttf / .ttc / .otf の日本語フォントを指定してください"
                    + "（.ttc はファイル名の後に「,0」などで書体を選べます）。", e);
        }
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        Map<Integer, String> missing = new TreeMap<>();
        layOut(document, out, missing);
        missing.forEach((cp, context) -> warnings.missingCharacter(cp, context));
    }

    /** Every character no font has, with the first text it stood in (shortened), collected while laying out. */
    private static BiConsumer<Integer, String> collect(Map<Integer, String> missing) {
        return (cp, text) -> missing.putIfAbsent(cp, text.codePointCount(0, text.length()) > 30
                ? text.substring(0, text.offsetByCodePoints(0, 30)) + "…" : text);
    }

    /**
     * The lines of the document's 目次 with the pages this writer's PDF prints for them (章, 節 and 附則, or the
     * titled items of a document without 節); none when the PDF has no 目次, or a 目次 without page numbers (a
     * rule's, which the Word writer takes from {@link jp.policygen.policy.RuleContents} as this writer does). The
     * Word writer fills its own 目次 with them. The layout is done once per document object: {@link #write} of the same object, before or
     * after and on any thread, reuses it.
     */
    @Override
    public List<ContentsEntry> contents(Document document) throws IOException {
        List<TableOfContents.Entry> entries = contentsOf(document);
        if (entries.isEmpty() || document.isRule()) {
            return List.of();
        }
        int[] pages = firstLayout(document, entries);
        List<ContentsEntry> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            TableOfContents.Entry e = entries.get(i);
            out.add(new ContentsEntry(e.section(), e.depth(), e.heading(), pages[i]));
        }
        return out;
    }

    /**
     * The 目次 entries the PDF prints: none for a document without front matter or with too few headings; a rule's
     * 章 and 節 with their articles (none for a rule without 章), see {@link TableOfContents#ruleEntries}.
     */
    private static List<TableOfContents.Entry> contentsOf(Document document) {
        if (document.isRule()) {
            return TableOfContents.ruleEntries(document);
        }
        List<TableOfContents.Entry> entries = TableOfContents.entries(document.sections());
        return entries.size() < TableOfContents.MIN_ENTRIES || !document.hasFrontMatter() ? List.of() : entries;
    }

    /**
     * The pages of the 目次 entries after a rendering with stand-in numbers, thrown away (see {@link #layOut}),
     * done once per document object: a second caller, on any thread, waits for the first's. Characters no font
     * has are reported by the rendering that writes the PDF, which meets the same ones.
     */
    private int[] firstLayout(Document document, List<TableOfContents.Entry> entries) throws IOException {
        CompletableFuture<int[]> mine = new CompletableFuture<>();
        CompletableFuture<int[]> earlier;
        synchronized (laidOut) {
            earlier = laidOut.putIfAbsent(new Same(document), mine);
        }
        if (earlier != null) {
            try {
                return earlier.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            int[] pages = render(document, entries, null, OutputStream.nullOutputStream(), (cp, text) -> { }, true);
            mine.complete(pages);
            return pages;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            synchronized (laidOut) {
                laidOut.remove(new Same(document));
            }
            throw e;
        }
    }

    private void layOut(Document document, OutputStream out, Map<Integer, String> missing) throws IOException {
        BiConsumer<Integer, String> report = collect(missing);
        List<TableOfContents.Entry> entries = contentsOf(document);
        if (entries.isEmpty() || document.isRule()) {
            // no 目次, or a rule's, which prints no page numbers: one rendering
            render(document, entries, null, out, report, false);
            return;
        }
        // The 目次 prints the page of each heading, known only once the document is laid out with the 目次 in
        // it. Its layout does not depend on the numbers it shows (see TableOfContents), so a first rendering with
        // stand-in numbers, thrown away, puts every heading where the final one will: its pages are kept (or
        // taken from contents(), which did that rendering for the Word file). The second prints them and is
        // checked all the same; should a heading have moved, a third prints where.
        // That first rendering is only laid out: unembedded fonts of the same metrics, no compression.
        int[] pages = firstLayout(document, entries);
        for (int pass = 2; pass <= MAX_PASSES; pass++) {
            ByteArrayOutputStream rendered = new ByteArrayOutputStream();
            int[] landed = render(document, entries, pages, rendered, report, false);
            if (Arrays.equals(landed, pages)) {
                rendered.writeTo(out);
                return;
            }
            pages = landed;
        }
        throw new IllegalStateException("目次のページ番号が" + MAX_PASSES + "回の組版で定まりません: " + document.title());
    }

    /**
     * Lays the document out once and writes it to {@code out}.
     *
     * @param contents the entries of the 目次, or none for a document without one
     * @param pages    the page numbers the 目次 prints, in the order of {@code contents}; null to leave them out
     * @param layoutOnly true for a rendering that is thrown away, made only to learn the pages
     * @return the page on which each entry's heading landed, in the order of {@code contents}
     */
    private int[] render(Document document, List<TableOfContents.Entry> contents, int[] pages, OutputStream out,
                         BiConsumer<Integer, String> missing, boolean layoutOnly) throws IOException {
        PdfFonts.Faces faces = layoutOnly ? fonts().layoutFaces() : fonts().faces();
        Styles styles = new Styles(faces.mincho(), faces.gothic(), faces.fallbacks(), missing);
        // a rendering only laid out is neither described nor subset: its identity would serve nothing
        DocumentIdentity identity = layoutOnly ? null : DocumentIdentity.of(document, faces.key());
        if (!layoutOnly) {
            faces.fixSubsetTags(identity);
        }

        // landscape as a wide MediaBox rather than A4 with /Rotate, so every tool sees the page the same way
        Rectangle size = document.info().landscape()
                ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4;
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(size, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            // tagged: every document gets a structure tree, for screen readers (see Tags); a rendering only laid
            // out to learn the pages gets none (marked content moves nothing on the page)
            LineTaggingDocument lines = new LineTaggingDocument();
            com.lowagie.text.pdf.PdfWriter writer = LineTaggingDocument.writer(pdf, out, lines);
            Tags tags = new Tags(pdf, writer, lines, !layoutOnly);
            writer.setCloseStream(false); // the caller opened the stream and closes it
            if (layoutOnly) {
                writer.setCompressionLevel(PdfStream.NO_COMPRESSION);
            } else {
                describe(pdf, writer, document, identity);
            }
            Set<String> targets = contents.stream().map(e -> Bookmarks.key(e.index())).collect(Collectors.toSet());
            Bookmarks bookmarks = new Bookmarks(targets);
            if (!layoutOnly) {
                // running header and footer: drawn in the margins, they move nothing in the text area
                writer.setPageEvent(new PageDecorations(document.title(), document.info().marking(), styles, tags));
            }
            writer.setPageEvent(bookmarks);
            TableOfContents toc = null;
            if (!contents.isEmpty()) {
                toc = new TableOfContents(pdf, styles, contents, pages, tags, !document.isRule());
                writer.setPageEvent(toc);
            }

            pdf.open();
            if (document.isRule()) {
                new CoverPage(pdf, writer, styles, tags).renderRule(document.ruleTitle(), document.info());
            } else if (document.hasFrontMatter()) {
                new CoverPage(pdf, writer, styles, tags).render(document.title(), document.info());
            }
            if (toc != null) {
                toc.render();
            }
            new BodyRenderer(pdf, writer, styles, bookmarks, tags).render(document.sections());
            if (layoutOnly) {
                // every line is written by now (Tags flushes after each element), so every heading has reported
                // its page; closing would only write the page tree, outlines and cross-references of a throwaway
                lines.flush();
            } else {
                pdf.close();
            }
            return contents.stream().mapToInt(e -> bookmarks.page(Bookmarks.key(e.index()))).toArray();
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
