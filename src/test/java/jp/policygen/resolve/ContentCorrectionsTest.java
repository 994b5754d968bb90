package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/**
 * The corrections of issue 11, each on the text a reviewer reads: external services always governed with the
 * list in an 別表, an independent audit lead, outsiders bound through the contract, and no model-specific
 * contradictions in the three review bodies (an α village, an α' (ウ) town, a β' prefecture).
 */
class ContentCorrectionsTest {
    private final Resolver resolver = new Resolver(new TemplateEngine());

    private Policy resolve(Profile p) {
        return resolver.resolve(p, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();
    }

    private static Document doc(Policy p, DocumentKind kind) {
        return p.documents().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private static Optional<Section> section(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every clause of the document in reading order: heading and body. */
    private static String text(Document d) {
        return d.flatten().stream().map(s -> s.heading() + "\n" + s.plainText()).collect(Collectors.joining("\n"));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private Document standard(String sample) {
        return doc(resolve(TestProfiles.sample(sample)), DocumentKind.STANDARD);
    }

    // ---- 1. external services: 8.3 and 8.4 always there, the list of services in an 別表 -------------------

    @Test
    void aBodyWithoutServicesStillHasTheRulesForExternalServicesAndAnEmptyAppendix() {
        Document std = standard("kakuu-mura.yaml");
        assertTrue(section(std, "std.outsourcing.cloud-confidential").isPresent(), "8.3 without listed services");
        assertTrue(section(std, "std.outsourcing.cloud-general").isPresent(), "8.4 without listed services");
        assertTrue(section(std, "std.outsourcing.cloud-confidential.approval").orElseThrow().plainText()
                .contains("承認を得なければならない"), "an approval rule for any SaaS");
        Section appendix = std.sections().get(std.sections().size() - 1);
        assertEquals("別表　外部サービス一覧", appendix.heading());
        assertTrue(appendix.plainText().contains("利用を承認した外部サービスはない"), appendix.plainText());
    }

    /**
     * The text governs through the 外部サービス台帳 the 統括 keeps (no 別表 amended by 訓令 for every approval); the 別表
     * lists the services approved when the rule takes effect, and a body may leave it out (cloud.appendix: false).
     */
    @Test
    void theLedgerIsWhatTheTextCitesAndTheAppendixIsOptional() throws Exception {
        Document std = standard("kakuu-ken.yaml");
        String approval = section(std, "std.outsourcing.cloud-confidential.approval").orElseThrow().plainText();
        assertTrue(approval.contains("（以下「外部サービス台帳」という。）を備え"), approval);
        assertTrue(approval.contains("施行の際現に利用を承認している外部サービスは別表に掲げるとおりとし"), approval);
        String services = section(std, "std.outsourcing.cloud-confidential.services").orElseThrow().plainText();
        assertTrue(services.contains("に規定する外部サービス台帳に取り扱う情報の区分を「機密性２以上」として記録されたものに限る"),
                services);
        List<String> amended = std.flatten().stream().filter(s -> s.plainText().contains("別表を改め")
                || s.plainText().contains("別表に掲げたもの")).map(Section::id).toList();
        assertEquals(List.of(), amended, "no 別表 amended for each approval");

        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("profiles/kakuu-ken.yaml"))
                .replace("\ncloud:\n", "\ncloud:\n  appendix: false\n");
        Document without = doc(resolve(TestProfiles.profile(yaml)), DocumentKind.STANDARD);
        assertTrue(section(without, "std.appendix.services").isEmpty(), "no 別表");
        assertFalse(without.flatten().stream().anyMatch(s -> s.plainText().contains("Microsoft 365")),
                "services named in the 別表 only, and there is none");
        String plain = section(without, "std.outsourcing.cloud-confidential.approval").orElseThrow().plainText();
        assertFalse(plain.contains("別表"), plain);
    }

    @Test
    void productNamesAppearOnlyInTheAppendix() {
        Document std = standard("kakuu-ken.yaml");
        Section appendix = section(std, "std.appendix.services").orElseThrow();
        for (String name : List.of("Microsoft 365", "県電子申請システム", "オープンデータ公開サイト")) {
            assertTrue(appendix.plainText().contains(name), name + " listed in the 別表");
            List<String> elsewhere = std.flatten().stream().filter(s -> !s.id().equals(appendix.id()))
                    .filter(s -> s.plainText().contains(name)).map(Section::id).toList();
            assertEquals(List.of(), elsewhere, name + " named in the text of the 対策基準");
        }
        assertTrue(appendix.plainText().contains("県電子申請システム\t県民からの電子申請の受付\t機密性２以上"),
                "電子申請 handles 機密性２以上 information: " + appendix.plainText());
    }

    // ---- 2. an independent audit lead -----------------------------------------------------------------

    @Test
    void withoutAuditLeadTheCisoNamesSomeoneOutsideTheAuditedPosts() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL);
        Policy policy = resolve(p);
        String lead = section(doc(policy, DocumentKind.STANDARD), "std.review.audit.lead").orElseThrow().plainText();
        assertFalse(lead.contains("総務部長"), "the 統括 officer would audit its own work: " + lead);
        assertTrue(lead.contains("責任を負う部署に属さない者のうちから、情報セキュリティ監査統括責任者を指名する"), lead);
        String roles = text(doc(policy, DocumentKind.ROLES));
        assertTrue(roles.contains("CISOが監査を受ける部署に属さない者から指名する者"), roles);
    }

    @Test
    void anAuditLeadHoldingAnAuditedPostIsWarnedWithItsLine() {
        String yaml = TestProfiles.MINIMAL.replace("  it_department: 総務部情報政策課\n",
                "  it_department: 総務部情報政策課\n  audit_lead: 総務部長\n");
        List<Finding> findings = TestProfiles.read(yaml).findings();
        Finding f = findings.stream().filter(x -> x.code().equals("audit-lead-audited")).findFirst()
                .orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertEquals(16, f.line());
        assertTrue(f.message().contains("統括情報セキュリティ責任者（chief_officer）と同じ職"), f.message());
        String independent = TestProfiles.MINIMAL.replace("  it_department: 総務部情報政策課\n",
                "  it_department: 総務部情報政策課\n  audit_lead: 監査委員事務局長\n");
        assertEquals(List.of(), TestProfiles.read(independent).findings());
        String lead = section(doc(resolve(TestProfiles.profile(independent)), DocumentKind.STANDARD),
                "std.review.audit.lead").orElseThrow().plainText();
        assertTrue(lead.startsWith("CISOは、監査委員事務局長を情報セキュリティ監査統括責任者に指名する。"), lead);
    }

    // ---- 3. outsiders bound by contract; 職員等 defined; 懲戒 only for 職員 -----------------------------------

    /** A sentence whose subject is an outsider (運用事業者は…): a rule the body cannot impose but by contract. */
    static final Pattern OUTSIDER_SUBJECT = Pattern.compile(
            "(?:^|。|\\n)((?:運用事業者|委託事業者|事業者|ASP|クラウドサービス事業者)(?:及びその再委託先)?は、?[^。]*。)");

    @Test
    void outsidersAreBoundThroughTheContractNotByTheBodysRules() {
        Policy policy = resolve(TestProfiles.sample("kakuu-ken.yaml"));
        for (DocumentKind kind : List.of(DocumentKind.STANDARD, DocumentKind.CLOUD_PROVISIONS)) {
            Matcher m = OUTSIDER_SUBJECT.matcher(text(doc(policy, kind)));
            assertFalse(m.find(), kind + ": a rule addressed to an outsider: " + (m.hitEnd() ? "" : m.group(1)));
        }
        String vendor = section(doc(policy, DocumentKind.CLOUD_PROVISIONS), "cloud.org.vendor").orElseThrow().plainText();
        assertTrue(vendor.contains("運用事業者との契約において運用事業者の義務として定め"), vendor);
    }

    @Test
    void staffAreDefinedBeforeFirstUseAndDisciplineReachesOnlyEmployees() {
        Document std = standard("kakuu-mura.yaml");
        Section first = std.flatten().stream().filter(s -> s.plainText().contains("職員等")).findFirst().orElseThrow();
        assertEquals("std.org", first.id(), "職員等 used before it is defined");
        assertTrue(first.plainText().contains("この対策基準において「職員等」とは"), first.plainText());
        String sanctions = section(std, "std.ops.discipline.sanctions").orElseThrow().plainText();
        assertTrue(sanctions.startsWith("情報セキュリティポリシーに違反した職員及び"), sanctions);
        assertFalse(sanctions.contains("職員等及びその者を監督する立場にある者は"), sanctions);
        assertTrue(sanctions.contains("当該業務に係る契約に基づき"), sanctions);
    }

    // ---- 4. model-specific contradictions ----------------------------------------------------------------

    @Test
    void alphaPrimeFileExchangeMovesOnlyAccessToAnotherBodysTenant() {
        Document std = standard("kakuu-machi.yaml");
        String caseText = section(std, "std.resilience.model.alpha-prime.case-file-exchange").orElseThrow().plainText();
        assertFalse(caseText.contains("他の団体とのファイルの交換は、インターネット接続系の端末から行う"), caseText);
        assertTrue(caseText.contains("他の団体のテナントへの接続は、インターネット接続系の端末から行う"), caseText);
    }

    @Test
    void betaPrimePrefectureStatesEdrOnceBuildsTheSecurityCloudAndHasNoScreenTransfer() {
        Document std = standard("kakuu-ken.yaml");
        String all = text(std);
        assertEquals(1, count(all, "（以下「EDR」という。）"), "EDR introduced once");
        List<String> edrDuties = std.flatten().stream().filter(s -> s.plainText().contains("EDR"))
                .filter(s -> s.plainText().contains("導入し")).map(Section::id).toList();
        assertEquals(List.of("std.resilience.model.beta-prime.edr"), edrDuties, "EDR is a duty in one clause only");
        assertFalse(all.contains("画面転送"), "screen_transfer: false, yet 画面転送 is required");
        String cloud = section(std, "std.resilience.internet.security-cloud").orElseThrow().plainText();
        assertTrue(cloud.contains("構築し、運営する"), cloud);
        assertFalse(all.contains("が参加する自治体情報セキュリティクラウド"), "a prefecture does not join its own cloud");
        String conditions = section(std, "std.resilience.model.beta-prime.conditions").orElseThrow().plainText();
        assertTrue(conditions.contains("外部監査"), "external audit as a condition of adopting β': " + conditions);
    }

    @Test
    void alphaVillageStatesScreenTransferOnceAndOnlyItsOwnSanitizationMethods() {
        Document std = standard("kakuu-mura.yaml");
        String all = text(std);
        assertEquals(1, count(all, "画面転送により操作する方式"), "3(4) repeats 3(2)'s screen transfer");
        assertFalse(all.contains("サンドボックス"), "the profile uses text extraction and image PDF only");
    }

    // ---- 7. coverage ---------------------------------------------------------------------------------

    @Test
    void accessFromOutsideIsGovernedWithoutTelework() {
        Document std = doc(resolve(TestProfiles.profile(TestProfiles.MINIMAL)), DocumentKind.STANDARD);
        Section remote = section(std, "std.tech.access-control.remote").orElseThrow();
        List<String> titles = remote.children().stream().map(Section::title).toList();
        assertEquals(List.of("アクセスの許可", "本人確認", "通信の暗号化", "外部で使用した機器の接続", "モバイル端末による接続"), titles);
        assertTrue(section(std, "std.tech.access-control.remote.authentication").orElseThrow().plainText()
                .contains("多要素認証により、接続する者が許可を得た職員等本人であることを確認する"));
    }
}
