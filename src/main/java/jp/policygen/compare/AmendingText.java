package jp.policygen.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.policy.Block;
import jp.policygen.policy.Digits;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/**
 * The amending rule in 改め文方式 (issue 20 item 6), made from the same comparison as the 新旧対照表: its 題名
 * (「…の一部を改正する訓令」), its 本則 — per rule amended, 「…の一部を次のように改正する。」 and the sentences in
 * the order of the articles: 「第１３条第３項中「Ａ」を「Ｂ」に改める。」, 「第２０条第２項を削る。」, 「第３７条の次に次の
 * １条を加える。」 with the new article, 「第２４条を次のように改める。」 with the whole article, renumbering sentences
 * (「第７条を第８条とし、第６条を第７条とする。」, from the end backwards when numbers go up) — and its 附則 with the
 * new 施行日. The fixed phrases are here beside the comparison's own (（略）, （新設）), as the 対照表 keeps them.
 */
public final class AmendingText {
    public static final String TITLE = "改め文";

    private AmendingText() {
    }

    /** The documents a 改め文 amends: the rules (the 一覧表 and the list of local changes are not amended so). */
    private static boolean amendable(DocumentKind k) {
        return k == DocumentKind.BASIC_POLICY || k == DocumentKind.STANDARD || k == DocumentKind.CLOUD_PROVISIONS
                || k == DocumentKind.POLICY;
    }

    /** The 改め文 of the comparison of {@code oldPolicy} and {@code newPolicy}, as a document for the writers. */
    public static Document of(Policy oldPolicy, Policy newPolicy, Comparison c) {
        Map<DocumentKind, Document> olds = new HashMap<>();
        oldPolicy.documents().forEach(d -> olds.put(d.kind(), d));
        Map<DocumentKind, Document> news = new HashMap<>();
        newPolicy.documents().forEach(d -> news.put(d.kind(), d));
        List<Amended> amended = new ArrayList<>();
        for (Comparison.DocumentChanges dc : c.documents()) {
            Document o = olds.get(dc.kind());
            Document n = news.get(dc.kind());
            if (!amendable(dc.kind()) || o == null || n == null) {
                continue;
            }
            List<Block> sentences = sentences(o, n, dc.rows());
            if (!sentences.isEmpty()) {
                amended.add(new Amended(n, rule(n), sentences));
            }
        }
        Comparison.Version nv = c.newVersion();
        String kind = kindOfRule(nv.adoption());
        String title = amended.isEmpty() ? "" : amended.get(0).rule + (amended.size() > 1 ? "等" : "") + "の一部を改正する"
                + kind;
        List<Section> sections = new ArrayList<>();
        List<Block> head = new ArrayList<>();
        // a rule that prints its numbers in full width (第１３条) has its amending rule print them so too
        boolean fullWidth = !amended.isEmpty() && fullWidth(amended.get(0).document);
        String number = Digits.widen(amendingNumber(newPolicy), fullWidth);
        // the number as a rule is cited under its 題名: the body's name, then the kind and number (架空県訓令第８号)
        head.add(Block.Paragraph.of(number.isEmpty() ? nv.body() + kind + "第　号"
                : number.startsWith(nv.body()) ? number : nv.body() + number));
        sections.add(new Section("amendment", SectionLevel.CHAPTER, "", "", title, "", Origin.GUIDELINE, "", head,
                List.of()));
        int article = 0;
        for (Amended a : amended) {
            List<Block> blocks = new ArrayList<>();
            String adoption = cited(a.document.info().adoption());
            blocks.add(Block.Paragraph.of(a.rule + (adoption.isEmpty() ? "" : "（" + adoption + "）") + "の一部を次のように改正する。"));
            blocks.addAll(a.sentences);
            article++;
            String label = amended.size() > 1 ? "第" + full(article) + "条" : "";
            sections.add(new Section("amendment." + a.document.kind().id(), amended.size() > 1 ? SectionLevel.ITEM
                    : SectionLevel.SECTION, label, label, amended.size() > 1 ? a.rule + "の一部改正" : "", "",
                    Origin.GUIDELINE, "", blocks, List.of()));
        }
        sections.add(new Section("amendment.supplementary", SectionLevel.UNNUMBERED, "", "", "附　則", "",
                Origin.GUIDELINE, "", List.of(Block.Paragraph.of("この" + kind + "は、" + Digits.widen(nv.effective(), fullWidth) + "から施行する。")),
                List.of()));
        DocumentInfo info = new DocumentInfo(nv.body(), "", nv.effective(), number, "", List.of(),
                NumberingForm.ARTICLES, false);
        return new Document(DocumentKind.AMENDMENT, title.isEmpty() ? TITLE : title, info, sections);
    }

    private record Amended(Document document, String rule, List<Block> sentences) {
    }

    /**
     * The amending rule of a comparison in the 例規 form: 「…（等）の一部を改正する訓令」 naming the rules with rows, and its
     * number with the year of the new 施行日 (令和９年訓令第８号); none when the new version's rules are booklets.
     */
    static Comparison.AmendingRule rule(Policy newPolicy, List<Comparison.DocumentChanges> changes,
                                        Comparison.Version nv) {
        Map<DocumentKind, Document> news = new HashMap<>();
        newPolicy.documents().forEach(d -> news.put(d.kind(), d));
        List<String> rules = new ArrayList<>();
        for (Comparison.DocumentChanges dc : changes) {
            Document n = news.get(dc.kind());
            if (amendable(dc.kind()) && n != null && n.info().form() == NumberingForm.ARTICLES) {
                rules.add(rule(n));
            }
        }
        if (rules.isEmpty()) {
            return Comparison.AmendingRule.NONE;
        }
        String kind = kindOfRule(nv.adoption());
        String number = amendingNumber(newPolicy);
        Matcher year = Pattern.compile("^(.+?年)").matcher(nv.effective());
        String prefix = year.find() ? year.group(1) : "";
        return new Comparison.AmendingRule(rules.get(0) + (rules.size() > 1 ? "等" : "") + "の一部を改正する" + kind,
                prefix + (number.isEmpty() ? kind + "第　号" : number));
    }

    private static final Pattern MADE_ON = Pattern.compile("^(.+?年)(?:[^　]*月[^　]*日|　月　日)　");

    /**
     * A rule as an amending rule cites it: by the year and its number, without the day it was made — the line under
     * its 題名 (令和８年３月２７日　架空県訓令第２１号) is cited 「（令和８年架空県訓令第２１号）」, as the rule itself cites
     * the 基本方針. A booklet's adoption (訓令第21号) is cited as it stands.
     */
    static String cited(String identity) {
        return MADE_ON.matcher(identity).replaceFirst("$1");
    }

    /** Whether a rule prints its numbers in full width (第１条), as its articles' labels show. */
    private static boolean fullWidth(Document d) {
        return d.flatten().stream().filter(Section::isArticle).findFirst()
                .map(x -> x.label().chars().anyMatch(ch -> ch >= '０' && ch <= '９')).orElse(false);
    }


    /** The rule's name as cited: the body's name and the title (架空県情報セキュリティ対策基準). */
    private static String rule(Document d) {
        return d.title().startsWith(d.info().bodyName()) ? d.title() : d.info().bodyName() + d.title();
    }

    private static String kindOfRule(String adoption) {
        for (String k : List.of("告示", "規程", "要綱", "規則")) {
            if (adoption.contains(k)) {
                return k;
            }
        }
        return "訓令";
    }

    private static final Pattern NUMBER_IN_NOTE = Pattern.compile("（([^（）]*第[0-9０-９]+号)）$");

    /** The amending rule's number: the 改定履歴 entry of the new 施行日 (「…改定（訓令第８号）」), if it gives one. */
    static String amendingNumber(Policy p) {
        if (p.documents().isEmpty()) {
            return "";
        }
        DocumentInfo i = p.documents().get(0).info();
        for (int k = i.history().size() - 1; k >= 0; k--) {
            DocumentInfo.HistoryEntry h = i.history().get(k);
            if (h.date().equals(i.effective())) {
                Matcher m = NUMBER_IN_NOTE.matcher(h.note());
                return m.find() ? m.group(1) : "";
            }
        }
        return "";
    }

    // ---- the sentences of one rule

    private static List<Block> sentences(Document o, Document n, List<Row> rows) {
        Map<String, Section> olds = index(o);
        Map<String, Section> news = index(n);
        Map<String, String> oldParent = parents(o);
        Map<String, String> newParent = parents(n);
        List<Section> newOrder = n.flatten();
        List<Block> out = new ArrayList<>();
        Set<String> covered = new HashSet<>(); // rows told by an earlier sentence (the children of an added article)
        List<String[]> renumbered = new ArrayList<>();
        List<Row> ordered = rows.stream().filter(r -> !r.id().startsWith("document.")).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Row r = ordered.get(i);
            if (covered.contains(r.id()) || r.id().endsWith(".supplementary") || r.id().contains(".revision-")) {
                continue;
            }
            Section os = olds.get(r.id());
            Section ns = news.get(r.id());
            switch (r.kind()) {
                case ADDED -> {
                    if (covered.contains(newParent.get(r.id()))) {
                        covered.add(r.id());
                        continue;
                    }
                    List<Section> group = new ArrayList<>(List.of(ns));
                    covered.add(r.id());
                    coverChildren(ns, covered);
                    while (i + 1 < ordered.size() && ordered.get(i + 1).kind() == ChangeKind.ADDED
                            && news.get(ordered.get(i + 1).id()) != null
                            && sameKind(ns, news.get(ordered.get(i + 1).id()), newParent)) {
                        Section next = news.get(ordered.get(++i).id());
                        group.add(next);
                        covered.add(next.id());
                        coverChildren(next, covered);
                    }
                    out.add(Block.Paragraph.of(added(ns, group.size(), newOrder, newParent, news)));
                    group.forEach(s -> out.addAll(provision(s)));
                }
                case DELETED -> {
                    if (os == null || covered.contains(oldParent.get(r.id()))) {
                        covered.add(r.id());
                        continue;
                    }
                    covered.add(r.id());
                    coverChildren(os, covered);
                    out.add(Block.Paragraph.of(place(os) + "を削る。"));
                }
                case MOVED -> {
                    if (os != null && ns != null && !place(os).equals(place(ns))) {
                        renumbered.add(new String[] {place(os), place(ns)});
                    }
                    if (os != null && ns != null && !ClauseText.text(os).equals(ClauseText.text(ns))) {
                        out.addAll(changed(os, ns));
                    }
                }
                case CHANGED -> {
                    if (os != null && ns != null) {
                        out.addAll(changed(os, ns));
                    }
                }
                default -> {
                }
            }
        }
        if (!renumbered.isEmpty()) {
            out.add(0, Block.Paragraph.of(renumbering(renumbered)));
        }
        return out;
    }

    private static void coverChildren(Section s, Set<String> covered) {
        for (Section c : s.children()) {
            covered.add(c.id());
            coverChildren(c, covered);
        }
    }

    /** 「第６条を第５条とし、第７条を第６条とする。」 — from the end backwards when the numbers go up. */
    private static String renumbering(List<String[]> moves) {
        boolean up = moves.stream().anyMatch(m -> compareNumbers(m[1], m[0]) > 0);
        List<String[]> sorted = new ArrayList<>(moves);
        sorted.sort((a, b) -> up ? compareNumbers(b[0], a[0]) : compareNumbers(a[0], b[0]));
        StringBuilder sb = new StringBuilder();
        String last = "";
        for (int i = 0; i < sorted.size(); i++) {
            // 「第２条第１２号を同条第１５号とし、同条第１１号を同条第１４号とし、…」: the article named once
            String from = sorted.get(i)[0];
            String to = sorted.get(i)[1];
            String article = articleOf(from);
            String said = !article.isEmpty() && article.equals(last) && from.length() > article.length()
                    ? "同条" + from.substring(article.length()) : from;
            String becomes = !article.isEmpty() && article.equals(articleOf(to)) && to.length() > article.length()
                    ? "同条" + to.substring(article.length()) : to;
            sb.append(said).append("を").append(becomes).append(i + 1 < sorted.size() ? "とし、" : "とする。");
            last = article;
        }
        return sb.toString();
    }

    private static final Pattern ARTICLE_PART = Pattern.compile("^第[0-9０-９]+条(?:の[0-9０-９]+)*");

    private static String articleOf(String place) {
        Matcher m = ARTICLE_PART.matcher(place);
        return m.find() ? m.group() : "";
    }

    private static int compareNumbers(String a, String b) {
        List<Integer> x = digitsOf(a);
        List<Integer> y = digitsOf(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Integer.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static List<Integer> digitsOf(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+").matcher(Normalizer.normalize(s, Normalizer.Form.NFKC));
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }

    /** 「第３７条の次に次の１条を加える。」, 「第８条に次の１項を加える。」, 「第２条第１項に次の１号を加える。」 */
    private static String added(Section s, int count, List<Section> order, Map<String, String> parents,
                                Map<String, Section> news) {
        if (s.isArticle()) {
            Section previous = null;
            for (Section x : order) {
                if (x == s) {
                    break;
                }
                if (x.isArticle()) {
                    previous = x;
                }
            }
            return previous == null ? "本則の最初に次の" + full(count) + "条を加える。"
                    : previous.label() + "の次に次の" + full(count) + "条を加える。";
        }
        Section parent = news.get(parents.getOrDefault(s.id(), ""));
        String part = s.partUnit();
        if (!part.isEmpty()) {
            // 「第９章第１節の次に次の１節を加える。」: after the 節 (章) it follows under the same 章
            Section previous = null;
            for (Section x : order) {
                if (x == s) {
                    break;
                }
                if (x.partUnit().equals(part)
                        && parents.getOrDefault(x.id(), "").equals(parents.getOrDefault(s.id(), ""))) {
                    previous = x;
                }
            }
            if (previous != null) {
                return place(previous) + "の次に次の" + full(count) + part + "を加える。";
            }
        }
        String where = parent == null ? "本則" : place(parent);
        if (isParagraph(s) || isItem(s)) {
            // 「第２条第２号の次に次の３号を加える。」 after the one they follow (numbered as the rule now reads);
            // 「第８条に次の１項を加える。」 only at the end of the provision
            String unit = isParagraph(s) ? "項" : "号";
            List<Section> siblings = new ArrayList<>();
            for (Section x : order) {
                if (x == s || sameKind(x, s, parents)) {
                    siblings.add(x);
                }
            }
            int at = siblings.indexOf(s);
            String added = "次の" + full(count) + unit + "を加える。";
            if (at + count >= siblings.size()) {
                return where + "に" + added; // at the end of the provision
            }
            // after the one they follow, or before the first (第２条第１号の前に次の１号を加える。)
            return at > 0 ? place(siblings.get(at - 1)) + "の次に" + added : place(siblings.get(at + count)) + "の前に" + added;
        }
        return where + "に次のように加える。";
    }

    /** Two provisions an amending sentence adds together: articles, or 項 (号) of one provision. */
    private static boolean sameKind(Section a, Section b, Map<String, String> parents) {
        if (a.isArticle() || b.isArticle()) {
            return a.isArticle() && b.isArticle();
        }
        boolean paragraphs = isParagraph(a) && isParagraph(b);
        boolean items = isItem(a) && isItem(b);
        return (paragraphs || items) && parents.getOrDefault(a.id(), "").equals(parents.getOrDefault(b.id(), ""));
    }

    /** The sentences for a provision whose text changed: words replaced, or the whole provision anew. */
    private static List<Block> changed(Section o, Section n) {
        List<Block> out = new ArrayList<>();
        String place = place(n);
        // an article that becomes 「削除」 loses its caption with the rest: the one sentence below says it
        boolean becomesDeleted = n.origin() == Origin.DELETED && o.origin() != Origin.DELETED;
        if (!o.title().equals(n.title()) && n.isArticle() && !becomesDeleted) {
            out.add(Block.Paragraph.of(n.title().isEmpty() ? place + "の見出しを削る。"
                    : o.title().isEmpty() ? place + "に見出しとして「（" + n.title() + "）」を付する。"
                    : place + "の見出し中「" + o.title() + "」を「" + n.title() + "」に改める。"));
        }
        if (becomesDeleted) {
            out.add(Block.Paragraph.of(place + "を次のように改める。"));
            out.add(Block.Paragraph.of("　" + n.label() + "　削除"));
            return out;
        }
        // the 項 of an article's own text, one by one when they are paragraphs on both sides
        List<Block> ob = o.blocks();
        List<Block> nb = n.blocks();
        List<String[]> pairs = new ArrayList<>(); // place, old, new
        if (ob.size() == nb.size() && ob.stream().allMatch(b -> b instanceof Block.Paragraph)
                && nb.stream().allMatch(b -> b instanceof Block.Paragraph)) {
            int paragraphs = nb.size();
            for (int i = 0; i < nb.size(); i++) {
                Block.Paragraph op = (Block.Paragraph) ob.get(i);
                Block.Paragraph np = (Block.Paragraph) nb.get(i);
                if (!op.text().equals(np.text())) {
                    String p = place;
                    if (n.isArticle() && paragraphs > 1) {
                        p = place + "第" + (np.number().isEmpty() ? "１" : np.number()) + "項";
                    }
                    pairs.add(new String[] {p, op.text(), np.text()});
                }
            }
        } else if (!bodyText(o).equals(bodyText(n))) {
            pairs.add(new String[] {place, bodyText(o), bodyText(n)});
        }
        for (String[] pair : pairs) {
            List<String> words = words(pair[1], pair[2]);
            if (words == null) {
                // the whole provision anew, caption and all: the one sentence says every change of it
                out.clear();
                out.add(Block.Paragraph.of(place + "を次のように改める。"));
                out.addAll(provision(n));
                return out;
            }
            out.add(Block.Paragraph.of(pair[0] + "中" + String.join("", words)));
        }
        return out;
    }

    private static String bodyText(Section s) {
        StringBuilder sb = new StringBuilder();
        s.blocks().forEach(b -> sb.append(sb.length() > 0 ? "\n" : "").append(b.plainText()));
        return sb.toString();
    }

    /**
     * The word changes of a provision as the rest of a sentence: 「「Ａ」を「Ｂ」に改める。」, several joined
     * (「「Ａ」を「Ｂ」に改め、「Ｃ」を削る。」); null when the changes are too many or too long to tell by words.
     */
    static List<String> words(String oldText, String newText) {
        List<TextDiff.Segment> diff = TextDiff.diff(oldText, newText);
        List<String[]> changes = new ArrayList<>(); // before-context index, old, new
        StringBuilder del = new StringBuilder();
        StringBuilder ins = new StringBuilder();
        int oldPos = 0;
        int start = -1;
        for (TextDiff.Segment s : diff) {
            if (s.op() == TextDiff.Op.EQUAL) {
                if (start >= 0) {
                    changes.add(new String[] {Integer.toString(start), del.toString(), ins.toString()});
                    del.setLength(0);
                    ins.setLength(0);
                    start = -1;
                }
                oldPos += s.text().length();
            } else {
                if (start < 0) {
                    start = oldPos;
                }
                if (s.op() == TextDiff.Op.DELETE) {
                    del.append(s.text());
                    oldPos += s.text().length();
                } else {
                    ins.append(s.text());
                }
            }
        }
        if (start >= 0) {
            changes.add(new String[] {Integer.toString(start), del.toString(), ins.toString()});
        }
        int changedLength = changes.stream().mapToInt(c -> c[1].length() + c[2].length()).sum();
        int removed = changes.stream().mapToInt(c -> c[1].length()).sum();
        // more than a few words: the provision is given anew (「…を次のように改める。」), as a 法規担当 would
        if (changes.isEmpty() || changes.size() > 4 || changedLength > 60 || removed * 2 > oldText.length()
                || changes.stream().anyMatch(c -> (c[1] + c[2]).contains("\n"))) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < changes.size(); k++) {
            String[] c = changes.get(k);
            int at = Integer.parseInt(c[0]);
            boolean last = k + 1 == changes.size();
            String phrase;
            if (c[1].isEmpty()) {
                // an insertion: after the words before it, as few as name one place
                String anchor = anchorBefore(oldText, at);
                phrase = "「" + anchor + "」の次に「" + c[2] + "」を加え" + (last ? "る。" : "、");
            } else {
                int[] span = unique(oldText, at, at + c[1].length());
                String before = oldText.substring(span[0], at);
                String after = oldText.substring(at + c[1].length(), span[1]);
                String oldWords = before + c[1] + after;
                phrase = c[2].isEmpty() && before.isEmpty() && after.isEmpty()
                        ? "「" + oldWords + "」を削" + (last ? "る。" : "り、")
                        : "「" + oldWords + "」を「" + before + c[2] + after + "」に改め" + (last ? "る。" : "、");
            }
            out.add(phrase);
        }
        return out;
    }

    /** The span around [from, to) of the old text, widened until its text occurs once. */
    /** A citation (第７１条, 第２条第３号, 第３７条の２) or a figure with its unit (１５文字): quoted whole, never cut. */
    private static final Pattern WHOLE = Pattern.compile(
            "第[0-9０-９]+[条項号章節](?:の[0-9０-９]+)*|[0-9０-９]+(?:文字|年間|年|か月|箇月|月|日|時間|分|回|人|件|種類|桁)?");

    private static int[] unique(String text, int from, int to) {
        int a = from;
        int b = to;
        // 「第７１条」を「第７２条」に改め, not 「７１」を「７２」に: a 法規担当 quotes the citation or the figure whole
        Matcher whole = WHOLE.matcher(text);
        while (whole.find()) {
            if (whole.start() < b && whole.end() > a) {
                a = Math.min(a, whole.start());
                b = Math.max(b, whole.end());
            }
        }
        while (true) {
            String t = text.substring(a, b);
            if (b - a >= 2 && text.indexOf(t) == text.lastIndexOf(t)) {
                break;
            }
            if (b < text.length() && b - to < 12) {
                b++;
            } else if (a > 0) {
                a--;
            } else if (b < text.length()) {
                b++;
            } else {
                break;
            }
        }
        return new int[] {a, b};
    }

    private static String anchorBefore(String text, int at) {
        int a = Math.max(0, at - 2);
        while (a > 0 && text.indexOf(text.substring(a, at)) != text.lastIndexOf(text.substring(a, at))) {
            a--;
        }
        return text.substring(a, at);
    }

    // ---- places and provisions

    /** The label of a 章 or 節: 第３章, 第１節の２. */
    private static final Pattern ITEM_LABEL = Pattern.compile("[（(]?([0-9０-９]+|[一二三四五六七八九十]+)[）)]?");

    /** How a 改め文 names a provision: 第１３条, 第１３条第２項, 第２条第１号, or its outline number (6.2(1)). */
    static String place(Section s) {
        if (s.isArticle()) {
            return s.label();
        }
        if (isParagraph(s)) {
            return s.number();
        }
        if (isItem(s)) {
            String prefix = s.number().substring(0, s.number().length() - s.label().length());
            Matcher m = ITEM_LABEL.matcher(s.label());
            m.matches();
            String n = m.group(1);
            int value = Character.isDigit(Normalizer.normalize(n, Normalizer.Form.NFKC).charAt(0))
                    ? Integer.parseInt(Normalizer.normalize(n, Normalizer.Form.NFKC)) : kanji(n);
            return prefix + "第" + full(value) + "号";
        }
        return s.number().isEmpty() ? s.title() : s.number();
    }

    private static boolean isParagraph(Section s) {
        return s.label().isEmpty() && s.number().endsWith("項");
    }

    private static boolean isItem(Section s) {
        return !s.label().isEmpty() && !s.isArticle() && ITEM_LABEL.matcher(s.label()).matches()
                && s.number().endsWith(s.label()) && s.number().startsWith("第");
    }

    private static int kanji(String s) {
        String digits = "〇一二三四五六七八九";
        int value = 0;
        int digit = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '十') {
                value += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else {
                digit = digits.indexOf(ch);
            }
        }
        return value + digit;
    }

    static String full(int n) {
        return Digits.of(n, true);
    }

    /** A provision as it is to be added or to read: caption, number and text, then its 項 and 号, indented. */
    static List<Block> provision(Section s) {
        List<Block> out = new ArrayList<>();
        if (s.isArticle() && s.hasTitle()) {
            out.add(Block.Paragraph.of("　（" + s.title() + "）"));
        }
        String lead = s.label().isEmpty() ? "" : s.label() + "　";
        boolean first = true;
        for (Block b : s.blocks()) {
            for (String line : b.plainText().split("\n")) {
                out.add(Block.Paragraph.of("　" + (first ? lead : "") + line));
                first = false;
            }
        }
        if (first && !lead.isEmpty()) {
            // a 章 or 節 heading: its number and title on one line (第１節の２　情報システムに関する業務委託)
            out.add(Block.Paragraph.of("　" + s.label() + (!s.isArticle() && s.hasTitle() ? "　" + s.title() : "")));
        }
        for (Section c : s.children()) {
            out.addAll(provision(c));
        }
        return out;
    }

    private static Map<String, Section> index(Document d) {
        Map<String, Section> out = new LinkedHashMap<>();
        d.flatten().forEach(s -> out.putIfAbsent(s.id(), s));
        return out;
    }

    private static Map<String, String> parents(Document d) {
        Map<String, String> out = new HashMap<>();
        for (Section s : d.flatten()) {
            s.children().forEach(c -> out.put(c.id(), s.id()));
        }
        return out;
    }

    /** The 改め文 as plain text (the .txt a 例規 system or a mail takes): 題名, number, 本則 and 附則, line by line. */
    public static String plainText(Document d) {
        StringBuilder sb = new StringBuilder();
        for (Section s : d.sections()) {
            boolean article = s.isArticle() && s.hasTitle() && !s.blocks().isEmpty();
            if (article) {
                // （…の一部改正）
                // 第１条　…の一部を次のように改正する。
                sb.append("（").append(s.title()).append("）\n").append(s.label()).append("　");
            } else if (!s.label().isEmpty() || s.hasTitle()) {
                sb.append(s.label().isEmpty() ? "" : s.label() + "　").append(s.title()).append('\n');
            }
            for (Block b : s.blocks()) {
                sb.append(b.plainText()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
