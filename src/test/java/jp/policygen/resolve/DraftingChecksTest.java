package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.policygen.catalog.Clause;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/**
 * The drafting checks a 法規担当 makes that a machine can make too (issue 19), over every sample × form × edition:
 * no bare article line, no captioned subject folded into another article as a 項, no article of a score of 項, 号
 * after every 「次に掲げる」, no hand-written relative reference in a clause body, the text calling itself what its
 * instrument is, and one number per rule.
 */
class DraftingChecksTest {
    private static final Resolver RESOLVER = new Resolver(new TemplateEngine());
    private static final List<String> SAMPLES = List.of("kakuu-mura.yaml", "kakuu-machi.yaml", "kakuu-shi.yaml",
            "kakuu-ken.yaml");
    private static final List<String> EDITIONS = TestProfiles.CATALOG.editionIdTexts();
    /** The 例規 form with the 基本方針 and the 対策基準 as one rule (第１編, 第２編): policy.rules: one. */
    static final String PARTS = "articles-one-rule";
    private static final List<String> FORMS = List.of("outline", "articles", PARTS);
    /** More 項 than this in one article is a subject a drafter splits. */
    static final int MAX_PARAGRAPHS = 12;

    /** One generated document: which sample, form and edition, and the document. */
    record Generated(String sample, String form, String edition, Document document) {
        String where() {
            return sample + " " + form + " " + edition + " " + document.kind().shortName();
        }
    }

    private static List<Generated> generated;
    private static final Map<String, Map<String, Clause>> CLAUSES = new HashMap<>();

    @BeforeAll
    static void generate() {
        generated = new ArrayList<>();
        for (String edition : EDITIONS) {
            Map<String, Clause> clauses = new HashMap<>();
            TestProfiles.CATALOG.edition(EditionId.of(edition)).allClauses().forEach(c -> clauses.put(c.id(), c));
            CLAUSES.put(edition, clauses);
            for (String sample : SAMPLES) {
                if (edition.equals("2023-03") && sample.equals("kakuu-machi.yaml")) {
                    continue; // α' has no place in the 2023-03 edition
                }
                for (String form : FORMS) {
                    Profile p = TestProfiles.profile(yaml(sample, edition, form));
                    for (Document d : RESOLVER.resolve(p, TestProfiles.CATALOG.edition(EditionId.of(edition))).policy().documents()) {
                        generated.add(new Generated(sample, form, edition, d));
                    }
                }
            }
        }
    }

    static String yaml(String sample, String edition, String form) {
        try {
            String yaml = Files.readString(Path.of("profiles", sample), StandardCharsets.UTF_8)
                    .replace("guideline: \"2024-10\"", "guideline: \"" + edition + "\"")
                    .replaceAll("(?m)^  form: \\w+\\n", "");
            // parts: the 例規 form as one rule in parts (policy.rules: one), the body's choice against two rules
            return form.equals(PARTS) ? yaml.replace("\npolicy:\n", "\npolicy:\n  form: articles\n  rules: one\n")
                    : yaml.replace("\npolicy:\n", "\npolicy:\n  form: " + form + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Generated> articlesForm() {
        return generated.stream().filter(g -> !g.form().equals("outline") && g.document().kind() != DocumentKind.ROLES);
    }

    @Test
    void everyFormAndEditionIsChecked() {
        assertEquals(EDITIONS.size() * SAMPLES.size() * FORMS.size() - FORMS.size(),
                generated.stream().map(g -> g.sample() + g.form() + g.edition()).distinct().count());
    }

    @Test
    void noArticleNumberStandsAloneOnItsLine() {
        List<String> bare = new ArrayList<>();
        articlesForm().forEach(g -> g.document().flatten().stream()
                .filter(s -> s.isArticle() && (s.blocks().isEmpty() || !(s.blocks().get(0) instanceof Block.Paragraph)))
                .forEach(s -> bare.add(g.where() + " " + s.label() + " " + s.id())));
        assertEquals(List.of(), bare);
    }

    /** A captioned subject is an article of its own: a 項 never comes from a clause with a title. */
    @Test
    void noCaptionedSubjectIsFoldedIntoAnotherArticle() {
        List<String> folded = new ArrayList<>();
        articlesForm().forEach(g -> {
            Map<String, Clause> clauses = CLAUSES.get(g.edition());
            for (Section article : g.document().flatten()) {
                if (!article.isArticle()) {
                    continue;
                }
                for (Section child : article.children()) {
                    Clause c = clauses.get(child.id());
                    if (child.label().isEmpty() && c != null && !c.title().isEmpty()) {
                        folded.add(g.where() + " " + article.label() + ": " + c.title() + " (" + child.id() + ")");
                    }
                }
            }
        });
        assertEquals(List.of(), folded);
    }

    @Test
    void noArticleHasAScoreOf項() {
        List<String> long項 = new ArrayList<>();
        articlesForm().forEach(g -> {
            for (Section article : g.document().flatten()) {
                if (article.isArticle() && paragraphs(article) > MAX_PARAGRAPHS) {
                    long項.add(g.where() + " " + article.label() + " " + article.id() + ": " + paragraphs(article) + "項");
                }
            }
        });
        assertEquals(List.of(), long項);
    }

    private static int paragraphs(Section s) {
        int n = (int) s.blocks().stream().filter(b -> b instanceof Block.Paragraph).count();
        for (Section c : s.children()) {
            if (c.label().isEmpty()) {
                n += paragraphs(c);
            }
        }
        return n;
    }

    /** 「次に掲げる」 announces 号: a list or numbered sub-items follow the sentence, never a further 項. */
    @Test
    void whatIsAnnouncedAs次に掲げるFollowsAs号() {
        List<String> missing = new ArrayList<>();
        generated.stream().filter(g -> g.document().kind() != DocumentKind.ROLES).forEach(g -> {
            for (Section s : g.document().flatten()) {
                List<Block> blocks = s.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    if (!(blocks.get(i) instanceof Block.Paragraph p) || !announces(p.text())) {
                        continue;
                    }
                    boolean followed = i + 1 < blocks.size() ? blocks.get(i + 1) instanceof Block.ItemList
                            || blocks.get(i + 1) instanceof Block.Table
                            : s.children().stream().findFirst().map(c -> !c.label().isEmpty() && !c.isArticle())
                            .orElse(false);
                    if (!followed) {
                        missing.add(g.where() + " " + (s.number().isEmpty() ? s.id() : s.number()) + ": "
                                + p.text().substring(Math.max(0, p.text().length() - 40)));
                    }
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    private static final Pattern ANNOUNCES = Pattern.compile("次に掲げる[^。]*。$");

    private static boolean announces(String text) {
        return ANNOUNCES.matcher(text).find();
    }

    /**
     * Every reference to another provision is computed (<@ref>): a clause body never holds 次項, 前条, 第１３条 … of its
     * own, which go wrong when a clause is left out or the form changes. Laws' numbers (法律第57号) are not references.
     */
    @Test
    void noClauseBodyHoldsAHandWrittenReference() throws IOException {
        // 以下この条において / この項において too: the scope of a definition is derived (<@within/>), see DefinitionScopes
        Pattern relative = Pattern.compile("次項|前項|前条|次条|同項|同条|前各号|次号|前号|各号|以下この(条|項)において"
                + "|第[0-9０-９一二三四五六七八九十]+(条|項|章|節)|(?<!(法律|政令|省令|規則|訓令|告示)|年)第[0-9０-９]+号");
        List<String> found = new ArrayList<>();
        for (String edition : EDITIONS) {
            try (Stream<Path> files = Files.walk(Path.of("templates", edition))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        // an article of a law, cited after the law's name and number, is no reference of ours
                        Matcher m = relative.matcher(LAW_ARTICLE.matcher(lines.get(i)).replaceAll("）"));
                        while (m.find()) {
                            found.add(f + ":" + (i + 1) + ": 「" + m.group() + "」→ <@ref \"条項ID\"/>");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static final Pattern LAW_ARTICLE = Pattern.compile("）第[0-9０-９]+条(の[0-9０-９]+)?(第[0-9０-９]+項)?(第[0-9０-９]+号)?");

    /**
     * A term defined 「以下この項において」 is used in no other 項 of its article, and one defined 「以下この条において」 is
     * used in another 項, or its article has one 項 only (where a drafter writes この条).
     */
    @Test
    void aDefinitionsScopeIsWhereTheTermIsUsed() {
        Pattern definition = Pattern.compile("以下(この条|この項)において「([^」]+)」という");
        List<String> wrong = new ArrayList<>();
        int[] seen = {0, 0};
        articlesForm().forEach(g -> {
            for (Section article : g.document().flatten()) {
                if (!article.isArticle()) {
                    continue;
                }
                List<String> units = paragraphTexts(article);
                for (int i = 0; i < units.size(); i++) {
                    Matcher m = definition.matcher(units.get(i));
                    while (m.find()) {
                        boolean elsewhere = false;
                        for (int j = 0; j < units.size(); j++) {
                            elsewhere |= j != i && units.get(j).contains(m.group(2));
                        }
                        boolean article条 = m.group(1).equals("この条");
                        seen[article条 ? 0 : 1]++;
                        if (article条 != (elsewhere || units.size() == 1)) {
                            wrong.add(g.where() + " " + article.label() + "第" + (i + 1) + "項: " + m.group());
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), wrong);
        assertTrue(seen[0] > 0, "some definition is scoped to its article");
    }

    /** The 項 of an article as texts, each with the 号 that follow it (below it, or in a list after it). */
    private static List<String> paragraphTexts(Section article) {
        List<StringBuilder> units = new ArrayList<>();
        paragraphTexts(article, units);
        return units.stream().map(StringBuilder::toString).toList();
    }

    private static void paragraphTexts(Section s, List<StringBuilder> units) {
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph || units.isEmpty()) {
                units.add(new StringBuilder());
            }
            units.get(units.size() - 1).append(b.plainText());
        }
        for (Section c : s.children()) {
            if (c.isArticle()) {
                continue;
            }
            if (c.label().isEmpty()) {
                paragraphTexts(c, units);
            } else {
                if (units.isEmpty()) {
                    units.add(new StringBuilder());
                }
                appendAll(c, units.get(units.size() - 1));
            }
        }
    }

    private static void appendAll(Section s, StringBuilder out) {
        out.append(s.plainText());
        s.children().forEach(c -> appendAll(c, out));
    }

    /**
     * Every sentence is a rule of the body's own (issue 19 item 7): no outsider (運用事業者, 委託事業者 …) or its staff is
     * the subject of a duty, nor the one who must act in a sentence without a post of the body as its subject — the
     * body's staff require it of them by contract (〜させなければならない); and no sentence gives a reason
     * (〜ためである。), which belongs in the catalog's notes.
     */
    @Test
    void everySentenceIsARuleOfTheBodysOwn() {
        Pattern outsider = Pattern.compile("^(?:職員等及び)?(?:運用事業者|委託事業者|事業者|ASP|クラウドサービス事業者)"
                + "(?:の従事者|及びその再委託先)?は、");
        Pattern agent = Pattern.compile("(?:運用事業者|委託事業者|ASP|クラウドサービス事業者)が[^。]*なければならない$");
        // a post of the body as the subject (after a condition too: 「…したときは、情報システム管理者は、」)
        Pattern staff = Pattern.compile("(?:^|、)(?:CISO|統括情報セキュリティ責任者|情報セキュリティ責任者|情報セキュリティ管理者"
                + "|情報システム管理者|情報システム担当者|職員等|CSIRT|情報セキュリティ監査統括責任者|\\S*委員会)(?:及び[^、。]+)?は、");
        Set<String> found = new java.util.TreeSet<>();
        generated.stream().filter(g -> g.document().kind() != DocumentKind.ROLES).forEach(g -> {
            for (Section s : g.document().flatten()) {
                for (String sentence : s.plainText().split("。|\\n")) {
                    String t = sentence.replaceFirst("^(?:[０-９0-9]+　|[（(][０-９0-9]+[）)]　|[ア-ン]　)", "").strip();
                    if (t.endsWith("ためである") || outsider.matcher(t).find()
                            || agent.matcher(t).find() && !staff.matcher(t).find() && !REQUIRES.matcher(t).find()) {
                        found.add(g.edition() + " " + g.document().kind().shortName() + " " + s.id() + ": " + t + "。");
                    }
                }
            }
        });
        assertEquals(List.of(), List.copyOf(found));
    }

    /** What the body requires of an outsider (by contract): 〜させ / 求め / 定めなければならない. */
    private static final Pattern REQUIRES = Pattern.compile("(?:させ|求め|定め)なければならない$");

    /** In the 例規 form the text calls itself what its instrument is (この訓令), as its 附則 does. */
    @Test
    void aRuleCallsItselfByItsInstrument() {
        Pattern byName = Pattern.compile("本基本方針|この基本方針|本対策基準|この対策基準|この特則|本特則");
        List<String> found = new ArrayList<>();
        articlesForm().filter(g -> g.document().isRule()).forEach(g -> {
            for (Section s : g.document().flatten()) {
                Matcher m = byName.matcher(s.plainText());
                if (m.find()) {
                    found.add(g.where() + " " + s.number() + ": 「" + m.group() + "」");
                }
            }
            String supplementary = g.document().sections().stream().filter(s -> s.title().equals("附則"))
                    .map(Section::plainText).findFirst().orElse("");
            String instrument = supplementary.replaceAll("^(この\\p{IsHan}{2})は.*", "$1");
            String first = g.document().flatten().stream().filter(Section::isArticle).findFirst().orElseThrow().plainText();
            if (!first.startsWith(instrument + "は")) {
                found.add(g.where() + " 第１条 and 附則 disagree: " + first.substring(0, 8) + " / " + instrument);
            }
        });
        assertEquals(List.of(), found);
    }

    /**
     * Each rule has its own number under its 題名, with the body's name (架空県訓令第２１号); no two rules of a body share
     * one, and no rule carries a 版.
     */
    @Test
    void oneNumberPerRuleAndNo版() {
        List<String> found = new ArrayList<>();
        Map<String, List<String>> numbers = new HashMap<>();
        articlesForm().filter(g -> g.document().isRule()).forEach(g -> {
            String line = g.document().info().adoption();
            if (!g.document().info().version().isEmpty()) {
                found.add(g.where() + ": 版 " + g.document().info().version());
            }
            if (!line.matches(".+日　" + Pattern.quote(g.document().info().bodyName()) + "(訓令|告示|規程|規則)第.+号")) {
                found.add(g.where() + ": 制定日 and number: " + line);
            }
            if (!line.contains("第　　号")) {
                numbers.computeIfAbsent(g.sample() + g.form() + g.edition() + line, k -> new ArrayList<>()).add(g.where());
            }
        });
        numbers.values().stream().filter(l -> l.size() > 1).forEach(l -> found.add("one number for " + l));
        assertEquals(List.of(), found);
    }

    /** A 号 (or 細目) is one paragraph: a second paragraph under it would belong to no 項 and no 号. */
    @Test
    void a号IsOneParagraph() {
        List<String> found = new ArrayList<>();
        articlesForm().forEach(g -> g.document().flatten().stream().filter(Section::isArticle)
                .forEach(a -> items(a, g, found)));
        assertEquals(List.of(), found);
    }

    private static void items(Section s, Generated g, List<String> found) {
        for (Section c : s.children()) {
            if (c.isArticle()) {
                continue;
            }
            if (!c.label().isEmpty() && c.blocks().stream().filter(b -> b instanceof Block.Paragraph).count() > 1) {
                found.add(g.where() + " " + c.number() + " " + c.id());
            }
            items(c, g, found);
        }
    }

    /**
     * The 対策基準 and the 特則 are not published, and a 告示 is a published act: a body that adopts its 基本方針 by 告示
     * (the sample city) makes them 訓令, under the 題名, in the text and in the 附則.
     */
    @Test
    void anInternalRuleIsNeverA告示() {
        List<String> found = new ArrayList<>();
        int[] seen = {0};
        articlesForm().filter(g -> g.document().isRule() && g.document().kind() != DocumentKind.BASIC_POLICY
                && g.document().kind() != DocumentKind.BASIC_POLICY_PUBLIC).forEach(g -> {
            String identity = g.document().info().adoption();
            if (identity.contains("告示") || g.document().flatten().stream().anyMatch(s -> s.plainText().contains("この告示"))) {
                found.add(g.where() + ": " + identity);
            }
            if (g.sample().equals("kakuu-shi.yaml") && identity.endsWith("架空市訓令第　　号")) {
                seen[0]++;
            }
        });
        assertEquals(List.of(), found);
        assertTrue(seen[0] > 0, "the city that adopts by 告示 has its 対策基準 as a 訓令");
    }

    /**
     * A 章 or 節 of a rule is named in a rule's words: 「及び」, not the guideline's 「・」「や」 (評価・見直し → 評価及び見直し;
     * the catalog's heading:). The outline keeps the guideline's titles.
     */
    @Test
    void chaptersAreNamedInARulesWords() {
        List<String> found = new ArrayList<>();
        articlesForm().forEach(g -> {
            for (Section s : g.document().flatten()) {
                if (s.label().matches("第[0-9０-９]+[章節]") && (s.title().contains("・") || s.title().contains("や"))) {
                    found.add(g.where() + " " + s.label() + " " + s.title());
                }
            }
        });
        assertEquals(List.of(), found);
    }

    /**
     * The 号 of a duty (「次に掲げる措置を講じなければならない。」) complete its sentence: each ends in 「こと。」 (or is a
     * noun phrase), never a sentence of its own (「…を記録する。」) or another subject's duty.
     */
    @Test
    void the号OfADutyCompleteItsSentence() {
        Pattern duty = Pattern.compile("次に掲げる[^。]*なければならない。$");
        Pattern completes = Pattern.compile("(こと|とき|もの|場合)。$|[^。]$");
        Set<String> found = new java.util.TreeSet<>();
        int[] seen = {0};
        articlesForm().forEach(g -> {
            for (Section s : g.document().flatten()) {
                List<Block> blocks = s.blocks();
                for (int i = 0; i + 1 < blocks.size(); i++) {
                    if (blocks.get(i) instanceof Block.Paragraph p && duty.matcher(p.text()).find()
                            && blocks.get(i + 1) instanceof Block.ItemList list) {
                        for (Block.ListItem item : list.items()) {
                            seen[0]++;
                            if (!completes.matcher(item.text()).find()) {
                                found.add(g.edition() + " " + s.id() + ": " + item.text());
                            }
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), List.copyOf(found));
        assertTrue(seen[0] > 100, "the duties' lists are read: " + seen[0]);
    }

    /**
     * One rule in parts (policy.rules: one) is one document of the 例規 form in place of the 基本方針 and the 対策基準:
     * 第１編 and 第２編 under one 題名 and number, its articles numbered 第１条 on through both 編 without a gap or a
     * restart, and one 附則 at the end; the 特則 stays a rule of its own. A body that adopts by 告示 (the sample city)
     * keeps two rules: a 告示 is published and the 対策基準 is not.
     */
    @Test
    void oneRuleInPartsNumbersItsArticlesThroughBothParts() {
        List<String> found = new ArrayList<>();
        int[] seen = {0};
        Map<String, List<Generated>> bySample = new HashMap<>();
        generated.stream().filter(g -> g.form().equals(PARTS))
                .forEach(g -> bySample.computeIfAbsent(g.sample() + " " + g.edition(), k -> new ArrayList<>()).add(g));
        bySample.forEach((key, docs) -> {
            List<DocumentKind> kinds = docs.stream().map(g -> g.document().kind()).toList();
            boolean notice = key.startsWith("kakuu-shi.yaml");
            if (notice) {
                if (kinds.contains(DocumentKind.POLICY) || !kinds.contains(DocumentKind.STANDARD)) {
                    found.add(key + ": a 告示 body keeps two rules: " + kinds);
                }
                return;
            }
            if (!kinds.contains(DocumentKind.POLICY) || kinds.contains(DocumentKind.BASIC_POLICY)
                    || kinds.contains(DocumentKind.STANDARD)) {
                found.add(key + ": not one rule: " + kinds);
                return;
            }
            seen[0]++;
            Document rule = docs.stream().map(Generated::document).filter(d -> d.kind() == DocumentKind.POLICY)
                    .findFirst().orElseThrow();
            List<String> parts = rule.sections().stream().filter(s -> s.partUnit().equals("編"))
                    .map(Section::heading).toList();
            if (!parts.equals(List.of("第１編\u3000情報セキュリティ基本方針", "第２編\u3000情報セキュリティ対策基準"))) {
                found.add(key + ": parts " + parts);
            }
            long supplements = rule.sections().stream().filter(s -> s.title().equals("附則")).count();
            if (supplements != 1) {
                found.add(key + ": " + supplements + " 附則");
            }
            int expected = 1;
            for (Section s : rule.flatten()) {
                if (s.isArticle()) {
                    String label = "第" + jp.policygen.policy.Digits.of(expected, true) + "条";
                    if (!s.label().equals(label)) {
                        found.add(key + ": " + s.label() + " where " + label + " follows");
                        break;
                    }
                    expected++;
                }
            }
        });
        assertEquals(List.of(), found);
        assertTrue(seen[0] >= 3 * EDITIONS.size() - 1, "the 訓令 bodies are one rule in every edition: " + seen[0]);
    }

    /** A placeholder kept for a number (削除) is the only article without a sentence of its own. */
    @Test
    void placeholdersAreTheOnlyArticlesWithoutText() {
        articlesForm().forEach(g -> g.document().flatten().stream().filter(s -> s.origin() == Origin.DELETED)
                .forEach(s -> assertEquals("削除", s.plainText(), g.where())));
    }
}
