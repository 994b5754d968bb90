package com.lowagie.text.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;

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
    /** The glyph cache of the paragraphs set directly (one per rendering, as this document is). */
    private SetParagraph.Glyphs glyphs;
    /** The glyphs each font of this document already records for subsetting, so each is recorded once. */
    private final Map<FontDetails, java.util.BitSet> recorded = new IdentityHashMap<>();

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

    /**
     * Adds a paragraph whose lines are set by {@link SetLine} instead of OpenPDF's chunks: the same steps as
     * PdfDocument.add does for a Paragraph (spacing, the orphan check, indentation, page events, page breaks by
     * OpenPDF's own carriageReturn), with each chunk's text added as OpenPDF's PdfLine.add would add it.
     */
    public void addParagraph(SetParagraph paragraph) throws DocumentException {
        if (writer != null && writer.isPaused()) {
            return;
        }
        try {
            leadingCount++;
            addSpacing(paragraph.spacingBefore(), leading, paragraph.font());
            alignment = paragraph.alignment();
            leading = paragraph.leading();
            carriageReturn();
            if (currentHeight + line.height() + leading > indentTop() - indentBottom()) {
                newPage();
            }
            indentation.indentLeft += paragraph.indentLeft();
            indentation.indentRight += 0f;
            carriageReturn();
            PdfPageEvent pageEvent = writer.getPageEvent();
            if (pageEvent != null && !isSectionTitle) {
                pageEvent.onParagraph(writer, this, indentTop() - currentHeight);
            }
            line.setExtraIndent(paragraph.firstLineIndent());
            Map<BaseFont, PdfFont> fonts = new IdentityHashMap<>();
            for (SetParagraph.Piece piece : paragraph.pieces()) {
                if (line == null) {
                    carriageReturn();
                }
                char[] chars = piece.text().toCharArray();
                PdfFont font = fonts.computeIfAbsent(piece.font(), f -> new PdfFont(f, piece.size()));
                if (font.size() != piece.size()) {
                    font = new PdfFont(piece.font(), piece.size());
                }
                SetLine.Part chunk = new SetLine.Part(piece, chars, font, 0, chars.length);
                SetLine.Part overflow;
                while ((overflow = setLine(paragraph).add(chunk)) != null) {
                    carriageReturn();
                    chunk = overflow;
                    chunk.trimFirstSpace();
                }
                setPageEmpty(false);
            }
            carriageReturn();
            addSpacing(paragraph.spacingAfter(), paragraph.leading(), paragraph.font());
            if (pageEvent != null && !isSectionTitle) {
                pageEvent.onParagraphEnd(writer, this, indentTop() - currentHeight);
            }
            alignment = Element.ALIGN_LEFT;
            indentation.indentLeft -= paragraph.indentLeft();
            indentation.indentRight -= 0f;
            carriageReturn();
            leadingCount--;
            lastElementType = Element.PARAGRAPH;
        } catch (Exception e) {
            throw new DocumentException(e);
        }
    }

    /**
     * Adds a table whose cells are set by {@link SetTable} instead of OpenPDF's PdfPTable: the same steps as
     * PdfDocument.add does for a PdfPTable (the line before it ended and written, the table from the current position
     * over as many pages as it needs, a new line after it).
     */
    public void addTable(SetTable table) throws DocumentException {
        if (writer != null && writer.isPaused()) {
            return;
        }
        try {
            // a table of header rows only adds nothing (PdfDocument.add)
            if (table.size() > table.headerRows()) {
                ensureNewLine();
                flushLines();
                glyphs = table.glyphs();
                table.add(this);
                setPageEmpty(false);
                newLine();
            }
            lastElementType = Element.PTABLE;
        } catch (Exception e) {
            throw new DocumentException(e);
        }
    }

    /** The current line as one of ours (a fresh line of OpenPDF's is replaced by one at its place). */
    private SetLine setLine(SetParagraph paragraph) {
        if (!(line instanceof SetLine)) {
            line = new SetLine(line, paragraph.splitter(), paragraph.glyphs());
            glyphs = paragraph.glyphs();
        }
        return (SetLine) line;
    }

    @Override
    void writeLineToContent(PdfLine line, PdfContentByte text, PdfContentByte graphics, Object[] currentValues,
                            float ratio) throws DocumentException {
        if (line instanceof SetLine set) {
            PdfStructureElement element = null;
            if (marker != null) {
                List<String> tags = new ArrayList<>();
                for (SetLine.Part part : set.parts) {
                    if (part.piece.tag() != null) {
                        tags.add(part.piece.tag());
                    }
                }
                element = marker.element(tags, text == this.text);
            }
            if (element == null) {
                writeSetLine(set, text, graphics, currentValues, ratio);
                return;
            }
            text.beginMarkedContentSequence(element);
            writeSetLine(set, text, graphics, currentValues, ratio);
            text.endMarkedContentSequence();
            return;
        }
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

    /**
     * PdfDocument.writeLineToContent for a line of ours: the same justification (character and word spacing from
     * the width left, the last line of a paragraph with the spacing of the line before when it fits), underlines,
     * generic tag events and text operators, in the same order, for the only attributes our pieces carry.
     */
    private void writeSetLine(SetLine line, PdfContentByte text, PdfContentByte graphics, Object[] currentValues,
                              float ratio) {
        PdfFont currentFont = (PdfFont) (currentValues[0]);
        float lastBaseFactor = (Float) (currentValues[1]);
        List<SetLine.Part> parts = line.parts;
        int size = parts.size();
        float hangingCorrection = 0;
        float hScale = 1;
        float lastHScale = Float.NaN;
        float baseWordSpacing = 0;
        float baseCharacterSpacing = 0;
        int numberOfSpaces = 0;
        int lineLen = 0;
        for (SetLine.Part part : parts) {
            numberOfSpaces += part.spaces();
            lineLen += part.lengthUtf32();
        }
        boolean isJustified = line.hasToBeJustified() && (numberOfSpaces != 0 || lineLen > 1);
        if (isJustified) {
            if (line.isNewlineSplit() && line.widthLeft() >= (lastBaseFactor * (ratio * numberOfSpaces + lineLen
                    - 1))) {
                baseWordSpacing = ratio * lastBaseFactor;
                baseCharacterSpacing = lastBaseFactor;
            } else {
                float width = line.widthLeft();
                SetLine.Part last = parts.get(size - 1);
                char c;
                if (last.length() > 0 && hangingPunctuation.indexOf((c = last.text[last.end - 1])) >= 0) {
                    float oldWidth = width;
                    width += last.font.width(c) * 0.4f;
                    hangingCorrection = width - oldWidth;
                }
                float baseFactor = (numberOfSpaces == 0 && ratio == PdfWriter.NO_SPACE_CHAR_RATIO)
                        ? 0f : width / (ratio * numberOfSpaces + lineLen - 1);
                baseWordSpacing = ratio * baseFactor;
                baseCharacterSpacing = baseFactor;
                lastBaseFactor = baseFactor;
            }
        }
        int lastChunkStroke = size - 1;
        while (lastChunkStroke >= 0 && !parts.get(lastChunkStroke).stroked()) {
            lastChunkStroke--;
        }
        float xMarker = text.getXTLM();
        float yMarker = text.getYTLM();
        for (int i = 0; i < size; i++) {
            SetLine.Part chunk = parts.get(i);
            SetParagraph.Piece piece = chunk.piece;
            String value = chunk.value();
            if (i <= lastChunkStroke) {
                float width = line.width(chunk);
                if (isJustified) {
                    width = width + (value.length() * baseCharacterSpacing + chunk.spaces() * baseWordSpacing);
                }
                if (chunk.stroked()) {
                    SetLine.Part nextChunk = i + 1 < size ? parts.get(i + 1) : null;
                    if (piece.underlines() != null) {
                        float subtract = lastBaseFactor;
                        if (nextChunk != null && nextChunk.piece.underlines() != null) {
                            subtract = 0;
                        }
                        if (nextChunk == null) {
                            subtract += hangingCorrection;
                        }
                        for (float[] ps : piece.underlines()) {
                            float fsize = chunk.font.size();
                            graphics.setLineWidth(ps[0] + fsize * 0f);
                            float shift = ps[1] + fsize * 0f;
                            graphics.moveTo(xMarker, yMarker + shift);
                            graphics.lineTo(xMarker + width - subtract, yMarker + shift);
                            graphics.stroke();
                        }
                        graphics.setLineWidth(1);
                    }
                    if (piece.tag() != null) {
                        float subtract = lastBaseFactor;
                        if (nextChunk != null && nextChunk.piece.tag() != null) {
                            subtract = 0;
                        }
                        if (nextChunk == null) {
                            subtract += hangingCorrection;
                        }
                        com.lowagie.text.Rectangle rect = new com.lowagie.text.Rectangle(xMarker, yMarker,
                                xMarker + width - subtract, yMarker + chunk.font.size());
                        PdfPageEvent pev = writer.getPageEvent();
                        if (pev != null) {
                            pev.onGenericTag(writer, this, rect, piece.tag());
                        }
                    }
                }
                xMarker += width;
            }
            if (chunk.font.compareTo(currentFont) != 0) {
                currentFont = chunk.font;
                text.setFontAndSize(currentFont.getFont(), currentFont.size());
            }
            if (isJustified && numberOfSpaces > 0) {
                // Identity-H: the word spacing operator does not apply, spaces are widened in a TJ array
                if (hScale != lastHScale) {
                    lastHScale = hScale;
                    text.setWordSpacing(baseWordSpacing / hScale);
                    text.setCharacterSpacing(baseCharacterSpacing / hScale + text.getCharacterSpacing());
                }
                int idx = value.indexOf(' ');
                if (idx < 0) {
                    showText(text, chunk, value);
                } else {
                    float spaceCorrection = -baseWordSpacing * 1000f / chunk.font.size() / hScale;
                    PdfTextArray textArray = new PdfTextArray();
                    textArray.add(value.substring(0, idx));
                    int lastIdx = idx;
                    while ((idx = value.indexOf(' ', lastIdx + 1)) >= 0) {
                        textArray.add(spaceCorrection);
                        textArray.add(value.substring(lastIdx, idx));
                        lastIdx = idx;
                    }
                    textArray.add(spaceCorrection);
                    textArray.add(value.substring(lastIdx));
                    text.showText(textArray);
                }
            } else {
                if (isJustified && hScale != lastHScale) {
                    lastHScale = hScale;
                    text.setWordSpacing(baseWordSpacing / hScale);
                    text.setCharacterSpacing(baseCharacterSpacing / hScale + text.getCharacterSpacing());
                }
                showText(text, chunk, value);
            }
        }
        if (isJustified) {
            text.setWordSpacing(0);
            text.setCharacterSpacing(0);
            if (line.isNewlineSplit()) {
                lastBaseFactor = 0;
            }
        }
        currentValues[0] = currentFont;
        currentValues[1] = lastBaseFactor;
    }

    /**
     * PdfContentByte.showText of a part, with the glyphs looked up in the rendering's cache: the same bytes
     * (FontDetails.convertToBytes for a TrueType font in Identity-H, escaped as OpenPDF escapes them) and the same
     * glyphs recorded for the subset (the first character of a glyph recorded, as OpenPDF's computeIfAbsent does).
     * Where OpenPDF would take another way (its layout processor, FOP's glyph substitution), OpenPDF writes it.
     */
    private void showText(PdfContentByte text, SetLine.Part part, String value) {
        FontDetails details = text.state.fontDetails;
        if (details == null || details.fontType != BaseFont.FONT_TYPE_TTUNI || details.symbolic
                || details.ttu == null || FopGlyphProcessor.isFopSupported()
                || LayoutProcessor.supportsFont(details.getBaseFont()) || glyphs == null) {
            text.showText(value);
            return;
        }
        BaseFont font = details.getBaseFont();
        java.util.BitSet known = recorded.computeIfAbsent(details, d -> new java.util.BitSet());
        ByteBuffer content = text.content;
        content.append_i('(');
        char[] t = part.text;
        for (int k = part.start; k < part.end; ++k) {
            int val;
            if (k + 1 < part.end && Character.isHighSurrogate(t[k]) && Character.isLowSurrogate(t[k + 1])) {
                val = Character.toCodePoint(t[k], t[k + 1]);
                k++;
            } else {
                val = t[k];
            }
            int[] metrics = glyphs.metrics(font, val);
            if (metrics == null) {
                continue;
            }
            int m0 = metrics[0];
            if (!known.get(m0)) {
                int m1 = metrics[1];
                int unicode = val;
                details.longTag.computeIfAbsent(m0, key -> new int[]{m0, m1, unicode});
                known.set(m0);
            }
            escape(content, (byte) (m0 >> 8));
            escape(content, (byte) (m0 & 0xFF));
        }
        content.append(")");
        content.append("Tj").append_i(text.separator);
    }

    /** One byte of a string as PdfContentByte.escapeAndAppendString writes it. */
    private static void escape(ByteBuffer content, byte c) {
        switch (c) {
            case '\r' -> content.append("\\r");
            case '\n' -> content.append("\\n");
            case '\t' -> content.append("\\t");
            case '\b' -> content.append("\\b");
            case '\f' -> content.append("\\f");
            case '(', ')', '\\' -> content.append_i('\\').append_i(c);
            default -> content.append_i(c);
        }
    }
}
