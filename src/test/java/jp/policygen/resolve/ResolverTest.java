package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

class ResolverTest {
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

    @Test
    void fillsTheBodysNameAndPostTitles() {
        Policy p = resolve(TestProfiles.profile(TestProfiles.MINIMAL));
        Section ciso = section(doc(p, DocumentKind.STANDARD), "std.org.ciso").orElseThrow();
        assertTrue(ciso.plainText().contains("副市長"), ciso.plainText());
        Section supplementary = section(doc(p, DocumentKind.BASIC_POLICY), "basic.supplementary").orElseThrow();
        assertTrue(supplementary.plainText().contains("令和8年4月1日"), supplementary.plainText());
    }

    @Test
    void chaptersAndSectionsAreNumberedFromTheTree() {
        Document std = doc(resolve(TestProfiles.profile(TestProfiles.MINIMAL)), DocumentKind.STANDARD);
        assertEquals("1.", std.sections().get(0).label());
        Section physical = section(std, "std.physical.servers").orElseThrow();
        assertEquals("4.1", physical.label());
        Section first = physical.children().get(0);
        assertEquals("(1)", first.label());
        assertEquals("4.1(1)", first.number());
    }

    @Test
    void omittedClauseClosesTheGap() {
        Profile plain = TestProfiles.profile(TestProfiles.MINIMAL);
        Profile omitted = TestProfiles.profile(TestProfiles.MINIMAL
                + "overrides:\n  std.physical.servers.offsite:\n    omit: true\n    reason: 庁外に設置しない\n");
        Section before = section(doc(resolve(plain), DocumentKind.STANDARD), "std.physical.servers").orElseThrow();
        Section after = section(doc(resolve(omitted), DocumentKind.STANDARD), "std.physical.servers").orElseThrow();
        int at = before.children().stream().map(Section::id).toList().indexOf("std.physical.servers.offsite");
        assertTrue(at >= 0);
        assertEquals(before.children().size() - 1, after.children().size());
        assertFalse(after.children().stream().anyMatch(s -> s.id().equals("std.physical.servers.offsite")));
        // the clause that followed takes the omitted one's number
        assertEquals(before.children().get(at).label(), after.children().get(at).label());
        assertEquals(before.children().get(at + 1).id(), after.children().get(at).id());
        for (int i = 0; i < after.children().size(); i++) {
            assertEquals("(" + (i + 1) + ")", after.children().get(i).label());
        }
    }

    @Test
    void replaceUsesTheUsersTextLiterallyAndMarksItsOrigin() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL
                + "overrides:\n  std.human.passwords:\n    replace: |\n      パスワードは${7*7}文字以上<#if x>とする。\n"
                + "    reason: 本市規程\n");
        Section s = section(doc(resolve(p), DocumentKind.STANDARD), "std.human.passwords").orElseThrow();
        assertEquals("パスワードは${7*7}文字以上<#if x>とする。", s.plainText());
        assertEquals(Origin.OVERRIDE, s.origin());
        assertEquals("本市規程", s.reason());
    }

    @Test
    void appendAddsAfterTheGuidelineBody() {
        Profile plain = TestProfiles.profile(TestProfiles.MINIMAL);
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL
                + "overrides:\n  std.tech.email.security:\n    append: |\n      送信時の宛先確認を徹底する。\n    reason: 誤送信\n");
        Section base = section(doc(resolve(plain), DocumentKind.STANDARD), "std.tech.email.security").orElseThrow();
        Section s = section(doc(resolve(p), DocumentKind.STANDARD), "std.tech.email.security").orElseThrow();
        assertEquals(base.plainText() + "\n送信時の宛先確認を徹底する。", s.plainText());
        assertEquals(Origin.APPENDED, s.origin());
    }

    @Test
    void profileValuesAreNeverEvaluated() {
        String hostile = "\"${7*7}<#assign x=1>&<b>市\"";
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("  name: 架空市\n", "  name: " + hostile + "\n")
                .replace("ciso: 副市長", "ciso: \"<#if true>副市長</#if>\""));
        Document std = doc(resolve(p), DocumentKind.STANDARD);
        assertTrue(section(std, "std.org.ciso").orElseThrow().plainText().contains("<#if true>副市長</#if>"));
        assertEquals("${7*7}<#assign x=1>&<b>市", std.info().bodyName());
    }

    @Test
    void cloudProvisionsOnlyWithTheGovernmentCloud() {
        Policy without = resolve(TestProfiles.profile(TestProfiles.MINIMAL));
        Policy with = resolve(TestProfiles.profile(TestProfiles.MINIMAL + "cloud:\n  government_cloud: true\n"));
        assertFalse(without.documents().stream().anyMatch(d -> d.kind() == DocumentKind.CLOUD_PROVISIONS));
        assertTrue(with.documents().stream().anyMatch(d -> d.kind() == DocumentKind.CLOUD_PROVISIONS));
    }

    @Test
    void internalDocumentsCarryTheHandlingMarkAndTheBasicPolicyDoesNot() {
        Policy p = resolve(TestProfiles.profile(TestProfiles.MINIMAL));
        assertEquals("", doc(p, DocumentKind.BASIC_POLICY).info().marking());
        assertEquals("取扱注意", doc(p, DocumentKind.STANDARD).info().marking());
        assertEquals("取扱注意", doc(p, DocumentKind.ROLES).info().marking());
    }

    @Test
    void rolesTableUsesTheBodysPostTitles() {
        Document roles = doc(resolve(TestProfiles.profile(TestProfiles.MINIMAL)), DocumentKind.ROLES);
        String text = roles.flatten().stream().map(Section::plainText).reduce("", String::concat);
        assertTrue(text.contains("最高情報セキュリティ責任者（CISO）\t副市長"), text.substring(0, Math.min(400, text.length())));
    }

    @Test
    void articleFormNumbersArticlesThroughTheDocument() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01",
                "effective: 2026-04-01\n  form: articles"));
        Document std = doc(resolve(p), DocumentKind.STANDARD);
        assertEquals("第１章", std.sections().get(0).label(), "全角 digits by default");
        List<Section> all = std.flatten();
        List<String> articles = all.stream().map(Section::label).filter(l -> l.endsWith("条")).toList();
        for (int i = 0; i < articles.size(); i++) {
            assertEquals("第" + Numbering.Style.DEFAULT.digits(i + 1) + "条", articles.get(i));
        }
        assertTrue(articles.size() > 50, "articles: " + articles.size());
    }

    @Test
    void articleFormMakesTheBasicPolicysSectionsArticlesAndLaterParagraphsNumberedClauses() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01",
                "effective: 2026-04-01\n  form: articles"));
        Document basic = doc(resolve(p), DocumentKind.BASIC_POLICY);
        Section purpose = basic.sections().get(0);
        assertEquals("第１条", purpose.label());
        assertEquals("第１条（目的）", purpose.heading());
        Section definitions = basic.sections().get(1);
        assertEquals("（１）", definitions.children().get(0).label(), "号");
        for (Section s : basic.flatten()) {
            if (s.label().endsWith("条")) {
                List<String> paragraphs = s.blocks().stream().filter(b -> b instanceof jp.policygen.policy.Block.Paragraph)
                        .map(jp.policygen.policy.Block::plainText).toList();
                for (int i = 1; i < paragraphs.size(); i++) {
                    String expected = String.valueOf((char) ('０' + i + 1));
                    assertTrue(paragraphs.get(i).startsWith(expected + "　"), s.id() + ": " + paragraphs.get(i));
                }
                if (!paragraphs.isEmpty()) {
                    assertFalse(paragraphs.get(0).startsWith("１"), "the first 項 has no number");
                }
            }
        }
    }

    @Test
    void historyIsInWarekiAndGetsAVersionColumnWhenAnEntryNamesItsVersion() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01",
                "effective: 2026-04-01\n  history:\n    - { date: 2019-05-01, note: 策定, version: 第1版 }\n"
                        + "    - { date: 2026-04-01, note: 改定 }"));
        var table = doc(resolve(p), DocumentKind.STANDARD).info().historyTable();
        assertEquals(List.of("版", "改定日", "改定内容"), table.header());
        assertEquals(List.of(List.of("第1版", "令和元年5月1日", "策定"), List.of("", "令和8年4月1日", "改定")), table.rows());
        Profile plain = TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01",
                "effective: 2026-04-01\n  history:\n    - { date: 2018-04-01, note: 策定 }"));
        var two = doc(resolve(plain), DocumentKind.STANDARD).info().historyTable();
        assertEquals(List.of("改定日", "改定内容"), two.header());
        assertEquals(List.of(List.of("平成30年4月1日", "策定")), two.rows());
    }
}
