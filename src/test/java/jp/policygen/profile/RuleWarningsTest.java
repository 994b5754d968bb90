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
}
