package com.lowagie.text.pdf;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Font;
import com.lowagie.text.SplitCharacter;

/**
 * A paragraph whose lines policygen sets itself ({@link LineTaggingDocument#addParagraph}) instead of OpenPDF's
 * general layout (Paragraph, PdfChunk, PdfLine): text in pieces of one font each, with the paragraph's indents,
 * leading, alignment and spacing. The lines break where OpenPDF's would, by the same rules (the same splitter, the
 * same glyph widths summed the same way), so the pages are the same; what is saved is OpenPDF's per-chunk and
 * per-character machinery (attribute maps, a splitter call per character, substrings).
 *
 * @param pieces          the text, in order; a piece never holds a line break (\n, \r)
 * @param font            the paragraph's font (OpenPDF writes the spacing before and after as a space in it)
 * @param leading         the paragraph's leading (Paragraph.getTotalLeading)
 * @param alignment       Element.ALIGN_JUSTIFIED, ALIGN_LEFT or ALIGN_UNDEFINED
 * @param indentLeft      Paragraph.setIndentationLeft
 * @param firstLineIndent Paragraph.setFirstLineIndent
 * @param spacingBefore   Paragraph.setSpacingBefore
 * @param spacingAfter    Paragraph.setSpacingAfter
 * @param splitter        where a line may break (the one every chunk of OpenPDF's path gets)
 * @param glyphs          glyphs and widths of the rendering's fonts
 */
public record SetParagraph(List<Piece> pieces, Font font, float leading, int alignment, float indentLeft,
                           float firstLineIndent, float spacingBefore, float spacingAfter, SplitCharacter splitter,
                           Glyphs glyphs) {

    /**
     * Text in one font, as a Chunk of OpenPDF's path would carry it.
     *
     * @param tag        the generic tag (Chunk.setGenericTag), or null
     * @param underlines each {thickness, y position} of Chunk.setUnderline, or null for none
     */
    public record Piece(String text, BaseFont font, float size, String tag, float[][] underlines) {
    }

    /** Whether this class can set text in the font: a TrueType font in Identity-H, as policygen embeds them. */
    public static boolean settable(BaseFont font) {
        return font instanceof TrueTypeFontUnicode tt && !tt.vertical && !tt.fontSpecific;
    }

    /**
     * The glyphs and widths of the fonts of one rendering, by character, asked of the font once per character:
     * OpenPDF asks the font's cmap (boxing the character) again each time it measures, checks or writes one.
     */
    public static final class Glyphs {
        private static final int[] UNKNOWN = new int[0];
        private final Map<BaseFont, int[][][]> fonts = new IdentityHashMap<>();

        /** TrueTypeFont.getMetricsTT: {glyph, width}, or null when the font has no glyph for the character. */
        int[] metrics(BaseFont font, int c) {
            int[][][] pages = fonts.computeIfAbsent(font, f -> new int[0x110000 >> 8][][]);
            int[][] page = pages[c >> 8];
            if (page == null) {
                page = new int[256][];
                java.util.Arrays.fill(page, UNKNOWN);
                pages[c >> 8] = page;
            }
            int[] m = page[c & 0xff];
            if (m == UNKNOWN) {
                m = ((TrueTypeFont) font).getMetricsTT(c);
                page[c & 0xff] = m;
            }
            return m;
        }

        /** BaseFont.getWidth(int) of a font {@link #settable} takes: the glyph's width, 0 without one. */
        int width(BaseFont font, int c) {
            int[] m = metrics(font, c);
            return m == null ? 0 : m[1];
        }

        /** BaseFont.charExists, from the same cache for a font {@link #settable} takes. */
        public boolean exists(BaseFont font, int c) {
            return settable(font) ? metrics(font, c) != null : font.charExists(c);
        }
    }
}
