package jp.policygen.profile;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Japanese explanations of SnakeYAML's syntax errors, each saying what to write instead, and the place that
 * the user should look at (for an unclosed quote that is where it was opened, not the end of the file).
 */
final class YamlMessages {
    private YamlMessages() {
    }

    /** A message and the mark it belongs to (null when the whole file is meant). */
    record Explained(String message, Mark mark) {
    }

    static final String QUOTE = "値全体を \"…\" で囲んでください";

    private static final Pattern FOUND_CHAR = Pattern.compile("found character '(.*?)' that cannot start any token",
            Pattern.DOTALL);
    private static final Pattern UNDEFINED_ALIAS = Pattern.compile("found undefined alias (.*)", Pattern.DOTALL);
    private static final Pattern GLOBAL_TAG = Pattern.compile("Global tag is not allowed: (.*)", Pattern.DOTALL);

    /**
     * SnakeYAML gives up on a key over 1,024 characters as if its ':' were missing; it says so on the key's own
     * line, more than 1,024 characters after its start (a ':' truly missing is noticed on a later line).
     */
    private static boolean longKey(Mark key, Mark problem) {
        return key != null && problem != null && key.getLine() == problem.getLine()
                && problem.getColumn() - key.getColumn() > 1024;
    }

    static Explained explain(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark();
        String p = problem.toLowerCase(Locale.ROOT);
        String c = context.toLowerCase(Locale.ROOT);

        if (c.contains("quoted scalar") && (p.contains("end of stream") || p.contains("document separator"))) {
            String q = charAt(contextMark).equals("'") ? "'" : "\"";
            return new Explained("「" + q + "」で始めた値が閉じられていません。値の終わりにも「" + q + "」を書いてください"
                    + "（値の中に " + q + " を書くときは " + (q.equals("'") ? "''" : "\\\"") + " とします）。",
                    or(contextMark, problemMark));
        }
        if (p.contains("could not find expected ':'") && longKey(contextMark, problemMark)) {
            return new Explained("項目名が長すぎます（1,024 文字を超えています）。項目名は決められた短い名前"
                    + "（name、kind など）を書き、長い文章は「項目名: 値」の値の側に書いてください。", or(contextMark, problemMark));
        }
        if (p.contains("could not find expected ':'")) {
            return new Explained("「項目名: 値」の「:」がありません。項目名のあとに半角の「: 」（コロンと空白）を書いてください。",
                    or(contextMark, problemMark));
        }
        if (p.contains("expected ',' or '}'") || p.contains("expected ',' or ']'")) {
            boolean map = p.contains("'}'");
            String open = map ? "{" : "[";
            String close = map ? "}" : "]";
            boolean unclosed = contextMark != null && problemMark != null && problemMark.getLine() > contextMark.getLine();
            String msg = unclosed
                    ? "「" + open + "」で始めた " + open + " … " + close + " が閉じられていません。同じ行の終わりに「" + close
                            + "」を書いてください。"
                    : "「" + open + " … " + close + "」の中の書き方が正しくありません。要素の間は「, 」で区切り、最後を「" + close
                            + "」で閉じてください。値に , や : を含むときは" + QUOTE + "。";
            return new Explained(msg, unclosed ? contextMark : or(problemMark, contextMark));
        }
        Matcher tab = FOUND_CHAR.matcher(problem);
        if (tab.find()) {
            String ch = tab.group(1);
            if (ch.startsWith("\\t")) {
                return new Explained("タブ文字は使えません。タブを半角スペースに置き換えてください（字下げは半角スペース2つずつ）。",
                        or(problemMark, contextMark));
            }
            return new Explained("値の先頭に「" + ch + "」は書けません。" + QUOTE + "（例: \"" + ch + "…\"）。",
                    or(problemMark, contextMark));
        }
        if (p.contains("mapping values are not allowed")) {
            return new Explained("ここに「:」は書けません。この行の字下げが前の行より深すぎないか確かめ、同じ階層の項目は"
                    + "同じ数の半角スペースで始めてください。値に「: 」を含むときは" + QUOTE + "。", or(problemMark, contextMark));
        }
        if (p.contains("sequence entries are not allowed")) {
            return new Explained("ここに一覧の「- 」は書けません。一覧は「項目名:」の次の行から、字下げして「- 」で始めて"
                    + "書いてください。値が - で始まるときは" + QUOTE + "。", or(problemMark, contextMark));
        }
        if (p.contains("mapping keys are not allowed")) {
            return new Explained("「? 」は使えません。「項目名: 値」の形で書いてください。値が ? で始まるときは" + QUOTE + "。",
                    or(problemMark, contextMark));
        }
        if (p.contains("expected <block end>")) {
            if (p.contains("<scalar>")) {
                return new Explained("ここに余分な文字があります。引用符で囲んだ値のあとには何も書けません。値全体を引用符の中に"
                        + "入れるか、この行の字下げを確かめてください。", or(problemMark, contextMark));
            }
            if (p.contains("<block entry>")) {
                return new Explained("一覧の「- 」の位置がそろっていません。一覧の各行は同じ数の半角スペースのあとに「- 」を"
                        + "書いてください。", or(problemMark, contextMark));
            }
            return new Explained("字下げ（行頭の空白の数）がそろっていません。同じ階層の項目は同じ数の半角スペースで始めてください。",
                    or(problemMark, contextMark));
        }
        if (p.contains("expected the node content")) {
            return new Explained("ここには値を書いてください。値に記号（, [ ] { } など）を含むときは" + QUOTE + "。",
                    or(problemMark, contextMark));
        }
        Matcher alias = UNDEFINED_ALIAS.matcher(problem);
        if (alias.find()) {
            return new Explained("別名「*" + alias.group(1).trim() + "」は定義されていません。プロファイルでは別名（& と *）を"
                    + "使わずに値をそのまま書いてください。値が * で始まるときは" + QUOTE + "。", or(problemMark, contextMark));
        }
        if (c.contains("alias") || c.contains("anchor") || p.contains("expected alphabetic or numeric character")) {
            return new Explained("& や * の使い方が正しくありません。値が & や * で始まるときは" + QUOTE + "。",
                    or(problemMark, contextMark));
        }
        Matcher global = GLOBAL_TAG.matcher(problem);
        if (global.find()) {
            return new Explained(tagMessage(global.group(1).trim()), or(problemMark, contextMark));
        }
        if (c.contains("tag") || p.contains("tag handle")) {
            return new Explained("「!」で始まる型指定は使えません。値が ! で始まるときは" + QUOTE + "。", or(problemMark, contextMark));
        }
        if (p.contains("unknown escape character") || p.contains("escape sequence")) {
            return new Explained("\"…\" の中の「\\」の使い方が正しくありません。「\\」を文字として書くときは「\\\\」と2つ重ねるか、"
                    + "値全体を '…'（一重引用符）で囲んでください。", or(problemMark, contextMark));
        }
        if (c.contains("block scalar")) {
            return new Explained("「|」や「>」のあとには何も書かず、次の行から字下げして本文を書いてください。",
                    or(problemMark, contextMark));
        }
        if (c.contains("directive") || p.contains("yaml directive") || p.contains("yaml document")) {
            return new Explained("「%」で始まる行（YAML の指示）は使えません。この行を削除してください。", or(contextMark, problemMark));
        }
        if (c.contains("single document") || p.contains("another document")) {
            return new Explained("1つのファイルに書けるプロファイルは1つだけです。この「---」の行から後を削除するか、別のファイルに"
                    + "分けてください。", or(problemMark, contextMark));
        }
        if (p.contains("<document start>")) {
            return new Explained("「...」や「---」の行のあとにプロファイルの続きは書けません。「...」「---」の行を削除してください。",
                    or(problemMark, contextMark));
        }
        if (p.contains("expected a comment or a line break")) {
            return new Explained("この行の後半に余分な文字があります。値に空白や記号を含むときは" + QUOTE + "。",
                    or(problemMark, contextMark));
        }
        if (p.contains("end of stream")) {
            return new Explained("ファイルが途中で終わっています。引用符（\" '）や括弧（{ [）が閉じられているか確かめてください。",
                    or(problemMark, contextMark));
        }
        if (p.contains("expected mapping node") || p.contains("merge")) {
            return new Explained("「<<:」（別の項目の取り込み）は使えません。取り込む項目をここにそのまま書いてください。",
                    or(problemMark, contextMark));
        }
        return new Explained(translate(problem), or(problemMark, contextMark));
    }

    /** Messages of errors that carry no mark (limits, reader errors). */
    static String translate(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("global tag is not allowed")) {
            Matcher m = GLOBAL_TAG.matcher(problem);
            return tagMessage(m.find() ? m.group(1).trim() : "!!…");
        }
        if (p.contains("number of aliases")) {
            return aliasesMessage();
        }
        if (p.contains("nesting depth")) {
            return depthMessage();
        }
        if (p.contains("exceeds the limit") || p.contains("code point")) {
            return "ファイルが大きすぎます。プロファイルは 1 MB（1,000,000 バイト）以下にしてください。";
        }
        if (p.contains("special characters are not allowed") || p.contains("surrogate")) {
            return "制御文字が含まれています。" + ProfileBuilder.UNUSABLE;
        }
        if (p.contains("end of stream")) {
            return "ファイルが途中で終わっています。引用符（\" '）や括弧（{ [）が閉じられているか確かめてください。";
        }
        return "YAML の書き方に誤りがあります。README の見本と見比べて、字下げ（半角スペース）、「項目名: 値」の形、"
                + "引用符や括弧の閉じ忘れを確かめてください。";
    }

    static String aliasesMessage() {
        return "別名（*名前）の参照が多すぎます（" + ProfileReader.MAX_ALIASES + " 個まで）。プロファイルでは別名（& と *）を"
                + "使わずに、値をそのまま書いてください。";
    }

    static String depthMessage() {
        return "字下げの階層が深すぎます（" + ProfileReader.MAX_DEPTH + " 階層まで）。プロファイルの階層は README の見本のとおりに"
                + "してください。";
    }

    /** 「型指定「!!java.lang.ProcessBuilder」は使えません。…」 */
    static String tagMessage(String tag) {
        String shown = shownTag(tag);
        return "型指定「" + shown + "」は使えません。プロファイルには値だけを書きます。「" + shown + "」を削除してください。";
    }

    /** A type tag on a value that is not of that type: !!bool maybe. */
    static String tagMismatchMessage(String tag, String value) {
        String shown = shownTag(tag);
        String expected = switch (shown) {
            case "!!bool" -> "true か false を";
            case "!!int" -> "半角数字の整数（例: 1200）を";
            case "!!float" -> "半角数字の数（例: 1.5）を";
            case "!!null" -> "null を";
            case "!!timestamp" -> "2026-04-01 の形の日付を";
            default -> "その型の値を";
        };
        String space = expected.charAt(0) < 0x80 ? " " : "";
        return "型指定「" + shown + "」の値「" + Text.show(value) + "」は、その型の値として読めません。型指定は使わずに、"
                + "「" + shown + "」を削除して" + space + expected + "書いてください。";
    }

    /** tag:yaml.org,2002:java.io.File → !!java.io.File, as the user wrote it. */
    static String shownTag(String tag) {
        String t = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
        return Text.shorten(t, 60);
    }

    private static Mark or(Mark a, Mark b) {
        return a != null ? a : b;
    }

    private static String charAt(Mark m) {
        if (m == null || m.getBuffer() == null || m.getPointer() < 0 || m.getPointer() >= m.getBuffer().length) {
            return "";
        }
        return new String(Character.toChars(m.getBuffer()[m.getPointer()]));
    }
}
