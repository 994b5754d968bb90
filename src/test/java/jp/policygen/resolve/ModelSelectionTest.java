package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.markup.BodyMarkup;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/** A body's 対策基準 holds its own network model's clauses and no other model's, and the α' case's measures. */
class ModelSelectionTest {
    private static final String PREFIX = "std.resilience.model.";
    private final Resolver resolver = new Resolver(new TemplateEngine());

    private Document standard(String networkYaml, String extra) {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("network:\n  model: alpha\n", networkYaml) + extra);
        return resolver.resolve(p, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy().documents().stream()
                .filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
    }

    private static Set<String> ids(Document d) {
        return d.flatten().stream().map(Section::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> modelClauses(Document d, String model) {
        return ids(d).stream().filter(id -> id.startsWith(PREFIX + model + ".")).collect(Collectors.toSet());
    }

    private static final String ALPHA = "network:\n  model: alpha\n";
    private static final String BETA = "network:\n  model: beta\n  edr: true\n";
    private static final String BETA_PRIME = "network:\n  model: beta-prime\n  edr: true\n  log_monitoring: true\n";

    private static String alphaPrime(String c) {
        return "network:\n  model: alpha-prime\n  alpha_prime:\n    case: " + c + "\n";
    }

    @Test
    void eachModelHasItsOwnClausesAndNoOtherModels() {
        List<String> models = List.of("alpha", "alpha-prime", "beta", "beta-prime");
        List<String> yaml = List.of(ALPHA, alphaPrime("file-exchange"), BETA, BETA_PRIME);
        for (int i = 0; i < models.size(); i++) {
            Document d = standard(yaml.get(i), "");
            for (String other : models) {
                Set<String> found = modelClauses(d, other);
                if (other.equals(models.get(i))) {
                    assertFalse(found.isEmpty(), models.get(i) + " has its own clauses");
                } else {
                    assertEquals(Set.of(), found, models.get(i) + " must not contain " + other + " clauses");
                }
            }
        }
    }

    /** The α' table of network-models.md: which technical measure each case requires. */
    @ParameterizedTest(name = "α'' {0}")
    @CsvSource({
            "auth-only,      true, true, true, true, true, true, true, false, false, false, false, false",
            "no-file-import, true, true, true, true, true, true, true, true,  true,  true,  true,  true",
            "file-exchange,  true, true, true, true, true, true, true, false, true,  true,  true,  true",
    })
    void alphaPrimeCaseHasExactlyTheMeasuresOfTheTable(String c, boolean serverCert, boolean antiMalware,
            boolean patching, boolean destination, boolean privilege, boolean ddos, boolean encryption,
            boolean download, boolean tenant, boolean sanitization, boolean accessControl, boolean idsIps) {
        Set<String> ids = ids(standard(alphaPrime(c), ""));
        String ap = PREFIX + "alpha-prime.";
        assertEquals(serverCert, ids.contains(ap + "server-cert"), "server certificate");
        assertEquals(antiMalware, ids.contains(ap + "anti-malware"), "anti-malware");
        assertEquals(patching, ids.contains(ap + "patching"), "patching");
        assertEquals(destination, ids.contains(ap + "destination"), "destination restriction");
        assertEquals(privilege, ids.contains(ap + "privilege"), "privilege management");
        assertEquals(ddos, ids.contains(ap + "ddos"), "DDoS");
        assertEquals(encryption, ids.contains(ap + "encryption"), "encryption");
        assertEquals(download, ids.contains(ap + "download-restriction"), "download restriction");
        assertEquals(tenant, ids.contains(ap + "tenant-control"), "tenant control");
        assertEquals(sanitization, ids.contains(ap + "sanitization"), "sanitisation");
        assertEquals(accessControl, ids.contains(ap + "access-control"), "role-based access control");
        assertEquals(idsIps, ids.contains(ap + "ids-ips"), "IDS/IPS");
        for (String other : List.of("auth-only", "no-file-import", "file-exchange")) {
            assertEquals(other.equals(c), ids.contains(ap + "case-" + other), "use conditions of case " + other);
        }
        assertTrue(ids.contains(ap + "ismap") && ids.contains(ap + "tenant-settings") && ids.contains(ap + "low-code"),
                "conditions of use in every case");
    }

    @Test
    void alphaPrimeNamesTheProfilesCloudServices() {
        Document d = standard(alphaPrime("file-exchange"),
                "cloud:\n  services:\n    - { name: 架空クラウド会議, ismap: true, confidential: false, purpose: Web会議 }\n");
        String appendix = d.flatten().stream().filter(s -> s.id().equals("std.appendix.services")).findFirst()
                .orElseThrow().plainText();
        assertTrue(appendix.contains("架空クラウド会議\tWeb会議"), "service named with its purpose in the 別表: " + appendix);
        String placement = d.flatten().stream().filter(s -> s.id().equals(PREFIX + "alpha-prime.placement"))
                .findFirst().orElseThrow().plainText();
        assertTrue(placement.contains("に規定する外部サービス台帳に記録されたもののうちISMAPクラウドサービスリストに"
                + "登録されたものに限る"), "the ledger the 統括 keeps, not an 別表 amended for each approval: " + placement);
    }

    @Test
    void featuresAddAndRemoveTheirClauses() {
        String on = "features:\n  telework: true\n  wireless_lan: true\n  social_media: true\n";
        Set<String> with = ids(standard(ALPHA, on));
        Set<String> without = ids(standard(ALPHA, ""));
        for (String id : List.of("std.tech.access-control.remote.telework-approval", "std.physical.devices.wireless",
                "std.tech.systems.wireless.wlan", "std.outsourcing.cloud-general.social-media")) {
            assertTrue(with.contains(id), id + " with the feature");
            assertFalse(without.contains(id), id + " without the feature");
        }
        assertTrue(without.contains("std.tech.systems.wireless.no-wlan"), "no wireless LAN without permission");
    }

    @Test
    void cloudSectionsNameEachServiceWhereTheyApply() {
        Document d = standard(BETA, "cloud:\n  services:\n"
                + "    - { name: 機密クラウド, ismap: true, confidential: true, purpose: 電子申請 }\n"
                + "    - { name: 公開クラウド, ismap: true, confidential: false, purpose: 広報 }\n");
        String appendix = d.flatten().stream().filter(s -> s.id().equals("std.appendix.services")).findFirst()
                .orElseThrow().plainText();
        assertTrue(appendix.contains("機密クラウド\t電子申請\t機密性２以上"), "8.3's services: " + appendix);
        assertTrue(appendix.contains("公開クラウド\t広報\t機密性１"), "8.4's services: " + appendix);
        Set<String> none = ids(standard(BETA, ""));
        assertTrue(none.contains("std.outsourcing.cloud-confidential") && none.contains("std.outsourcing.cloud-general"),
                "8.3 and 8.4 govern any service a body may take up, listed or not");
    }

    @Test
    void numberingStaysContinuousInEveryModelAndAfterOmissions() {
        String omit = "overrides:\n  std.physical.servers.offsite: { omit: true, reason: 理由 }\n"
                + "  std.tech.systems: { omit: true, reason: 理由 }\n";
        for (String net : List.of(ALPHA, alphaPrime("auth-only"), alphaPrime("no-file-import"), BETA, BETA_PRIME)) {
            for (String extra : List.of("", omit)) {
                Document d = standard(net, extra);
                assertContinuous(d.sections());
            }
        }
        Document omitted = standard(ALPHA, omit);
        Section tech = omitted.sections().stream().filter(s -> s.id().equals("std.tech")).findFirst().orElseThrow();
        assertEquals("6.1", tech.children().get(0).label(), "6.2 アクセス制御 becomes 6.1");
        assertEquals("std.tech.access-control", tech.children().get(0).id());
    }

    /** Siblings are numbered 1, 2, 3 … in their style with no gap. */
    private static void assertContinuous(List<Section> siblings) {
        int n = 0;
        for (Section s : siblings) {
            if (s.label().isEmpty()) {
                continue;
            }
            n++;
            String label = s.label();
            String expected = switch (s.level()) {
                case CHAPTER -> n + ".";
                case SECTION -> label.substring(0, label.indexOf('.') + 1) + n;
                case ITEM -> "(" + n + ")";
                case POINT -> Numbering.circled(n);
                default -> BodyMarkup.kana(n - 1, label.startsWith("(") ? 1 : 0);
            };
            assertEquals(expected, label, s.id());
            assertContinuous(s.children());
        }
    }

    @Test
    void fullyFeaturedBetaPrimePrefectureHasAtLeast250ClausesAnd60000Characters() {
        Profile ken = TestProfiles.sample("kakuu-ken.yaml");
        Document d = resolver.resolve(ken, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy().documents().stream()
                .filter(x -> x.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        int chars = d.flatten().stream().mapToInt(s -> s.plainText().length()).sum();
        assertTrue(d.flatten().size() >= 250, "clauses: " + d.flatten().size());
        assertTrue(chars >= 60_000, "characters: " + chars);
    }

    @Test
    void basicPolicyAnnouncesExactlyTheChaptersTheStandardHas() {
        String omitOps = "overrides:\n  std.ops: { omit: true, reason: 別に定める }\n";
        for (String extra : List.of("", omitOps, "cloud:\n  government_cloud: true\n")) {
            Profile p = TestProfiles.profile(TestProfiles.MINIMAL + extra);
            var policy = resolver.resolve(p, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();
            Document basic = policy.documents().get(0);
            Section measures = basic.sections().stream().filter(s -> s.id().equals("basic.measures")).findFirst().orElseThrow();
            List<String> announced = measures.children().stream().map(Section::title).toList();
            List<String> expected = new java.util.ArrayList<>(policy.documents().stream()
                    .filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow().sections().stream()
                    .filter(s -> !s.label().isEmpty()).map(Section::title).toList());
            if (policy.documents().stream().anyMatch(d -> d.kind() == DocumentKind.CLOUD_PROVISIONS)) {
                expected.add("標準準拠システム等のクラウド利用に関する特則");
            }
            assertEquals(expected, announced, extra);
            assertEquals("(" + announced.size() + ")", measures.children().get(announced.size() - 1).label());
        }
    }
}
