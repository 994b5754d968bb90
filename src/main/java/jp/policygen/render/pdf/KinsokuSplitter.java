package jp.policygen.render.pdf;

import java.util.Arrays;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.LineBreak;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Tells OpenPDF where a line may break in Japanese text (禁則処理). OpenPDF's default breaks after any CJK
 * character, so a line can start with 。 or 」. Here a break is allowed only where ICU's line breaking (UAX #14
 * for Japanese: no break inside Latin words or numbers, none before closing punctuation) allows one, and never
 * before a character in {@link #NO_LINE_START} or after one in {@link #NO_LINE_END}, whatever ICU thinks (its
 * default lets small kana and ー start a line).
 *
 * <p>OpenPDF asks "may the line break after {@code cc[current]}?" once per character while it fills a line,
 * with {@code cc} being either one chunk's text or (in table cells) the whole paragraph; ICU is given that
 * text once and asked about each position.
 *
 * <p>Not thread-safe (the BreakIterator keeps state): use one per rendering.
 */
final class KinsokuSplitter implements SplitCharacter {

    /** 行頭禁則: closing brackets, punctuation, iteration marks, small kana, the long vowel mark. */
    static final String NO_LINE_START = "、。，．,.：；:;！？!?）］｝〕〉》」』】〙〗〟’”)]}"
            + "・ー―‐゠〜～ヽヾゝゞ々〻"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";

    /** 行末禁則: opening brackets. */
    static final String NO_LINE_END = "「『（【〔［｛〈《〘〖〝‘“([{";

    /** What each UTF-16 unit is to the two lists above: {@link #NOT_FIRST}, {@link #NOT_LAST}, both or neither. */
    private static final byte[] KINSOKU = new byte[Character.MAX_VALUE + 1];
    private static final byte NOT_FIRST = 1;
    private static final byte NOT_LAST = 2;

    static {
        NO_LINE_START.chars().forEach(c -> KINSOKU[c] |= NOT_FIRST);
        NO_LINE_END.chars().forEach(c -> KINSOKU[c] |= NOT_LAST);
    }

    /** ICU's line breaking, made when first asked (a 目次 or a short document may never need it). */
    private BreakIterator lines;
    /** The text {@link #lines} holds: the caller's characters from {@code start} to {@code end}. */
    private char[] text;

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (current + 1 >= end) {
            return true;
        }
        char here = charAt(current, cc, ck);
        char next = charAt(current + 1, cc, ck);
        if ((KINSOKU[next] & NOT_FIRST) != 0 || (KINSOKU[here] & NOT_LAST) != 0) {
            return false;
        }
        // most of a Japanese text is pairs whose answer UAX #14 fixes by the two characters alone (kanji and kana,
        // a kanji after 」 or 、, a digit or a Latin letter beside a kanji …): ICU is asked only about the rest (a
        // twentieth of a batch's CPU time went into ICU's rules). The characters ICU would see decide.
        int known = pair(cc[current], cc[current + 1]);
        if (known != ASK) {
            return known == BREAK;
        }
        return icuAllowsBreakAfter(start, current, end, cc);
    }

    static final int ASK = 0;
    static final int BREAK = 1;
    static final int NO_BREAK = 2;

    /**
     * ICU's answer (UAX #14, as ICU implements it for Japanese) for a break between {@code a} and {@code b} when the
     * two characters alone decide it, else {@link #ASK}. Only pairs where no rule looks before {@code a} or after
     * {@code b} are answered:
     * <ul>
     * <li>{@code a} of class ID, CJ, NS, CL (kanji, kana, small kana, 」、。), AL or NU: no rule of UAX #14 has a
     * context that ends in one of them, except before PO, PR and NS (numbers, LB25; LB16), which are not answered
     * here; CP, OP (LB30, which looks at the width), QU (LB19a), SP, HY, BA, IS, SY (LB14–LB17, LB20a, LB21a, LB25),
     * combining marks (LB9) and the rest are left to ICU;</li>
     * <li>{@code b} of class SP or BA (also U+3000): never a break before it (LB7, LB21);</li>
     * <li>{@code b} of class ID or CB (kanji, kana; the stand-in of a drawn separator): a break (LB31, LB20);</li>
     * <li>{@code b} of class AL or NU: none after AL or NU (LB23, LB25, LB28), a break after the others (LB31).</li>
     * </ul>
     * PdfWriterKinsokuTest holds this to ICU for every such pair in many surroundings, and for every character of
     * the BMP.
     */
    static int pair(char a, char b) {
        boolean word;
        switch (UCharacter.getIntPropertyValue(a, UProperty.LINE_BREAK)) {
            case LineBreak.IDEOGRAPHIC, LineBreak.CONDITIONAL_JAPANESE_STARTER, LineBreak.NONSTARTER,
                    LineBreak.CLOSE_PUNCTUATION -> word = false;
            case LineBreak.ALPHABETIC, LineBreak.NUMERIC -> word = true;
            default -> {
                return ASK;
            }
        }
        return switch (UCharacter.getIntPropertyValue(b, UProperty.LINE_BREAK)) {
            case LineBreak.SPACE, LineBreak.BREAK_AFTER -> NO_BREAK;
            case LineBreak.IDEOGRAPHIC, LineBreak.CONTINGENT_BREAK -> BREAK;
            case LineBreak.ALPHABETIC, LineBreak.NUMERIC -> word ? NO_BREAK : BREAK;
            default -> ASK;
        };
    }

    /** True when a line may break between {@code text[i]} and {@code text[i + 1]} by the rules above. */
    boolean allowsBreakAfter(String text, int i) {
        char[] cc = text.toCharArray();
        return isSplitCharacter(0, i, cc.length, cc, null);
    }

    private boolean icuAllowsBreakAfter(int start, int current, int end, char[] cc) {
        // OpenPDF asks about the characters of a line one after another, each time with the same text: ICU gets
        // the text once and answers from it, instead of a new window of text for every character (a tenth of a
        // batch's CPU time). The text is kept and compared, so that a question about other text, even in the
        // same array, is never answered from the last one.
        int length = end - start;
        if (text == null || text.length != length || !Arrays.equals(cc, start, end, text, 0, length)) {
            text = Arrays.copyOfRange(cc, start, end);
            if (lines == null) {
                lines = BreakIterator.getLineInstance(ULocale.JAPAN);
            }
            lines.setText(new String(text));
        }
        return lines.isBoundary(current + 1 - start);
    }

    /** In table cells OpenPDF passes the chunks so that fonts which store glyph codes can map back. */
    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        if (ck == null) {
            return cc[i];
        }
        return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
}
