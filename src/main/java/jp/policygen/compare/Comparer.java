package jp.policygen.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;

/**
 * Compares two versions of a policy clause by clause, matching clauses by their stable id: a clause whose number
 * changed is a move (移動), not a deletion plus an addition.
 *
 * <p>A clause gets a row when its text changed (変更), its number or its place in the tree changed (移動, with
 * its numbers double-underlined), or it is only in one version (新設, 削除). A clause renumbered only because its
 * parent was (the ① under a renumbered (3)) gets no row of its own: its parent's row shows the move. The
 * document's title, 版, 施行日 and adoption get rows too when they changed.
 */
public final class Comparer {
    static final String OMITTED = "（略）";
    static final String ADDED_MARK = "（新設）";
    static final String DELETED_MARK = "（削る）";
    private static final String NONE = "（記載なし）";

    private Comparer() {
    }

    public static Comparison compare(Policy oldPolicy, String oldSource, Policy newPolicy, String newSource) {
        List<Comparison.DocumentChanges> docs = documents(oldPolicy, newPolicy, true);
        Comparison.Version newVersion = version(newPolicy, newSource);
        return new Comparison(version(oldPolicy, oldSource), newVersion, docs, AmendingText.rule(newPolicy, docs,
                newVersion));
    }

    /**
     * The rows {@link #compare} gives, in its order, with the same ids, kinds and numbers, but without their cells
     * (empty): for a caller that only asks what changed and where (upgrade's plan lists the guideline's changes). The
     * cells — the words of each changed line paired and diffed — are most of a comparison's work.
     */
    public static List<Row> changes(Policy oldPolicy, Policy newPolicy) {
        return documents(oldPolicy, newPolicy, false).stream().flatMap(d -> d.rows().stream()).toList();
    }

    private static List<Comparison.DocumentChanges> documents(Policy oldPolicy, Policy newPolicy, boolean cells) {
        Map<String, Document> olds = new LinkedHashMap<>();
        oldPolicy.documents().forEach(d -> olds.put(d.kind().id(), d));
        List<Comparison.DocumentChanges> docs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Document n : newPolicy.documents()) {
            seen.add(n.kind().id());
            add(docs, olds.get(n.kind().id()), n, cells);
        }
        for (Document o : oldPolicy.documents()) {
            if (!seen.contains(o.kind().id())) {
                add(docs, o, null, cells);
            }
        }
        return docs;
    }

    private static void add(List<Comparison.DocumentChanges> docs, Document o, Document n, boolean cells) {
        List<Row> rows = new ArrayList<>();
        if (o != null && n != null) {
            rows.addAll(infoRows(o, n));
        }
        rows.addAll(clauseRows(o, n, cells));
        if (!rows.isEmpty()) {
            Document d = n != null ? n : o;
            docs.add(new Comparison.DocumentChanges(d.kind(), d.title(), rows));
        }
    }

    private static Comparison.Version version(Policy p, String source) {
        DocumentInfo i = p.documents().isEmpty() ? null : p.documents().get(0).info();
        return new Comparison.Version(p.edition(), p.editionName(), p.profileName(), i == null ? "" : i.bodyName(),
                i == null ? "" : i.version(), i == null ? "" : i.effective(), i == null ? "" : i.adoption(), source);
    }

    // ---- the document's own information

    private static List<Row> infoRows(Document o, Document n) {
        List<Row> rows = new ArrayList<>();
        infoRow(rows, "document.title", "題名", o.title(), n.title());
        if (n.info().form() == jp.policygen.policy.NumberingForm.ARTICLES
                && o.info().form() == jp.policygen.policy.NumberingForm.ARTICLES) {
            // a 訓令's table holds its provisions: 版 and 施行日 are booklet rows, and the amending rule's own
            // 附則 and number say when and by what it takes effect (issue 20 item 5)
            return rows;
        }
        infoRow(rows, "document.version", "版", o.info().version(), n.info().version());
        infoRow(rows, "document.effective", "施行日", o.info().effective(), n.info().effective());
        infoRow(rows, "document.adoption", "制定", o.info().adoption(), n.info().adoption());
        return rows;
    }

    private static void infoRow(List<Row> rows, String id, String name, String oldValue, String newValue) {
        if (oldValue.equals(newValue)) {
            return;
        }
        List<TextDiff.Segment> diff = TextDiff.diff(oldValue, newValue);
        List<Run> oldCell = new ArrayList<>(List.of(Run.plain(name + "　")));
        List<Run> newCell = new ArrayList<>(List.of(Run.plain(name + "　")));
        oldCell.addAll(oldValue.isEmpty() ? List.of(Run.plain(NONE)) : side(diff, TextDiff.Op.DELETE));
        newCell.addAll(newValue.isEmpty() ? List.of(Run.plain(NONE)) : side(diff, TextDiff.Op.INSERT));
        rows.add(new Row(id, ChangeKind.CHANGED, "", "", name + "　" + oldValue, name + "　" + newValue, oldCell,
                newCell, ChangeKind.CHANGED.label()));
    }

    // ---- clauses

    /** A section with where it stands: its parent's id and its place in reading order. */
    private record Entry(Section section, String parent, int order) {
    }

    private static Map<String, Entry> entries(Document d) {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (d != null) {
            for (Section s : d.sections()) {
                collect(s, "", out);
            }
        }
        return out;
    }

    private static void collect(Section s, String parent, Map<String, Entry> out) {
        out.putIfAbsent(s.id(), new Entry(s, parent, out.size()));
        for (Section c : s.children()) {
            collect(c, s.id(), out);
        }
    }

    private static List<Row> clauseRows(Document o, Document n, boolean cells) {
        Map<String, Entry> olds = entries(o);
        Map<String, Entry> news = entries(n);
        // deleted clauses follow the row of the nearest earlier clause of the old version that is still there
        Map<String, List<Row>> deletedAfter = new HashMap<>();
        List<Row> leading = new ArrayList<>();
        String lastKept = null;
        for (Entry e : olds.values()) {
            if (news.containsKey(e.section().id())) {
                lastKept = e.section().id();
            } else {
                Row r = deleted(e.section(), cells);
                if (lastKept == null) {
                    leading.add(r);
                } else {
                    deletedAfter.computeIfAbsent(lastKept, k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Row> rows = new ArrayList<>(leading);
        Set<String> moved = new HashSet<>();
        for (Entry ne : news.values()) {
            Section s = ne.section();
            Entry oe = olds.get(s.id());
            if (oe == null) {
                if (!s.id().matches(".*\\.supplementary\\.revision-[0-9]+")) {
                    rows.add(added(s, cells));
                }
                // else this amendment's own 附則 (改正附則): the amending rule's, printed under the table, not a row
            } else {
                Row r = pair(oe, ne, moved, cells);
                if (r != null) {
                    rows.add(r);
                }
                rows.addAll(deletedAfter.getOrDefault(s.id(), List.of()));
            }
        }
        return rows;
    }

    /** The number of a subject: its article, or the range of its articles (第１６８条から第１７１条まで). */
    private static final java.util.regex.Pattern ARTICLES = java.util.regex.Pattern.compile(
            "第[0-9０-９]+条(?:の[0-9０-９]+)*(?:から第[0-9０-９]+条(?:の[0-9０-９]+)*まで)?");

    /**
     * The earlier version with the ids the later edition gives its clauses ({@link jp.policygen.catalog.Lineage#renamed}),
     * so that a provision the catalog renamed is compared with what continues it: one 変更 row (one sentence of the
     * 改め文, one tracked change), not a 削除 row and a 新設 row.
     */
    public static Policy continued(Policy earlier, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return earlier;
        }
        Set<String> present = new java.util.HashSet<>();
        earlier.documents().forEach(d -> d.flatten().forEach(s -> present.add(s.id())));
        List<Document> docs = new ArrayList<>();
        for (Document d : earlier.documents()) {
            docs.add(new Document(d.kind(), d.title(), d.info(), renamed(d.sections(), renamed, present)));
        }
        return new Policy(earlier.edition(), earlier.editionName(), earlier.profileName(), docs, earlier.localChanges());
    }

    private static List<Section> renamed(List<Section> sections, Map<String, String> renamed, Set<String> present) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            String to = renamed.get(s.id());
            String id = to != null && !present.contains(to) ? to : s.id();
            out.add(new Section(id, s.level(), s.label(), s.number(), s.title(), s.source(), s.origin(), s.reason(),
                    s.blocks(), renamed(s.children(), renamed, present)));
        }
        return out;
    }

    private static Row pair(Entry oe, Entry ne, Set<String> moved, boolean cells) {
        Section o = oe.section();
        Section n = ne.section();
        String oldText = ClauseText.text(o);
        String newText = ClauseText.text(n);
        boolean textChanged = !oldText.equals(newText);
        boolean renumbered = !o.number().equals(n.number());
        boolean reparented = !oe.parent().equals(ne.parent());
        if (!textChanged && !renumbered && !reparented) {
            return null;
        }
        if (!textChanged && !reparented && o.label().equals(n.label()) && moved.contains(ne.parent())) {
            moved.add(n.id()); // its parent's row shows the renumbering; its own children follow it
            return null;
        }
        ChangeKind kind = renumbered || reparented ? ChangeKind.MOVED : ChangeKind.CHANGED;
        if (kind == ChangeKind.MOVED) {
            moved.add(n.id());
        }
        if (!textChanged && !reparented && oldText.isEmpty() && o.label().isEmpty() && n.label().isEmpty()
                && ARTICLES.matcher(o.number()).matches() && ARTICLES.matcher(n.number()).matches()) {
            // a subject cited by its articles (第１６９条, now 第１６８条の２から第１６９条まで): its articles have
            // rows of their own where they changed
            moved.add(n.id());
            return null;
        }
        Run.Underline numberLine = renumbered ? Run.Underline.DOUBLE : Run.Underline.NONE;
        if (!cells) { // the numbers need only which lines changed, not how
            LineAlignment.Aligned a = LineAlignment.changedLines(ClauseText.lines(o), ClauseText.lines(n));
            return new Row(n.id(), kind, Labels.exact(o, a.old()), Labels.exact(n, a.now()), whole(o), whole(n),
                    List.of(), List.of(), note(kind, o, n));
        }
        LineAlignment.Aligned a = LineAlignment.align(ClauseText.lines(o), ClauseText.lines(n));
        List<Run> oldCell = layout(o, numberLine, a.old());
        List<Run> newCell = layout(n, numberLine, a.now());
        return new Row(n.id(), kind, Labels.exact(o, a.old()), Labels.exact(n, a.now()), whole(o), whole(n), oldCell,
                newCell, note(kind, o, n));
    }

    private static Row added(Section s, boolean cells) {
        LineAlignment.Side side = LineAlignment.Side.whole(ClauseText.lines(s));
        return new Row(s.id(), ChangeKind.ADDED, "", Labels.exact(s, side), "", whole(s),
                cells ? List.of(Run.plain(ADDED_MARK)) : List.of(), cells ? wholeCell(s, side) : List.of(),
                note(ChangeKind.ADDED, null, s));
    }

    private static Row deleted(Section s, boolean cells) {
        LineAlignment.Side side = LineAlignment.Side.whole(ClauseText.lines(s));
        return new Row(s.id(), ChangeKind.DELETED, Labels.exact(s, side), "", whole(s), "",
                cells ? wholeCell(s, side) : List.of(), cells ? List.of(Run.plain(DELETED_MARK)) : List.of(),
                ChangeKind.DELETED.label());
    }

    /** A provision only in one version, underlined whole: an article laid out as one, else number and text. */
    private static List<Run> wholeCell(Section s, LineAlignment.Side side) {
        if (s.isArticle() || s.label().isEmpty() && Labels.PARAGRAPH.matcher(s.number()).matches()) {
            return layout(s, Run.Underline.SINGLE, side);
        }
        String number = ClauseText.number(s);
        return cell(number, Run.Underline.SINGLE, ClauseText.separator(s, number),
                List.of(Run.single(ClauseText.text(s))));
    }

    /**
     * A cell as a 法規担当 lays the provision out. An article: its caption on its own line, indented one character,
     * then the article number starting the first line of its text (「第１３条　（略）」 when that line is unchanged). A
     * 項 of an article (a clause printed as 第１３条第２項): the article's number with 「（略）」 for what comes before,
     * then the 項's lines. Outline form: the number, then the heading line and the body.
     */
    private static List<Run> layout(Section s, Run.Underline numberLine, LineAlignment.Side side) {
        String number = ClauseText.number(s);
        List<Run> out = new ArrayList<>();
        if (s.isArticle()) {
            int from = 0;
            if (s.hasTitle() && !side.lines().isEmpty()) {
                List<Run> caption = side.shown().get(0);
                out.add(Run.plain("　"));
                out.addAll(caption == null ? List.of(Run.plain(side.lines().get(0).whole())) : caption);
                out.add(Run.plain("\n"));
                from = 1;
            }
            out.add(new Run(number, numberLine));
            List<List<Run>> lines = LineAlignment.display(side, from, false);
            for (int i = 0; i < lines.size(); i++) {
                out.add(Run.plain(i == 0 ? "　" : "\n"));
                out.addAll(lines.get(i));
            }
            return LineAlignment.merge(out);
        }
        java.util.regex.Matcher paragraph = Labels.PARAGRAPH.matcher(s.number());
        if (s.label().isEmpty() && paragraph.matches()) {
            out.add(new Run(paragraph.group(1), numberLine));
            out.add(Run.plain("　" + OMITTED));
            for (List<Run> line : LineAlignment.display(side, 0, true)) {
                out.add(Run.plain("\n"));
                out.addAll(line);
            }
            return LineAlignment.merge(out);
        }
        return cell(number, numberLine, ClauseText.separator(s, number), LineAlignment.outline(side));
    }

    /** 備考: the kind, and the body's reason when this version brings a local change with one. */
    private static String note(ChangeKind kind, Section o, Section n) {
        if (!n.reason().isEmpty() && (o == null || !o.reason().equals(n.reason()))) {
            return kind.label() + "\n" + n.reason();
        }
        return kind.label();
    }

    private static String whole(Section s) {
        String number = ClauseText.number(s);
        return number + ClauseText.separator(s, number) + ClauseText.text(s);
    }

    private static List<Run> cell(String number, Run.Underline numberLine, String separator, List<Run> text) {
        List<Run> out = new ArrayList<>();
        if (!number.isEmpty()) {
            out.add(new Run(number, numberLine));
            out.add(Run.plain(separator));
        }
        out.addAll(text);
        return out;
    }

    /** One side of a diff as runs: the equal stretches plain, this side's own stretches underlined. */
    static List<Run> side(List<TextDiff.Segment> diff, TextDiff.Op own) {
        List<Run> out = new ArrayList<>();
        for (TextDiff.Segment s : diff) {
            if (s.op() == TextDiff.Op.EQUAL) {
                out.add(Run.plain(s.text()));
            } else if (s.op() == own) {
                out.add(Run.single(s.text()));
            }
        }
        return out;
    }
}
