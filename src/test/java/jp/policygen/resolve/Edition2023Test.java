package jp.policygen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.TestProfiles;

/** 令和5年3月版, stored as 2024-10 minus its revision: what a body following the older edition gets. */
class Edition2023Test {
    static final String V2023 = TestProfiles.MINIMAL.replace("guideline: \"2024-10\"", "guideline: \"2023-03\"");
    private final Resolver resolver = new Resolver(new TemplateEngine());

    private Policy policy(String yaml) {
        var p = TestProfiles.profile(yaml);
        return resolver.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy();
    }

    private static Document doc(Policy p, DocumentKind kind) {
        return p.documents().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private static Optional<Section> section(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Test
    void alphaPrimeIsRefusedUnderTheOlderEdition() {
        var r = TestProfiles.read(V2023.replace("  model: alpha\n", "  model: alpha-prime\n  alpha_prime: { case: auth-only }\n"));
        assertEquals(List.of("test.yaml:17:10: エラー: model の「alpha-prime」は令和6年10月版で加わったモデルのため、"
                + "guideline: \"2023-03\"（令和5年3月版）では使えません。guideline を \"2024-10\" 以降にするか、"
                + "model にこの版のモデルを書いてください。"),
                r.findings().stream().filter(Finding::isError).map(Finding::format).toList());
    }

    @Test
    void chapterEightHasItsOlderHeadingAndNoSystemsSection() {
        Document std = doc(policy(V2023 + "cloud:\n  services:\n"
                + "    - { name: 会議サービス, ismap: true, confidential: true, purpose: Web会議 }\n"
                + "    - { name: 地図サービス, ismap: true, confidential: false, purpose: 地図の公開 }\n"), DocumentKind.STANDARD);
        Section eight = section(std, "std.outsourcing").orElseThrow();
        assertEquals("業務委託と外部サービスの利用", eight.title());
        assertEquals(List.of("8.1 業務委託", "8.2 外部サービス（クラウドサービス）の利用（機密性２以上の情報の取扱いがある場合）",
                "8.3 外部サービス（クラウドサービス）の利用（機密性２以上の情報の取扱いがない場合）"),
                eight.children().stream().map(Section::heading).toList());
        assertEquals("対策基準 8.2", eight.children().get(1).source());
    }

    @Test
    void theOlderClassificationHasThreeConfidentialityClasses() {
        String text = section(doc(policy(V2023), DocumentKind.STANDARD), "std.assets.classification.confidentiality")
                .orElseThrow().plainText();
        assertTrue(text.contains("機密性３") && text.contains("機密性２") && text.contains("機密性１"), text);
        assertFalse(text.contains("自治体機密性"), text);
    }

    @Test
    void sectionsTheRevisionAddedAreAbsentAndThe4thPartToo() {
        Policy p = policy(V2023 + "cloud:\n  government_cloud: true\n");
        assertFalse(p.documents().stream().anyMatch(d -> d.kind() == DocumentKind.CLOUD_PROVISIONS));
        Document std = doc(p, DocumentKind.STANDARD);
        for (String id : List.of("std.physical.network.ddos", "std.tech.access-control.dynamic",
                "std.tech.systems.backup.network-devices", "std.ops.monitoring.functions")) {
            assertFalse(section(std, id).isPresent(), id);
        }
    }

    @Test
    void theRolesMatrixHasNoRowsOfTheNewSection() {
        String roles = doc(policy(V2023), DocumentKind.ROLES).flatten().stream().map(Section::plainText)
                .reduce("", String::concat);
        assertFalse(roles.contains("リモート保守の承認"), roles);
        assertFalse(roles.contains("外部サービスの管理者権限及び設定の定期確認"), "its clause is 2024-10's: " + roles);
        // chapter 8's rows cite the numbers the older edition prints: its 8.2 is the newer edition's 8.3
        List<String> eight = doc(policy(V2023), DocumentKind.ROLES).flatten().stream()
                .flatMap(s -> s.blocks().stream()).filter(b -> b instanceof jp.policygen.policy.Block.Table)
                .flatMap(b -> ((jp.policygen.policy.Block.Table) b).rows().stream())
                .filter(r -> r.get(1).startsWith("8.")).map(r -> r.get(0) + " " + r.get(1)).toList();
        assertTrue(eight.stream().anyMatch(r -> r.startsWith("機密性２以上の情報を取り扱う外部サービスの利用承認及び台帳管理 8.2(")),
                eight.toString());
        assertTrue(eight.stream().noneMatch(r -> r.contains("8.4")), eight.toString());
    }
}
