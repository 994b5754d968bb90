package jp.policygen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/** The capabilities issue 11 adds, read in the rendered text: generative AI rules. */
class NewCapabilitiesTest {
    private final Resolver resolver = new Resolver(new TemplateEngine());

    private Policy resolve(String yaml) {
        Profile p = TestProfiles.profile(yaml);
        return resolver.resolve(p, TestProfiles.CATALOG.edition("2024-10")).policy();
    }

    private static Document doc(Policy p, DocumentKind kind) {
        return p.documents().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private static Optional<Section> section(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static String text(Document d, String prefix) {
        return d.flatten().stream().filter(s -> s.id().startsWith(prefix)).map(s -> s.heading() + "\n" + s.plainText())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void generativeAiRulesTieTheServicesToTheInformationClasses() {
        Document std = doc(resolve(TestProfiles.MINIMAL + "features:\n  generative_ai: true\n"
                + "parameters:\n  log_retention_years: 2\n"), DocumentKind.STANDARD);
        String ai = text(std, "std.outsourcing.generative-ai");
        assertTrue(ai.contains("外部サービス台帳に記録されたものに限る"), "approved services only: " + ai);
        assertTrue(ai.contains("機密性２以上の情報は、外部サービス台帳に取り扱う情報の区分を「機密性２以上」として記録された生成AIサービスであって、"
                + "統括情報セキュリティ責任者が機密性２以上の情報の入力を認めたものに限り"), "no 機密性２以上 unless approved: " + ai);
        assertTrue(ai.contains("自治体機密性３Ａの情報及びマイナンバー利用事務系で取り扱う情報は、いずれの生成AIサービスにも入力してはならない"), ai);
        assertTrue(ai.contains("人工知能の学習その他の目的外の用途に利用されないこと"), "inputs not used for training: " + ai);
        assertTrue(ai.contains("少なくとも2年間保存しなければならない"), "logs kept for the body's period: " + ai);
        assertTrue(ai.contains("正確性、他人の著作権その他の権利の侵害のおそれ及び不適切な表現の有無を自ら確認しなければならない"),
                "outputs checked by a person: " + ai);
        Section chapter = section(std, "std.outsourcing").orElseThrow();
        assertEquals("std.outsourcing.generative-ai", chapter.children().get(chapter.children().size() - 1).id());

        Document without = doc(resolve(TestProfiles.MINIMAL), DocumentKind.STANDARD);
        assertEquals("", text(without, "std.outsourcing.generative-ai"), "no generative AI rules unless the body uses it");
    }

    @Test
    void aSmallVillageMeetsDutiesThroughTheSecurityCloudAndContractorsButStillMeetsThem() {
        Policy village = resolver.resolve(TestProfiles.sample("kakuu-mura.yaml"), TestProfiles.CATALOG.edition("2024-10"))
                .policy();
        Document std = doc(village, DocumentKind.STANDARD);
        String intrusion = section(std, "std.tech.intrusion.chief").orElseThrow().plainText();
        assertTrue(intrusion.contains("外部ネットワークとの境界で不正な通信を検知し、遮断すること。この場合において、インターネットとの境界については"
                + "自治体情報セキュリティクラウドによる検知及び遮断を、"), intrusion);
        assertFalse(intrusion.contains("侵入検知システム又は侵入防止システムを設け"), "no IDS of its own: " + intrusion);
        String dual = section(std, "std.tech.systems.admin-records.dual-check").orElseThrow().plainText();
        assertTrue(dual.contains("作業を行った者以外の職員等（情報システム管理者を含む。）が確認するものとする"), dual);
        String audit = section(std, "std.review.audit.external").orElseThrow().plainText();
        assertTrue(audit.contains("都道府県若しくは他の市町村と共同で外部の専門の事業者に委託する方法"), audit);

        Document city = doc(resolve(TestProfiles.MINIMAL.replace("  kind: city\n", "  kind: city\n  staff: 1200\n")),
                DocumentKind.STANDARD);
        assertTrue(section(city, "std.tech.intrusion.chief").orElseThrow().plainText()
                .contains("侵入検知システム又は侵入防止システムを設け"), "a city of 1200 keeps its own IDS");
        assertFalse(section(city, "std.review.audit.external").orElseThrow().plainText().contains("共同で"));
    }

    @Test
    void aJointlyAdoptedBasicPolicyNamesItsAdoptingOrgansInPurposeAndSupplementaryProvisions() {
        Document joint = doc(resolve(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  adopters: [市長, 教育委員会, 架空市選挙管理委員会, 議会]\n")), DocumentKind.BASIC_POLICY);
        String organs = "架空市長、架空市教育委員会、架空市選挙管理委員会及び架空市議会";
        String purpose = section(joint, "basic.purpose").orElseThrow().plainText();
        assertTrue(purpose.contains("本基本方針は、" + organs + "が共同で定めるものとする。"), purpose);
        assertTrue(purpose.contains("地方自治法（昭和22年法律第67号）第244条の6第1項に規定するサイバーセキュリティを確保するための方針"
                + "（これらの機関がそれぞれ定めるもの）を兼ねるものとする。"), "a normative sentence citing the article: " + purpose);
        String supplementary = section(joint, "basic.supplementary").orElseThrow().plainText();
        assertEquals("この基本方針は、令和8年4月1日から施行する。", supplementary, "the joint statement once, in 第1条");

        Document early = doc(resolve(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", "  effective: 2025-10-01\n")),
                DocumentKind.BASIC_POLICY);
        String before = section(early, "basic.purpose").orElseThrow().plainText();
        assertTrue(before.contains("地方自治法の一部を改正する法律（令和6年法律第65号）の施行の日以後は、本基本方針は、"),
                "before 2026-04-01 the rule does not claim the law yet: " + before);

        Document notice = doc(resolve(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  form: articles\n  adoption: 訓令第12号\n  adopters: [市長, 教育委員会, 議会]\n")),
                DocumentKind.BASIC_POLICY);
        assertTrue(section(notice, "basic.purpose").orElseThrow().plainText().startsWith("この告示は、"),
                "adopted jointly, the 基本方針 is a 告示 and calls itself so");
        assertEquals("この告示は、令和８年４月１日から施行する。", section(notice, "basic.supplementary").orElseThrow().plainText());
        assertTrue(notice.info().adoption().endsWith("架空市告示第　　号"), notice.info().adoption());

        // each organ's own act (policy.joint_adoption: own-acts): the head's 訓令 with its number, for the head's organs
        // only; the 教育委員会 and the 議会 adopt the same text as acts of their own
        Document own = doc(resolve(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  form: articles\n  adoption: 訓令第12号\n  adopters: [市長, 教育委員会, 議会]\n"
                        + "  joint_adoption: own-acts\n  scope: [市長部局, 議会事務局, 教育委員会]\n")),
                DocumentKind.BASIC_POLICY);
        String ownPurpose = section(own, "basic.purpose").orElseThrow().plainText();
        assertTrue(ownPurpose.startsWith("この訓令は、"), ownPurpose);
        assertFalse(ownPurpose.contains("共同で"), ownPurpose);
        assertFalse(ownPurpose.contains("これらの機関"), ownPurpose);
        assertTrue(own.info().adoption().endsWith("架空市訓令第１２号"), own.info().adoption());
        assertEquals("この訓令は、令和８年４月１日から施行する。", section(own, "basic.supplementary").orElseThrow().plainText());
        String organsOwn = section(own, "basic.scope.organs").orElseThrow().plainText();
        assertTrue(organsOwn.startsWith("この訓令が適用される行政機関は、市長部局とする。"), "the head's organs: " + organsOwn);

        Document alone = doc(resolve(TestProfiles.MINIMAL), DocumentKind.BASIC_POLICY);
        assertFalse(section(alone, "basic.purpose").orElseThrow().plainText().contains("共同で"));
        assertEquals("この基本方針は、令和8年4月1日から施行する。",
                section(alone, "basic.supplementary").orElseThrow().plainText());
    }
}
