package jp.policygen.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.profile.EditionId;
import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.resolve.Resolver;

/**
 * The import job: the body's files (read into neutral trees) → the facts they state → the edition whose 例文 they
 * follow best → the matches → the profile with overrides and the rows of the report. Nothing is written here.
 */
public final class Importer {
    private static final List<String> MODELS = List.of("alpha", "alpha-prime", "beta", "beta-prime");

    private final Catalog catalog;
    private final Resolver resolver = new Resolver(new TemplateEngine());

    public Importer(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param name          the profile's file name without .yaml
     * @param profileYaml   the profile as written
     * @param edition       the edition chosen
     * @param editionScores each edition's fit (sum of similarities), for the report
     */
    public record Outcome(String name, String profileYaml, Plan plan, BodyText body, Facts facts, EditionId edition,
                          Map<EditionId, Double> editionScores, Policy policy) {
    }

    public Outcome run(List<BodyText> files, EditionId edition, String bodyName, String profileName)
            throws ImportException {
        BodyText body = merge(files);
        if (edition != null && !catalog.has(edition)) {
            throw new ImportException("引数が正しくありません: " + catalog.notShipped(edition));
        }
        Facts facts = Facts.read(body, bodyName);
        List<ClauseMatcher.BodyPara> paras = ClauseMatcher.paras(body);
        ProfileWriter.Shape base = shape(body, "", "");
        if (facts.values().get("network.model").assumed()) { // the model whose clauses the text has most of
            String best = null;
            double bestScore = -1;
            for (String m : MODELS) {
                Facts f = with(facts, "network.model", m);
                double s = new ClauseMatcher(new CatalogText(resolve(f, base, catalog.latestEdition()), catalog.clauseIdsOrNull(catalog.latestEdition()))).quickScore(paras);
                if (s > bestScore + 1e-9) {
                    bestScore = s;
                    best = m;
                }
            }
            facts = with(facts, "network.model", best);
        }
        Map<EditionId, Double> scores = new LinkedHashMap<>();
        EditionId chosen = edition;
        Policy policy = null;
        ClauseMatcher.Result result = null;
        CatalogText text = null;
        for (EditionId e : catalog.editionIds()) { // oldest first: on a tie the oldest stays
            if (edition != null && !e.equals(edition)) {
                continue;
            }
            Policy p = resolve(facts, base, e);
            CatalogText t = new CatalogText(p, catalog.clauseIdsOrNull(e));
            ClauseMatcher.Result r = new ClauseMatcher(t).match(paras);
            scores.put(e, r.score());
            if (result == null || r.score() > result.score() * 1.001) {
                chosen = e;
                policy = p;
                result = r;
                text = t;
            }
        }
        // the body's figures that are parameters (15文字, 5年間, 毎月): read through the catalog rendered with marks,
        // written under parameters:, and the text matched again so those clauses need no replace
        List<ParameterReader.Found> figures = figures(facts, base, chosen, text, paras, result);
        if (figures.stream().anyMatch(f -> !f.value().equals(f.parameter().fallback()))) {
            policy = resolve(facts, base.withParameters(figures), chosen);
            text = new CatalogText(policy, catalog.clauseIdsOrNull(chosen));
            result = new ClauseMatcher(text).match(paras);
        }
        Plan plan = Plan.of(body, paras, text, result);
        String why = edition != null ? "--edition で指定" : catalog.editionName(chosen) + "の例文に最も近い（"
                + String.join("、", scores.entrySet().stream().map(x -> catalog.editionName(x.getKey()) + " "
                + Math.round(100.0 * x.getValue() / Math.max(1, paras.size())) + "%").toList()) + "）";
        ProfileWriter.Shape shape = shape(body, chosen.toString(), why).withParameters(figures);
        String yaml = ProfileWriter.write(facts, shape, plan.changes(), plan.numbering(), true);
        ProfileReader.Result check = new ProfileReader(catalog).read(profileName + ".yaml", profileName,
                yaml.getBytes(StandardCharsets.UTF_8));
        if (check.hasErrors() && !plan.numbering().isEmpty() && check.findings().stream()
                .anyMatch(f -> f.isError() && (f.key().contains("numbering") || f.key().contains("renumber")))) {
            // a tool without policy.numbering (the amendments work lands it): the numbers stay in the file as comments
            yaml = ProfileWriter.write(facts, shape, plan.changes(), plan.numbering(), false);
            check = new ProfileReader(catalog).read(profileName + ".yaml", profileName, yaml.getBytes(StandardCharsets.UTF_8));
        }
        if (check.hasErrors()) {
            Finding f = check.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
            throw new ImportException("作成したプロファイルに誤りがあります（" + f.line() + "行" + f.column() + "桁: " + f.message()
                    + "）。規程のファイルとこのメッセージを開発者に知らせてください。");
        }
        return new Outcome(profileName, yaml, plan, body, facts, chosen, scores, policy);
    }

    private List<ParameterReader.Found> figures(Facts facts, ProfileWriter.Shape base, EditionId edition, CatalogText text,
                                                List<ClauseMatcher.BodyPara> paras, ClauseMatcher.Result result)
            throws ImportException {
        Profile p = profile(facts, base, edition);
        Profile marked = new Profile(p.name(), p.file(), p.guideline(), p.municipality(), p.policy(), p.organization(),
                p.network(), p.cloud(), p.features(), p.overrides(), ParameterReader.marks(), p.law(), p.procurement());
        CatalogText markedText;
        try {
            markedText = new CatalogText(resolver.resolve(marked, catalog.edition(edition)).policy(),
                    catalog.clauseIdsOrNull(edition));
        } catch (RuntimeException e) {
            return List.of(); // a template that computes with a figure cannot take a mark: nothing is read
        }
        if (markedText.paras.size() != text.paras.size()) {
            return List.of();
        }
        return ParameterReader.read(markedText, paras, result.catalogPara());
    }

    private Policy resolve(Facts facts, ProfileWriter.Shape base, EditionId edition) throws ImportException {
        return resolver.resolve(profile(facts, base, edition), catalog.edition(edition)).policy();
    }

    private Profile profile(Facts facts, ProfileWriter.Shape base, EditionId edition) throws ImportException {
        // matched against the body's own form: references read as the body prints them (前条 / 2(2)②の規定)
        ProfileWriter.Shape s = new ProfileWriter.Shape(edition.toString(), "", base.form(), base.fullWidth(), base.kanjiItems(),
                base.effective(), base.effectiveEvidence(), base.source(), base.history(), base.services(),
                base.parameters(), base.oneRule());
        String yaml = ProfileWriter.write(facts, s, List.of());
        ProfileReader.Result r = new ProfileReader(catalog).read("import.yaml", "import", yaml.getBytes(StandardCharsets.UTF_8));
        if (r.profile().isEmpty()) {
            Finding f = r.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
            throw new ImportException("規程から読み取った値でプロファイルを作れません（" + f.message() + "）。"
                    + "--name で団体名を指定して、もう一度実行してください。");
        }
        return r.profile().get();
    }

    private static Facts with(Facts facts, String key, String value) {
        Map<String, Facts.Fact> v = new LinkedHashMap<>(facts.values());
        Facts.Fact old = v.get(key);
        v.put(key, new Facts.Fact(value, old == null ? "" : old.evidence()));
        return new Facts(v);
    }

    private static ProfileWriter.Shape shape(BodyText body, String edition, String why) {
        boolean fullWidth = body.units().stream().filter(u -> u.level() == Level.ARTICLE)
                .anyMatch(u -> u.label().chars().anyMatch(c -> c >= '０' && c <= '９'));
        boolean kanji = body.units().stream().filter(u -> u.level() == Level.ITEM && body.articles())
                .anyMatch(u -> u.label().matches("[一二三四五六七八九十]+"));
        RuleHistory history = RuleHistory.read(body);
        String effective = history.effective().isEmpty() ? "2026-04-01" : history.effective();
        return new ProfileWriter.Shape(edition, why, body.articles() ? "articles" : "outline", fullWidth, kanji,
                effective, history.effectiveEvidence(), body.file(), history, ServiceTable.read(body), List.of(),
                body.preamble().stream().anyMatch(Outline::isPart));
    }

    /** Two files (基本方針 and 対策基準) are one body: their trees in order. */
    static BodyText merge(List<BodyText> files) {
        if (files.size() == 1) {
            return files.get(0);
        }
        List<String> preamble = new ArrayList<>();
        List<BodyUnit> units = new ArrayList<>();
        boolean articles = false;
        for (BodyText f : files) {
            preamble.addAll(f.preamble());
            for (BodyUnit u : f.units()) {
                units.add(new BodyUnit(units.size(), u.level(), u.label(), u.number(), u.caption(), u.paragraphs(),
                        f.file() + " " + u.location(), u.document()));
            }
            articles |= f.articles();
        }
        return new BodyText(String.join("、", files.stream().map(BodyText::file).toList()), files.get(0).format(),
                preamble, units, articles);
    }
}
