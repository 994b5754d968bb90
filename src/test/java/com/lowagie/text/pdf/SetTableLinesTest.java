package com.lowagie.text.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.SplitCharacter;

import jp.policygen.render.pdf.FontLocator;

/**
 * A table cell's lines as SetTable breaks them are the lines OpenPDF's BidiLine makes of the same chunks (the way
 * ColumnText asks it for lines), over thousands of random texts and widths: Japanese with kinsoku characters, Latin
 * words, digits, spaces, full-width spaces, line feeds, CR, surrogate pairs, two fonts and sizes; the first line's
 * ascender too. And the two shortcuts SetTable takes hold: a cell resumed after some of its lines (the rest of a split
 * row) goes on with the lines it would have had, and a width within a layout's slack breaks the lines the same.
 */
class SetTableLinesTest {
    private static final String ALPHABET = "情報資産管理機密性職員等あいうえおかきくけこっゃーアイウエオ、。「」（）・！？"
            + "abcdeXYZ0123.,-/  　　\n\r𠮷𩸽";

    private static BaseFont mincho;
    private static BaseFont gothic;
    private static SplitCharacter kinsoku;

    @BeforeAll
    static void fonts() throws Exception {
        Optional<FontLocator.FontChoice> choice = FontLocator.system().locate();
        assumeTrue(choice.isPresent(), "no Japanese TrueType font on this machine");
        mincho = BaseFont.createFont(choice.get().body().openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        gothic = BaseFont.createFont(choice.get().heading().openPdfName(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        assumeTrue(SetParagraph.settable(mincho) && SetParagraph.settable(gothic), "fonts SetTable cannot set");
        // policygen's own splitter (package-private in its renderer): the one every table cell gets
        var constructor = Class.forName("jp.policygen.render.pdf.KinsokuSplitter").getDeclaredConstructor();
        constructor.setAccessible(true);
        kinsoku = (SplitCharacter) constructor.newInstance();
    }

    @Test
    void linesAreBidiLinesLines() {
        Random random = new Random(26);
        SetParagraph.Glyphs glyphs = new SetParagraph.Glyphs();
        int cases = 0;
        int resumed = 0;
        int slackChecked = 0;
        for (int n = 0; n < 3000; n++) {
            List<SetParagraph.Piece> pieces = pieces(random);
            float width = 5f + random.nextFloat() * 300f;
            SetTable.Text text = SetTable.Text.of(new SetParagraph(pieces, new Font(mincho, 9.5f), 13.775f,
                    Element.ALIGN_UNDEFINED, 0f, 0f, 0f, 0f, kinsoku, glyphs), look());
            assertNotNull(text, pieces.toString());
            SetTable.Layout layout = text.lines(width, 0, text.starts.length == 0 ? 0 : text.starts[0]);
            if (layout == null) {
                continue; // a first character wider than the column that is a surrogate pair: OpenPDF's then
            }
            List<String> expected = new ArrayList<>();
            float ascender = bidiLines(pieces, width, expected);
            List<String> actual = texts(text, layout.lines(), width, glyphs);
            assertEquals(expected, actual, "width " + width + ": " + pieces);
            if (!actual.isEmpty()) {
                assertEquals(ascender, layout.lines().get(0).ascender(), "first line's ascender");
            }
            cases++;
            // the rest of a split cell: from after line k, the same lines as the whole cell has after it
            for (int k = 1; k < layout.lines().size(); k++) {
                SetTable.Line last = layout.lines().get(k - 1);
                int para = last.next() >= text.ends[last.para()] ? last.para() + 1 : last.para();
                int from = para == last.para() ? last.next() : text.starts[para];
                SetTable.Layout rest = text.lines(width, para, from);
                assertEquals(actual.subList(k, actual.size()), texts(text, rest.lines(), width, glyphs));
                resumed++;
            }
            // a width a hair away, within the slack: the same lines
            if (layout.slack() > 0 && layout.slack() < Float.POSITIVE_INFINITY) {
                for (float other : new float[] {Math.nextUp(width), Math.nextDown(width),
                        width + layout.slack() * 0.99f, width - layout.slack() * 0.99f}) {
                    if (Math.abs(other - width) < layout.slack()) {
                        assertEquals(actual, texts(text, text.lines(other, 0, text.starts.length == 0 ? 0
                                : text.starts[0]).lines(), other, glyphs), "width " + other + " for " + width);
                        slackChecked++;
                    }
                }
            }
        }
        assertTrue(cases > 2500 && resumed > 1000 && slackChecked > 1000, cases + " " + resumed + " " + slackChecked);
    }

    private static PdfPCell look() {
        PdfPCell cell = new PdfPCell();
        cell.setUseAscender(true);
        return cell;
    }

    /** Random text in one to three pieces, each in one of the fonts and sizes. */
    private static List<SetParagraph.Piece> pieces(Random random) {
        List<SetParagraph.Piece> pieces = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int p = 0; p < count; p++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(p == 0 ? 120 : 40);
            for (int i = 0; i < length; i++) {
                sb.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            boolean heading = random.nextInt(4) == 0;
            pieces.add(new SetParagraph.Piece(sb.toString(), heading ? gothic : mincho, heading ? 10.5f : 9.5f,
                    p == 0 ? "cell-" + p : null, null));
        }
        return pieces;
    }

    /** OpenPDF's lines, as ColumnText.go asks BidiLine for them; returns the first line's ascender. */
    private static float bidiLines(List<SetParagraph.Piece> pieces, float width, List<String> into) {
        BidiLine bidi = new BidiLine();
        for (SetParagraph.Piece piece : pieces) {
            Chunk chunk = new Chunk(piece.text(), new Font(piece.font(), piece.size()));
            chunk.setSplitCharacter(kinsoku);
            bidi.addChunk(new PdfChunk(chunk, null));
        }
        float ascender = Float.NaN;
        while (!bidi.isEmpty()) {
            PdfLine line = bidi.processLine(0, width, Element.ALIGN_UNDEFINED, PdfWriter.RUN_DIRECTION_NO_BIDI, 0);
            if (line == null) {
                break;
            }
            if (Float.isNaN(ascender)) {
                ascender = line.getAscender();
            }
            StringBuilder sb = new StringBuilder();
            for (Iterator<?> i = line.iterator(); i.hasNext(); ) {
                PdfChunk chunk = (PdfChunk) i.next();
                sb.append(chunk.toString()).append(" @").append(chunk.font().size()).append('|');
            }
            into.add(sb.toString());
        }
        return ascender;
    }

    /** SetTable's lines, written the same way: each part's text and size. */
    private static List<String> texts(SetTable.Text text, List<SetTable.Line> lines, float width,
                                      SetParagraph.Glyphs glyphs) {
        List<String> out = new ArrayList<>();
        for (SetTable.Line line : lines) {
            StringBuilder sb = new StringBuilder();
            for (SetLine.Part part : text.line(line, width, glyphs).parts) {
                sb.append(part.value()).append(" @").append(part.font.size()).append('|');
            }
            out.add(sb.toString());
        }
        return out;
    }
}
