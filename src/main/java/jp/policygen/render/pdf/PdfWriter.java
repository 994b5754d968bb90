package jp.policygen.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
    private final RenderOptions options;
    private final Warnings warnings;
    private final FontLocator locator;
    /** False for a writer that only gives Word 目次 their pages ({@link #pagesOnly}). */
    private final boolean writes;
    private PdfFonts fonts;
    /**
     * The renderings of the documents with a page-numbered 目次 done last, by document object: the Word writer's 目次
     * and the PDF are one rendering, whichever thread asks first (generate may write a body's PDFs on a thread of
     * their own). The PDF is kept until it is written, the pages a while longer. A few documents are kept, enough
     * for the ones being written at a time.
     */
    private final Map<Same, CompletableFuture<Rendering>> laidOut = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Same, CompletableFuture<Rendering>> eldest) {
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
        this(options, warnings, locator, true);
    }

    private PdfWriter(RenderOptions options, Warnings warnings, FontLocator locator, boolean writes) {
        this.options = options;
        this.warnings = warnings;
        this.locator = locator;
        this.writes = writes;
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
        List<TableOfContents.Entry> entries = contentsOf(document);
        Rendering done;
        if (entries.isEmpty() || document.isRule()) {
            // no 目次, or a rule's, which prints no page numbers and stays on the page of the 題名
            ByteArrayOutputStream rendered = new ByteArrayOutputStream();
            Map<Integer, String> missing = new TreeMap<>();
            render(document, entries, rendered, collect(missing), false, 0);
            done = new Rendering(rendered.toByteArray(), null, missing);
        } else {
            done = once(document, entries, true);
            if (done.pdf() == null) {
                done = rendering(document, entries, false);
            }
            forget(document, done);
        }
        out.write(done.pdf());
        done.missing().forEach((cp, context) -> warnings.missingCharacter(cp, context));
    }

    /**
     * A writer that only gives a Word 目次 its pages and writes no PDF (a Word file asked for without its PDF): its
     * layout is not embedded, subset, compressed or tagged, as nothing of it is kept but the pages.
     */
    public static ContentsPages pagesOnly(RenderOptions options) {
        return new PdfWriter(options, Warnings.NONE, FontLocator.system(), false);
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
     * Word writer fills its own 目次 with them. The PDF is rendered once per document object: {@link #write} of the
     * same object, before or after and on any thread, takes the PDF (or the pages) of the same rendering.
     */
    @Override
    public List<ContentsEntry> contents(Document document) throws IOException {
        List<TableOfContents.Entry> entries = contentsOf(document);
        if (entries.isEmpty() || document.isRule()) {
            return List.of();
        }
        int[] pages = once(document, entries, writes).pages();
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
     * A rendering of a document with a page-numbered 目次: the PDF (null when only laid out) with the characters no
     * font had, and the page each 目次 entry's heading landed on.
     */
    private record Rendering(byte[] pdf, int[] pages, Map<Integer, String> missing) {
    }

    /**
     * The rendering of a document with a page-numbered 目次, done once per document object: a second caller, on any
     * thread, waits for the first's and takes it.
     *
     * @param full whether the caller needs the PDF itself, not only the pages (a writer that writes PDFs renders
     *             the PDF either way: its Word 目次 and its PDF come from the same rendering)
     */
    private Rendering once(Document document, List<TableOfContents.Entry> entries, boolean full) throws IOException {
        CompletableFuture<Rendering> mine = new CompletableFuture<>();
        CompletableFuture<Rendering> earlier;
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
            Rendering done = rendering(document, entries, !full);
            mine.complete(done);
            return done;
        } catch (IOException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            synchronized (laidOut) {
                laidOut.remove(new Same(document));
            }
            throw e;
        }
    }

    /** Keeps only the pages of a document's rendering once its PDF is written: a Word 目次 may still ask for them. */
    private void forget(Document document, Rendering done) {
        synchronized (laidOut) {
            laidOut.put(new Same(document), CompletableFuture.completedFuture(new Rendering(null, done.pages(), Map.of())));
        }
    }

    /**
     * Renders a document with a page-numbered 目次 once. The 目次 prints the page of each heading, known only once
     * the body is laid out, and the body's pages are numbered past the 目次's. The 目次's layout does not depend on
     * the numbers it shows (see TableOfContents), so it is laid out alone with stand-in numbers to count its pages
     * (a few pages, not embedded); then the cover and 改定履歴 are written, the body, and the 目次 with the pages
     * the headings landed on, and the 目次's pages are put in front of the body's. Should the 目次 take another
     * number of pages than counted (it never has), the document is rendered again with that number.
     *
     * @param layoutOnly true to learn the pages only: no PDF is kept
     */
    private Rendering rendering(Document document, List<TableOfContents.Entry> entries, boolean layoutOnly)
            throws IOException {
        Map<Integer, String> missing = new TreeMap<>();
        int contentsPages = contentsPageCount(document, entries);
        for (int pass = 1; ; pass++) {
            ByteArrayOutputStream rendered = layoutOnly ? null : new ByteArrayOutputStream();
            try {
                int[] pages = render(document, entries,
                        layoutOnly ? OutputStream.nullOutputStream() : rendered, collect(missing), layoutOnly,
                        contentsPages);
                return new Rendering(layoutOnly ? null : rendered.toByteArray(), pages, missing);
            } catch (ContentsMiscounted e) {
                if (pass == 2) {
                    throw new IllegalStateException("目次のページ数が定まりません: " + document.title());
                }
                contentsPages = e.pages;
                missing.clear();
            }
        }
    }

    /** The 目次 took another number of pages than counted ahead. */
    private static final class ContentsMiscounted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int pages;

        ContentsMiscounted(int pages) {
            super(null, null, false, false);
            this.pages = pages;
        }
    }

    /**
     * How many pages the 目次 takes: laid out alone from the top of a page of the document's size, with stand-in
     * numbers, in faces of the same metrics that are not embedded, its lines measured and not written (see
     * {@link TableOfContents#pageCount}), and thrown away.
     */
    private int contentsPageCount(Document document, List<TableOfContents.Entry> entries) throws IOException {
        PdfFonts.Faces faces = fonts().layoutFaces();
        Styles styles = new Styles(faces.mincho(), faces.gothic(), faces.fallbacks(), (cp, text) -> { });
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(pageSize(document), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            LineTaggingDocument lines = new LineTaggingDocument();
            com.lowagie.text.pdf.PdfWriter writer = LineTaggingDocument.writer(pdf, OutputStream.nullOutputStream(), lines);
            Tags tags = new Tags(pdf, writer, lines, false);
            writer.setCompressionLevel(PdfStream.NO_COMPRESSION);
            pdf.open();
            return new TableOfContents(pdf, styles, entries, null, tags, true).pageCount(writer);
        } catch (DocumentException e) {
            throw new IOException("PDFを作成できません: " + e.getMessage(), e);
        }
    }

    /**
     * The pages counted ahead for the page-numbered 目次 of a document: when the count is wrong the document is
     * rendered a second time, so PdfWriterContentsTest holds it to the 目次's pages in the file.
     */
    int contentsPageCount(Document document) throws IOException {
        return contentsPageCount(document, contentsOf(document));
    }

    /** Landscape as a wide MediaBox rather than A4 with /Rotate, so every tool sees the page the same way. */
    private static Rectangle pageSize(Document document) {
        return document.info().landscape() ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4;
    }

    /**
     * Lays the document out once and writes it to {@code out}.
     *
     * @param contents      the entries of the 目次, or none for a document without one
     * @param layoutOnly    true for a rendering that is thrown away, made only to learn the pages (no 目次 is then
     *                      written, only the pages its entries point to)
     * @param contentsPages for a page-numbered 目次 (a booklet's), the pages it takes: it is written after the body and
     *                      put in front of it; 0 for none or a rule's, written where it stands
     * @return the page on which each entry's heading landed in the finished file, in the order of {@code contents}
     */
    private int[] render(Document document, List<TableOfContents.Entry> contents, OutputStream out,
                         BiConsumer<Integer, String> missing, boolean layoutOnly, int contentsPages)
            throws IOException {
        PdfFonts.Faces faces = layoutOnly ? fonts().layoutFaces() : fonts().faces();
        Styles styles = new Styles(faces.mincho(), faces.gothic(), faces.fallbacks(), missing);
        // a rendering only laid out is neither described nor subset: its identity would serve nothing
        DocumentIdentity identity = layoutOnly ? null : DocumentIdentity.of(document, faces.key());
        if (!layoutOnly) {
            faces.fixSubsetTags(identity);
        }
        boolean numbered = !contents.isEmpty() && !document.isRule();

        com.lowagie.text.Document pdf = new com.lowagie.text.Document(pageSize(document), MARGIN, MARGIN, MARGIN, MARGIN);
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
                // object streams and a cross-reference stream (PDF 1.5, which the file already declares for its
                // tags): OpenPDF writes each entry of a classic xref table with a String.format of its own, a
                // twentieth of a batch's CPU for the thousands of objects of a tagged PDF; the file gets smaller too
                writer.setFullCompression();
            }
            Set<String> targets = contents.stream().map(e -> Bookmarks.key(e.index())).collect(Collectors.toSet());
            Bookmarks bookmarks = new Bookmarks(targets);
            PageDecorations decorations = null;
            if (!layoutOnly) {
                // running header and footer: drawn in the margins, they move nothing in the text area
                decorations = new PageDecorations(document.title(), document.info().marking(), styles, tags);
                writer.setPageEvent(decorations);
            }
            writer.setPageEvent(bookmarks);
            // a rule's 目次 is written where it stands; a booklet's after the body (none when only laid out)
            TableOfContents toc = contents.isEmpty() || numbered && layoutOnly ? null
                    : new TableOfContents(pdf, styles, contents, null, tags, numbered);
            if (toc != null) {
                writer.setPageEvent(toc);
            }

            pdf.open();
            if (numbered) {
                // one /Pages node for all pages, which PdfWriter.reorderPages requires
                writer.setLinearPageMode();
            }
            if (document.isRule()) {
                new CoverPage(pdf, writer, styles, tags).renderRule(document.ruleTitle(), document.info());
            } else if (document.hasFrontMatter()) {
                new CoverPage(pdf, writer, styles, tags).render(document.title(), document.info());
            }
            int front = writer.getPageNumber() - 1; // the cover and 改定履歴, which end with a page break
            if (toc != null && !numbered) {
                toc.render(); // a rule's, on the page of its 題名
            } else if (toc != null) {
                toc.reserve(); // a screen reader reads the 目次 here, before the body
            }
            new BodyRenderer(pdf, writer, styles, bookmarks, tags).render(document.sections());
            int[] pages = new int[contents.size()];
            for (int i = 0; i < pages.length; i++) {
                int written = bookmarks.page(Bookmarks.key(contents.get(i).index()));
                pages[i] = numbered && written > front ? written + contentsPages : written;
            }
            if (layoutOnly) {
                // every line is written by now (Tags flushes after each element), so every heading has reported
                // its page; closing would only write the page tree, outlines and cross-references of a throwaway
                lines.flush();
                return pages;
            }
            if (numbered) {
                pdf.newPage();
                int bodyEnd = writer.getPageNumber() - 1;
                toc.render(pages);
                int total = writer.getPageNumber() - 1;
                if (total - bodyEnd != contentsPages) {
                    throw new ContentsMiscounted(total - bodyEnd);
                }
                int[] order = order(front, bodyEnd, total);
                writer.reorderPages(order);
                decorations.reorder(order);
            }
            pdf.close();
            return pages;
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

    /**
     * The order of the pages in the file, as PdfWriter.reorderPages takes it (the page written k-th, from 1, for
     * each place): the cover and 改定履歴 ({@code front} pages), then the 目次, written last, then the body.
     */
    static int[] order(int front, int bodyEnd, int total) {
        int[] order = new int[total];
        int k = 0;
        for (int p = 1; p <= front; p++) {
            order[k++] = p;
        }
        for (int p = bodyEnd + 1; p <= total; p++) {
            order[k++] = p;
        }
        for (int p = front + 1; p <= bodyEnd; p++) {
            order[k++] = p;
        }
        return order;
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
