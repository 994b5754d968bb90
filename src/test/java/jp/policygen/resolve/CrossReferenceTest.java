package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.Clause;
import jp.policygen.catalog.Edition;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/** Clauses cite each other by id and print the computed number; no reference points at a clause left out. */
class CrossReferenceTest {
    private static final Edition EDITION = TestProfiles.CATALOG.edition(EditionId.of("2024-10"));
    private final Resolver resolver = new Resolver(new TemplateEngine());

    private static final List<String> NETWORKS = List.of(
            "network:\n  model: alpha\n",
            "network:\n  model: alpha-prime\n  alpha_prime:\n    case: auth-only\n",
            "network:\n  model: alpha-prime\n  alpha_prime:\n    case: no-file-import\n",
            "network:\n  model: alpha-prime\n  alpha_prime:\n    case: file-exchange\n",
            "network:\n  model: beta\n  edr: true\n",
            "network:\n  model: beta-prime\n  edr: true\n  log_monitoring: true\n");

    /** Every network model and α' case × every combination of the feature switches, with the rest all on or all off. */
    @Test
    void noCombinationOfModelAndFeaturesCitesAClauseItLeavesOut() {
        List<String> problems = new ArrayList<>();
        int combinations = 0;
        for (String network : NETWORKS) {
            for (int features = 0; features < 16; features++) {
                for (boolean rest : new boolean[] {false, true}) {
                    String yaml = TestProfiles.MINIMAL.replace("network:\n  model: alpha\n", network
                            + "  security_cloud: " + rest + "\n"
                            + (network.contains("beta") ? "" : "  screen_transfer: " + rest + "\n"))
                            + "features:\n"
                            + "  telework: " + ((features & 1) != 0) + "\n"
                            + "  social_media: " + ((features & 2) != 0) + "\n"
                            + "  wireless_lan: " + ((features & 4) != 0) + "\n"
                            + "cloud:\n  government_cloud: " + ((features & 8) != 0) + "\n"
                            + (rest ? "  services:\n"
                            + "    - { name: A, ismap: true, confidential: true, purpose: メール }\n"
                            + "    - { name: B, ismap: true, confidential: false, purpose: 公開 }\n" : "");
                    for (String form : List.of("outline", "articles")) {
                        Profile p = TestProfiles.profile(yaml.replace("  effective: 2026-04-01\n",
                                "  effective: 2026-04-01\n  form: " + form + "\n"));
                        Resolver.Result r = resolver.resolve(p, EDITION);
                        combinations++;
                        for (References.Unresolved u : r.unresolved()) {
                            problems.add(network.strip().replace('\n', ' ') + " features=" + features + " rest=" + rest
                                    + " " + form + ": " + u);
                        }
                        String text = text(r.policy().documents());
                        assertTrue(text.indexOf(TemplateEngine.REF_START) < 0, "no reference mark is left in the text");
                    }
                }
            }
        }
        assertEquals(6 * 16 * 2 * 2, combinations);
        assertEquals(List.of(), problems);
    }

    /**
     * The phrases a cite-by-title takes: 「<title>の定め」, 「<title>に定める」 and 「<title>に掲げる」 (「対象とする脅威に
     * 掲げる脅威」 was one), for every clause title.
     */
    @Test
    void noClauseCitesAnotherByItsTitle() throws IOException {
        List<String> phrases = new ArrayList<>();
        for (Clause c : EDITION.allClauses()) {
            if (c.title().length() >= 4) {
                phrases.add(c.title() + "の定め");
                phrases.add(c.title() + "に定める");
                phrases.add(c.title() + "に掲げる");
            }
        }
        // the 第4編 is cited by its document title, which is not a clause's number
        phrases.removeIf(p -> p.startsWith("標準準拠システム等のクラウド利用に関する特則"));
        assertTrue(phrases.size() > 400, "the list covers every titled clause: " + phrases.size());
        List<String> found = new ArrayList<>();
        for (Clause c : EDITION.allClauses()) {
            String body = resource("templates/2024-10/clauses/" + c.id() + ".ftl");
            for (String phrase : phrases) {
                if (body.contains(phrase)) {
                    found.add(c.id() + ": " + phrase);
                }
            }
        }
        assertEquals(List.of(), found, "cite with <@ref \"id\"/> instead");
    }

    @Test
    void outlineFormCitesTheComputedNumber() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL);
        String std = text(standard(resolver.resolve(p, EDITION)));
        // std.ops.discipline, cited from 6.5(5), is 7.6 in an α city
        assertTrue(std.contains("7.6の規定に従って取り扱う"), std.substring(0, 200));
    }

    @Test
    void articleFormCitesTheArticleAndClosesUpWhenAClauseIsLeftOut() {
        String articles = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  form: articles\n");
        Resolver.Result full = resolver.resolve(TestProfiles.profile(articles), EDITION);
        Section cited = find(standard(full), "std.tech.systems.logs");
        Section citing = find(standard(full), "std.outsourcing.systems.logging");
        // ログの取得等 has no text of its own: its three captioned subjects are articles, cited together
        assertTrue(cited.children().stream().allMatch(Section::isArticle), cited.number());
        assertTrue(cited.number().matches("第[０-９]+条から第[０-９]+条まで"), cited.number());
        assertTrue(citing.plainText().contains(cited.number() + "の規定に従い"), citing.plainText());

        Resolver.Result fewer = resolver.resolve(TestProfiles.profile(articles + """
                overrides:
                  std.tech.systems.file-server: { omit: true, reason: 文書サーバを置かないため }
                """), EDITION);
        Section citedNow = find(standard(fewer), "std.tech.systems.logs");
        long omitted = standard(full).flatten().stream().filter(s -> s.id().startsWith("std.tech.systems.file-server") && s.isArticle()).count();
        assertEquals(number(cited.children().get(0).label()) - omitted, number(citedNow.children().get(0).label()),
                "the omitted subject's articles less before it");
        assertTrue(find(standard(fewer), "std.outsourcing.systems.logging").plainText()
                .contains(citedNow.number() + "の規定に従い"));
    }

    @Test
    void adjacentArticlesAndParagraphsAreCitedAs前条次条前項() {
        String mark1 = ref("a.one", 0);
        Section one = article("a.one", "第１条", List.of("本文。", "第二項。", "第三項は" + ref("a.one", 2) + "による。"));
        Section two = article("a.two", "第２条", List.of(mark1 + "及び" + ref("a.three", 0) + "の規定による。"
                + ref("a.one", 3) + "。"));
        Section three = article("a.three", "第３条", List.of("定めない。"));
        Section four = article("a.four", "第４条", List.of(mark1 + "。" + ref("a.one", 2) + "。" + ref("a.gone", 0)));
        Document doc = new Document(DocumentKind.STANDARD, "t", info(), List.of(one, two, three, four));
        References.Result r = new References(NumberingForm.ARTICLES, Section::isArticle, Numbering.Style.DEFAULT::digits,
                Map.of("a.gone", "消えた条")).resolve(List.of(doc));
        List<Section> s = r.documents().get(0).sections();
        assertEquals("第三項は前項による。", s.get(0).plainText().split("\n")[2]);
        assertEquals("前条及び次条の規定による。前条第３項。", s.get(1).plainText());
        assertEquals("第１条。第１条第２項。「消えた条」", s.get(3).plainText());
        assertEquals(List.of(new References.Unresolved("a.four", "第４条", "a.gone", 0)), r.unresolved());
    }

    @Test
    void omittingACitedClauseWarnsWithTheLineAndTheCitingClauses() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL + """
                overrides:
                  std.ops.discipline:
                    omit: true
                    reason: 懲戒は別の規程で定めるため
                """);
        List<Finding> w = resolver.resolve(p, EDITION).warnings();
        Finding f = w.stream().filter(x -> x.code().equals("omitted-clause-cited")).findFirst().orElseThrow();
        assertEquals(19, f.line());
        assertEquals(3, f.column());
        assertTrue(f.message().contains("6.5(5)（std.tech.intrusion.staff）"), f.message());
    }

    @Test
    void omittingAChapterOrTheCsirtWarns() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL + """
                overrides:
                  std.physical: { omit: true, reason: 別に定めるため }
                  std.org.csirt: { omit: true, reason: 設置しないため }
                """);
        List<Finding> w = resolver.resolve(p, EDITION).warnings();
        assertTrue(w.stream().anyMatch(f -> f.code().equals("omitted-chapter") && f.line() == 19), w.toString());
        assertTrue(w.stream().anyMatch(f -> f.code().equals("omitted-csirt") && f.line() == 20), w.toString());
        assertTrue(w.stream().anyMatch(f -> f.code().equals("omitted-clause-cited") && f.line() == 19
                && f.message().contains("（std.tech.intrusion.ddos.measures）")), w.toString());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static String ref(String id, int paragraph) {
        return "" + TemplateEngine.REF_START + id + TemplateEngine.REF_SEPARATOR + paragraph + TemplateEngine.REF_END;
    }

    private static Section article(String id, String label, List<String> paragraphs) {
        return new Section(id, SectionLevel.ITEM, label, label, "見出し", "", Origin.GUIDELINE, "",
                paragraphs.stream().map(t -> (Block) Block.Paragraph.of(t)).toList(), List.of());
    }

    private static DocumentInfo info() {
        return new DocumentInfo("架空市", "", "令和8年4月1日", "", "", List.of(), NumberingForm.ARTICLES, false);
    }

    private static int number(String label) {
        return Integer.parseInt(java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKC)
                .replaceAll("\\D", ""));
    }

    private static Document standard(Resolver.Result r) {
        return r.policy().documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
    }

    private static Section find(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static String text(Document d) {
        StringBuilder sb = new StringBuilder();
        d.flatten().forEach(s -> sb.append(s.heading()).append('\n').append(s.plainText()).append('\n'));
        return sb.toString();
    }

    private static String text(List<Document> docs) {
        StringBuilder sb = new StringBuilder();
        docs.forEach(d -> sb.append(text(d)));
        return sb.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CrossReferenceTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
