package jp.policygen.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Position;
import jp.policygen.policy.Section;

/**
 * Stable numbering of an adopted 例規 (issue 20): the articles keep the numbers the rule was adopted with, whatever
 * the catalog's order now. An article the adopted rule does not have takes a branch number after the article it
 * follows (第３７条の２, then 第３７条の３); an adopted article that is no longer there stays as 「第２４条　削除」; a new
 * 項 of an adopted article goes after its last 項. So a revision's 新旧対照表 holds only what really changed, and
 * citations (第２５条の規定により) keep pointing at the same provisions — they are printed from these numbers.
 *
 * <p>The adopted numbering is clause id → {@link Position}, per document: pinned in the profile
 * ({@code policy.numbering}) or taken from the earlier version ({@link #of(Policy)}).
 */
public final class StableNumbering {
    private StableNumbering() {
    }

    /** The numbering a generated policy prints, as positions: what a later version keeps (articles form only). */
    public static Map<String, Map<String, Position>> of(Policy policy) {
        Map<String, Map<String, Position>> out = new LinkedHashMap<>();
        for (Document d : policy.documents()) {
            if (d.info().form() != NumberingForm.ARTICLES) {
                continue;
            }
            if (d.kind() == DocumentKind.POLICY) {
                // one rule in parts: each 編 keeps the numbers of the document it is made of (the 第２編's run on from
                // the 第１編's), so the resolver keeps them part by part as it keeps those of two rules
                for (Section part : d.sections()) {
                    DocumentKind kind = part.id().equals(RuleInParts.BASIC_PART) ? DocumentKind.BASIC_POLICY
                            : DocumentKind.STANDARD;
                    Map<String, Position> m = out.computeIfAbsent(kind.id(), k -> new LinkedHashMap<>());
                    positions(part.id().equals(RuleInParts.BASIC_PART) || part.id().equals(RuleInParts.STANDARD_PART)
                            ? part.children() : List.of(part), m);
                }
                out.values().removeIf(Map::isEmpty);
                continue;
            }
            Map<String, Position> m = new LinkedHashMap<>();
            positions(d.sections(), m);
            if (!m.isEmpty()) {
                out.put(d.kind().id(), m);
            }
        }
        return out;
    }

    private static void positions(List<Section> sections, Map<String, Position> m) {
        for (Section top : sections) {
            List<Section> flat = new ArrayList<>();
            flatten(top, flat);
            for (Section s : flat) {
                if (s.origin() == Origin.DELETED && !s.isArticle()) {
                    continue; // 第２１条から第２５条まで　削除: a range, no one position
                }
                position(s.number()).filter(p -> s.isArticle() || p.paragraph() > 0 || p.isChapterOrSection())
                        .ifPresent(p -> m.put(s.id(), p));
            }
        }
        sections.forEach(s -> items(s, m));
    }

    private static void flatten(Section s, List<Section> out) {
        out.add(s);
        s.children().forEach(c -> flatten(c, out));
    }

    /**
     * The adopted numbering with the ids a later edition gives its clauses ({@link jp.policygen.catalog.Lineage#renamed}):
     * a renamed clause keeps the number it was adopted with.
     */
    public static Map<String, Map<String, Position>> carried(Map<String, Map<String, Position>> adopted,
                                                             Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return adopted;
        }
        Map<String, Map<String, Position>> out = new LinkedHashMap<>();
        adopted.forEach((doc, ids) -> {
            Map<String, Position> m = new LinkedHashMap<>();
            ids.forEach((id, p) -> {
                String to = renamed.get(id);
                m.putIfAbsent(to != null && !ids.containsKey(to) ? to : id, p);
            });
            out.put(doc, m);
        });
        return out;
    }

    private static Optional<Position> position(String number) {
        return number.isEmpty() ? Optional.empty() : Position.parse(number);
    }

    /**
     * The positions of the 号 of each article and of each of its 項 (第２条第３号, 第１３条第２項第１号): a 号 is a
     * child of an article or of a 項 clause labelled （３）, (3) or 三.
     */
    private static void items(Section s, Map<String, Position> out) {
        if (s.isArticle()) {
            Optional<Position> article = Position.parse(s.label()).filter(Position::isArticle);
            if (article.isPresent()) {
                itemsOf(s, article.get().article(), 0, out);
                for (Section k : s.children()) {
                    if (isParagraph(k)) {
                        position(k.number()).filter(p -> p.paragraph() > 0 && p.item().isEmpty())
                                .ifPresent(p -> itemsOf(k, article.get().article(), p.paragraph(), out));
                    }
                }
            }
            return;
        }
        s.children().forEach(k -> items(k, out));
    }

    private static void itemsOf(Section parent, List<Integer> article, int paragraph, Map<String, Position> out) {
        for (Section k : parent.children()) {
            int n = itemNumber(k.label());
            if (n > 0) { // a 「（３）　削除」 holds its number too
                out.putIfAbsent(k.id(), new Position(List.of(), List.of(), article, paragraph, List.of(n)));
            }
        }
    }

    private static final java.util.regex.Pattern ITEM_LABEL =
            java.util.regex.Pattern.compile("[（(]([0-9０-９]+)[）)]|([〇一二三四五六七八九十]+)");

    /** The number of a 号 label （３）, (3) or 三; 0 when the label is no 号's. */
    static int itemNumber(String label) {
        java.util.regex.Matcher m = ITEM_LABEL.matcher(label);
        if (!m.matches()) {
            return 0;
        }
        return m.group(1) != null ? Integer.parseInt(Normalizer.normalize(m.group(1), Normalizer.Form.NFKC))
                : Numbering.fromKanji(m.group(2));
    }

    /** The label of the n-th 号 in the form the document prints its 号 (like {@code sample}): （３）, (3) or 三. */
    private static String itemLabel(int n, String sample, IntFunction<String> digits) {
        if (sample.startsWith("（")) {
            return "（" + digits.apply(n) + "）";
        }
        if (sample.startsWith("(")) {
            return "(" + n + ")";
        }
        return Numbering.kanji(n);
    }

    /**
     * The 号 of an adopted article (or of one of its 項) keep their numbers: a 号 the adopted rule does not have goes
     * after the last one with the next number, an adopted 号 that is gone stays as 「（３）　削除」, so the 号 after
     * an insertion or a deletion do not move (no 二重傍線 rows in the 対照表, no renumbering sentences in the 改め文).
     */
    private static Section keepItems(Section s, List<Integer> article, int paragraph, Map<String, Position> adopted,
                                     Set<String> present, IntFunction<String> digits) {
        List<Section> kids = s.children();
        List<Section> items = kids.stream().filter(k -> itemNumber(k.label()) > 0).toList();
        Map<Integer, Section> kept = new java.util.TreeMap<>();
        List<Section> fresh = new ArrayList<>();
        for (Section k : items) {
            Position p = adopted.get(k.id());
            if (p != null && !p.item().isEmpty() && p.item().size() == 1 && p.article().equals(article)
                    && p.paragraph() == paragraph && !kept.containsKey(p.item().get(0))) {
                kept.put(p.item().get(0), k);
            } else {
                fresh.add(k);
            }
        }
        if (kept.isEmpty()) {
            return s; // no 号 of this article was adopted (a new article, or numbers adopted without its 号)
        }
        String sample = items.get(0).label();
        String base = s.number();
        Map<Integer, Section> all = new java.util.TreeMap<>(kept);
        for (Map.Entry<String, Position> e : adopted.entrySet()) {
            Position p = e.getValue();
            if (!present.contains(e.getKey()) && p.item().size() == 1 && p.article().equals(article)
                    && p.paragraph() == paragraph && !all.containsKey(p.item().get(0))) {
                String label = itemLabel(p.item().get(0), sample, digits);
                all.put(p.item().get(0), new Section(e.getKey(), items.get(0).level(), label, base + label, "", "",
                        Origin.DELETED, "", List.of(Block.Paragraph.of("削除")), List.of()));
            }
        }
        if (kept.size() == items.size() && all.size() == kept.size() && kept.keySet().equals(numbersOf(items))) {
            return s; // every 号 where it was adopted
        }
        int next = ((java.util.TreeMap<Integer, Section>) all).lastKey();
        for (Section k : fresh) {
            all.put(++next, k);
        }
        List<Section> ordered = new ArrayList<>();
        for (Map.Entry<Integer, Section> e : all.entrySet()) {
            Section k = e.getValue();
            String label = itemLabel(e.getKey(), sample, digits);
            ordered.add(k.origin() == Origin.DELETED && !present.contains(k.id()) ? k
                    : new Section(k.id(), k.level(), label, base + label, k.title(), k.source(), k.origin(), k.reason(),
                    k.blocks(), prefix(k.children(), k.number(), base + label)));
        }
        // the 号 take the places the 号 had among the children (they stand together after the text)
        List<Section> out = new ArrayList<>();
        boolean placed = false;
        for (Section k : kids) {
            if (itemNumber(k.label()) > 0) {
                if (!placed) {
                    out.addAll(ordered);
                    placed = true;
                }
            } else {
                out.add(k);
            }
        }
        return new Section(s.id(), s.level(), s.label(), s.number(), s.title(), s.source(), s.origin(), s.reason(),
                s.blocks(), out);
    }

    /** The article with its 号, and the 号 of each of its 項, where they were adopted. */
    private static Section itemsAsAdopted(Section article, List<Integer> n, Map<String, Position> adopted,
                                          Set<String> present, IntFunction<String> digits) {
        Section a = keepItems(article, n, 0, adopted, present, digits);
        List<Section> kids = new ArrayList<>();
        boolean changed = a != article;
        for (Section k : a.children()) {
            Optional<Position> p = isParagraph(k) ? position(k.number()) : Optional.empty();
            Section kk = p.isPresent() && p.get().paragraph() > 0 && p.get().item().isEmpty()
                    ? keepItems(k, n, p.get().paragraph(), adopted, present, digits) : k;
            changed |= kk != k;
            kids.add(kk);
        }
        return !changed ? article : new Section(a.id(), a.level(), a.label(), a.number(), a.title(), a.source(),
                a.origin(), a.reason(), a.blocks(), kids);
    }

    private static Set<Integer> numbersOf(List<Section> items) {
        Set<Integer> out = new java.util.TreeSet<>();
        items.forEach(k -> out.add(itemNumber(k.label())));
        return out;
    }

    /**
     * The document with the adopted numbers: articles renumbered (and their provisions' numbers with them), new
     * articles given branch numbers, adopted articles no longer there put back as 「削除」, new 項 of an adopted
     * article moved after its last 項.
     */
    static Document apply(Document d, Map<String, Position> adopted, IntFunction<String> digits) {
        if (adopted.isEmpty() || d.info().form() != NumberingForm.ARTICLES) {
            return d;
        }
        List<Section> articles = d.flatten().stream().filter(Section::isArticle).toList();
        if (articles.isEmpty()) {
            return d;
        }
        Set<List<Integer>> used = new HashSet<>();
        adopted.values().stream().filter(Position::isArticle).forEach(p -> used.add(p.article()));
        Map<String, List<Integer>> numbers = new HashMap<>();
        List<Integer> previous = null;
        Set<String> present = new HashSet<>();
        d.flatten().forEach(s -> present.add(s.id()));
        for (Section a : articles) {
            Position p = adopted.get(a.id());
            List<Integer> n;
            if (p != null && p.isArticle()) {
                n = p.article();
            } else if (previous == null) {
                n = Position.parse(a.label()).map(Position::article).orElse(List.of(1));
                while (used.contains(n)) {
                    n = List.of(n.get(0) + 1);
                }
            } else {
                n = branchAfter(previous, used);
            }
            used.add(n);
            numbers.put(a.id(), n);
            previous = n;
        }
        // adopted articles that are gone: 「第２４条　削除」 after the article with the next lower number
        Map<String, List<Section>> after = new HashMap<>();
        List<Section> before = new ArrayList<>();
        List<Map.Entry<String, Position>> gone = adopted.entrySet().stream()
                .filter(e -> e.getValue().isArticle() && !present.contains(e.getKey()))
                .sorted((x, y) -> compare(x.getValue().article(), y.getValue().article())).toList();
        for (Map.Entry<String, Position> e : gone) {
            List<Integer> n = e.getValue().article();
            String label = Position.articleLabel(n, digits);
            Section placeholder = new Section(e.getKey(), articles.get(0).level(), label, label, "", "",
                    Origin.DELETED, "", List.of(Block.Paragraph.of("削除")), List.of());
            String host = null;
            List<Integer> best = null;
            for (Map.Entry<String, List<Integer>> x : numbers.entrySet()) {
                if (compare(x.getValue(), n) < 0 && (best == null || compare(x.getValue(), best) > 0)) {
                    best = x.getValue();
                    host = x.getKey();
                }
            }
            if (host == null) {
                before.add(placeholder);
            } else {
                after.computeIfAbsent(host, k -> new ArrayList<>()).add(placeholder);
            }
        }
        List<Section> top = parts(relabel(d.sections(), numbers, adopted, digits, after, present), "", adopted,
                digits);
        if (!before.isEmpty()) {
            top = insertBefore(top, articles.get(0).id(), before);
        }
        return new Document(d.kind(), d.title(), d.info(), top);
    }

    /**
     * The 章 and 節 keep their adopted numbers too: a 節 (or 章) the adopted rule does not have takes a branch number
     * after the one it follows (第９章第１節の２), so the later ones do not move. Siblings none of which was adopted keep
     * the numbers the resolver gave them.
     */
    private static List<Section> parts(List<Section> sections, String parentNumber, Map<String, Position> adopted,
                                       IntFunction<String> digits) {
        boolean any = sections.stream().anyMatch(x -> !x.partUnit().isEmpty() && adopted.containsKey(x.id())
                && adopted.get(x.id()).isChapterOrSection());
        Set<List<Integer>> used = new HashSet<>();
        if (any) {
            for (Section x : sections) {
                Position p = adopted.get(x.id());
                if (p != null && p.isChapterOrSection() && !x.partUnit().isEmpty()) {
                    used.add(x.partUnit().equals("章") ? p.chapter() : p.section());
                }
            }
        }
        List<Section> out = new ArrayList<>();
        List<Integer> previous = null;
        for (Section x : sections) {
            String unit = x.partUnit();
            if (x.isArticle() || unit.isEmpty()) {
                out.add(x.isArticle() ? x : withChildren(x, parts(x.children(), x.number(), adopted, digits)));
                continue;
            }
            List<Integer> n = null;
            if (any) {
                Position p = adopted.get(x.id());
                if (p != null && p.isChapterOrSection()) {
                    n = unit.equals("章") ? p.chapter() : p.section();
                }
                if (n == null || n.isEmpty()) {
                    n = previous == null ? Position.parse(toAscii(x.label())).map(q -> unit.equals("章") ? q.chapter()
                            : List.<Integer>of()).filter(l -> !l.isEmpty()).orElse(List.of(1)) : branchAfter(previous, used);
                    while (previous == null && used.contains(n)) {
                        n = List.of(n.get(0) + 1);
                    }
                }
                used.add(n);
            }
            if (n == null || Position.label(n, unit, digits).equals(x.label())) {
                previous = n;
                out.add(withChildren(x, parts(x.children(), x.number(), adopted, digits)));
                continue;
            }
            previous = n;
            String label = Position.label(n, unit, digits);
            String number = unit.equals("章") ? label : parentNumber + label;
            List<Section> kids = parts(prefix(x.children(), x.number(), number), number, adopted, digits);
            out.add(new Section(x.id(), x.level(), label, number, x.title(), x.source(), x.origin(), x.reason(),
                    x.blocks(), kids));
        }
        return out;
    }

    private static String toAscii(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFKC);
    }

    private static Section withChildren(Section s, List<Section> kids) {
        return kids.equals(s.children()) ? s : new Section(s.id(), s.level(), s.label(), s.number(), s.title(),
                s.source(), s.origin(), s.reason(), s.blocks(), kids);
    }

    /** 37 → 37の2; 37の2 → 37の3; skipping numbers another article holds. */
    private static List<Integer> branchAfter(List<Integer> previous, Set<List<Integer>> used) {
        List<Integer> n = new ArrayList<>(previous);
        if (n.size() == 1) {
            n.add(2);
        } else {
            n.set(n.size() - 1, n.get(n.size() - 1) + 1);
        }
        while (used.contains(n)) {
            n.set(n.size() - 1, n.get(n.size() - 1) + 1);
        }
        return List.copyOf(n);
    }

    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static List<Section> relabel(List<Section> sections, Map<String, List<Integer>> numbers,
                                         Map<String, Position> adopted, IntFunction<String> digits,
                                         Map<String, List<Section>> after, Set<String> present) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<Integer> n = s.isArticle() ? numbers.get(s.id()) : null;
            if (n != null) {
                String label = Position.articleLabel(n, digits);
                Section article = paragraphsAtTheEnd(s, adopted, digits);
                article = new Section(s.id(), s.level(), label, label, s.title(), s.source(), s.origin(), s.reason(),
                        article.blocks(), prefix(article.children(), s.label(), label));
                out.add(itemsAsAdopted(article, n, adopted, present, digits));
            } else {
                List<Section> kids = relabel(s.children(), numbers, adopted, digits, after, present);
                String number = s.number();
                if (s.label().isEmpty() && RANGE.matcher(number).matches()) {
                    number = range(kids); // a captioned subject split into articles is cited by their range
                }
                out.add(new Section(s.id(), s.level(), s.label(), number, s.title(), s.source(), s.origin(),
                        s.reason(), s.blocks(), kids));
            }
            out.addAll(after.getOrDefault(s.id(), List.of()));
        }
        return out;
    }

    private static final java.util.regex.Pattern RANGE =
            java.util.regex.Pattern.compile("第[0-9０-９]+条(の[0-9０-９]+)*(から第[0-9０-９]+条(の[0-9０-９]+)*まで)?");

    /** 第７１条から第７８条まで: the first and last article labels of the sections (as the resolver cites a subject). */
    private static String range(List<Section> sections) {
        List<String> labels = new ArrayList<>();
        sections.forEach(k -> collectArticleLabels(k, labels));
        return labels.isEmpty() ? "" : labels.size() == 1 ? labels.get(0)
                : labels.get(0) + "から" + labels.get(labels.size() - 1) + "まで";
    }

    private static void collectArticleLabels(Section s, List<String> out) {
        if (s.isArticle()) {
            out.add(s.label());
        } else if (s.label().isEmpty()) {
            s.children().forEach(k -> collectArticleLabels(k, out));
        }
    }

    private static List<Section> insertBefore(List<Section> sections, String id, List<Section> placeholders) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.id().equals(id)) {
                out.addAll(placeholders);
                out.add(s);
            } else {
                out.add(new Section(s.id(), s.level(), s.label(), s.number(), s.title(), s.source(), s.origin(),
                        s.reason(), s.blocks(), insertBefore(s.children(), id, placeholders)));
            }
        }
        return out;
    }

    /** The provisions of a renumbered article: their cited numbers start with the article's new label. */
    private static List<Section> prefix(List<Section> sections, String oldLabel, String newLabel) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            String number = s.number().startsWith(oldLabel) ? newLabel + s.number().substring(oldLabel.length())
                    : s.number();
            out.add(new Section(s.id(), s.level(), s.label(), number, s.title(), s.source(), s.origin(), s.reason(),
                    s.blocks(), prefix(s.children(), oldLabel, newLabel)));
        }
        return out;
    }

    /**
     * An adopted article's 項 keep their numbers: a 項 (a captioned sub-clause printed as a 項) that the adopted rule
     * does not have goes after the last one, with the next number, rather than pushing the later ones down.
     */
    private static Section paragraphsAtTheEnd(Section article, Map<String, Position> adopted,
                                              IntFunction<String> digits) {
        List<Section> kids = article.children();
        boolean anyAdopted = kids.stream().anyMatch(k -> isParagraph(k) && adopted.containsKey(k.id()));
        List<Section> fresh = kids.stream().filter(k -> isParagraph(k) && !adopted.containsKey(k.id())).toList();
        if (!anyAdopted || fresh.isEmpty()) {
            return article;
        }
        List<Section> ordered = new ArrayList<>(kids.stream().filter(k -> !fresh.contains(k)).toList());
        ordered.addAll(fresh);
        // number the paragraphs again in the new order: the article's own first, then each 項 section's
        int[] n = {0};
        List<Block> own = number(article.blocks(), n, digits);
        List<Section> out = new ArrayList<>();
        for (Section k : ordered) {
            if (isParagraph(k)) {
                int first = n[0] + 1;
                List<Block> blocks = number(k.blocks(), n, digits);
                String number = article.label() + "第" + digits.apply(first) + "項";
                out.add(new Section(k.id(), k.level(), k.label(), number, k.title(), k.source(), k.origin(), k.reason(),
                        blocks, k.children()));
            } else {
                out.add(k);
            }
        }
        return new Section(article.id(), article.level(), article.label(), article.number(), article.title(),
                article.source(), article.origin(), article.reason(), own, out);
    }

    private static boolean isParagraph(Section s) {
        return s.label().isEmpty() && s.number().endsWith("項");
    }

    private static List<Block> number(List<Block> blocks, int[] n, IntFunction<String> digits) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                n[0]++;
                b = p.numbered(n[0] > 1 ? digits.apply(n[0]) : "");
            }
            out.add(b);
        }
        return out;
    }

    /** Digits as printed: ２ (full-width) or 2. */
    static boolean fullWidth(String label) {
        return !Normalizer.normalize(label, Normalizer.Form.NFKC).equals(label);
    }
}
