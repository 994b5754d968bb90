package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.profile.TestProfiles;

/** {@code policygen check}: text and JSON reports, and its exit status (0 valid, 1 errors, 2 bad arguments). */
class CheckCommandTest {
    @TempDir
    Path dir;

    static final String NL = System.lineSeparator();

    static final String EDR = "model が beta のときは edr: true が必要です。β・β' モデルでは職員の端末がインターネット接続系に"
            + "置かれるため、ガイドラインは端末での不審な挙動の検知と対応（EDR）を求めています。network の中に「edr: true」と"
            + "書いてください。";

    static final String NO_REASON = "'std.human.passwords' の変更に reason（変更の理由）がありません。改定の際に経緯が分かるよう"
            + "「reason: 本市の規程に合わせるため」のように書いてください。";

    /** MINIMAL with the first {@code from} (the body's name, not the CSIRT's) replaced. */
    private static String first(String from, String to) {
        int i = TestProfiles.MINIMAL.indexOf(from);
        return TestProfiles.MINIMAL.substring(0, i) + to + TestProfiles.MINIMAL.substring(i + from.length());
    }

    private Path profile(String name, String yaml) throws IOException {
        return TestProfiles.write(dir, name, yaml);
    }

    private Path beta() throws IOException {
        return profile("beta.yaml", TestProfiles.MINIMAL.replace("model: alpha", "model: beta"));
    }

    private Path warningOnly() throws IOException {
        return profile("warn.yaml", TestProfiles.MINIMAL + "overrides:\n  std.human.passwords:\n    omit: true\n");
    }

    // ---- text ------------------------------------------------------------------------------------

    @Test
    void validProfileExitsZero() throws IOException {
        Cli r = Cli.run("check", profile("ok.yaml", TestProfiles.MINIMAL).toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().startsWith("誤りは見つかりませんでした。" + NL + NL), r.out());
        assertEquals("", r.err());
    }

    @Test
    void validProfileGetsAChecklistOfWhatItsModelRequires() throws IOException {
        Path p = profile("ap.yaml", TestProfiles.MINIMAL.replace("  model: alpha\n",
                "  model: alpha-prime\n  alpha_prime: { case: no-file-import }\n  security_cloud: false\n"));
        Cli r = Cli.run("check", p.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains(p + " — α' モデル（イ） で求められる対策"), r.out());
        assertTrue(lines.contains("  未対応　インターネットとの通信を自治体情報セキュリティクラウドに集約して監視している（都道府県は構築し、運営している）"
                + "（対策基準 3(3)。三層の対策（全てのモデル））"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  要確認　クラウドサービスから端末へのファイルのダウンロードの制限（対策基準 3(4)")),
                "case イ's download restriction");
        assertFalse(r.out().contains("EDR"), "β measures are not listed for α'");
    }

    @Test
    void theHintForAMissingCommitteeNamesTheBodysOwnNotTheSampleCitys() throws IOException {
        Path p = profile("town.yaml", TestProfiles.MINIMAL.replace("name: 架空市\n  kind: city", "name: 南町\n  kind: town")
                .replace("  committee: 架空市情報セキュリティ委員会\n", ""));
        Cli r = Cli.run("check", p.toString());
        assertTrue(r.status() != 0, r.out()); // an error found (check's own exit code for it is the command's contract)
        assertTrue(r.out().contains("「committee: 南町情報セキュリティ委員会」のように書いてください。"), r.out());
        assertFalse(r.out().contains("架空市情報セキュリティ委員会"), r.out());
    }

    /** 済 means the profile says so: a default the author never wrote is 要確認（既定値）, with its key for the author. */
    @Test
    void aDefaultTheAuthorNeverWroteIsNeverDone() throws IOException {
        String cloud = "インターネットとの通信を自治体情報セキュリティクラウドに集約して監視している（都道府県は構築し、運営している）"
                + "（対策基準 3(3)。三層の対策（全てのモデル））";
        assertFalse(TestProfiles.MINIMAL.contains("security_cloud"), "the default stands");
        Cli unwritten = Cli.run("check", profile("default.yaml", TestProfiles.MINIMAL).toString());
        List<String> lines = unwritten.out().lines().toList();
        assertTrue(lines.contains("  要確認（既定値）　" + cloud + " → network.security_cloud"), unwritten.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  要確認（既定値）　パスワードの最小の文字数を「12文字」とする（既定値。団体で値を決めてください）")
                && l.endsWith(" → parameters.password_min_length")), unwritten.out());
        Cli written = Cli.run("check", profile("written.yaml", TestProfiles.MINIMAL.replace("  model: alpha\n",
                "  model: alpha\n  security_cloud: true\n")).toString());
        assertTrue(written.out().lines().toList().contains("  済　　　" + cloud), written.out());
    }

    @Test
    void overrideOfAClauseThisModelDoesNotHoldIsAWarningInCheckAndGenerate(@TempDir Path out) throws IOException {
        Path p = profile("unused.yaml", TestProfiles.MINIMAL
                + "overrides:\n  std.resilience.model.beta.edr:\n    omit: true\n    reason: 理由\n");
        String expected = p + ":19:3: 警告: 'std.resilience.model.beta.edr' はこのプロファイルの設定（ネットワークモデルや機能）"
                + "では文書に含まれない条項のため、この変更は反映されません。不要なら overrides から削除してください。";
        Cli check = Cli.run("check", p.toString());
        assertEquals(0, check.status(), check.out());
        assertTrue(check.out().startsWith(expected + NL + "誤りは見つかりませんでした（警告 1 件）。" + NL), check.out());
        Cli generate = Cli.run("generate", p.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, generate.status(), generate.err());
        assertTrue(generate.err().contains(expected), generate.err());
    }

    @Test
    void checklistShowsAClauseTakenOutByAnOverride() throws IOException {
        Path p = profile("omit.yaml", TestProfiles.MINIMAL
                + "overrides:\n  std.human.training:\n    omit: true\n    reason: 別の規程で定める\n");
        Cli r = Cli.run("check", p.toString());
        assertTrue(r.out().contains("全ての職員等が年1回以上情報セキュリティ研修を受講できる研修計画がある"
                + "（該当する条項はプロファイルの変更（overrides）で削除されています。"), r.out());
    }

    @Test
    void everySampleProfileChecksWithoutErrors() {
        for (String f : List.of("kakuu-mura.yaml", "kakuu-machi.yaml", "kakuu-shi.yaml", "kakuu-ken.yaml")) {
            Cli r = Cli.run("check", "profiles/" + f);
            assertEquals(0, r.status(), f + ": " + r.out());
        }
    }

    @Test
    void errorsArePrintedWithFileLineAndColumnAndExitOne() throws IOException {
        Path p = beta();
        Cli r = Cli.run("check", p.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals(p + ":17:3: エラー: " + EDR + NL + "誤り 1 件、警告 0 件。" + NL, r.out());
    }

    @Test
    void warningsAloneExitZeroAndAreCounted() throws IOException {
        Path p = warningOnly();
        Cli r = Cli.run("check", p.toString());
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().startsWith(p + ":19:3: 警告: " + NO_REASON + NL + "誤りは見つかりませんでした（警告 1 件）。" + NL),
                r.out());
    }

    @Test
    void severalProfilesAreAllReportedAndOneErrorMakesTheStatusOne() throws IOException {
        Path ok = profile("ok.yaml", TestProfiles.MINIMAL);
        Path warn = warningOnly();
        Path bad = beta();
        Cli r = Cli.run("check", ok.toString(), warn.toString(), bad.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().startsWith(warn + ":19:3: 警告: " + NO_REASON + NL + bad + ":17:3: エラー: " + EDR + NL
                + "誤り 1 件、警告 1 件。" + NL), r.out());
    }

    @Test
    void everyMistakeOfAFileIsReportedInOneRun() throws IOException {
        Path p = profile("many.yaml", TestProfiles.MINIMAL.replace("kind: city", "kind: ctiy")
                .replace("model: alpha", "model: beta").replace("  ciso: 副市長\n", ""));
        Cli r = Cli.run("check", p.toString());
        assertEquals(1, r.status());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith(p + ":4:9: エラー: 'municipality.kind' に「ctiy」は書けません。"), lines.get(0));
        assertTrue(lines.get(1).startsWith(p + ":8:3: エラー: 必須項目 'organization.ciso' がありません。"), lines.get(1));
        assertTrue(lines.get(2).startsWith(p + ":16:3: エラー: model が beta のときは edr: true が必要です。"), lines.get(2));
        assertEquals("誤り 3 件、警告 0 件。", lines.get(3));
    }

    @Test
    void syntaxErrorExitsOne() throws IOException {
        Path p = profile("syntax.yaml", first("name: 架空市", "name: \"架空市"));
        Cli r = Cli.run("check", p.toString());
        assertEquals(1, r.status());
        assertTrue(r.out().startsWith(p + ":3:9: エラー: 「\"」で始めた値が閉じられていません。"), r.out());
    }

    @Test
    void checkWritesNothing() throws IOException {
        Path p = beta();
        try (Stream<Path> before = Files.list(dir)) {
            List<Path> files = before.sorted().toList();
            Cli.run("check", p.toString());
            Cli.run("check", "--format", "json", p.toString());
            try (Stream<Path> after = Files.list(dir)) {
                assertEquals(files, after.sorted().toList());
            }
        }
    }

    // ---- JSON ------------------------------------------------------------------------------------

    private static JsonNode json(Cli r) throws IOException {
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void jsonOfAValidProfileHasNoFindings() throws IOException {
        Cli r = Cli.run("check", "--format", "json", profile("ok.yaml", TestProfiles.MINIMAL).toString());
        assertEquals(0, r.status());
        JsonNode root = json(r);
        assertEquals(List.of("findings", "profiles"), iterable(root.fieldNames()));
        assertTrue(root.get("findings").isArray());
        assertEquals(0, root.get("findings").size());
        JsonNode report = root.get("profiles").get(0);
        assertEquals("α モデル", report.get("situation").asText());
        JsonNode first = report.get("requirements").get(0);
        assertEquals(List.of("id", "text", "status", "basis", "clause", "where"), iterable(first.fieldNames()));
        assertEquals("unconfirmed", first.get("status").asText());
    }

    @Test
    void jsonListsEachFindingWithAllItsFields() throws IOException {
        Path warn = warningOnly();
        Path bad = beta();
        Cli r = Cli.run("check", "--format", "json", warn.toString(), bad.toString());
        assertEquals(1, r.status(), r.out() + r.err());
        assertEquals("", r.err());
        JsonNode findings = json(r).get("findings");
        assertEquals(2, findings.size());

        JsonNode w = findings.get(0);
        assertEquals(List.of("severity", "code", "file", "line", "column", "key", "message"), iterable(w.fieldNames()));
        assertEquals("warning", w.get("severity").asText());
        assertEquals("no-reason", w.get("code").asText());
        assertEquals(warn.toString(), w.get("file").asText());
        assertEquals(19, w.get("line").asInt());
        assertEquals(3, w.get("column").asInt());
        assertEquals("overrides.std.human.passwords", w.get("key").asText());
        assertEquals(NO_REASON, w.get("message").asText());

        JsonNode e = findings.get(1);
        assertEquals("error", e.get("severity").asText());
        assertEquals("beta-needs-edr", e.get("code").asText());
        assertEquals(bad.toString(), e.get("file").asText());
        assertTrue(e.get("line").isInt());
        assertEquals(17, e.get("line").asInt());
        assertEquals(3, e.get("column").asInt());
        assertEquals("network.edr", e.get("key").asText());
        assertEquals(EDR, e.get("message").asText());
    }

    @Test
    void jsonOfAFileLevelErrorHasLineZero() throws IOException {
        Path p = profile("empty.yaml", "");
        Cli r = Cli.run("check", "--format", "json", p.toString());
        assertEquals(1, r.status());
        JsonNode f = json(r).get("findings").get(0);
        assertEquals("empty", f.get("code").asText());
        assertEquals(0, f.get("line").asInt());
        assertEquals(0, f.get("column").asInt());
        assertEquals("", f.get("key").asText());
    }

    @Test
    void jsonKeepsJapaneseAndControlCharactersSafe() throws IOException {
        Path p = profile("esc.yaml", first("name: 架空市", "name: \"架空\\e市\""));
        Cli r = Cli.run("check", "--format", "json", p.toString());
        assertEquals(1, r.status());
        assertFalse(r.out().chars().anyMatch(ch -> ch < 0x20 && ch != '\n'), "no raw control character in the JSON");
        assertEquals("control-char", json(r).get("findings").get(0).get("code").asText());
    }

    // ---- bad arguments: 2 --------------------------------------------------------------------------

    @Test
    void unknownFormatIsABadArgument() throws IOException {
        Cli r = Cli.run("check", "--format", "xml", profile("ok.yaml", TestProfiles.MINIMAL).toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals("引数が正しくありません: --format に「xml」は指定できません。text, json, docx, xlsx, html から選んでください。" + NL, r.err());
    }

    @Test
    void missingProfileArgumentIsABadArgument() {
        Cli r = Cli.run("check");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("引数が正しくありません: "), r.err());
        assertTrue(r.err().contains("policygen check --help"), r.err());
    }

    @Test
    void unknownOptionIsABadArgument() {
        Cli r = Cli.run("check", "--strict", "profiles/kakuu-shi.yaml");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("引数が正しくありません: "), r.err());
    }

    @Test
    void profileThatDoesNotExistIsABadArgument() {
        Path p = dir.resolve("nothing.yaml");
        Cli r = Cli.run("check", p.toString());
        assertEquals(2, r.status());
        assertEquals(p + ": エラー: ファイルが見つかりません。ファイル名と場所を確かめてください。" + NL + "誤り 1 件、警告 0 件。" + NL,
                r.out());
    }

    @Test
    void folderInsteadOfAProfileIsABadArgument() {
        Cli r = Cli.run("check", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.out().startsWith(dir + ": エラー: フォルダが指定されました。"), r.out());
    }

    @Test
    void helpIsInJapanese() {
        Cli r = Cli.run("check", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("プロファイルの誤りを調べます"), r.out());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
