package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Warnings a 法規担当 or 情報政策課 would give on reading the profile (issue 19 items 4 and 7). */
class RuleWarningsTest {
    private static List<Finding> warnings(String yaml, String code) {
        return TestProfiles.read(yaml).findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void anOrganInTheScopeThatDoesNotAdoptTheJointPolicyIsNamed() {
        String yaml = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  adopters: [市長, 教育委員会]
                  scope: [市長部局, 議会事務局, 教育委員会, 選挙管理委員会]
                """);
        List<Finding> found = warnings(yaml, "scope-not-adopter");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("「議会事務局」「選挙管理委員会」"), found.get(0).message());
        assertEquals(8, found.get(0).line(), "the line of scope");

        String all = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  adopters: [架空市長, 議会, 教育委員会]
                  scope: [市長部局, 議会事務局, 架空市教育委員会]
                """);
        assertEquals(List.of(), warnings(all, "scope-not-adopter"), "every organ adopts it");
        assertEquals(List.of(), warnings(TestProfiles.MINIMAL, "scope-not-adopter"), "the head alone: no adopters to compare");
    }

    /** Each rule has its own number: the 対策基準's or 特則's may not repeat another's, and is no 告示 (not published). */
    @Test
    void theOtherRulesNumbersAreTheirOwnAndNo告示() {
        String yaml = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  adoption: 告示第78号
                  adopted: 2026-03-27
                  standard_adoption: 告示第78号
                  cloud_adoption: 告示第79号
                """);
        List<Finding> twice = warnings(yaml, "rule-number-twice");
        assertEquals(1, twice.size(), twice.toString());
        assertEquals(Finding.Severity.ERROR, twice.get(0).severity());
        assertEquals(9, twice.get(0).line(), "the line of standard_adoption");
        assertTrue(twice.get(0).message().contains("policy.adoption と同じ番号"), twice.get(0).message());
        List<Finding> notice = warnings(yaml, "internal-rule-notice");
        assertEquals(1, notice.size(), notice.toString());
        assertEquals(10, notice.get(0).line(), "the line of cloud_adoption");
        assertTrue(notice.get(0).message().contains("公表しない"), notice.get(0).message());

        String late = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  adopted: 2026-04-02
                  standard_adoption: 第22号
                """);
        assertEquals(7, warnings(late, "adopted-after-date").get(0).line());
        assertEquals(8, warnings(late, "adoption-without-kind").get(0).line());

        String fine = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  adoption: 告示第78号
                  adopted: 2026-03-27
                  standard_adoption: 訓令第22号
                  cloud_adoption: 訓令第23号
                """);
        assertEquals(List.of(), TestProfiles.read(fine).findings().stream()
                .filter(f -> f.code().startsWith("rule-") || f.code().startsWith("internal-") || f.code().startsWith("adopt"))
                .toList());
    }

    @Test
    void aJointAdoptionFormWithoutJointAdoptersIsNamed() {
        String yaml = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  joint_adoption: own-acts
                """);
        List<Finding> found = warnings(yaml, "joint-adoption-alone");
        assertEquals(1, found.size(), found.toString());
        assertEquals(7, found.get(0).line(), "the line of joint_adoption");
        assertTrue(found.get(0).message().contains("policy.adopters"), found.get(0).message());
        String joint = yaml.replace("  joint_adoption: own-acts\n", "  joint_adoption: own-acts\n  adopters: [市長, 議会]\n");
        assertEquals(List.of(), warnings(joint, "joint-adoption-alone"));
    }

    @Test
    void aServiceForResidentsApplicationsNotMarkedConfidentialIsNamed() {
        String yaml = TestProfiles.MINIMAL + """
                cloud:
                  services:
                    - { name: 電子申請サービス, ismap: true, confidential: false, purpose: 市民からの電子申請の受付 }
                    - { name: 公開サイト, ismap: true, confidential: false, purpose: 統計等の公開データの提供 }
                """;
        List<Finding> found = warnings(yaml, "personal-not-confidential");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().startsWith("「電子申請サービス」の用途（市民からの電子申請の受付）"), found.get(0).message());
        assertTrue(found.get(0).message().contains("confidential: true"), "says what to write");
    }

    /**
     * policy.rules: one makes the 基本方針 and the 対策基準 one rule in parts in the 例規 form: a value other than two or
     * one is an error at its line and column naming what to write; in the outline form, with a 告示 or with a number of
     * the 対策基準's own, the key has no effect and check says so at its line.
     */
    @Test
    void theRulesKeyTakesTwoOrOneAndSaysWhenItHasNoEffect() {
        String bad = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", "  effective: 2026-04-01\n  form: articles\n  rules: 1つ\n");
        List<Finding> errors = warnings(bad, "bad-value");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(Finding.Severity.ERROR, errors.get(0).severity());
        assertEquals(8, errors.get(0).line(), "the line of rules");
        assertEquals(10, errors.get(0).column(), "the column of its value");
        assertTrue(errors.get(0).message().contains("'policy.rules' に「1つ」は書けません。次のどれかを書いてください: two / one。"),
                errors.get(0).message());

        String outline = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", "  effective: 2026-04-01\n  rules: one\n");
        List<Finding> noEffect = warnings(outline, "rules-outline");
        assertEquals(1, noEffect.size(), noEffect.toString());
        assertEquals(Finding.Severity.WARNING, noEffect.get(0).severity());
        assertEquals(7, noEffect.get(0).line());
        assertTrue(noEffect.get(0).message().contains("例規形式（policy.form: articles）のときだけ働きます"),
                noEffect.get(0).message());
        assertTrue(!TestProfiles.read(outline).profile().orElseThrow().policy().rules().oneRule(), "no effect in the outline form");

        String notice = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  form: articles\n  adoption: 告示第78号\n  rules: one\n");
        assertEquals(1, warnings(notice, "rules-notice").size(), "a 告示 cannot hold the unpublished 対策基準");
        assertTrue(!TestProfiles.read(notice).profile().orElseThrow().policy().rules().oneRule(), "two rules for a 告示");

        String own = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  form: articles\n  adoption: 訓令第21号\n  standard_adoption: 訓令第22号\n  rules: one\n");
        assertEquals(1, warnings(own, "rules-standard-number").size(), "one rule has one number");
        assertTrue(TestProfiles.read(own).profile().orElseThrow().policy().rules().oneRule(), "one rule, under policy.adoption");
        assertEquals(List.of(), TestProfiles.read(own).findings().stream().filter(Finding::isError).toList());
    }
}
