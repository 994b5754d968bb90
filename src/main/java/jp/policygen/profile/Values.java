package jp.policygen.profile;

import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import jp.policygen.markup.BodyMarkup;
import jp.policygen.profile.ProfileReader.Fields;
import jp.policygen.profile.ProfileReader.Walk;

/**
 * Reads one value of a profile (text, one of a list, true/false, a whole number, a mapping) and explains in
 * Japanese, with its line and column, what to write instead when it is not what the key needs.
 */
final class Values {
    private final Walk walk;

    Values(Walk walk) {
        this.walk = walk;
    }


    Fields mapping(Node n, String path, List<String> known, String example) {
        if (n instanceof MappingNode m) {
            return new Fields(walk, path, m, known);
        }
        walk.error(n, path, "wrong-type", "'" + path + "' の各要素は「項目名: 値」の形で書いてください（例: " + example + "）。"
                + (n instanceof ScalarNode s && !s.getValue().isBlank() ? "「" + Text.show(s.getValue()) + "」だけでは書けません。"
                        : ""));
        return null;
    }

    String text(Fields f, String key, boolean required, String example, int max) {
        if (f == null) {
            return null;
        }
        if (!f.has(key)) {
            if (required) {
                f.missing(key, example);
            }
            return null;
        }
        return scalarText(f.value(key), f.join(key), max);
    }

    Optional<String> optionalText(Fields f, String key, int max) {
        return f.has(key) ? Optional.ofNullable(scalarText(f.value(key), f.join(key), max)) : Optional.empty();
    }

    String scalarText(Node n, String key, int max) {
        if (!(n instanceof ScalarNode s)) {
            walk.error(n, key, "wrong-type", "'" + key + "' には1行の文字を書いてください（" + found(n) + "書けません）。");
            return null;
        }
        if (!ProfileReader.plainTag(n)) {
            walk.error(n, key, "tag", YamlMessages.tagMessage(n.getTag().getValue()));
            return null;
        }
        if (n.getTag().equals(Tag.BOOL)) {
            walk.error(n, key, "wrong-type", "'" + key + "' には文字を書いてください。" + Text.show(s.getValue())
                    + " は真偽値（はい・いいえ）として読まれるため、文字として書くときは \"" + Text.show(s.getValue())
                    + "\" のように引用符で囲んでください。");
            return null;
        }
        String v = s.getValue().strip();
        if (v.isEmpty()) {
            walk.error(n, key, "empty-value", "'" + key + "' が空です。値を書くか、省略できる項目なら行ごと削除してください。");
            return null;
        }
        int length = v.codePointCount(0, v.length());
        if (length > max) {
            walk.error(n, key, "too-long", "'" + key + "' が長すぎます（" + length + " 文字）。" + max + " 文字以内にしてください。");
            return null;
        }
        int bad = Text.firstBad(v, false);
        if (bad >= 0 && (v.charAt(bad) == '\n' || v.charAt(bad) == '\r')) {
            walk.error(n, key, "control-char", "'" + key + "' には改行を含められません。1行で書いてください。");
            return null;
        }
        if (bad >= 0) {
            walk.error(n, key, "control-char", "'" + key + "' に" + YamlSource.describe(v.codePointAt(bad))
                    + "が含まれています。" + ProfileBuilder.UNUSABLE);
            return null;
        }
        if (invisible(v)) {
            walk.error(n, key, "empty-value", "'" + key + "' には見えない文字（空白やゼロ幅の文字）しかありません。"
                    + "値を書くか、省略できる項目なら行ごと削除してください。");
            return null;
        }
        return v;
    }

    /** Only spaces of any kind (no-break, ideographic) and zero-width or format characters: nothing to read. */
    static boolean invisible(String v) {
        return v.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || cp == 0x180E || cp == 0x3164 || cp == 0xFFA0);
    }

    /** A block of text (replace / append): newlines allowed, other control characters not. */
    String multiline(Fields f, String key) {
        Node n = f.value(key);
        if (!(n instanceof ScalarNode s) || !ProfileReader.plainTag(n) || n.getTag().equals(Tag.BOOL)) {
            walk.error(n, f.join(key), "wrong-type", "'" + f.join(key) + "' には文章を書いてください（「" + key
                    + ": |」と書き、次の行から字下げして本文を書きます）。");
            return null;
        }
        String v = s.getValue().strip();
        if (v.isEmpty()) {
            walk.error(n, f.join(key), "empty-value", "'" + f.join(key) + "' が空です。本文を書いてください"
                    + "（条項を削るときは omit: true と書きます）。");
            return null;
        }
        int length = v.codePointCount(0, v.length());
        if (length > ProfileReader.MAX_TEXT) {
            walk.error(n, f.join(key), "too-long", "'" + f.join(key) + "' が長すぎます（" + length + " 文字）。"
                    + ProfileReader.MAX_TEXT + " 文字以内にしてください。");
            return null;
        }
        int bad = Text.firstBad(v, true);
        if (bad >= 0) {
            walk.error(n, f.join(key), "control-char", "'" + f.join(key) + "' に"
                    + YamlSource.describe(v.codePointAt(bad)) + "が含まれています。" + ProfileBuilder.UNUSABLE);
            return null;
        }
        List<BodyMarkup.Problem> problems = BodyMarkup.check(v);
        String raw = s.getValue();
        int skipped = (int) raw.substring(0, Math.max(0, raw.indexOf(v))).chars().filter(c -> c == '\n').count();
        for (BodyMarkup.Problem p : problems) {
            int[] at = textLine(s, p.line() + skipped);
            walk.at(at[0], at[1], "markup", "'" + f.join(key) + "' の" + p.message());
        }
        return problems.isEmpty() ? v : null;
    }

    /**
     * Line and column (1-based) in the file of line {@code k} of a text value: for a block (「replace: |」) the
     * text starts on the line after the indicator, at the block's indentation; otherwise on the value's line.
     */
    private static int[] textLine(ScalarNode s, int k) {
        org.yaml.snakeyaml.error.Mark mark = s.getStartMark();
        boolean block = s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
        if (!block) {
            return new int[] {mark.getLine() + 1 + k, k == 0 ? mark.getColumn() + 1 : 1};
        }
        int line = mark.getLine() + 1 + k; // 0-based line of the file
        int[] buffer = mark.getBuffer();
        int current = 0;
        int i = 0;
        while (i < buffer.length && current < line) {
            if (buffer[i++] == '\n') {
                current++;
            }
        }
        int column = 1;
        while (i < buffer.length && buffer[i] == ' ') {
            column++;
            i++;
        }
        return new int[] {line + 1, column};
    }

    String choice(Fields f, String key, List<String> allowed, String fallback) {
        Node n = f.value(key);
        if (!(n instanceof ScalarNode s) || !ProfileReader.plainTag(n)) {
            walk.error(n, f.join(key), "wrong-type", "'" + f.join(key) + "' には" + found(n) + "書けません。次のどれかを"
                    + "書いてください: " + String.join(" / ", allowed) + "。");
            return fallback;
        }
        String v = s.getValue().strip();
        if (!allowed.contains(v)) {
            String hint = Nearest.of(v, allowed).map(x -> "'" + x + "' ですか？").orElse("");
            walk.error(n, f.join(key), "bad-value", "'" + f.join(key) + "' に「" + Text.show(v) + "」は書けません。"
                    + "次のどれかを書いてください: " + String.join(" / ", allowed) + "。" + hint);
            return fallback;
        }
        return v;
    }

    String enumItem(Node n, String key, List<String> allowed) {
        if (n instanceof ScalarNode s && ProfileReader.plainTag(n) && allowed.contains(s.getValue().strip())) {
            return s.getValue().strip();
        }
        if (!(n instanceof ScalarNode s)) {
            walk.error(n, key, "wrong-type", "'" + key + "' の要素には" + found(n) + "書けません。次のどれかを書いてください: "
                    + String.join(" / ", allowed) + "。");
            return null;
        }
        String v = s.getValue().strip();
        String hint = Nearest.of(v, allowed).map(x -> "'" + x + "' ですか？").orElse("");
        walk.error(n, key, "bad-value", "'" + key + "' に「" + Text.show(v) + "」は書けません。次のどれかを書いてください: "
                + String.join(" / ", allowed) + "。" + hint);
        return null;
    }

    boolean bool(Fields f, String key, boolean fallback) {
        if (f == null || !f.has(key)) {
            return fallback;
        }
        Node n = f.value(key);
        if (n instanceof ScalarNode s && n.getTag().equals(Tag.BOOL)) {
            String v = s.getValue().toLowerCase(java.util.Locale.ROOT);
            return v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y");
        }
        String k = f.join(key);
        if (n instanceof ScalarNode s && s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
                && List.of("true", "false").contains(s.getValue().strip().toLowerCase(java.util.Locale.ROOT))) {
            String v = s.getValue().strip().toLowerCase(java.util.Locale.ROOT);
            walk.error(n, k, "wrong-type", "'" + k + "' には true か false を書いてください。引用符で囲んだ \"" + s.getValue()
                    + "\" は文字として読まれるため、引用符を外して " + v + " と書いてください。");
        } else {
            walk.error(n, k, "wrong-type", "'" + k + "' には true か false を書いてください（" + found(n) + "書けません）。"
                    + "使うなら true、使わないなら false です。");
        }
        return fallback;
    }

    boolean requiredBool(Fields f, String key) {
        if (!f.has(key)) {
            f.missing(key, "true");
            return false;
        }
        return bool(f, key, false);
    }

    Optional<Integer> integer(Fields f, String key, int min, int max) {
        return integer(f, key, min, max, "1200");
    }

    /** @param example what to write, shown in the message (「12（パスワードの最小の文字数。単位は文字）」) */
    Optional<Integer> integer(Fields f, String key, int min, int max, String example) {
        Node n = f.value(key);
        if (n instanceof ScalarNode s && n.getTag().equals(Tag.INT)) {
            String digits = s.getValue().replace("_", "");
            if (digits.matches("[-+]?[0-9]{1,18}")) {
                long v = Long.parseLong(digits);
                if (v >= min && v <= max) {
                    return Optional.of((int) v);
                }
                walk.error(n, f.join(key), "out-of-range", "'" + f.join(key) + "' の " + Text.show(s.getValue()) + " は範囲外です。"
                        + min + " 以上 " + max + " 以下の整数を書いてください（例: " + example + "）。");
                return Optional.empty();
            }
        }
        String shown = n instanceof ScalarNode s ? "「" + Text.show(s.getValue()) + "」は書けません。" : found(n) + "書けません。";
        walk.error(n, f.join(key), "wrong-type", "'" + f.join(key) + "' には" + shown + min + " 以上 " + max
                + " 以下の整数を半角数字で書いてください（例: " + example + "）。");
        return Optional.empty();
    }

    /** 「一覧は」 / 「「項目名: 値」は」 / 「「abc」は」: what was found where something else belongs. */
    static String found(Node n) {
        if (n instanceof SequenceNode) {
            return "一覧（- や [ … ]）は";
        }
        if (n instanceof MappingNode) {
            return "「項目名: 値」は";
        }
        if (n instanceof ScalarNode s) {
            return "「" + Text.show(s.getValue()) + "」は";
        }
        return "";
    }

    static boolean isFalse(Node n) {
        return n instanceof ScalarNode s && n.getTag().equals(Tag.BOOL)
                && List.of("false", "no", "off", "n").contains(s.getValue().toLowerCase(java.util.Locale.ROOT));
    }
}
