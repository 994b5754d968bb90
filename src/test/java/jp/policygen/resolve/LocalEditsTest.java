package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.profile.TestProfiles;

/** Local changes beyond replace / omit / append: title, insert, renumber: false, and hand-written numbers. */
class LocalEditsTest {
    private final Resolver resolver = new Resolver(new TemplateEngine());
    private static final String ARTICLES = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
            "  effective: 2026-04-01\n  form: articles\n");

    private Document standard(String yaml) {
        Profile p = TestProfiles.profile(yaml);
        return resolver.resolve(p, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy().documents().stream()
                .filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
    }

    private static Section find(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void titleRenamesTheHeadingAloneOrWithANewText() {
        Document d = standard(TestProfiles.MINIMAL + """
                overrides:
                  std.org.committee:
                    title: 情報セキュリティ推進本部
                    reason: 本市の会議体の名称に合わせるため
                  std.org.segregation:
                    title: 兼務の制限
                    replace: 承認する者と申請する者は、同一の者が兼ねてはならない。
                    reason: 規程に合わせるため
                """);
        Section committee = find(d, "std.org.committee");
        assertEquals("1.(7)".replace("1.", "1"), committee.number());
        assertEquals("(7) 情報セキュリティ推進本部", committee.heading());
        assertTrue(committee.plainText().contains("情報セキュリティ委員会"), "the text stays the guideline's");
        Section segregation = find(d, "std.org.segregation");
        assertEquals("(8) 兼務の制限", segregation.heading());
        assertEquals("承認する者と申請する者は、同一の者が兼ねてはならない。", segregation.plainText());
    }

    @Test
    void insertAddsALocalClauseAfterTheGivenOneNumberedWithTheRest() {
        String overrides = """
                overrides:
                  local.usb-ban:
                    insert: { after: std.org.system-staff, title: 私物の電磁的記録媒体, text: "私物のUSBメモリを業務に使ってはならない。" }
                    reason: 本市独自の規定
                """;
        Document outline = standard(TestProfiles.MINIMAL + overrides);
        Section local = find(outline, "local.usb-ban");
        assertEquals("1(7)", local.number(), "right after 1(6), the next ones close up behind it");
        assertEquals("(7) 私物の電磁的記録媒体", local.heading());
        assertEquals(Origin.LOCAL, local.origin());
        assertEquals("1(8)", find(outline, "std.org.committee").number());

        Document articles = standard(ARTICLES + overrides);
        Section article = find(articles, "local.usb-ban");
        assertTrue(article.isArticle());
        assertEquals("第９条", article.label(), "趣旨 is 第１条 and the terms of chapter 1 第２条 in the 例規 form, system staff 第８条");
        assertEquals("第１０条", find(articles, "std.org.committee").label());
    }

    @Test
    void renumberFalseKeepsTheNumbersAnOmittedArticleReads削除() {
        String overrides = """
                  renumber: false
                overrides:
                  std.org.system-staff: { omit: true, reason: 置かないため }
                  basic.definitions.information-system: { omit: true, reason: 別に定めるため }
                """;
        Document articles = standard(ARTICLES.replace("  form: articles\n", "  form: articles\n" + overrides
                .lines().findFirst().orElseThrow() + "\n") + overrides.substring(overrides.indexOf("overrides:")));
        Section deleted = find(articles, "std.org.system-staff");
        assertEquals("第８条", deleted.label());
        assertEquals("", deleted.title());
        assertEquals("削除", deleted.plainText());
        assertEquals(Origin.DELETED, deleted.origin());
        assertEquals("第９条", find(articles, "std.org.committee").label(), "no 条ずれ");
        Document basic = resolver.resolve(TestProfiles.profile(ARTICLES.replace("  form: articles\n",
                "  form: articles\n  renumber: false\n") + overrides.substring(overrides.indexOf("overrides:"))),
                TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy().documents().get(0);
        Section definitions = find(basic, "basic.definitions");
        assertEquals("（２）", definitions.children().get(1).label());
        assertEquals("削除", definitions.children().get(1).plainText(), "a 号 keeps its number too");
        assertEquals("（３）", definitions.children().get(2).label());

        Document outline = standard(TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n",
                "  effective: 2026-04-01\n  renumber: false\n") + overrides.substring(overrides.indexOf("overrides:")));
        Section item = find(outline, "std.org.system-staff");
        assertEquals("(6)", item.label());
        assertEquals("削除", item.plainText());
        assertEquals("(7)", find(outline, "std.org.committee").label());
    }

    @Test
    void renumberFalseKeepsTheArticleNumbersOfAnOmittedChapter() {
        String yaml = ARTICLES.replace("  form: articles\n", "  form: articles\n  renumber: false\n") + """
                overrides:
                  std.assets: { omit: true, reason: 別の規程で定めるため }
                """;
        Document full = standard(ARTICLES);
        Document d = standard(yaml);
        Section chapter = find(d, "std.assets");
        assertEquals("第３章", chapter.label());
        Section range = chapter.children().get(0);
        assertTrue(range.label().matches("第[０-９]+条から第[０-９]+条まで"), range.label());
        assertEquals(find(full, "std.resilience").children().get(0).label(),
                find(d, "std.resilience").children().get(0).label(), "the next chapter's articles keep their numbers");
    }

    @Test
    void handWrittenNumbersInAReplaceAreAnErrorAtTheirLine() {
        ProfileReader.Result r = TestProfiles.read(TestProfiles.MINIMAL + """
                overrides:
                  std.human.passwords:
                    replace: |
                      パスワードは次のとおりとする。
                      (1) 15文字以上とする。
                      (2) 使い回さない。
                    reason: 規程に合わせるため
                """);
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), errors.toString());
        Finding f = errors.get(0);
        assertEquals("hand-numbered", f.code());
        assertEquals(22, f.line());
        assertEquals(7, f.column());
        assertTrue(f.message().contains("「(1)」") && f.message().contains("「- 」"), f.message());
        assertTrue(r.profile().isEmpty(), "nothing is generated");

        for (String number : List.of("①", "1.", "（１）")) {
            ProfileReader.Result other = TestProfiles.read(TestProfiles.MINIMAL + """
                    overrides:
                      std.human.passwords:
                        replace: |
                          パスワードは次のとおりとする。
                          %s 15文字以上とする。
                        reason: 規程に合わせるため
                    """.formatted(number));
            assertTrue(other.findings().stream().anyMatch(x -> x.code().equals("hand-numbered")), number);
        }
    }

    @Test
    void aLocalIdNeedsAnInsertAndAnInsertNeedsALocalId() {
        ProfileReader.Result r = TestProfiles.read(TestProfiles.MINIMAL + """
                overrides:
                  local.rule: { replace: 本文。, reason: 独自 }
                  std.org.ciso: { insert: { after: std.org, title: 見出し, text: 本文。 }, reason: 独自 }
                """);
        List<String> codes = r.findings().stream().filter(Finding::isError).map(Finding::code).toList();
        assertEquals(List.of("local-without-insert", "insert-not-local"), codes);
    }
}
