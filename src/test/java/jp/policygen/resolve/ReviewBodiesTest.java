package jp.policygen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.policygen.catalog.ClauseStyleTest;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/**
 * The three bodies of issue 11's review, read as the reviewer read them — an α village with no external service,
 * an α' (ウ: file exchange) city and a β' prefecture — each checked for every kind of fault the review found:
 * external services governed without a listed service, product names only in the 別表, an independent audit
 * lead, outsiders bound through the contract, 職員等 defined before use and 懲戒 for employees only, no phrasing
 * outside the 例規 style, one term for 機密性２以上, the coverage the review asked for, and a 権限・責任等一覧表
 * with a row for every measure of the model. ContentCorrectionsTest pins the model-specific contradictions.
 */
class ReviewBodiesTest {
    private static final Resolver RESOLVER = new Resolver(new TemplateEngine());

    /** The reviewed bodies, from the samples: the town becomes a city (same α' (ウ) network). */
    static Profile body(String name) {
        try {
            return switch (name) {
                case "village" -> TestProfiles.sample("kakuu-mura.yaml");
                case "city" -> TestProfiles.profile(Files.readString(Path.of("profiles/kakuu-machi.yaml"),
                        StandardCharsets.UTF_8).replace("  kind: town\n", "  kind: city\n").replace("架空町", "架空市"));
                case "prefecture" -> TestProfiles.sample("kakuu-ken.yaml");
                default -> throw new IllegalArgumentException(name);
            };
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Policy policy(String name) {
        Profile p = body(name);
        return RESOLVER.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy();
    }

    private static Document doc(Policy p, DocumentKind kind) {
        return p.documents().stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    private static Optional<Document> optional(Policy p, DocumentKind kind) {
        return p.documents().stream().filter(d -> d.kind() == kind).findFirst();
    }

    private static Optional<Section> section(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static String text(Document d) {
        return d.flatten().stream().map(s -> s.heading() + "\n" + s.plainText()).collect(Collectors.joining("\n"));
    }

    @Test
    void theBodiesAreTheOnesReviewed() {
        Profile village = body("village");
        assertEquals("alpha", village.network().model().id());
        assertTrue(village.cloud().services().isEmpty(), "a village without external services");
        Profile city = body("city");
        assertEquals("alpha-prime", city.network().model().id());
        assertEquals(Optional.of("file-exchange"), city.network().alphaPrimeCase().map(c -> c.id()), "α' (ウ)");
        assertEquals("city", city.municipality().kind().name().toLowerCase(java.util.Locale.ROOT));
        Profile prefecture = body("prefecture");
        assertEquals("beta-prime", prefecture.network().model().id());
        assertEquals("prefecture", prefecture.municipality().kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void theBetaPrimeStandardKeepsAtLeast250Clauses() {
        int clauses = doc(policy("prefecture"), DocumentKind.STANDARD).flatten().size();
        assertTrue(clauses >= 250, "β' 対策基準: " + clauses + " clauses");
    }

    // ---- 1. external services ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"village", "city", "prefecture"})
    void externalServicesAreGovernedAndNamedOnlyInTheAppendix(String name) {
        Profile profile = body(name);
        Document std = doc(policy(name), DocumentKind.STANDARD);
        for (String id : List.of("std.outsourcing.cloud-confidential.approval", "std.outsourcing.cloud-general.approval")) {
            assertTrue(section(std, id).isPresent(), name + ": " + id);
        }
        Section last = std.sections().get(std.sections().size() - 1);
        assertEquals("std.appendix.services", last.id(), name + ": the 別表 closes the 対策基準");
        for (var service : profile.cloud().services()) {
            List<String> naming = std.flatten().stream().filter(s -> !s.id().equals("std.appendix.services"))
                    .filter(s -> s.plainText().contains(service.name())).map(Section::id).toList();
            assertEquals(List.of(), naming, name + ": " + service.name() + " named outside the 別表");
            assertTrue(last.plainText().contains(service.name()), name + ": " + service.name() + " in the 別表");
        }
        if (profile.cloud().services().isEmpty()) {
            assertTrue(last.plainText().contains("利用を承認した外部サービスはない"), last.plainText());
        }
    }

    // ---- 2. audit lead -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"village", "city", "prefecture"})
    void theAuditLeadIsNotAPostThatIsAudited(String name) {
        Profile p = body(name);
        String lead = section(doc(policy(name), DocumentKind.STANDARD), "std.review.audit.lead").orElseThrow().plainText();
        assertFalse(lead.contains(p.organization().chiefOfficer() + "を情報セキュリティ監査統括責任者"), name + ": " + lead);
        assertFalse(lead.contains(p.organization().ciso() + "を情報セキュリティ監査統括責任者"), name + ": " + lead);
    }

    // ---- 3. outsiders, 職員等, 懲戒 ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"village", "city", "prefecture"})
    void outsidersAreBoundThroughContractsAndDisciplineReachesOnlyEmployees(String name) {
        Policy policy = policy(name);
        for (DocumentKind kind : List.of(DocumentKind.STANDARD, DocumentKind.CLOUD_PROVISIONS)) {
            Optional<Document> d = optional(policy, kind);
            if (d.isPresent()) {
                Matcher m = ContentCorrectionsTest.OUTSIDER_SUBJECT.matcher(d.get().flatten().stream().map(Section::plainText)
                        .collect(Collectors.joining("\n")));
                assertFalse(m.find(), name + " " + kind + ": a rule addressed to an outsider: "
                        + (m.hitEnd() ? "" : m.group(1)));
            }
        }
        Document std = doc(policy, DocumentKind.STANDARD);
        Section first = std.flatten().stream().filter(s -> s.plainText().contains("職員等")).findFirst().orElseThrow();
        assertEquals("std.org", first.id(), name + ": 職員等 used before it is defined");
        String sanctions = section(std, "std.ops.discipline.sanctions").orElseThrow().plainText();
        assertTrue(sanctions.startsWith("情報セキュリティポリシーに違反した職員及び"), name + ": " + sanctions);
    }

    // ---- 5. drafting ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"village", "city", "prefecture"})
    void theTextUsesThe例規StyleAndOneTermForTheClasses(String name) {
        Policy policy = policy(name);
        List<String> found = new ArrayList<>();
        for (Document d : policy.documents()) {
            if (d.kind() == DocumentKind.ROLES) {
                continue;
            }
            String all = text(d);
            for (String banned : ClauseStyleTest.BANNED.keySet()) {
                if (all.contains(banned)) {
                    found.add(d.title() + ": 「" + banned + "」");
                }
            }
            for (String s : ClauseStyleTest.sentences(all)) {
                if (s.contains("並びに") && !s.contains("及び")) {
                    found.add(d.title() + ": 並びに without 及び: " + s.strip());
                }
            }
            if (all.contains("自治体機密性２以上")) {
                found.add(d.title() + ": 自治体機密性２以上 beside 機密性２以上");
            }
        }
        assertEquals(List.of(), found, name);
    }

    // ---- 7. coverage ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"village", "city", "prefecture"})
    void theCoverageTheReviewAskedForIsThere(String name) {
        Policy policy = policy(name);
        Document std = doc(policy, DocumentKind.STANDARD);
        for (String id : List.of("std.tech.access-control.remote.authentication", "std.tech.access-control.remote.encryption",
                "std.tech.access-control.remote.brought-in", "std.tech.access-control.remote.mobile",
                "std.outsourcing.cloud-confidential.rules", "std.outsourcing.cloud-confidential.build",
                "std.outsourcing.cloud-confidential.operation", "std.outsourcing.cloud-confidential.exit",
                "std.review.audit.contractors")) {
            assertTrue(section(std, id).isPresent(), name + ": " + id);
        }
        assertTrue(section(std, "std.review.policy.review").orElseThrow().plainText().contains("監査"),
                name + ": the audit results feed the 見直し");
        Optional<Document> cloud = optional(policy, DocumentKind.CLOUD_PROVISIONS);
        assertEquals(body(name).cloud().governmentCloud(), cloud.isPresent(), name + ": 第4編");
        if (cloud.isPresent()) {
            for (String id : List.of("cloud.org.usage-form", "cloud.tech.malware", "cloud.tech.ddos", "cloud.tech.development")) {
                assertTrue(section(cloud.get(), id).isPresent(), name + ": " + id);
            }
        }
        // the 一覧表: a row citing each measure of the model's 3(4)
        List<String> cited = RolesCoverageTest.rows(policy).stream().map(r -> r.get(1)).toList();
        for (Section measure : section(std, "std.resilience.model").orElseThrow().children()) {
            assertTrue(cited.contains(measure.number()), name + ": no row of the 一覧表 cites " + measure.number());
        }
        if (cloud.isPresent()) {
            assertTrue(cited.stream().anyMatch(c -> c.startsWith("特則")), name + ": rows of the 特則");
        }
    }

    @Test
    void inArticlesFormTheAppendixFollowsTheSupplementaryProvisionsAndNamesTheArticlesThatCiteIt() throws Exception {
        String yaml = TestProfiles.prefecture("form: articles");
        Profile p = TestProfiles.profile(yaml);
        Document std = doc(RESOLVER.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy(), DocumentKind.STANDARD);
        List<Section> top = std.sections();
        assertEquals(List.of("std.supplementary", "std.appendix.services"),
                top.subList(top.size() - 2, top.size()).stream().map(Section::id).toList(), "附則, then 別表");
        // the services approved when the rule takes effect: the article that keeps the 外部サービス台帳 cites it
        String ledger = section(std, "std.outsourcing.cloud-confidential.approval").orElseThrow().number();
        assertTrue(ledger.matches("第[０-９]+条"), ledger);
        assertEquals("別表（" + ledger + "関係）　外部サービス一覧", top.get(top.size() - 1).heading());
        assertEquals("", top.get(top.size() - 1).label(), "the 別表 is not an article");
    }
}
