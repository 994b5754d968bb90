package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.check.Checklist;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/** 令和7年3月版: the four points of the revision, the two profile keys that choose them, check's checklist. */
class Edition2025Test {
    private static final String V2025 = TestProfiles.MINIMAL.replace("guideline: \"2024-10\"", "guideline: \"2025-03\"");
    private final Resolver resolver = new Resolver(new TemplateEngine());

    private Document standard(Profile p) {
        return resolver.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy().documents().stream()
                .filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
    }

    private static Optional<Section> section(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Test
    void aProfileWithoutGuidelineGetsTheLatestEdition() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("guideline: \"2024-10\"\n", ""));
        assertEquals(TestProfiles.CATALOG.latestEdition(), p.guideline());
    }

    @Test
    void screenTransferAndWirelessLanOfTheMynumberSegmentComeOnlyWhenTheBodyChoosesThem() {
        Document plain = standard(TestProfiles.profile(V2025));
        assertFalse(section(plain, "std.resilience.mynumber.screen-transfer").isPresent());
        assertFalse(section(plain, "std.resilience.mynumber.wireless-lan").isPresent());
        assertFalse(section(plain, "std.resilience.mynumber.separation").orElseThrow().plainText().contains("画面転送"));

        Document chosen = standard(TestProfiles.profile(V2025.replace("  model: alpha\n",
                "  model: alpha\n  mynumber_screen_transfer: true\n") + "features:\n  wireless_lan_mynumber: true\n"));
        Section transfer = section(chosen, "std.resilience.mynumber.screen-transfer").orElseThrow();
        assertEquals("3(1)②", transfer.number());
        assertTrue(transfer.plainText().contains("一人一台の端末"), transfer.plainText());
        assertTrue(section(chosen, "std.resilience.mynumber.separation").orElseThrow().plainText().contains("画面転送"));
        String wlan = section(chosen, "std.resilience.mynumber.wireless-lan").orElseThrow().plainText();
        assertTrue(wlan.contains("WPA2又はWPA3"), wlan);
        assertTrue(wlan.contains("ファームウェア及びオペレーティングシステム"), wlan);
    }

    @Test
    void procurementAndIncidentResponseChangeForEveryBody() {
        Document d = standard(TestProfiles.profile(V2025));
        assertEquals("機器等の調達におけるサプライチェーン・リスクへの対応",
                section(d, "std.tech.development.procurement.equipment").orElseThrow().title());
        Section response = section(d, "std.ops.incident-response").orElseThrow();
        assertEquals(List.of("緊急時対応計画の策定", "緊急時対応計画に盛り込むべき内容", "業務継続計画との整合性確保",
                "緊急時対応計画に基づく訓練", "委託事業者等との連携", "緊急時対応計画の見直し"),
                response.children().stream().map(Section::title).toList());
        Document old = standard(TestProfiles.profile(TestProfiles.MINIMAL));
        assertEquals(4, section(old, "std.ops.incident-response").orElseThrow().children().size());
    }

    @Test
    void aKeyOfTheNewEditionInAnOlderProfileIsAWarningAndChangesNothing() {
        var r = TestProfiles.read(TestProfiles.MINIMAL + "features:\n  wireless_lan_mynumber: true\n");
        List<String> warnings = r.findings().stream().filter(f -> !f.isError()).map(Finding::format).toList();
        assertEquals(List.of("test.yaml:19:3: 警告: 'features.wireless_lan_mynumber' は令和7年3月版で加わった項目のため、"
                + "guideline: \"2024-10\"（令和6年10月版）の文書には反映されません。guideline を \"2025-03\" 以降にするか"
                + "（policygen upgrade で移行できます）、この行を削除してください。"), warnings);
        assertFalse(r.profile().orElseThrow().features().wirelessLanMynumber());
    }

    @Test
    void aNewKeyMustBeTrueOrFalse() {
        var r = TestProfiles.read(V2025.replace("  model: alpha\n", "  model: alpha\n  mynumber_screen_transfer: はい\n"));
        assertTrue(r.findings().stream().anyMatch(f -> f.isError()
                && f.format().contains("'network.mynumber_screen_transfer' には true か false を書いてください")), r.findings().toString());
    }

    @Test
    void checksChecklistHasTheItemsOfTheRevision() {
        Profile p = TestProfiles.profile(V2025.replace("  model: alpha\n", "  model: alpha\n  mynumber_screen_transfer: true\n"));
        Map<String, Checklist.Status> s = new Checklist(new TemplateEngine())
                .of(p, TestProfiles.CATALOG.edition(EditionId.of("2025-03"))).stream()
                .collect(Collectors.toMap(i -> i.requirement().id(), Checklist.Item::status));
        assertEquals(Checklist.Status.UNCONFIRMED, s.get("mynumber-screen-transfer"));
        assertEquals(Checklist.Status.UNCONFIRMED, s.get("procurement-supply-chain"));
        assertEquals(Checklist.Status.UNCONFIRMED, s.get("incident-exercise"));
        assertFalse(s.containsKey("mynumber-wireless-lan"), "only with features.wireless_lan_mynumber");
    }
}
