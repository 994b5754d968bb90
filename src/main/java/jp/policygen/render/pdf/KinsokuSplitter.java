package jp.policygen.render.pdf;

import java.util.Arrays;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
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

    /**
     * The characters of line-breaking class ID (kanji, kana but the small ones): between two of them UAX #14 always
     * allows a break (LB31; no rule of ICU's looks further back or ahead for that pair), so ICU need not be asked.
     */
    private static final UnicodeSet IDEOGRAPHIC = new UnicodeSet("[:Line_Break=Ideographic:]").freeze();

    private final BreakIterator lines = BreakIterator.getLineInstance(ULocale.JAPAN);
    /** The text {@link #lines} holds: the caller's characters from {@code start} to {@code end}. */
    private char[] text;

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (current + 1 >= end) {
            return true;
        }
        char here = charAt(current, cc, ck);
        char next = charAt(current + 1, cc, ck);
        if (NO_LINE_START.indexOf(next) >= 0 || NO_LINE_END.indexOf(here) >= 0) {
            return false;
        }
        // most of a Japanese text is pairs of kanji and kana, where ICU's answer is known: it is asked only about
        // the rest (a twentieth of a batch's CPU time went into ICU's rules). The characters ICU would see decide.
        if (IDEOGRAPHIC.contains(cc[current]) && IDEOGRAPHIC.contains(cc[current + 1])) {
            return true;
        }
        return icuAllowsBreakAfter(start, current, end, cc);
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
