package com.lowagie.text.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.Utilities;

/**
 * A line of a {@link SetParagraph}, filled as OpenPDF's PdfLine.add fills one with PdfChunk.split and truncate: the
 * same widths summed in the same order and precision, the same last allowed break, the same trimming of spaces, so
 * that every line breaks where OpenPDF's would. It takes the place of OpenPDF's line in the document (page breaks,
 * heights, positions are OpenPDF's own code) and is written by {@link LineTaggingDocument}.
 */
final class SetLine extends PdfLine {
    private static final char[] SINGLE_SPACE = {' '};

    /** A stretch of a piece's text: what a PdfChunk holds after OpenPDF's splitting and trimming. */
    static final class Part {
        final SetParagraph.Piece piece;
        final char[] text;
        final PdfFont font;
        int start;
        int end;

        Part(SetParagraph.Piece piece, char[] text, PdfFont font, int start, int end) {
            this.piece = piece;
            this.text = text;
            this.font = font;
            this.start = start;
            this.end = end;
        }

        int length() {
            return end - start;
        }

        String value() {
            return new String(text, start, end - start);
        }

        boolean stroked() {
            return piece.tag() != null || piece.underlines() != null;
        }

        /** PdfChunk.trimFirstSpace (a font that is not CJK). */
        void trimFirstSpace() {
            if (length() > 1 && text[start] == ' ') {
                start++;
            }
        }

        /** PdfChunk.trimLastSpace: the width given back. */
        float trimLastSpace() {
            if (length() > 1 && text[end - 1] == ' ') {
                end--;
                return piece.font().getWidthPoint(' ', piece.size());
            }
            return 0;
        }

        int spaces() {
            int n = 0;
            for (int i = start; i < end; i++) {
                if (text[i] == ' ') {
                    n++;
                }
            }
            return n;
        }

        /** PdfChunk.lengthUtf32 in Identity-H. */
        int lengthUtf32() {
            int total = 0;
            for (int k = start; k < end; ++k) {
                if (Character.isHighSurrogate(text[k])) {
                    ++k;
                }
                ++total;
            }
            return total;
        }
    }

    final List<Part> parts = new ArrayList<>();
    private final SplitCharacter splitter;
    private final SetParagraph.Glyphs glyphs;

    /** Takes the place of a fresh, empty line of OpenPDF's (its place, width, alignment and height). */
    SetLine(PdfLine fresh, SplitCharacter splitter, SetParagraph.Glyphs glyphs) {
        super(fresh.left, fresh.originalWidth, fresh.width, fresh.alignment, false, new ArrayList<>(), false);
        this.height = fresh.height;
        this.splitter = splitter;
        this.glyphs = glyphs;
    }

    /**
     * A line of a table cell ({@link SetTable}), whose parts are laid out already: it is only written. Left-aligned
     * (never justified), so the width left does not matter.
     */
    SetLine(float originalWidth, int alignment, SetParagraph.Glyphs glyphs) {
        super(0, originalWidth, 0, alignment, false, new ArrayList<>(), false);
        this.splitter = null;
        this.glyphs = glyphs;
    }

    @Override
    public int size() {
        return parts.size();
    }

    /** PdfChunk.getCharWidth: a character's width in the part's font, as OpenPDF computes it. */
    private float charWidth(Part p, int c) {
        if (PdfChunk.noPrint(c)) {
            return 0;
        }
        return glyphs.width(p.piece.font(), c) * 0.001f * p.piece.size();
    }

    /** PdfChunk.width: the width of the part's text, as BaseFont.getWidthPoint(String) sums it. */
    float width(Part p) {
        int total = 0;
        BaseFont font = p.piece.font();
        char[] t = p.text;
        for (int k = p.start; k < p.end; ++k) {
            if (Utilities.isSurrogatePair(t, k)) {
                total += glyphs.width(font, Utilities.convertToUtf32(t[k], t[k + 1]));
                ++k;
            } else {
                total += glyphs.width(font, t[k]);
            }
        }
        return total * 0.001f * p.piece.size();
    }

    /**
     * PdfLine.add: as much of the part as fits, broken at the last place the splitter allows.
     *
     * @return what goes to the next line, or null
     */
    Part add(Part chunk) {
        if (chunk.length() == 0) {
            return null;
        }
        Part overflow = split(chunk, width);
        newlineSplit = overflow == null;
        if (chunk.length() > 0) {
            if (overflow != null) {
                chunk.trimLastSpace();
            }
            width -= width(chunk);
            parts.add(chunk);
        } else if (parts.isEmpty()) {
            // nothing fits up to a place to break: as much as fits, at least a character (PdfChunk.truncate)
            chunk = overflow;
            overflow = truncate(chunk, width);
            width -= width(chunk);
            if (chunk.length() > 0) {
                parts.add(chunk);
                return overflow;
            }
            if (overflow != null) {
                parts.add(overflow);
            }
            return null;
        } else {
            width += parts.get(parts.size() - 1).trimLastSpace();
        }
        return overflow;
    }

    /**
     * PdfChunk.split for a font that is not CJK and text without line breaks. OpenPDF asks the splitter about every
     * character it passes; only the last allowed place before the overflow counts, so it is looked for backwards
     * from there (the splitter's answers do not depend on the order it is asked in).
     */
    private Part split(Part p, float width) {
        char[] v = p.text;
        int from = p.start;
        int length = p.end - from;
        int currentPosition = 0;
        float currentWidth = 0;
        int lastSpace = -1;
        while (currentPosition < length) {
            char character = v[from + currentPosition];
            boolean surrogate = currentPosition + 1 < length && Character.isHighSurrogate(character)
                    && Character.isLowSurrogate(v[from + currentPosition + 1]);
            if (surrogate) {
                currentWidth += charWidth(p, Character.toCodePoint(character, v[from + currentPosition + 1]));
            } else {
                currentWidth += charWidth(p, character);
            }
            if (character == ' ') {
                lastSpace = currentPosition + 1;
            }
            if (surrogate) {
                currentPosition++;
            }
            if (currentWidth > width) {
                break;
            }
            currentPosition++;
        }
        if (currentPosition == length) {
            return null;
        }
        int splitPosition = -1;
        for (int k = currentPosition - 1; k >= 0; k--) {
            // OpenPDF asks about the second half of a surrogate pair, never the first
            if (k + 1 < length && Character.isHighSurrogate(v[from + k]) && Character.isLowSurrogate(v[from + k + 1])) {
                continue;
            }
            if (splitter.isSplitCharacter(from, from + k, p.end, v, null)) {
                splitPosition = k + 1;
                break;
            }
        }
        if (splitPosition < 0) {
            Part rest = new Part(p.piece, v, p.font, p.start, p.end);
            p.end = p.start;
            return rest;
        }
        if (lastSpace > splitPosition && splitter.isSplitCharacter(0, 0, 1, SINGLE_SPACE, null)) {
            splitPosition = lastSpace;
        }
        Part rest = new Part(p.piece, v, p.font, from + splitPosition, p.end);
        p.end = from + splitPosition;
        while (p.end > p.start && (v[p.end - 1] == ' ' || v[p.end - 1] == '\t')) {
            p.end--;
        }
        return rest;
    }

    /** PdfChunk.truncate: as much as fits, at least one character. */
    private Part truncate(Part p, float width) {
        char[] v = p.text;
        int from = p.start;
        int length = p.end - from;
        if (width < p.piece.font().getWidthPoint(' ', p.piece.size())) {
            Part rest = new Part(p.piece, v, p.font, from + 1, p.end);
            p.end = from + 1;
            return rest;
        }
        int currentPosition = 0;
        float currentWidth = 0;
        boolean surrogate = false;
        while (currentPosition < length) {
            surrogate = Utilities.isSurrogatePair(v, from + currentPosition) && currentPosition + 1 < length;
            if (surrogate) {
                currentWidth += charWidth(p, Utilities.convertToUtf32(v[from + currentPosition],
                        v[from + currentPosition + 1]));
            } else {
                currentWidth += charWidth(p, v[from + currentPosition]);
            }
            if (currentWidth > width) {
                break;
            }
            if (surrogate) {
                currentPosition++;
            }
            currentPosition++;
        }
        if (currentPosition == length) {
            return null;
        }
        if (currentPosition == 0) {
            currentPosition = 1;
            if (surrogate) {
                ++currentPosition;
            }
        }
        Part rest = new Part(p.piece, v, p.font, from + currentPosition, p.end);
        p.end = from + currentPosition;
        return rest;
    }
}
