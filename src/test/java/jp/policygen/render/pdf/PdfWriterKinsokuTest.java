package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.Origin;
import jp.policygen.policy.SampleDocuments;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;

/** Japanese line breaking (禁則処理): no line starts with 。」ー っ …, none ends with 「（. */
class PdfWriterKinsokuTest {
    private static final String STARTS = "、。，．」』）】〕・ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ！？";
    private static final String ENDS = "「『（【〔";

    /**
     * Sentences of every length from 1 to 45 characters, each followed by 。, a quotation in 「」 and now and
     * then small kana and ー: wherever a line ends, some line would break right before a forbidden character
     * if breaks were allowed after any character.
     */
    static String engineeredParagraph() {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= 45; k++) {
            sb.append("あ".repeat(k)).append("。");
            sb.append("「").append("い".repeat(k % 7 + 1)).append("」");
            if (k % 3 == 0) {
                sb.append("チェックっ、ーゃ");
            }
        }
        return sb.toString();
    }

    @Test
    void theParagraphWouldBreakWronglyWithoutKinsoku() {
        // whatever the line length (in full-width characters), naive breaking puts a forbidden character first
        String text = engineeredParagraph();
        for (int perLine = 15; perLine <= 50; perLine++) {
            boolean violated = false;
            for (int i = perLine; i < text.length(); i += perLine) {
                violated |= STARTS.indexOf(text.charAt(i)) >= 0 || ENDS.indexOf(text.charAt(i - 1)) >= 0;
            }
            assertTrue(violated, "no naive violation at " + perLine + " characters per line");
        }
    }

    @Test
    void noLineOfTheRenderedParagraphStartsOrEndsWithAForbiddenCharacter() throws IOException {
        String paragraph = engineeredParagraph();
        Section untitled = new Section("k.1", SectionLevel.POINT, "①", "1①", "", "", Origin.GUIDELINE, "",
                List.of(Block.Paragraph.of(paragraph)), List.of());
        Section titled = new Section("k", SectionLevel.CHAPTER, "1.", "1", "禁則", "", Origin.GUIDELINE, "",
                List.of(Block.Paragraph.of(paragraph),
                        Block.Table.of(List.of("項目", "説明"), List.of(List.of("禁則", paragraph)))),
                List.of(untitled));
        Document doc = new Document(SampleDocuments.standard().kind(), "禁則処理", SampleDocuments.info(""),
                List.of(titled));
        String text = PdfPages.write(new PdfWriter(RenderOptions.defaults(), Warnings.NONE), doc).text();

        List<String> lines = bodyLines(text);
        assertTrue(lines.size() > 60, "the paragraph (three times) runs over many lines");
        List<String> bad = new ArrayList<>();
        for (String line : lines) {
            if (STARTS.indexOf(line.charAt(0)) >= 0 || ENDS.indexOf(line.charAt(line.length() - 1)) >= 0) {
                bad.add(line);
            }
        }
        assertEquals(List.of(), bad);
        // and nothing was lost or reordered by the breaking
        assertTrue(String.join("", lines).contains(paragraph.substring(0, 400)));
    }

    @Test
    void splitterFollowsTheRules() {
        KinsokuSplitter k = new KinsokuSplitter();
        assertTrue(k.allowsBreakAfter("ああ", 0), "between ideographic characters");
        assertFalse(k.allowsBreakAfter("ああ。", 1), "before 。");
        assertFalse(k.allowsBreakAfter("あ」い", 0), "before 」");
        assertFalse(k.allowsBreakAfter("あっい", 0), "before small っ");
        assertFalse(k.allowsBreakAfter("チェー", 1), "before ー");
        assertFalse(k.allowsBreakAfter("あ「い", 1), "after 「");
        assertFalse(k.allowsBreakAfter("あ（い", 1), "after （");
        assertTrue(k.allowsBreakAfter("あ「い", 0), "before 「");
        assertFalse(k.allowsBreakAfter("CSIRTを", 2), "inside a Latin word");
        assertFalse(k.allowsBreakAfter("2024年", 1), "inside a number");
        assertTrue(k.allowsBreakAfter("CSIRT を", 5), "after a space");
    }

    @Test
    void oneSplitterAnswersForEachTextItIsAskedAbout() {
        // the splitter keeps the last text it gave ICU: a text of the same length must not be answered from it
        KinsokuSplitter k = new KinsokuSplitter();
        assertFalse(k.allowsBreakAfter("ABCDE", 1), "inside a Latin word");
        assertTrue(k.allowsBreakAfter("あいうえお", 1), "between kana, same length as before");
        assertFalse(k.allowsBreakAfter("ABCDE", 2), "the Latin word again");
        // never between the two halves of a character outside the BMP (𠮷), only after it
        assertFalse(k.allowsBreakAfter("𠮷野家", 0), "inside 𠮷");
        assertTrue(k.allowsBreakAfter("𠮷野家", 1), "after 𠮷");
    }

    @Test
    void betweenKanjiAndKanaTheSplitterSaysWhatICUSays() {
        // the splitter answers for kanji and kana pairs without ICU: ICU, asked afresh, must agree in any company
        String ideographic = "情報安全対策基準管理者職員あいうえおかきくけこをんアイウエオガギグゲゴヲン葛𠮷";
        String[] around = {"", "「", "（", "。", "、", " ", "A", "1", "\u00A0", "\u2060", "\u200D", "\u3099", "\uFE00",
                "ッ", "ー", "“", "\"", "—"};
        com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.JAPAN);
        KinsokuSplitter k = new KinsokuSplitter();
        List<String> differ = new ArrayList<>();
        int[] cps = ideographic.codePoints().toArray();
        for (int x : cps) {
            for (int y : cps) {
                for (String before : around) {
                    for (String after : around) {
                        String text = before + Character.toString(x) + Character.toString(y) + after;
                        int at = before.length() + Character.charCount(x) - 1;
                        icu.setText(text);
                        boolean expected = KinsokuSplitter.NO_LINE_START.indexOf(text.charAt(at + 1)) < 0
                                && KinsokuSplitter.NO_LINE_END.indexOf(text.charAt(at)) < 0
                                && icu.isBoundary(at + 1);
                        if (k.allowsBreakAfter(text, at) != expected) {
                            differ.add(text + " @" + at);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), differ);
    }

    /** What the splitter must say: the two lists, then ICU asked afresh about the whole text. */
    private static boolean icuWithKinsoku(com.ibm.icu.text.BreakIterator icu, String text, int at) {
        icu.setText(text);
        return KinsokuSplitter.NO_LINE_START.indexOf(text.charAt(at + 1)) < 0
                && KinsokuSplitter.NO_LINE_END.indexOf(text.charAt(at)) < 0
                && icu.isBoundary(at + 1);
    }

    @Test
    void wherePairsAloneDecideTheSplitterSaysWhatICUSaysInAnyCompany() {
        // kanji, kana, small kana, ー, 々, closing punctuation, Latin letters and digits (half and full width), then
        // what may follow them: spaces (also U+3000), breaks-after, the separator's stand-in
        String here = "情報あアガ葛⌚ぁっゃァッーヽ々ゝ・」』、。）】〕｝Az#&*ＡＺａ0９٣₀";
        String next = "安いイ⌚ 　‐|\uFFFCBz#ＢｂＫ1０";
        String[] around = {"", "「", "（", "(", ")", "）", "。", "、", " ", "  ", "　", "A", "1", "12", "1.", ".", ",", "%",
            "$", "¥", "-", "‐", "—", "/", ":", "\u00A0", "\u2060", "\u200B", "\u200D", "\u3099", "\u0301", "\uFE00", "ッ",
            "ー", "“", "”", "\"", "'", "«", "»", "( ", "（ ", "」 ", ") ", "“ ", "1 ", "あ", "👍", "🏻", "🇯🇵", "\uFFFC", "\n"};
        com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.JAPAN);
        KinsokuSplitter k = new KinsokuSplitter();
        List<String> differ = new ArrayList<>();
        int answered = 0;
        for (char x : here.toCharArray()) {
            for (char y : next.toCharArray()) {
                if (KinsokuSplitter.pair(x, y) == KinsokuSplitter.ASK) {
                    continue;
                }
                answered++;
                for (String before : around) {
                    for (String after : around) {
                        String text = before + x + y + after;
                        int at = before.length();
                        if (k.allowsBreakAfter(text, at) != icuWithKinsoku(icu, text, at)) {
                            differ.add(text + " @" + at);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), differ);
        assertTrue(answered > 300, "most of the pairs are answered without ICU: " + answered);
    }

    @Test
    void everyCharacterOfAnAnsweredClassIsAnsweredAsICUAnswersIt() {
        // the answer goes by the characters' classes: ICU must treat every character of the BMP in them alike
        com.ibm.icu.text.BreakIterator icu = com.ibm.icu.text.BreakIterator.getLineInstance(com.ibm.icu.util.ULocale.JAPAN);
        List<String> differ = new ArrayList<>();
        String partners = "情ぁ」Az1 　\uFFFC０";
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch)) {
                continue;
            }
            for (char p : partners.toCharArray()) {
                for (String before : new String[] {"", "（ ", "1"}) {
                    String[] texts = {before + ch + p, before + p + ch};
                    for (String text : texts) {
                        int at = before.length();
                        int known = KinsokuSplitter.pair(text.charAt(at), text.charAt(at + 1));
                        if (known == KinsokuSplitter.ASK) {
                            continue;
                        }
                        icu.setText(text);
                        if ((known == KinsokuSplitter.BREAK) != icu.isBoundary(at + 1)) {
                            differ.add(String.format("U+%04X in %s", c, text));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), differ.subList(0, Math.min(differ.size(), 40)));
    }

    /** Lines of the extracted text without header, footer and blank lines, spaces removed. */
    private static List<String> bodyLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String s = line.replaceAll("[\\s　]", "");
            if (!s.isEmpty() && !s.matches("\\d+/\\d+")) {
                lines.add(s);
            }
        }
        return lines;
    }
}
