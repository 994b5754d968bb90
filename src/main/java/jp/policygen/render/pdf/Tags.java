package jp.policygen.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.LineTaggingDocument;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.SetParagraph;
import com.lowagie.text.pdf.SetTable;

/**
 * The structure tree of a tagged PDF, built while the document is laid out, for screen readers (JIS X 8341-3
 * practice for a body's published documents): Document, then H1 (the title) … H6 by nesting, P, L / LI /
 * LBody, Table / TR / TH / TD, TOC / TOCI, in reading order. The renderers say what they are about to add
 * ({@link #add}, {@link #table}); {@link LineTaggingDocument} marks each line written with the element it
 * belongs to. Running headers and footers are artifacts.
 */
final class Tags implements LineTaggingDocument.Marker {
    static final String CELL_TAG = "cell-";

    private final Document pdf;
    private final PdfWriter writer;
    private final LineTaggingDocument lines;
    private final Deque<PdfStructureElement> parents = new ArrayDeque<>();
    /** Table cells and 目次 lines by the generic tag on their first chunk. */
    private final Map<String, PdfStructureElement> tagged = new HashMap<>();
    private final boolean structure;
    private PdfStructureElement current;
    private PdfStructureElement cell;
    private boolean inTable;
    private int artifact;
    private int nextCell;

    Tags(Document pdf, PdfWriter writer, LineTaggingDocument lines) {
        this(pdf, writer, lines, true);
    }

    /**
     * @param structure false for a rendering only laid out (to learn where headings land): the same calls lay
     *                  the same lines out, but no structure tree is made and no line is marked
     */
    Tags(Document pdf, PdfWriter writer, LineTaggingDocument lines, boolean structure) {
        this.pdf = pdf;
        this.writer = writer;
        this.lines = lines;
        this.structure = structure;
        if (structure) {
            writer.setTagged();
            lines.setMarker(this);
        }
    }

    /** The element new ones go under; the Document element is made with the first (the PDF is open by then). */
    private PdfStructureElement parent() {
        if (!structure) {
            return null;
        }
        if (parents.isEmpty()) {
            parents.push(new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT));
        }
        return parents.peek();
    }

    /** Adds the element to the document as one structure element of the given role (P, H2, …). */
    void add(String role, Element element) throws DocumentException {
        add(element(role), element);
    }

    /**
     * Adds the element to the document as the given structure element, one made by {@link #reserve} (null without a
     * structure tree).
     */
    void add(PdfStructureElement structure, Element element) throws DocumentException {
        current = structure;
        try {
            pdf.add(element);
            lines.flush();
        } finally {
            current = null;
        }
    }

    /**
     * Adds a paragraph whose lines are set directly ({@link LineTaggingDocument#addParagraph}) as one structure element
     * of the given role.
     */
    void add(String role, SetParagraph paragraph) throws DocumentException {
        current = element(role);
        try {
            lines.addParagraph(paragraph);
            lines.flush();
        } finally {
            current = null;
        }
    }

    /** Runs {@code drawing} (text drawn at fixed places, the cover) as one structure element of the role. */
    void draw(String role, Drawing drawing) throws DocumentException {
        current = element(role);
        try {
            drawing.run();
        } finally {
            current = null;
        }
    }

    /** Starts a grouping element (L, TOC, …): what is added until {@link #close} goes under it. */
    void open(String role) {
        if (structure) {
            parents.push(element(role));
        }
    }

    /** Starts a grouping element made earlier by {@link #reserve}: what is added until {@link #close} goes under it. */
    void open(PdfStructureElement element) {
        if (structure) {
            parents.push(element);
        }
    }

    /**
     * Elements of the roles made now, in this place of the reading order, for content laid out later (the 目次, whose
     * pages are written after the body's and put in front of them): a screen reader reads them where they are made.
     * Nulls without a structure tree.
     */
    PdfStructureElement[] reserve(String... roles) {
        PdfStructureElement[] out = new PdfStructureElement[roles.length];
        for (int i = 0; i < roles.length; i++) {
            out[i] = element(roles[i]);
        }
        return out;
    }

    void close() {
        if (structure) {
            parents.pop();
        }
    }

    /** A new element of the role under the current parent; none without a structure tree. */
    private PdfStructureElement element(String role) {
        return structure ? new PdfStructureElement(parent(), new PdfName(role)) : null;
    }

    /** A Table element with a TR per row and a TH/TD per cell, whose first chunks carry {@link #cellTag}s. */
    void table(PdfPTable table) throws DocumentException {
        inTable(() -> pdf.add(table));
    }

    /**
     * A table set directly ({@link LineTaggingDocument#addTable}), tagged as {@link #table(PdfPTable)} tags one: its
     * cells' first pieces carry {@link #cellTag}s.
     */
    void table(SetTable table) throws DocumentException {
        inTable(() -> lines.addTable(table));
    }

    /** Adding a table, which may fail as OpenPDF's add does. */
    private interface TableAdding {
        void add() throws DocumentException;
    }

    /** Adds a table with the lines before it flushed, its cells tagged while it is added. */
    private void inTable(TableAdding adding) throws DocumentException {
        inTable = true;
        try {
            lines.flush();
            adding.add();
            lines.flush();
        } finally {
            inTable = false;
            cell = null;
        }
    }

    /** A table element under the current parent, for {@link TableRenderer} to fill with rows. */
    PdfStructureElement tableElement(String role) {
        return element(role);
    }

    /** A row of a table element; none without a structure tree (null table). */
    static PdfStructureElement row(PdfStructureElement table) {
        return table == null ? null : new PdfStructureElement(table, new PdfName("TR"));
    }

    /** A cell (TH or TD) of a row, and the tag to put on the first chunk of its text. */
    String cellTag(PdfStructureElement row, boolean header) {
        String tag = CELL_TAG + nextCell++;
        if (structure) {
            tagged.put(tag, new PdfStructureElement(row, new PdfName(header ? "TH" : "TD")));
        }
        return tag;
    }

    /** An element (TOCI) whose text starts with a chunk carrying {@code tag}. */
    void taggedElement(String role, String tag) {
        if (structure) {
            tagged.put(tag, element(role));
        }
    }

    /** Runs the drawing of a running header or footer, marked as an artifact. */
    void artifact(Runnable drawing) {
        artifact++;
        try {
            drawing.run();
        } finally {
            artifact--;
        }
    }

    @Override
    public boolean artifact() {
        return artifact > 0;
    }

    @Override
    public PdfStructureElement element(List<String> tags, boolean body) {
        for (String tag : tags) {
            PdfStructureElement e = tagged.get(tag);
            if (e != null) {
                cell = e;
                return e;
            }
        }
        if (!body && cell != null) {
            return cell; // the later lines of a cell, or a 目次 line's page number
        }
        return current;
    }

    /** Puts the tag on the first chunk of a paragraph's text (one that has no tag of its own yet). */
    static void tagFirstChunk(com.lowagie.text.Paragraph p, String tag) {
        for (Element e : p) {
            if (e instanceof Chunk c) {
                if (c.getChunkAttributes() == null || !c.getChunkAttributes().containsKey(Chunk.GENERICTAG)) {
                    c.setGenericTag(tag);
                }
                return;
            }
        }
    }

    @FunctionalInterface
    interface Drawing {
        void run() throws DocumentException;
    }
}
