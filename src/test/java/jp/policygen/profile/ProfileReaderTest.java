package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    private static String messages(ProfileReader.Result r) {
        return r.findings().stream().map(Finding::format).collect(Collectors.joining("\n"));
    }

    private static Finding only(String yaml) {
        ProfileReader.Result r = TestProfiles.read(yaml);
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), () -> messages(r));
        return errors.get(0);
    }

    @Test
    void readsAValidProfileWithDefaults() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL);
        assertEquals("架空市", p.municipality().name());
        assertEquals(BodyKind.CITY, p.municipality().kind());
        assertEquals("市長", p.municipality().head());
        assertEquals(LocalDate.of(2026, 4, 1), p.policy().effective());
        assertEquals(Optional.empty(), p.organization().auditLead(), "no audit lead: the CISO names an independent one");
        assertTrue(p.network().securityCloud(), "security_cloud defaults to true");
        assertEquals("市長部局", p.policy().scope().get(0));
    }

    @Test
    void everySampleProfileIsValid() {
        for (String f : List.of("kakuu-mura.yaml", "kakuu-machi.yaml", "kakuu-shi.yaml", "kakuu-ken.yaml")) {
            ProfileReader.Result r = TestProfiles.reader().read(java.nio.file.Path.of("profiles", f));
            assertFalse(r.hasErrors(), () -> f + ":\n" + messages(r));
        }
    }

    @Test
    void unknownKeySuggestsTheNearestKnownOne() {
        Finding f = only(TestProfiles.MINIMAL.replace("  kind: city\n", "  kind: city\n  staf: 1200\n"));
        assertEquals("test.yaml:5:3: エラー: 'staf' は不明な項目です。'staff' ですか？", f.format());
    }

    @Test
    void missingRequiredKeyNamesWhereToWriteIt() {
        Finding f = only(TestProfiles.MINIMAL.replace("  name: 架空市\n", ""));
        assertEquals("test.yaml:3:3: エラー: 必須項目 'municipality.name' がありません。'municipality' の中に「name: 架空市」のように書いてください。",
                f.format());
    }

    @Test
    void valueOutsideItsListListsTheAllowedValues() {
        Finding f = only(TestProfiles.MINIMAL.replace("model: alpha", "model: alfa"));
        assertEquals("test.yaml:17:10: エラー: 'network.model' に「alfa」は書けません。次のどれかを書いてください: "
                + "alpha / alpha-prime / beta / beta-prime。'alpha' ですか？", f.format());
    }

    @Test
    void wrongTypeSaysWhatToWrite() {
        Finding f = only(TestProfiles.MINIMAL.replace("model: alpha", "model: alpha\n  edr: はい"));
        assertEquals("network.edr", f.key());
        assertTrue(f.message().contains("true か false"), f.message());
    }

    @Test
    void overrideNamingNoClauseSuggestsTheNearestId() {
        Finding f = only(TestProfiles.MINIMAL + "overrides:\n  std.human.pasword:\n    omit: true\n    reason: 理由\n");
        assertEquals("test.yaml:19:3: エラー: 'std.human.pasword' という条項は 2024-10 版にありません。'std.human.passwords' ですか？",
                f.format());
    }

    @Test
    void tabsAreExplained() {
        Finding f = only(TestProfiles.MINIMAL.replace("  name: 架空市", "\tname: 架空市"));
        assertEquals(3, f.line());
        assertTrue(f.message().startsWith("タブ文字は使えません"), f.message());
    }

    @Test
    void dateThatCannotExistIsRejected() {
        Finding f = only(TestProfiles.MINIMAL.replace("2026-04-01", "2026-02-30"));
        assertEquals("test.yaml:6:14: エラー: 'policy.effective' の「2026-02-30」は存在しない日付です。月と日を確かめてください。",
                f.format());
    }

    @Test
    void yamlTagNamingAJavaClassCreatesNothing() {
        Finding f = only(TestProfiles.MINIMAL.replace("  name: 架空市\n", "  name: !!java.io.File /etc/passwd\n"));
        assertEquals("test.yaml:3:9: エラー: 型指定「!!java.io.File」は使えません。プロファイルには値だけを書きます。"
                + "「!!java.io.File」を削除してください。", f.format());
    }
}
