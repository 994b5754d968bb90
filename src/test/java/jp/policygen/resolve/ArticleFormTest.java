package jp.policygen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/** The 例規 form as a 法規担当 checks it: every provision inside an article, one definitions article, 項 and 号. */
class ArticleFormTest {
    private final Resolver resolver = new Resolver(new TemplateEngine());

    static Profile prefectureInArticles() {
        Profile p = TestProfiles.sample("kakuu-ken.yaml");
        return new Profile(p.name(), p.file(), p.guideline(), p.municipality(),
                new Profile.PolicySettings(p.policy().effective(), p.policy().version(), jp.policygen.policy.NumberingForm.ARTICLES,
                        p.policy().adoption(), p.policy().history(), p.policy().scope(), p.policy().marking()),
                p.organization(), p.network(), p.cloud(), p.features(), p.overrides(), p.parameters());
    }

    private Document doc(DocumentKind kind) {
        return resolver.resolve(prefectureInArticles(), TestProfiles.CATALOG.edition("2024-10")).policy().documents()
                .stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void everyLineOfTheStandardAndTheCloudProvisionsBelongsToAnArticle() {
        for (DocumentKind kind : List.of(DocumentKind.STANDARD, DocumentKind.CLOUD_PROVISIONS)) {
            List<String> outside = new ArrayList<>();
            int[] articles = {0};
            for (Section s : doc(kind).sections()) {
                // the 附則 and the 別表 that follows it stand outside the articles, as in any 例規
                if (!s.title().startsWith("附則") && !s.id().startsWith("std.appendix.")) {
                    outside(s, outside, articles);
                }
            }
            assertEquals(List.of(), outside, kind + ": text that stands under a 章 or 節 heading");
            assertTrue(articles[0] > 10, kind + " articles: " + articles[0]);
        }
    }

    private static void outside(Section s, List<String> out, int[] articles) {
        if (s.isArticle()) {
            articles[0]++;
            return;
        }
        if (!s.blocks().isEmpty()) {
            out.add(s.id() + " " + s.heading());
        }
        s.children().forEach(c -> outside(c, out, articles));
    }

    @Test
    void theDefinitionsAreOneArticleWhose号ListTheTerms() {
        Section definitions = doc(DocumentKind.CLOUD_PROVISIONS).sections().stream()
                .filter(s -> s.title().equals("定義")).findFirst().orElseThrow();
        assertEquals("第３条", definitions.label(), "after 趣旨 and 適用範囲");
        assertTrue(definitions.children().size() >= 5);
        for (Section term : definitions.children()) {
            assertFalse(term.isArticle(), term.id());
            assertTrue(term.label().matches("（[０-９]+）"), term.label());
        }
        assertTrue(definitions.children().get(3).plainText().startsWith("ASP　"),
                "the term, then its meaning: " + definitions.children().get(3).plainText());
        Section basic = doc(DocumentKind.BASIC_POLICY).sections().get(1);
        assertEquals("第２条", basic.label());
        assertTrue(basic.children().stream().noneMatch(Section::isArticle));
    }

    /**
     * The 対策基準's terms stand in one definitions article of its 第1章 (issue 19 item 6): it borrows the 基本方針's
     * terms through the abbreviation 第1条 gives the 基本方針 with its number, and lists the rest as 号; 第2章 and 第9章
     * no longer open with definitions.
     */
    @Test
    void theStandardsTermsAreOneArticleOf第1章ThatBorrowsTheBasicPolicys() {
        Document standard = doc(DocumentKind.STANDARD);
        List<Section> articles = standard.flatten().stream().filter(Section::isArticle).toList();
        assertTrue(articles.get(0).plainText().contains(
                "架空県情報セキュリティ基本方針（令和　年架空県訓令第２１号。以下「基本方針」という。）第１０条の規定に基づき"),
                articles.get(0).plainText());
        Section definitions = articles.get(1);
        assertEquals("第２条", definitions.label());
        assertEquals("定義", definitions.title());
        assertEquals("std.general", standard.sections().get(0).id(), "in 第1章");
        assertTrue(definitions.plainText().startsWith(
                "この訓令において使用する用語は、基本方針において使用する用語の例によるほか、次に掲げる用語の意義は"),
                definitions.plainText());
        assertEquals(List.of("（１）職員等", "（２）部局等", "（３）課室等", "（４）業務委託", "（５）委託事業者", "（６）外部サービス"),
                definitions.children().stream().map(t -> t.label() + t.plainText().replaceAll("　.*", "")).toList());
        assertTrue(definitions.children().get(1).plainText().contains("第５条に規定する情報セキュリティ責任者"),
                "the post is cited by its article: " + definitions.children().get(1).plainText());
        List<String> elsewhere = articles.stream().skip(2)
                .filter(a -> a.plainText().matches("(?s).*「(職員等|部局等|課室等|業務委託|委託事業者|外部サービス)」とは.*"))
                .map(a -> a.label() + " " + a.id()).toList();
        assertEquals(List.of(), elsewhere, "defined a second time");
    }

    /** A 対策基準 adopted with its terms in 第2章 and 第9章 (its pinned numbering has no definitions article) keeps them. */
    @Test
    void aRuleAdoptedWithItsTermsInTheChaptersKeepsThem() {
        String yaml = DraftingChecksTest.yaml("kakuu-ken.yaml", "2024-10", "articles").replaceFirst("(?m)^policy:\\n", """
                policy:
                  numbering:
                    standard:
                      std.org.text: 第2条
                """);
        Document pinned = resolver.resolve(TestProfiles.profile(yaml), TestProfiles.CATALOG.edition("2024-10")).policy()
                .documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        assertTrue(pinned.flatten().stream().noneMatch(s -> s.id().equals("std.general.definitions")));
        Section org = find(pinned, "std.org.text");
        assertEquals("第２条", org.label());
        assertEquals("定義", org.title(), "the chapter's text (its terms) under the caption the catalog gives");
        assertTrue(org.plainText().startsWith("この訓令において「職員等」とは"), org.plainText());
    }

    @Test
    void theFirstArticleStatesThePurpose() {
        for (DocumentKind kind : List.of(DocumentKind.BASIC_POLICY, DocumentKind.STANDARD,
                DocumentKind.CLOUD_PROVISIONS)) {
            Section first = doc(kind).flatten().stream().filter(Section::isArticle).findFirst().orElseThrow();
            assertEquals("第１条", first.label());
            assertTrue(first.title().equals("目的") || first.title().equals("趣旨"), kind + ": " + first.title());
        }
    }

    @Test
    void laterParagraphsAre項WithTheirNumberAsAFieldAndSubItemsAre号() {
        Section ciso = doc(DocumentKind.STANDARD).flatten().stream().filter(s -> s.id().equals("std.org.ciso"))
                .findFirst().orElseThrow();
        List<Block.Paragraph> paragraphs = ciso.blocks().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> (Block.Paragraph) b).toList();
        assertEquals("", paragraphs.get(0).number(), "the first 項 has no number");
        assertEquals("２", paragraphs.get(1).number());
        assertFalse(paragraphs.get(1).text().startsWith("２"), "the number is not part of the text");
        assertEquals("３", ((Block.Paragraph) ciso.children().get(0).blocks().get(0)).number(),
                "sentences of their own after it are further 項");

        Block.ItemList items = doc(DocumentKind.STANDARD).flatten().stream().filter(Section::isArticle)
                .flatMap(a -> a.blocks().stream()).filter(b -> b instanceof Block.ItemList)
                .map(b -> (Block.ItemList) b).findFirst().orElseThrow();
        assertEquals("（１）", items.items().get(0).label(), "号 complete the 項 that announces them");
    }

    /**
     * A 号 completes the sentence of the 項 that announces it (「CISOは、次に掲げる事務を行う。」 → 「（１）…の決定」); one
     * that starts again with that sentence's subject (「（１）CISOは、…」) is a sentence of its own and belongs in a 項.
     */
    @Test
    void no号RepeatsTheSubjectOfTheSentenceThatAnnouncesIt() {
        java.util.regex.Pattern announcing = java.util.regex.Pattern.compile("^(.{1,30}?)は、.*次に(掲げる|定める)");
        List<String> repeating = new ArrayList<>();
        for (DocumentKind kind : List.of(DocumentKind.BASIC_POLICY, DocumentKind.STANDARD, DocumentKind.CLOUD_PROVISIONS)) {
            for (Section article : doc(kind).flatten()) {
                if (!article.isArticle() || article.blocks().isEmpty()
                        || !(article.blocks().get(article.blocks().size() - 1) instanceof Block.Paragraph last)) {
                    continue;
                }
                String text = last.text();
                int sentence = text.lastIndexOf('。', text.length() - 2);
                java.util.regex.Matcher m = announcing.matcher(text.substring(sentence + 1));
                if (!m.find()) {
                    continue;
                }
                for (Section item : article.children()) {
                    if (!item.isArticle() && item.label().startsWith("（") && item.plainText().startsWith(m.group(1) + "は、")) {
                        repeating.add(kind.shortName() + " " + article.label() + item.label() + " " + item.plainText()
                                .substring(0, Math.min(20, item.plainText().length())));
                    }
                }
            }
        }
        assertEquals(List.of(), repeating);
    }

    @Test
    void theNumberStyleIsTheProfilesChoice() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  form: articles\n  article_numbers: half-width\n  item_numbers: kanji\n"));
        Document basic = resolver.resolve(p, TestProfiles.CATALOG.edition("2024-10")).policy().documents().get(0);
        assertEquals("第1条", basic.sections().get(0).label());
        Section definitions = basic.sections().get(1);
        assertEquals("一", definitions.children().get(0).label());
        assertEquals("十", definitions.children().get(9).label());
        assertEquals("十一", definitions.children().get(10).label());
        assertEquals("2", ((Block.Paragraph) basic.sections().get(0).blocks().get(1)).number());
    }

    @Test
    void the附則SpeaksOfTheRuleItIsAndRepealsTheOneItReplaces() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  form: articles\n  adoption: 訓令第12号\n"
                        + "  replaces: { title: 架空市情報セキュリティ対策基準, number: 平成28年訓令第5号 }\n"));
        List<Document> docs = resolver.resolve(p, TestProfiles.CATALOG.edition("2024-10")).policy().documents();
        Section standard = docs.get(1).sections().stream().filter(s -> s.title().equals("附則")).findFirst()
                .orElseThrow();
        assertEquals("附則", standard.title());
        assertEquals("この訓令は、令和８年４月１日から施行する。\n架空市情報セキュリティ対策基準（平成28年訓令第5号）は、廃止する。",
                standard.plainText());
        Section basic = docs.get(0).sections().get(docs.get(0).sections().size() - 1);
        assertEquals("この訓令は、令和８年４月１日から施行する。", basic.plainText(), "the 基本方針's 附則 in step");
    }

    private static Section find(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void consecutiveArticlesTheCatalogCaptionsAlikeShareOneCaptionLine() {
        Document d = doc(DocumentKind.STANDARD);
        assertEquals("端末の認証", find(d, "std.physical.devices.login").title(), "the caption above the first");
        assertEquals("", find(d, "std.physical.devices.boot-password").title(), "none above the next ones");
        assertEquals("", find(d, "std.physical.devices.multi-factor").title());
        assertEquals("暗号化", find(d, "std.physical.devices.encryption").title(), "the next article has its own again");
        assertTrue(d.flatten().stream().noneMatch(s -> s.id().equals("std.org.text")),
                "the chapter's terms are in the definitions article of 第1章");
        assertEquals("組織体制", find(d, "std.org").title(), "the chapter keeps its heading");

        Profile withoutFirst = TestProfiles.profile(TestProfiles.MINIMAL.replace("policy:\n", "policy:\n  form: articles\n")
                + "overrides:\n  std.physical.devices.login: { omit: true, reason: 独自 }\n");
        Document other = resolver.resolve(withoutFirst, TestProfiles.CATALOG.edition("2024-10")).policy().documents()
                .stream().filter(x -> x.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        assertEquals("端末の認証", find(other, "std.physical.devices.boot-password").title(),
                "the first article left out: the caption moves to the next");

        Profile outline = TestProfiles.profile(TestProfiles.MINIMAL);
        Document o = resolver.resolve(outline, TestProfiles.CATALOG.edition("2024-10")).policy().documents().stream()
                .filter(x -> x.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        assertEquals("起動時のパスワード", find(o, "std.physical.devices.boot-password").title(), "the outline keeps its titles");
    }

    @Test
    void aRuleRevisedByAmendmentsHasA附則ForEachRevisionInBothDocuments() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  form: articles
                  adoption: 訓令第12号
                  history:
                    - { date: 2016-04-01, note: 策定, adoption: 訓令第5号 }
                    - { date: 2020-04-01, note: 組織改正に伴う改定 }
                    - { date: 2023-04-01, note: 令和5年3月版ガイドラインに準拠して改定, adoption: 訓令第8号, adopted: 2023-03-28 }
                    - { date: 2026-04-01, note: 令和6年10月版ガイドラインに準拠して改定, adoption: 訓令第12号 }
                """));
        List<Document> docs = resolver.resolve(p, TestProfiles.CATALOG.edition("2024-10")).policy().documents();
        for (Document d : List.of(docs.get(0), docs.get(1))) {
            List<Section> supplements = d.sections().stream().filter(s -> s.title().startsWith("附則")).toList();
            assertEquals(List.of("附則", "附則（令和５年３月２８日訓令第８号）", "附則（令和８年４月１日訓令第１２号）"),
                    supplements.stream().map(Section::title).toList(), d.kind() + ": the entry without adoption has none");
            assertEquals("この訓令は、平成２８年４月１日から施行する。", supplements.get(0).plainText(),
                    d.kind() + ": the rule took effect when it was first made");
            assertEquals("この訓令は、令和５年４月１日から施行する。", supplements.get(1).plainText());
            assertEquals("この訓令は、令和８年４月１日から施行する。", supplements.get(2).plainText());
        }
        assertEquals("平成２８年４月１日　架空市訓令第５号", docs.get(0).info().adoption(),
                "under the 題名: the day the rule was first made and its number, not the last revision's");
        assertTrue(docs.get(1).info().adoption().endsWith("架空市訓令第　　号"),
                "the 対策基準 is a rule of its own: its number, which the profile does not give, is left for the 法規担当");
        assertEquals("令和5年3月版ガイドラインに準拠して改定（訓令第8号）", docs.get(1).info().history().get(2).note(),
                "the 改定履歴 names the 訓令 of each revision");
        assertEquals("組織改正に伴う改定", docs.get(1).info().history().get(1).note());

        Profile outline = TestProfiles.profile(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  history:
                    - { date: 2016-04-01, note: 策定 }
                    - { date: 2026-04-01, note: 改定, adoption: 告示第78号 }
                """));
        Document standard = resolver.resolve(outline, TestProfiles.CATALOG.edition("2024-10")).policy().documents().get(1);
        Section last = standard.sections().stream().filter(s -> s.title().startsWith("附則（")).findFirst().orElseThrow();
        assertEquals("附則（令和8年4月1日告示第78号）", last.title(), "the outline keeps its digits");
        assertEquals("この対策基準は、令和8年4月1日から施行する。", last.plainText());
    }

    /** The 例規 form names 章, 節 and 号 in a rule's words (heading:); the outline keeps the guideline's titles. */
    @Test
    void chaptersAndItemsAreNamedInARulesWordsOnlyInTheArticlesForm() {
        List<Document> docs = resolver.resolve(prefectureInArticles(), TestProfiles.CATALOG.edition("2024-10")).policy()
                .documents();
        Document basic = docs.stream().filter(d -> d.kind() == DocumentKind.BASIC_POLICY).findFirst().orElseThrow();
        Document standard = docs.stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        assertEquals("評価及び見直し", find(standard, "std.review").title());
        assertEquals("研修及び訓練", find(standard, "std.human.training").title());
        assertTrue(find(basic, "basic.measures.evaluation").plainText().startsWith("評価及び見直し　"),
                find(basic, "basic.measures.evaluation").plainText());

        List<Document> outline = resolver.resolve(TestProfiles.sample("kakuu-ken.yaml"),
                TestProfiles.CATALOG.edition("2024-10")).policy().documents();
        assertEquals("評価・見直し", find(outline.get(1), "std.review").title(), "the outline keeps the guideline's");
        assertEquals("評価・見直し", find(outline.get(0), "basic.measures.evaluation").title());
        Document older = resolver.resolve(prefectureInArticles(), TestProfiles.CATALOG.edition("2023-03")).policy()
                .documents().get(1);
        assertEquals("業務委託及び外部サービスの利用", find(older, "std.outsourcing").title(),
                "an edition that retitles a chapter names it in its own words too");
    }

    /**
     * Each rule's line under its 題名 from the profile: the 制定日 (policy.adopted, not the 施行日) and each rule's own
     * number (standard_adoption, cloud_adoption); the 対策基準 cites the 基本方針 by that year and number, and a rule
     * numbered as a 規程 calls itself この規程, in its text and its 附則.
     */
    @Test
    void eachRuleHasItsOwnNumberAndTheDayItWasMade() throws Exception {
        Profile p = TestProfiles.profile(java.nio.file.Files.readString(java.nio.file.Path.of("profiles", "kakuu-ken.yaml")).replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  form: articles
                  adopted: 2026-03-27
                  standard_adoption: 訓令第22号
                  cloud_adoption: 規程第3号
                """));
        List<Document> docs = resolver.resolve(p, TestProfiles.CATALOG.edition("2024-10")).policy().documents();
        Document basic = docs.stream().filter(d -> d.kind() == DocumentKind.BASIC_POLICY).findFirst().orElseThrow();
        Document standard = docs.stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        Document cloud = docs.stream().filter(d -> d.kind() == DocumentKind.CLOUD_PROVISIONS).findFirst().orElseThrow();
        assertEquals("令和８年３月２７日　架空県訓令第２１号", basic.info().adoption());
        assertEquals("令和８年３月２７日　架空県訓令第２２号", standard.info().adoption());
        assertEquals("令和８年３月２７日　架空県規程第３号", cloud.info().adoption());
        String first = standard.flatten().stream().filter(Section::isArticle).findFirst().orElseThrow().plainText();
        assertTrue(first.contains("架空県情報セキュリティ基本方針（令和８年架空県訓令第２１号。以下「基本方針」という。）"), first);
        String cloudFirst = cloud.flatten().stream().filter(Section::isArticle).findFirst().orElseThrow().plainText();
        assertTrue(cloudFirst.startsWith("この規程は、"), cloudFirst);
        assertTrue(cloudFirst.contains("架空県情報セキュリティ対策基準（令和８年架空県訓令第２２号。以下「対策基準」という。）"
                + "に付け加えて定めるものとする。"), "the 特則 cites the 対策基準 whose terms it borrows by its number: " + cloudFirst);
        assertEquals("この規程は、令和８年４月１日から施行する。", cloud.sections().stream()
                .filter(s -> s.title().equals("附則")).findFirst().orElseThrow().plainText());
    }

    /**
     * A rule adopted in the earlier layout (a captioned subject as a 項 of its parent's article) keeps it: the profile's
     * pin says 分類の表示 is 第１３条第５項, so it stays a 項 there; without the pin (or with a 全部改正) it is an article.
     */
    @Test
    void aRuleAdoptedWithCaptionedSubjectsAs項KeepsThatLayout() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("profiles/kakuu-ken.yaml"))
                .replaceFirst("(?m)^policy:\\n", """
                        policy:
                          form: articles
                          numbering:
                            standard:
                              std.assets.management: 第13条
                              std.assets.management.labelling: 第13条第5項
                        """);
        Document pinned = resolver.resolve(TestProfiles.profile(yaml), TestProfiles.CATALOG.edition("2024-10")).policy()
                .documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        Section labelling = find(pinned, "std.assets.management.labelling");
        assertFalse(labelling.isArticle(), "kept as a 項 of the adopted article: " + labelling.number());
        assertTrue(find(pinned, "std.assets.management").isArticle());

        Section now = find(doc(DocumentKind.STANDARD), "std.assets.management.labelling");
        assertTrue(now.isArticle(), "no adopted numbering: a captioned subject is an article");
        assertEquals("分類の表示", now.title());
    }

    @Test
    void adoptedWithoutAnAdoptionNumberIsAnError() {
        var r = TestProfiles.read(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
                  effective: 2026-04-01
                  history:
                    - { date: 2016-04-01, note: 策定, adopted: 2016-03-30 }
                """));
        var errors = r.findings().stream().filter(jp.policygen.profile.Finding::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("adopted-without-adoption", errors.get(0).code());
        assertEquals(8, errors.get(0).line(), "the line of the history entry");
        assertTrue(errors.get(0).message().contains("adoption: 訓令第12号"), errors.get(0).message());
    }
}
