package jp.policygen.importer;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.cli.Main;
import jp.policygen.profile.ProfileReader;
import jp.policygen.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The placement measure: a generated policy of the sample prefecture (例規 form, 令和5年3月版) rewritten as a body
 * rewrites its rule over the years — articles renumbered, reworded, merged, split, moved, its own articles added,
 * retyped as a plain text file with half-width numbers — is imported, and each of its paragraphs must reach the
 * clause it came from. The expected clause of each paragraph is known before the rewriting, by its exact text.
 */
class RewrittenPolicyTest {
    @TempDir
    Path dir;

    record Para(String text, String truth) {
    }

    record Article(String caption, List<Para> paras, boolean local) {
    }

    @Test
    void aRuleRewrittenOverTheYearsPlacesAtLeastNinetyPercent() throws Exception {
        String profile = Files.readString(Path.of("profiles/kakuu-ken.yaml"))
                .replaceFirst("guideline: \"[0-9-]+\"", "guideline: \"2023-03\"")
                .replaceFirst("(?m)^policy:\n", "policy:\n  form: articles\n").replaceAll("(?m)^  form: outline\n", "");
        Path p = dir.resolve("ken.yaml");
        Files.writeString(p, profile);
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"generate", p.toString(), "-o", dir.resolve("gen").toString(), "--format", "docx"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        BodyText original = Readers.read(dir.resolve("gen/ken/02_情報セキュリティ対策基準.docx"));

        // the truth: each paragraph's clause, by its exact text in the catalog as resolved for this body
        Catalog catalog = new Catalog();
        var read = new ProfileReader(catalog).read(p);
        var policy = new Resolver(new TemplateEngine()).resolve(read.profile().orElseThrow(), catalog.edition(EditionId.of("2023-03"))).policy();
        CatalogText text = new CatalogText(policy, catalog.clauseIdsOrNull(EditionId.of("2023-03")));
        Map<String, String> byKey = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (CatalogText.Para cp : text.paras) {
            byKey.put(cp.key(), text.clauses.get(cp.section()).id());
            count.merge(cp.key(), 1, Integer::sum);
        }
        List<Article> articles = new ArrayList<>();
        for (BodyUnit u : original.units()) {
            if (u.level() == Level.ARTICLE) {
                articles.add(new Article(u.caption(), new ArrayList<>(), false));
            }
            if (articles.isEmpty() || u.level().rank() < Level.ARTICLE.rank()) {
                continue;
            }
            for (String s : u.paragraphs()) {
                String key = Norm.key(s);
                articles.get(articles.size() - 1).paras().add(new Para(s, count.getOrDefault(key, 0) == 1 ? byKey.get(key) : null));
            }
        }
        assertTrue(articles.size() > 200, "articles: " + articles.size());

        // the years: reworded, merged, split, moved, the body's own articles added
        List<Article> rule = new ArrayList<>();
        int own = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            List<Para> paras = new ArrayList<>(a.paras());
            if (i % 7 == 3) { // reworded
                paras.replaceAll(x -> new Para(x.text().replace("しなければならない", "するものとする")
                        .replace("職員等は、", "全ての職員等は、").replace("速やかに", "直ちに"), x.truth()));
            }
            if (i % 11 == 5 && i + 1 < articles.size()) { // merged with the next
                paras.addAll(articles.get(++i).paras());
            }
            if (i % 13 == 8 && paras.size() > 1) { // split: the later paragraphs become an article of their own
                rule.add(new Article(a.caption(), paras.subList(0, 1), false));
                rule.add(new Article(a.caption() + "の特例", paras.subList(1, paras.size()), false));
            } else {
                rule.add(new Article(a.caption(), paras, false));
            }
            if (i % 19 == 10 && rule.size() > 2) { // moved before the one before it
                Article last = rule.remove(rule.size() - 1);
                rule.add(rule.size() - 1, last);
            }
            if (i % 17 == 9) { // the body's own article
                rule.add(new Article("庁舎の夜間の施錠", List.of(new Para("総務課長は、閉庁日及び夜間における本庁舎の出入口の施錠"
                        + "の状況を当直者に毎日記録させ、月ごとにその記録を点検する。" + (++own) + "号館についても同様とする。", null)), true));
            }
        }
        StringBuilder file = new StringBuilder("架空県情報セキュリティ対策基準\n平成31年3月29日 訓令第4号\n");
        int n = 0;
        for (Article a : rule) {
            file.append("(").append(a.caption()).append(")\n");
            for (int k = 0; k < a.paras().size(); k++) {
                file.append(k == 0 ? "第" + (++n) + "条 " : (k + 1) + " ").append(a.paras().get(k).text()).append('\n');
            }
        }
        file.append("附則\nこの訓令は、平成31年4月1日から施行する。\n");
        Path txt = dir.resolve("rule.txt");
        Files.writeString(txt, file, StandardCharsets.UTF_8);

        BodyText body = Readers.read(txt);
        Importer.Outcome o = new Importer(catalog).run(List.of(body), null, null, "rule");
        List<Para> expected = new ArrayList<>();
        rule.forEach(a -> expected.addAll(a.paras()));
        List<String> got = o.plan().paragraphClause;
        List<ClauseMatcher.BodyPara> back = ClauseMatcher.paras(o.body());
        int known = 0;
        int right = 0;
        int ownRight = 0;
        int at = 0;
        for (int k = 0; k < expected.size(); k++) {
            // the paragraph as read back (a paragraph that starts with a number of its own reads as more than one)
            int found = -1;
            for (int j = at; j < Math.min(back.size(), at + 6) && found < 0; j++) {
                found = expected.get(k).text().startsWith(back.get(j).text()) ? j : -1;
            }
            if (found < 0) {
                continue;
            }
            at = found + 1;
            String truth = expected.get(k).truth();
            if (truth != null) {
                known++;
                right += truth.equals(got.get(found)) ? 1 : 0;
            } else if (expected.get(k).text().contains("号館についても同様とする")) {
                ownRight += got.get(found) == null ? 1 : 0;
            }
        }
        assertTrue(known > 600, "paragraphs with a known clause: " + known);
        double placement = (double) right / known;
        System.out.printf("placement: %d of %d paragraphs (%.1f%%), own articles found: %d of %d, edition %s%n",
                right, known, placement * 100, ownRight, own, o.edition());
        assertTrue(placement >= 0.90, "placement " + placement);
        assertEquals(own, ownRight, "the body's own articles are its own");
        assertEquals(EditionId.of("2023-03"), o.edition(), "the edition the rule was derived from");
        assertTrue(o.profileYaml().contains("insert:"), "local articles inserted");
    }
}
