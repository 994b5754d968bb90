package com.lowagie.text.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;

/**
 * policygen's hook into OpenPDF for tagged PDF. OpenPDF 2.0 writes marked content only where the caller draws
 * on a canvas itself ({@link PdfContentByte#beginMarkedContentSequence(PdfStructureElement)}); the text that
 * {@code Document.add} lays out (paragraphs, table cells through ColumnText) is written line by line by the
 * package-private {@link PdfDocument#writeLineToContent}. This subclass, which has to live in OpenPDF's package
 * to override it, wraps every line it writes in a marked-content sequence of the structure element the
 * {@link Marker} names for it, so each line of text belongs to its paragraph, heading, list item or cell.
 * Nothing else of OpenPDF is changed: the layout is the same as without it.
 */
public class LineTaggingDocument extends PdfDocument {

    /** Says which structure element a line belongs to; null leaves it unmarked. */
    public interface Marker {
        /**
         * @param tags the generic tags of the line's chunks (Chunk.setGenericTag), in order
         * @param body whether the line is body text of the page (not a table cell or drawn text)
         * @return the element, or null
         */
        PdfStructureElement element(List<String> tags, boolean body);

        /** Whether the line is an artifact (running header, footer): marked /Artifact, outside the structure. */
        boolean artifact();
    }

    private static final PdfName ARTIFACT = new PdfName("Artifact");

    private Marker marker;

    /** A writer on a new document of this class, as PdfWriter.getInstance makes one on a plain PdfDocument. */
    public static PdfWriter writer(Document document, OutputStream out, LineTaggingDocument tagging)
            throws DocumentException {
        document.addDocListener(tagging);
        PdfWriter writer = new PdfWriter(tagging, out);
        tagging.addWriter(writer);
        return writer;
    }

    public void setMarker(Marker marker) {
        this.marker = marker;
    }

    /**
     * Writes the lines laid out so far: called after each element so that a line is written while the element
     * it belongs to is still the one the marker names.
     */
    public void flush() throws DocumentException {
        flushLines();
    }

    @Override
    void writeLineToContent(PdfLine line, PdfContentByte text, PdfContentByte graphics, Object[] currentValues,
                            float ratio) throws DocumentException {
        if (marker == null || line.size() == 0) {
            super.writeLineToContent(line, text, graphics, currentValues, ratio);
            return;
        }
        if (marker.artifact()) {
            text.beginMarkedContentSequence(ARTIFACT);
            super.writeLineToContent(line, text, graphics, currentValues, ratio);
            text.endMarkedContentSequence();
            return;
        }
        List<String> tags = new ArrayList<>();
        for (Iterator<?> i = line.iterator(); i.hasNext(); ) {
            Object tag = ((PdfChunk) i.next()).getAttribute(Chunk.GENERICTAG);
            if (tag instanceof String s) {
                tags.add(s);
            }
        }
        PdfStructureElement element = marker.element(tags, text == this.text);
        if (element == null) {
            super.writeLineToContent(line, text, graphics, currentValues, ratio);
            return;
        }
        text.beginMarkedContentSequence(element);
        super.writeLineToContent(line, text, graphics, currentValues, ratio);
        text.endMarkedContentSequence();
    }
}
