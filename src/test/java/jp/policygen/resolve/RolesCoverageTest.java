package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.catalog.Clause;
import jp.policygen.catalog.Edition;
import jp.policygen.catalog.RolesMatrix;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/**
 * The 権限・責任等一覧表 covers every duty of the body's model: each clause of its 対策基準 and 特則 that sets a
 * duty is named by a row (itself or the clause it belongs to), the measures of the chosen network model one row
 * each, and every row cites the numbers its clauses print. Built from the catalog, so a new clause without a row
 * fails here.
 */
class RolesCoverageTest {
    private static final Resolver RESOLVER = new Resolver(new TemplateEngine());

    /** Clauses that define or frame rather than assign a duty: definitions, purpose, 附則, 別表. */
    private static boolean setsNoDuty(String id) {
        return id.equals("std.org") || id.startsWith("std.general") || id.equals("std.supplementary")
                || id.startsWith("std.appendix.") || id.startsWith("cloud.purpose") || id.startsWith("cloud.definitions")
                || id.equals("cloud.supplementary");
    }

    private static final String ALPHA_PRIME = "  model: alpha-prime\n  alpha_prime: { case: %s }\n";

    static Stream<String> bodies() {
        return Stream.of("kakuu-mura.yaml", "kakuu-machi.yaml", "kakuu-shi.yaml", "kakuu-ken.yaml",
                "minimal", "auth-only", "no-file-import", "file-exchange", "beta", "beta-prime", "generative-ai",
                "2023-03", "2025-03", "2026-03");
    }

    static Profile body(String name) {
        if (name.endsWith(".yaml")) {
            return TestProfiles.sample(name);
        }
        String m = TestProfiles.MINIMAL;
        String yaml = switch (name) {
            case "minimal" -> m;
            case "auth-only", "no-file-import", "file-exchange" -> m.replace("  model: alpha\n",
                    ALPHA_PRIME.formatted(name)) + "cloud:\n  government_cloud: true\n";
            case "beta" -> m.replace("  model: alpha\n", "  model: beta\n  edr: true\n  log_monitoring: true\n");
            case "beta-prime" -> m.replace("  model: alpha\n", "  model: beta-prime\n  edr: true\n  log_monitoring: true\n")
                    + "features:\n  telework: true\n  wireless_lan: true\n  social_media: true\n";
            case "generative-ai" -> m + "features:\n  generative_ai: true\n";
            case "2023-03" -> Edition2023Test.V2023;
            case "2025-03" -> m.replace("guideline: \"2024-10\"", "guideline: \"2025-03\"")
                    .replace("  model: alpha\n", "  model: alpha\n  mynumber_screen_transfer: true\n")
                    + "features:\n  wireless_lan_mynumber: true\n";
            case "2026-03" -> m.replace("guideline: \"2024-10\"", "guideline: \"2026-03\"")
                    .replace("  model: alpha\n", "  model: alpha\n  mynumber_screen_transfer: true\n")
                    + "features:\n  wireless_lan_mynumber: true\n  mynumber_media_erasure: true\n";
            default -> throw new IllegalArgumentException(name);
        };
        return TestProfiles.profile(yaml);
    }

    private static Policy policy(Profile p) {
        return RESOLVER.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy();
    }

    private static RolesMatrix matrix(EditionId edition) {
        return TestProfiles.CATALOG.edition(edition).documents().stream().flatMap(d -> d.roles().stream())
                .findFirst().orElseThrow();
    }

    /** Each clause with its parent ("" at the top) in the documents that set duties. */
    private static Map<String, String> parents(Policy p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Document d : p.documents()) {
            if (d.kind() == DocumentKind.STANDARD || d.kind() == DocumentKind.CLOUD_PROVISIONS) {
                d.sections().forEach(s -> parents(s, "", out));
            }
        }
        return out;
    }

    private static void parents(Section s, String parent, Map<String, String> out) {
        out.put(s.id(), parent);
        s.children().forEach(c -> parents(c, s.id(), out));
    }

    private static List<Section> leaves(Policy p) {
        return p.documents().stream()
                .filter(d -> d.kind() == DocumentKind.STANDARD || d.kind() == DocumentKind.CLOUD_PROVISIONS)
                .flatMap(d -> d.flatten().stream()).filter(s -> s.children().isEmpty()).toList();
    }

    /** The rows of the 一覧表 as printed: 事項, 該当箇所, then one entry per role. */
    static List<List<String>> rows(Policy p) {
        Document roles = p.documents().stream().filter(d -> d.kind() == DocumentKind.ROLES).findFirst().orElseThrow();
        List<List<String>> out = new ArrayList<>();
        for (Section s : roles.flatten()) {
            if (s.id().startsWith("roles.duties.")) {
                for (Block b : s.blocks()) {
                    if (b instanceof Block.Table t) {
                        assertEquals(List.of("事項", "該当箇所"), t.header().subList(0, 2));
                        out.addAll(t.rows());
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void everyClauseThatSetsADutyIsNamedByARowOfTheTable(String name) {
        Profile profile = body(name);
        Policy p = policy(profile);
        Set<String> named = new HashSet<>();
        matrix(profile.guideline()).duties().forEach(d -> named.addAll(d.clauses()));
        Map<String, String> parents = parents(p);
        List<String> missing = new ArrayList<>();
        for (Section leaf : leaves(p)) {
            String id = leaf.id();
            if (!setsNoDuty(id) && !named.contains(id) && !named.contains(parents.get(id))) {
                missing.add(id + " (" + leaf.number() + ")");
            }
        }
        assertEquals(List.of(), missing, name + ": clauses no row of the 権限・責任等一覧表 names");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void eachMeasureOfTheNetworkModelHasARowOfItsOwnCitingItsNumber(String name) {
        Profile profile = body(name);
        Policy p = policy(profile);
        Document std = p.documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        Section model = std.flatten().stream().filter(s -> s.id().equals("std.resilience.model")).findFirst()
                .orElseThrow();
        List<String> cited = rows(p).stream().map(r -> r.get(1)).toList();
        for (Section measure : model.children()) {
            RolesMatrix.Duty row = matrix(profile.guideline()).duties().stream()
                    .filter(d -> d.clauses().contains(measure.id())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no row names " + measure.id()));
            assertTrue(cited.stream().anyMatch(c -> c.equals(measure.number())),
                    name + ": " + row.id() + " cites " + measure.number() + " in " + cited);
        }
    }

    @Test
    void everyClauseARowNamesExistsInSomeEdition() {
        Set<String> ids = new HashSet<>();
        for (EditionId e : TestProfiles.CATALOG.editionIds()) {
            Edition ed = TestProfiles.CATALOG.edition(e);
            ed.allClauses().stream().map(Clause::id).forEach(ids::add);
        }
        List<String> unknown = matrix(EditionId.of("2024-10")).duties().stream().flatMap(d -> d.clauses().stream())
                .filter(c -> !ids.contains(c)).toList();
        assertEquals(List.of(), unknown);
    }

    @Test
    void anAlphaPrimeFileExchangeTownHasTheRowsOfItsMeasuresAndOfTheCloudProvisions() {
        Policy p = policy(TestProfiles.sample("kakuu-machi.yaml"));
        List<List<String>> rows = rows(p);
        Map<String, String> cited = new LinkedHashMap<>();
        rows.forEach(r -> cited.put(r.get(0), r.get(1)));
        assertEquals("3(4)④", cited.get("（α'）クラウドサービスの利用範囲の決定"), cited.toString());
        assertEquals("3(4)⑭", cited.get("（α'）テナントアクセス制御"), cited.toString());
        assertEquals("3(4)⑮", cited.get("（α'）メール及びファイルの無害化"), cited.toString());
        assertEquals("3(4)⑱", cited.get("（α'）クラウドサービスの利用の申請、審査及び承認"), cited.toString());
        assertEquals("特則 3(3)", cited.get("単独利用又は共同利用の別の確認及び責任の分担"), cited.toString());
        assertEquals("特則 8(6)(7)", cited.get("クラウド上の不正プログラム対策及びサービス不能攻撃への対策"));
        assertFalse(cited.keySet().stream().anyMatch(k -> k.startsWith("（β") || k.startsWith("（α）")), cited.toString());
        assertFalse(cited.containsKey("（α'）ファイルのダウンロードの制限"), "a measure of case (イ) only");
        // who does what: the approval of a cloud service is the 統括's, asked for by the 管理者
        List<String> approval = rows.stream().filter(r -> r.get(0).equals("（α'）クラウドサービスの利用の申請、審査及び承認"))
                .findFirst().orElseThrow();
        assertEquals(List.of("", "承認", "", "申請"), approval.subList(2, 6));
    }

    @Test
    void aBetaPrimePrefectureHasTheRowsOfItsDutiesAndOfTheCloudProvisions() {
        Policy p = policy(TestProfiles.sample("kakuu-ken.yaml"));
        Map<String, String> cited = new LinkedHashMap<>();
        rows(p).forEach(r -> cited.put(r.get(0), r.get(1)));
        assertEquals("3(4)②", cited.get("（β'）業務端末の保護（EDR）"), cited.toString());
        assertEquals("3(4)⑥", cited.get("（β'）緊急時即応体制の整備"), cited.toString());
        assertEquals("3(4)⑦", cited.get("（β'）組織的及び人的対策の実施状況の確認"), cited.toString());
        assertEquals("7.1(6)", cited.get("インターネット接続系に業務システムを置く場合の監視の強化"), cited.toString());
        assertTrue(cited.containsKey("閉域接続、系統ごとの分離及び管理機能の保護"), cited.toString());
        assertFalse(cited.keySet().stream().anyMatch(k -> k.startsWith("（α")), cited.toString());
        assertFalse(cited.containsKey("インターネット接続系への画面転送の管理"), "screen_transfer: false");
    }

    @Test
    void aVillageWithoutGovernmentCloudHasNoRowsOfTheCloudProvisions() {
        Policy p = policy(TestProfiles.sample("kakuu-mura.yaml"));
        List<String> cited = rows(p).stream().map(r -> r.get(1)).toList();
        assertTrue(cited.stream().noneMatch(c -> c.contains("特則")), cited.toString());
        assertTrue(rows(p).stream().anyMatch(r -> r.get(0).startsWith("（α）")), "the α measures have rows");
    }

    @Test
    void inArticlesFormTheRowsCiteTheArticles() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01",
                "effective: 2026-04-01\n  form: articles"));
        List<String> cited = rows(policy(p)).stream().map(r -> r.get(1)).toList();
        assertTrue(cited.stream().allMatch(c -> c.matches("第[０-９]+[条章].*")), cited.toString());
    }

    @Test
    void citationsAreWrittenCompactlyAsTheGuidelineCitesThem() {
        assertEquals(List.of("4.1(1)(2)(3)", "5.1(1)③④"), RolesDocument.merged(List.of("4.1(1)", "4.1(2)", "4.1(3)",
                "5.1(1)③", "5.1(1)④")));
        assertEquals(List.of("第１９条～第２２条", "第２４条、第２５条"), RolesDocument.merged(List.of("第１９条", "第２０条",
                "第２１条", "第２２条", "第２４条", "第２５条")));
        assertEquals(List.of("第４５条第１項、第３項", "第１１条（１）（２）"), RolesDocument.merged(List.of("第４５条第１項",
                "第４５条第３項", "第１１条（１）", "第１１条（２）")));
    }
}
