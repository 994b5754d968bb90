package jp.policygen.profile;

import java.util.Locale;

/** Japanese explanations of SnakeYAML's syntax errors, with what to write instead. */
final class YamlMessages {
    private YamlMessages() {
    }

    static String translate(String problem, String context) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        String c = context == null ? "" : context.toLowerCase(Locale.ROOT);
        if (p.contains("global tag is not allowed") || p.contains("could not determine a constructor")) {
            return "「!!」で始まる型指定は使えません。「!!…」の部分を削除して、値だけを書いてください。";
        }
        if (p.contains("'\\t'") || p.contains("tab") ) {
            return "タブ文字は使えません。字下げには半角スペース（2つずつ）を使ってください。";
        }
        if (p.contains("duplicate key") || c.contains("duplicate key")) {
            return "同じ項目が2回書かれています。1つにまとめてください。";
        }
        if (p.contains("mapping values are not allowed")) {
            return "「:」の位置が正しくありません。「項目名: 値」の形で書き、値に「:」を含むときは値全体を \"…\" で囲んでください。";
        }
        if (p.contains("could not find expected ':'")) {
            return "「項目名: 値」の「:」が見つかりません。項目名のあとに半角の「: 」（コロンと空白）を書いてください。";
        }
        if (p.contains("expected <block end>") || p.contains("bad indentation")) {
            return "字下げ（行頭の空白の数）がそろっていません。同じ階層の項目は同じ数の半角スペースで始めてください。";
        }
        if (p.contains("found undefined alias") || p.contains("found undefined anchor")) {
            return "定義されていない別名（*名前）が使われています。プロファイルでは別名（& と *）を使わずに書いてください。";
        }
        if (p.contains("number of aliases") || p.contains("aliases")) {
            return "別名（& と *）の参照が多すぎます。プロファイルでは別名を使わずに値をそのまま書いてください。";
        }
        if (p.contains("nesting depth")) {
            return "階層が深すぎます。プロファイルの階層は README の見本のとおりにしてください。";
        }
        if (p.contains("code point") || p.contains("exceeds the limit")) {
            return "ファイルが大きすぎます。プロファイルは 1 MB 以下にしてください。";
        }
        if (p.contains("found unexpected end of stream") || p.contains("found unexpected end")) {
            return "引用符（\" または '）や括弧が閉じられていません。開いた記号を閉じてください。";
        }
        if (p.contains("special characters are not allowed") || p.contains("control")) {
            return "表示できない制御文字が含まれています。その文字を削除してください。";
        }
        if (p.contains("found character") && p.contains("cannot start any token")) {
            return "値の先頭に使えない記号があります（@ ` % など）。値全体を \"…\" で囲んでください。";
        }
        if (p.contains("expected alphabetic or numeric character")) {
            return "& や * の使い方が正しくありません。値に & や * を含むときは値全体を \"…\" で囲んでください。";
        }
        if (p.contains("found unknown escape character")) {
            return "\"…\" の中の「\\」の使い方が正しくありません。「\\」を書くときは '…'（一重引用符）で囲んでください。";
        }
        if (p.contains("while scanning a quoted scalar") || c.contains("quoted scalar")) {
            return "引用符（\" または '）が閉じられていません。";
        }
        if (p.contains("expected a comment or a line break")) {
            return "値のあとに余分な文字があります。値に空白や記号を含むときは値全体を \"…\" で囲んでください。";
        }
        return "YAML の書き方に誤りがあります（" + (problem == null ? "" : problem.trim()) + "）。"
                + "README の見本と見比べて、字下げと「項目名: 値」の形を確かめてください。";
    }
}
