package jp.policygen.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full-width characters typed where YAML needs their half-width form: a 全角コロン 「：」 after a key, a 全角スペース
 * in the indentation, after a list's 「-」, before or after the colon. YAML reads them as ordinary text, so its own
 * error (if any) comes a line later and speaks of indentation; this check runs first and names the character, its
 * line and column, and the corrected line.
 *
 * <p>Only what stands where a key can (an ASCII word at the start of a line, after a list's dash or inside { }: every
 * key and clause id is one, and a misspelt key too) is looked at, never values, comments or the lines of a block text
 * (|, &gt;), so a full-width colon or space in Japanese text is left alone.
 */
final class FullWidth {
    private FullWidth() {
    }

    static final char COLON = '：';
    static final char SPACE = '　';

    record Mistake(int line, int column, String message) {
    }

    /** Indentation, an optional list dash, a key, the blanks before its colon, the colon, what follows. */
    private static final Pattern KEY_LINE = Pattern.compile(
            "^([ \u3000]*)((?:-[ \u3000]+)?)([A-Za-z_][A-Za-z0-9_.-]*)([ \u3000]*)([:：])(.*)$");
    /** A key inside a flow mapping: { name：架空市CSIRT, lead　: 課長 } */
    private static final Pattern FLOW_KEY = Pattern.compile(
            "[{,][ \u3000]*([A-Za-z_][A-Za-z0-9_.-]*)([ \u3000]*)([:：])(\u3000?)");
    /** A line that opens a block text: a value of | or &gt; (chomping and indentation marks, a comment allowed). */
    private static final Pattern BLOCK = Pattern.compile(".*(?:[:-]|^)[ \t]+[|>][+-]?[0-9]?[+-]?[ \t]*(#.*)?$");

    static List<Mistake> find(String text) {
        List<Mistake> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int blockParent = -1; // indentation of the line that opened a block text; -1 outside one
        int level = 0; // where the keys of the last key line's mapping start (after a list's dash)
        boolean opened = false; // whether that line ended with its key's colon (a mapping or list follows)
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (blockParent >= 0) {
                if (line.isBlank() || indent > blockParent) {
                    continue;
                }
                blockParent = -1;
            }
            String afterSpaces = line.substring(indent);
            if (afterSpaces.isEmpty() || afterSpaces.startsWith("#") || afterSpaces.chars().allMatch(c -> c == ' ' || c == '\t')) {
                continue;
            }
            if (afterSpaces.chars().allMatch(c -> c == ' ' || c == '\t' || c == SPACE)) {
                out.add(new Mistake(i + 1, indent + afterSpaces.indexOf(SPACE) + 1, "全角スペース（「　」）だけの行があります。"
                        + "この行の全角スペースを削除して空行にしてください。"));
                continue;
            }
            if (!opened && indent > level && afterSpaces.charAt(0) != SPACE) {
                continue; // deeper than a key here can be: the next line of a value written over several lines
            }
            Mistake m = check(line, i + 1, opened ? level + 2 : level);
            if (m != null) {
                out.add(m);
            }
            level = indent + (afterSpaces.startsWith("- ") ? 2 : 0);
            opened = afterSpaces.replaceFirst("[ \t]+#.*$", "").stripTrailing().endsWith(":");
            if (BLOCK.matcher(line).matches()) {
                blockParent = indent;
            }
        }
        return out;
    }

    private static Mistake check(String line, int number, int expected) {
        Matcher m = KEY_LINE.matcher(line);
        if (m.matches()) {
            String lead = m.group(1);
            String dash = m.group(2);
            String word = m.group(3);
            String gap = m.group(4);
            String rest = m.group(6);
            String value = rest.replaceFirst("^[ \u3000]+", "");
            String fixedLine = lead.replace("\u3000", "  ") + (dash.isEmpty() ? "" : "- ") + word + ":"
                    + (value.isEmpty() ? "" : " " + value);
            String example = "（正しくは「" + Text.shorten(fixedLine.strip(), 60) + "」）";
            if (lead.indexOf(SPACE) >= 0) {
                return indentation(number, lead.indexOf(SPACE), fixedLine.strip(), expected);
            }
            int at = lead.length();
            if (dash.indexOf(SPACE) >= 0) {
                return new Mistake(number, at + dash.indexOf(SPACE) + 1, "一覧の「-」のあとの空白が全角スペース（「　」）"
                        + "です。「-」のあとは半角スペースにしてください" + example + "。");
            }
            at += dash.length() + word.length();
            if (gap.indexOf(SPACE) >= 0) {
                return new Mistake(number, at + gap.indexOf(SPACE) + 1, "項目名「" + word + "」のあとに全角スペース（「　」）"
                        + "があります。項目名と「:」の間の空白を削除してください" + example + "。");
            }
            at += gap.length();
            if (m.group(5).charAt(0) == COLON) {
                return new Mistake(number, at + 1, "項目名「" + word + "」のあとのコロンが全角の「：」です。半角の「:」に"
                        + "直し、値は「:」のあとに半角スペースを1つ置いて書いてください" + example + "。");
            }
            if (rest.startsWith("\u3000")) {
                return new Mistake(number, at + 2, "「" + word + ":」のあとの空白が全角スペース（「　」）です。「:」のあとは"
                        + "半角スペースにしてください" + example + "。");
            }
            return flow(line, number);
        }
        int lead = 0;
        while (lead < line.length() && (line.charAt(lead) == ' ' || line.charAt(lead) == SPACE)) {
            lead++;
        }
        int space = line.substring(0, lead).indexOf(SPACE);
        if (space >= 0 && lead < line.length() && "-{[#".indexOf(line.charAt(lead)) >= 0) {
            return indentation(number, space, line.substring(lead).strip(), expected);
        }
        return flow(line, number);
    }

    /** The place of the first 全角スペース, the line as it should read after its indentation, and that indentation. */
    private static Mistake indentation(int number, int index, String content, int expected) {
        return new Mistake(number, index + 1, "行頭の字下げに全角スペース（「　」）があります。字下げは半角スペースだけで"
                + "書きます。前の行に続けるなら、半角スペース" + expected + "つのあとに「" + Text.shorten(content, 60)
                + "」と書いてください（同じ階層の項目とは字下げの幅をそろえます）。");
    }

    private static Mistake flow(String line, int number) {
        if (line.indexOf('{') < 0) {
            return null;
        }
        Matcher f = FLOW_KEY.matcher(line);
        while (f.find()) {
            String word = f.group(1);
            String example = "（正しくは「" + word + ": …」）";
            if (f.group(2).indexOf(SPACE) >= 0) {
                return new Mistake(number, f.start(2) + f.group(2).indexOf(SPACE) + 1, "項目名「" + word
                        + "」のあとに全角スペース（「　」）があります。項目名と「:」の間の空白を削除してください" + example + "。");
            }
            if (f.group(3).charAt(0) == COLON) {
                return new Mistake(number, f.start(3) + 1, "項目名「" + word + "」のあとのコロンが全角の「：」です。"
                        + "半角の「:」に直し、値は「:」のあとに半角スペースを1つ置いて書いてください" + example + "。");
            }
            if (!f.group(4).isEmpty()) {
                return new Mistake(number, f.start(4) + 1, "「" + word + ":」のあとの空白が全角スペース（「　」）です。"
                        + "「:」のあとは半角スペースにしてください" + example + "。");
            }
        }
        return null;
    }
}
