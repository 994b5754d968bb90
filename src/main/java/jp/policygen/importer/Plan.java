package jp.policygen.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decisions that make the catalog's text the body's own, worked out from the matches: which clauses keep the
 * guideline's text (同じ), which get the body's (replace), which the body does not have (omit), which of the body's
 * provisions are its own (insert under local. ids) and which captions differ (title). Also the rows of the report.
 */
public final class Plan {
    public enum Decision {
        SAME("同じ"), CHANGED("変更"), OWN("独自"), NONE("対応なし"), UNPLACED("未配置");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One change of the profile, in the order the profile lists them. */
    public record Change(String id, String kind, String text, String title, String after, String reason,
                         String comment) {
    }

    /**
     * A row of the import report: one provision of the body beside the clause it was matched to.
     *
     * @param similarity 0–1, the mean over the provision's paragraphs; -1 for catalog clauses the body lacks
     */
    public record Row(String number, String caption, String text, String location, String clauseId,
                      String clauseNumber, String clauseTitle, String clauseText, double similarity, Decision decision,
                      String note) {
        /** Doubtful rows first: the unplaced, then the body's own, then low similarity, then the rest. */
        public double doubt() {
            return switch (decision) {
                case UNPLACED -> 3;
                case OWN -> 2;
                case NONE -> 1.5;
                case CHANGED -> 1 - similarity;
                case SAME -> 0;
            };
        }
    }

    /** What the profile reader takes for a hand-typed number at a line's start (ProfileBuilder's rule). */
    private static final java.util.regex.Pattern HAND_NUMBER = java.util.regex.Pattern.compile(
            "^\\s*([(（][0-9０-９一二三四五六七八九十]+[)）]|[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]|[0-9０-９]+[.．、]"
                    + "|[アイウエオカキクケコ][.．、　 ]|[(（][アイウエオカキクケコ][)）])");
    final List<Change> changes = new ArrayList<>();
    /** The rule's numbering (例規 form): document → clause id → the position it has in the rule (第３条第２項). */
    final Map<String, Map<String, String>> numbering = new LinkedHashMap<>();
    final List<Row> rows = new ArrayList<>();
    /** For each body paragraph (in reading order), the clause id it reached, null for the body's own. */
    final List<String> paragraphClause = new ArrayList<>();
    /** The body unit each local insert reproduces. */
    final Map<String, Integer> localUnits = new LinkedHashMap<>();
    /** Body paragraphs that reached a clause (matched or carried along with their provision). */
    int placedParagraphs;
    int paragraphs;

    public List<Change> changes() {
        return changes;
    }

    public List<Row> rows() {
        return rows;
    }

    static Plan of(BodyText body, List<ClauseMatcher.BodyPara> paras, CatalogText catalog, ClauseMatcher.Result result) {
        Plan plan = new Plan();
        int n = paras.size();
        int[] clauseOf = new int[n];
        for (int i = 0; i < n; i++) {
            int c = result.catalogPara()[i];
            clauseOf[i] = c < 0 ? -1 : catalog.paras.get(c).section();
        }
        // a paragraph of the body's that matched nothing goes with the clause its own provision's other paragraphs
        // reached (a sentence the body added to an article is part of that article's text)
        Map<Integer, List<Integer>> byUnit = new LinkedHashMap<>();
        for (ClauseMatcher.BodyPara p : paras) {
            byUnit.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p.index());
        }
        for (List<Integer> ps : byUnit.values()) {
            int carry = -1;
            for (int i : ps) {
                if (clauseOf[i] >= 0) {
                    carry = clauseOf[i];
                } else if (carry >= 0) {
                    clauseOf[i] = carry;
                }
            }
            carry = -1;
            for (int k = ps.size() - 1; k >= 0; k--) {
                int i = ps.get(k);
                if (clauseOf[i] >= 0) {
                    carry = clauseOf[i];
                } else if (carry >= 0) {
                    clauseOf[i] = carry;
                }
            }
        }
        plan.paragraphs = n;
        for (int i = 0; i < n; i++) {
            plan.paragraphClause.add(clauseOf[i] < 0 ? null : catalog.clauses.get(clauseOf[i]).id());
        }
        Map<Integer, List<Integer>> byClause = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (clauseOf[i] >= 0) {
                byClause.computeIfAbsent(clauseOf[i], k -> new ArrayList<>()).add(i);
                plan.placedParagraphs++;
            }
        }
        // which documents of the catalog the file holds at all: a file with the 対策基準 only leaves the 基本方針 alone
        Set<String> documents = new HashSet<>();
        byClause.keySet().forEach(c -> documents.add(catalog.clauses.get(c).document()));
        int[] inSubtree = new int[catalog.clauses.size()];
        for (int c : byClause.keySet()) {
            for (CatalogText.Clause a : catalog.chain(c)) {
                inSubtree[a.index()]++;
            }
        }
        Map<Integer, String> replaced = new LinkedHashMap<>();
        Map<Integer, Double> clauseSim = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Integer>> e : byClause.entrySet()) {
            int c = e.getKey();
            List<CatalogText.Para> own = catalog.paras.stream().filter(p -> p.section() == c).toList();
            List<Integer> mine = e.getValue();
            boolean same = own.size() == mine.size();
            for (int k = 0; same && k < own.size(); k++) {
                same = own.get(k).key().equals(paras.get(mine.get(k)).key());
            }
            if (!same && own.stream().noneMatch(p -> p.kind() == CatalogText.Kind.ROW)) {
                replaced.put(c, compose(mine, paras, body));
            }
        }
        // the changes, in catalog order
        Map<Integer, String> titles = titles(body, paras, clauseOf, catalog);
        for (CatalogText.Clause c : catalog.clauses) {
            String where = numbersOf(byClause.get(c.index()), paras, body);
            if (replaced.containsKey(c.index())) {
                plan.changes.add(new Change(c.id(), "replace", replaced.get(c.index()), titles.getOrDefault(c.index(), ""),
                        "", "現行の規程の文言（" + where + "）", c.number() + " " + c.title()));
            } else if (titles.containsKey(c.index())) {
                plan.changes.add(new Change(c.id(), "title", "", titles.get(c.index()), "", "現行の規程の見出し（" + where + "）",
                        c.number() + " " + c.title()));
            }
            boolean parentHas = c.parent() < 0 ? documents.contains(c.document()) : inSubtree[c.parent()] > 0;
            boolean hasText = catalog.paras.stream().anyMatch(p -> catalog.within(p.section(), c.index()));
            // the 附則 comes from policy.history and the 別表 from cloud.services, not from overrides
            boolean generated = c.id().endsWith("supplementary") || c.id().contains(".supplementary.") || c.id().contains("appendix");
            if (inSubtree[c.index()] == 0 && parentHas && hasText && !generated) {
                plan.changes.add(new Change(c.id(), "omit", "", "", "", "現行の規程にない", c.number() + " " + c.title()));
                plan.rows.add(new Row("", "", "", "", c.id(), c.number(), c.title(), clauseText(catalog, c.index()), -1,
                        Decision.NONE, "現行の規程にない条項（omit）"));
            }
        }
        plan.locals(body, paras, clauseOf, catalog);
        if (body.articles()) {
            plan.numbering(body, paras, clauseOf, catalog, result);
        }
        plan.unitRows(body, paras, clauseOf, result, catalog, byClause);
        return plan;
    }

    private static String clauseText(CatalogText catalog, int clause) {
        return String.join("\n", catalog.paras.stream().filter(p -> p.section() == clause).map(CatalogText.Para::text).toList());
    }

    /** The body's paragraphs of one clause as a replace: paragraphs apart by a blank line, list items as 「- 」. */
    private static String compose(List<Integer> mine, List<ClauseMatcher.BodyPara> paras, BodyText body) {
        StringBuilder sb = new StringBuilder();
        boolean lastItem = false;
        for (int i : mine) {
            Level level = body.units().get(paras.get(i).unit()).level();
            // the body's own layout decides: what it printed as ア, イ is an item, whatever the catalog has
            boolean item = level == Level.SUB || level == Level.SUBSUB || body.articles() && level == Level.ITEM;
            String t = paras.get(i).text();
            if (!item && HAND_NUMBER.matcher(t).find()) {
                // a paragraph that starts with a number the reader did not take for one ((1), 7.) would be refused as a
                // hand-typed number: it stays the same text, at the end of the paragraph before it
                sb.append(sb.length() > 0 ? "" : "　").append(t);
                continue;
            }
            if (sb.length() > 0) {
                sb.append(item && lastItem ? "\n" : "\n\n");
            }
            sb.append(item ? "- " : "").append(t);
            lastItem = item;
        }
        return sb.toString();
    }

    /** Captions of the body that differ from the clause they head: title overrides. */
    private static Map<Integer, String> titles(BodyText body, List<ClauseMatcher.BodyPara> paras, int[] clauseOf,
                                               CatalogText catalog) {
        Map<Integer, Integer> firstClauseOfUnit = new LinkedHashMap<>();
        for (int i = 0; i < paras.size(); i++) {
            if (clauseOf[i] >= 0) {
                firstClauseOfUnit.putIfAbsent(paras.get(i).unit(), clauseOf[i]);
            }
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        List<BodyUnit> units = body.units();
        for (BodyUnit u : units) {
            if (u.caption().isEmpty() || u.level() == Level.SUPPLEMENT || u.level() == Level.APPENDIX) {
                continue;
            }
            Integer target = firstClauseOfUnit.get(u.index());
            for (int k = u.index() + 1; target == null && k < units.size()
                    && units.get(k).level().rank() > u.level().rank(); k++) {
                target = firstClauseOfUnit.get(k);
            }
            if (target == null) {
                continue;
            }
            String cap = Norm.key(u.caption());
            CatalogText.Clause best = null;
            double bestSim = 0;
            for (CatalogText.Clause a : catalog.chain(target)) {
                if (a.title().isEmpty()) {
                    continue;
                }
                double s = Norm.dice(Norm.grams(cap), Norm.grams(Norm.key(a.title())));
                if (s > bestSim) {
                    bestSim = s;
                    best = a;
                }
            }
            if (best != null && bestSim >= 0.3 && !Norm.key(best.title()).equals(cap) && !out.containsKey(best.index())) {
                out.put(best.index(), u.caption());
            }
        }
        return out;
    }

    private void locals(BodyText body, List<ClauseMatcher.BodyPara> paras, int[] clauseOf, CatalogText catalog) {
        Map<Integer, List<Integer>> unitParas = new LinkedHashMap<>();
        for (ClauseMatcher.BodyPara p : paras) {
            unitParas.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p.index());
        }
        int anchor = -1; // the last clause reached
        Level anchorLevel = null;
        String lastLocal = null;
        Set<String> ids = new HashSet<>();
        for (BodyUnit u : body.units()) {
            List<Integer> ps = unitParas.getOrDefault(u.index(), List.of());
            if (ps.isEmpty()) {
                continue;
            }
            boolean placed = ps.stream().anyMatch(i -> clauseOf[i] >= 0);
            if (placed) {
                for (int i : ps) {
                    if (clauseOf[i] >= 0) {
                        anchor = clauseOf[i];
                    }
                }
                anchorLevel = u.level();
                lastLocal = null;
                continue;
            }
            if (anchor < 0) {
                continue; // before anything placed: reported as unplaced
            }
            String after;
            if (lastLocal != null) {
                after = lastLocal;
            } else {
                int up = Math.max(0, anchorLevel.rank() - u.level().rank());
                int a = anchor;
                for (int k = 0; k < up && catalog.clauses.get(a).parent() >= 0; k++) {
                    a = catalog.clauses.get(a).parent();
                }
                after = catalog.clauses.get(a).id();
            }
            String id = "local." + slug(u.number());
            for (int k = 2; !ids.add(id); k++) {
                id = "local." + slug(u.number()) + "-" + k;
            }
            StringBuilder text = new StringBuilder();
            for (int i : ps) {
                String t = paras.get(i).text();
                if (HAND_NUMBER.matcher(t).find()) { // see compose: kept as text, not refused as a typed number
                    text.append(text.length() > 0 ? "" : "　").append(t);
                    continue;
                }
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(t);
            }
            localUnits.put(id, u.index());
            changes.add(new Change(id, "insert", text.toString(), u.caption(), after,
                    "現行の規程の独自の規定（" + u.number() + "）", u.number()));
            lastLocal = id;
        }
    }

    /** 第３７条の２ → art37-2, 6.2(1)③ → 6-2-1-3: an id that says where the provision stood. */
    static String slug(String number) {
        String a = Outline.ascii(java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFKC));
        String kind = a.contains("条") ? "art" : "item";
        String digits = String.join("-", a.replaceAll("[^0-9一二三四五六七八九十]+", " ").strip().split(" +"));
        return kind + Norm.kanjiNumbers(digits);
    }

    private static String numbersOf(List<Integer> mine, List<ClauseMatcher.BodyPara> paras, BodyText body) {
        if (mine == null) {
            return "";
        }
        return String.join("、", mine.stream().map(i -> body.units().get(paras.get(i).unit()).number()).distinct().toList());
    }

    private void unitRows(BodyText body, List<ClauseMatcher.BodyPara> paras, int[] clauseOf, ClauseMatcher.Result result,
                          CatalogText catalog, Map<Integer, List<Integer>> byClause) {
        Map<Integer, List<Integer>> unitParas = new LinkedHashMap<>();
        for (ClauseMatcher.BodyPara p : paras) {
            unitParas.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p.index());
        }
        for (BodyUnit u : body.units()) {
            List<Integer> ps = unitParas.getOrDefault(u.index(), List.of());
            if (u.level() == Level.SUPPLEMENT || u.level() == Level.APPENDIX) {
                rows.add(new Row(u.number(), u.caption(), u.text(), u.location(), "", "", "", "", 0, Decision.UNPLACED,
                        u.level().label() + "は条項と対応付けません（附則は policy.history、別表は内容を確認してください）"));
                continue;
            }
            if (ps.isEmpty()) {
                continue; // a heading: its caption is compared through the clauses below it
            }
            int clause = -1;
            double sum = 0;
            boolean allSame = true;
            for (int i : ps) {
                if (clause < 0 && clauseOf[i] >= 0) {
                    clause = clauseOf[i];
                }
                sum += result.similarity()[i];
                int c = result.catalogPara()[i];
                allSame &= c >= 0 && catalog.paras.get(c).key().equals(paras.get(i).key());
            }
            double sim = sum / ps.size();
            if (clause < 0) {
                rows.add(new Row(u.number(), u.caption(), u.text(), u.location(), "", "", "", "", sim, Decision.OWN,
                        "対応する条項がない独自の規定（insert）"));
                continue;
            }
            CatalogText.Clause c = catalog.clauses.get(clause);
            Decision d = allSame ? Decision.SAME : Decision.CHANGED;
            rows.add(new Row(u.number(), u.caption(), u.text(), u.location(), c.id(), c.number(), c.title(),
                    clauseText(catalog, clause), sim, d, d == Decision.SAME ? "" : "現行の規程の文言（replace）"));
        }
    }

    public Map<String, Map<String, String>> numbering() {
        return numbering;
    }

    /**
     * Each clause at the position the rule gives the provision that first reached it, each local insert at its own:
     * the first generation after import prints the rule's numbers.
     */
    private void numbering(BodyText body, List<ClauseMatcher.BodyPara> paras, int[] clauseOf, CatalogText catalog,
                           ClauseMatcher.Result result) {
        Set<String> seen = new HashSet<>();
        Set<String> positions = new HashSet<>();
        Map<Integer, String> localIds = new LinkedHashMap<>();
        for (Change c : changes) {
            if (c.kind().equals("insert")) {
                localIds.put(localUnits.get(c.id()), c.id());
            }
        }
        String lastDocument = null;
        for (ClauseMatcher.BodyPara p : paras) {
            BodyUnit u = body.units().get(p.unit());
            if (p.para() != 0 || !u.number().startsWith("第")) {
                continue;
            }
            String position = Norm.kanjiNumbers(Outline.ascii(java.text.Normalizer.normalize(u.number(),
                    java.text.Normalizer.Form.NFKC))).replace("(", "").replace(")", "");
            if (!position.matches("(第[0-9]+[章節条項号](の[0-9]+)*)+")) {
                continue;
            }
            String id;
            String document;
            if (clauseOf[p.index()] >= 0) {
                CatalogText.Clause c = catalog.clauses.get(clauseOf[p.index()]);
                id = c.id();
                int matched = result.catalogPara()[p.index()];
                if (matched >= 0 && catalog.paras.get(matched).section() == c.index()) {
                    // the article the form makes of a chapter's own text (std.org.text) is pinned by its own id: the
                    // chapter's id is the 章's number
                    id = catalog.paras.get(matched).printedIn();
                }
                document = c.document();
                lastDocument = document;
            } else if (localIds.containsKey(u.index()) && lastDocument != null) {
                id = localIds.get(u.index());
                document = lastDocument;
            } else {
                continue;
            }
            if (seen.add(id) && positions.add(document + position)) {
                numbering.computeIfAbsent(document, k -> new LinkedHashMap<>()).put(id, position);
            }
        }
    }

    /** Share of the body's paragraphs that reached a clause of the catalog. */
    public double placed() {
        return paragraphs == 0 ? 0 : (double) placedParagraphs / paragraphs;
    }
}
