package jp.policygen.render.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;

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

    private final BaseFont mincho;
    private final BaseFont gothic;
    private final KinsokuSplitter splitter = new KinsokuSplitter();

    Styles(BaseFont mincho, BaseFont gothic) {
        this.mincho = mincho;
        this.gothic = gothic;
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

    Chunk chunk(String text, Font font) {
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
                chunks.add(runChunk(pending.toString(), underline, font));
                pending.setLength(0);
            }
            underline = run.underline();
            pending.append(run.text());
        }
        if (pending.length() > 0) {
            chunks.add(runChunk(pending.toString(), underline, font));
        }
        return chunks;
    }

    private Chunk runChunk(String text, Run.Underline underline, Font font) {
        Chunk chunk = chunk(text, font);
        if (underline != Run.Underline.NONE) {
            // 傍線 of a 新旧対照表: thin and just below the baseline, as in the printed tables; drawn lines, not
            // characters, so the text stays searchable and copyable
            chunk.setUnderline(0.6f, -1.8f);
        }
        if (underline == Run.Underline.DOUBLE) {
            // 二重傍線 of a renumbered clause's number: a second line below the first
            chunk.setUnderline(0.6f, -3.4f);
        }
        return chunk;
    }

    float width(String text, Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }
}
