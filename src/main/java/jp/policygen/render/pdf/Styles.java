package jp.policygen.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Element;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.SetParagraph;

import jp.policygen.policy.Run;

/**
 * The fonts and sizes of one rendering, and the one way text becomes OpenPDF chunks: every chunk gets the
 * kinsoku splitter, so no piece of text escapes Japanese line breaking.
 */
final class Styles {
    /** 10.5 pt is the size Japanese Word documents default to; the conventions allow 10.5–12. */
    static final float BODY_SIZE = 10.5f;
    /** Japanese text needs more air between lines than Latin text; 1.6 is close to Word's "1行". */
    static final float LINE_HEIGHT = 1.6f;
    /** One full-width character, the unit of Japanese indentation (字下げ). */
    static final float EM = BODY_SIZE;

    /** The mark a Japanese typesetter puts where a character is missing (ゲタ). */
    static final String GETA = "〓";

    private final BaseFont mincho;
    private final BaseFont gothic;
    private final PdfFonts.FallbackChain fallbacks;
    private final BiConsumer<Integer, String> missing;
    private final KinsokuSplitter splitter = new KinsokuSplitter();
    /** The glyphs and widths of this rendering's fonts, asked of each font once per character. */
    private final SetParagraph.Glyphs glyphs = new SetParagraph.Glyphs();

    Styles(BaseFont mincho, BaseFont gothic) {
        this(mincho, gothic, null, (c, text) -> { });
    }

    /**
     * @param fallbacks fonts for the characters the main fonts lack, or null for none
     * @param missing   told of every character no font has, with the text it stands in
     */
    Styles(BaseFont mincho, BaseFont gothic, PdfFonts.FallbackChain fallbacks, BiConsumer<Integer, String> missing) {
        this.mincho = mincho;
        this.gothic = gothic;
        this.fallbacks = fallbacks;
        this.missing = missing;
    }

    Font body() {
        return new Font(mincho, BODY_SIZE);
    }

    Font body(float size) {
        return new Font(mincho, size);
    }

    Font gothic(float size) {
        return new Font(gothic, size);
    }

    /** Chapters stand out most; from ① down headings are body-sized and only the face changes. */
    Font heading(int outlineLevel) {
        return gothic(switch (outlineLevel) {
            case 1 -> 14f;
            case 2 -> 12f;
            case 3 -> 11f;
            default -> BODY_SIZE;
        });
    }

    /**
     * An empty paragraph in a font. Its font matters even though every chunk brings its own: OpenPDF uses it
     * for the paragraph's own line ends, and the default (Helvetica) would be one more, unembedded, font.
     */
    static Paragraph paragraph(float leading, Font font) {
        Paragraph p = new Paragraph(leading);
        p.setFont(font);
        return p;
    }

    /** A stretch of text in one font. */
    record Segment(String text, Font font) {
    }

    /**
     * The text split where the font changes: what the main font has stays in it; a character it lacks takes the
     * first fallback font that has it; a variation selector no font can apply is dropped after its base character,
     * and a character no font has becomes 〓 — both reported, never lost silently.
     */
    List<Segment> segments(String text, Font font) {
        BaseFont main = font.getBaseFont();
        List<Segment> list = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        BaseFont current = main;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            BaseFont f;
            boolean geta = false; // the character itself is appended, without a String of its own per character
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ' || glyphs.exists(main, cp)) {
                f = main;
            } else if (variationSelector(cp) || cp == 0x200D) {
                // the base character is shown in its usual form; the variant asked for cannot be
                if (variationSelector(cp)) {
                    missing.accept(cp, text);
                }
                continue;
            } else {
                f = fallbacks == null ? null : fallbacks.find(cp);
                if (f == null) {
                    missing.accept(cp, text);
                    f = main;
                    geta = true;
                }
            }
            if (f != current && pending.length() > 0) {
                list.add(new Segment(pending.toString(), current == main ? font : like(current, font)));
                pending.setLength(0);
            }
            current = f;
            if (geta) {
                pending.append(GETA);
            } else {
                pending.appendCodePoint(cp);
            }
        }
        if (pending.length() > 0 || list.isEmpty()) {
            list.add(new Segment(pending.toString(), current == main ? font : like(current, font)));
        }
        return list;
    }

    private static Font like(BaseFont base, Font font) {
        return new Font(base, font.getSize(), font.getStyle(), font.getColor());
    }

    static boolean variationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0x180B && cp <= 0x180D;
    }

    /** Text as a phrase of chunks, one per font (see {@link #segments}), each with Japanese line breaking. */
    Phrase chunk(String text, Font font) {
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        for (Segment s : segments(text, font)) {
            phrase.add(plain(s.text(), s.font()));
        }
        return phrase;
    }

    /** Like {@link #chunk}, the first chunk carrying a generic tag (where a heading lands, for 目次 and links). */
    Phrase tagged(String text, Font font, String tag) {
        Phrase phrase = chunk(text, font);
        ((Chunk) phrase.get(0)).setGenericTag(tag);
        return phrase;
    }

    private Chunk plain(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(splitter);
        return chunk;
    }

    /**
     * Runs as chunks; neighbouring runs of the same look are joined first, because OpenPDF only applies the
     * splitter inside a chunk and a chunk boundary at a line end could otherwise put 。 first on a line.
     */
    List<Chunk> chunks(List<Run> runs, Font font) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Run.Underline underline = Run.Underline.NONE;
        for (Run run : runs) {
            if (pending.length() > 0 && run.underline() != underline) {
                chunks.addAll(runChunk(pending.toString(), underline, font));
                pending.setLength(0);
            }
            underline = run.underline();
            pending.append(run.text());
        }
        if (pending.length() > 0) {
            chunks.addAll(runChunk(pending.toString(), underline, font));
        }
        return chunks;
    }

    private List<Chunk> runChunk(String text, Run.Underline underline, Font font) {
        List<Chunk> list = new ArrayList<>();
        for (Segment s : segments(text, font)) {
            Chunk chunk = plain(s.text(), s.font());
            if (underline != Run.Underline.NONE) {
                // 傍線 of a 新旧対照表: thin and just below the baseline, as in the printed tables; drawn lines, not
                // characters, so the text stays searchable and copyable
                chunk.setUnderline(0.6f, -1.8f);
            }
            if (underline == Run.Underline.DOUBLE) {
                // 二重傍線 of a renumbered clause's number: a second line below the first
                chunk.setUnderline(0.6f, -3.4f);
            }
            list.add(chunk);
        }
        return list;
    }

    float width(String text, Font font) {
        float w = 0;
        for (Segment s : segments(text, font)) {
            w += s.font().getBaseFont().getWidthPoint(s.text(), s.font().getSize());
        }
        return w;
    }

    /** 傍線 of a 新旧対照表: thin and just below the baseline; 二重傍線 adds a second line below the first. */
    private static final float[][] UNDERLINE = {{0.6f, -1.8f}};
    private static final float[][] DOUBLE_UNDERLINE = {{0.6f, -1.8f}, {0.6f, -3.4f}};

    /**
     * Text as the pieces of a paragraph whose lines are set directly, one per font as {@link #chunk} makes chunks;
     * with a tag, the first piece carries it as {@link #tagged} does.
     */
    List<SetParagraph.Piece> pieces(String text, Font font, String tag) {
        List<SetParagraph.Piece> list = new ArrayList<>();
        for (Segment s : segments(text, font)) {
            list.add(new SetParagraph.Piece(s.text(), s.font().getBaseFont(), s.font().getSize(),
                    list.isEmpty() ? tag : null, null));
        }
        return list;
    }

    /** Runs as pieces, joined and split as {@link #chunks} joins and splits them into chunks. */
    List<SetParagraph.Piece> pieces(List<Run> runs, Font font) {
        List<SetParagraph.Piece> pieces = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Run.Underline underline = Run.Underline.NONE;
        for (Run run : runs) {
            if (pending.length() > 0 && run.underline() != underline) {
                runPieces(pending.toString(), underline, font, pieces);
                pending.setLength(0);
            }
            underline = run.underline();
            pending.append(run.text());
        }
        if (pending.length() > 0) {
            runPieces(pending.toString(), underline, font, pieces);
        }
        return pieces;
    }

    private void runPieces(String text, Run.Underline underline, Font font, List<SetParagraph.Piece> into) {
        float[][] lines = switch (underline) {
            case NONE -> null;
            case DOUBLE -> DOUBLE_UNDERLINE;
            default -> UNDERLINE;
        };
        for (Segment s : segments(text, font)) {
            into.add(new SetParagraph.Piece(s.text(), s.font().getBaseFont(), s.font().getSize(), null, lines));
        }
    }

    /**
     * A paragraph to be set directly: OpenPDF's Paragraph with these settings would lay it out the same.
     *
     * @param alignment Element.ALIGN_JUSTIFIED, ALIGN_LEFT, or ALIGN_UNDEFINED (OpenPDF's default, left)
     */
    SetParagraph set(List<SetParagraph.Piece> pieces, Font font, float leading, int alignment, float indentLeft,
                     float firstLineIndent, float spacingBefore, float spacingAfter) {
        return new SetParagraph(pieces, font, leading, alignment, indentLeft, firstLineIndent, spacingBefore,
                spacingAfter, splitter, glyphs);
    }

    /** Where lines may break (the one splitter of this rendering). */
    SplitCharacter splitter() {
        return splitter;
    }

    /** The glyphs and widths of this rendering's fonts. */
    SetParagraph.Glyphs glyphs() {
        return glyphs;
    }

    /**
     * Whether the paragraph's lines can be set directly: every piece in a TrueType font policygen embeds and without
     * line breaks in its text. Otherwise (OpenPDF's built-in Japanese fonts on a machine without any, a line break
     * inside a text) OpenPDF lays it out, from {@link #paragraph(SetParagraph)}.
     */
    static boolean settable(SetParagraph p) {
        for (SetParagraph.Piece piece : p.pieces()) {
            if (!SetParagraph.settable(piece.font()) || piece.text().indexOf('\n') >= 0
                    || piece.text().indexOf('\r') >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The same paragraph as OpenPDF's Paragraph of chunks, for OpenPDF to lay out. */
    static Paragraph paragraph(SetParagraph set) {
        Paragraph p = paragraph(set.leading(), set.font());
        p.setIndentationLeft(set.indentLeft());
        p.setFirstLineIndent(set.firstLineIndent());
        if (set.alignment() != Element.ALIGN_UNDEFINED) {
            p.setAlignment(set.alignment());
        }
        p.setSpacingBefore(set.spacingBefore());
        p.setSpacingAfter(set.spacingAfter());
        for (SetParagraph.Piece piece : set.pieces()) {
            Chunk chunk = new Chunk(piece.text(), new Font(piece.font(), piece.size()));
            chunk.setSplitCharacter((SplitCharacter) set.splitter());
            if (piece.tag() != null) {
                chunk.setGenericTag(piece.tag());
            }
            if (piece.underlines() != null) {
                for (float[] line : piece.underlines()) {
                    chunk.setUnderline(line[0], line[1]);
                }
            }
            p.add(chunk);
        }
        return p;
    }
}
