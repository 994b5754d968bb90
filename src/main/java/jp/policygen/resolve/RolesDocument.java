package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.RolesMatrix;
import jp.policygen.policy.Block;
import jp.policygen.policy.Block.Paragraph;
import jp.policygen.policy.Block.Table;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.profile.Profile.Override;

/**
 * 第5編 権限・責任等一覧表: the roles matrix of the catalog with the body's own post titles, as a document of
 * tables (one per chapter of the 対策基準, and one for the 特則), printed landscape. A row is there when a clause
 * it names is in the body's 対策基準 or 特則, and cites the numbers they print. The profile's overrides change the
 * rows by id as they change clauses: replace gives a row's entries anew, title renames its 事項, omit leaves it
 * out, insert adds a row of the body's own after a row (or at the head of a group, after the group's id).
 */
final class RolesDocument {
    private RolesDocument() {
    }

    /**
     * @param documents the body's other documents, numbered: a row is printed when one of its clauses is there,
     *                  and its 該当箇所 are the numbers they print
     * @param overrides the profile's overrides (those of rows are used)
     * @param applied   receives the ids of the overrides that took effect
     * @param changes   receives the rows' local changes, in the order of the table
     */
    static Document build(CatalogDocument cd, RolesMatrix matrix, Map<String, Object> model, DocumentInfo info,
                          List<Document> documents, Map<String, Override> overrides, Set<String> applied,
                          Map<String, LocalChange> changes) {
        Map<String, Place> places = places(documents);
        List<Section> sections = new ArrayList<>();
        List<List<String>> posts = new ArrayList<>();
        for (RolesMatrix.Role r : matrix.roles()) {
            posts.add(List.of(r.name(), postOf(r, model), r.shortName()));
        }
        sections.add(chapter("roles.posts", 1, "役割と充て職", "第5編",
                List.of(Paragraph.of("この表に掲げる役割は、次の職にある者が担う。"),
                        Table.of(List.of("役割", "充て職", "2の表での略称"), posts))));
        List<String> header = new ArrayList<>();
        header.add("事項");
        header.add(CITED);
        for (RolesMatrix.Role r : matrix.roles()) {
            header.add(r.shortName());
        }
        Map<String, List<Override>> inserts = new HashMap<>();
        overrides.values().stream().filter(o -> o.row() && o.kind() == Override.Kind.INSERT)
                .sorted(Comparator.comparingInt(Override::line))
                .forEach(o -> inserts.computeIfAbsent(o.after(), k -> new ArrayList<>()).add(o));
        List<Section> groups = new ArrayList<>();
        int g = 0;
        for (RolesMatrix.Group group : matrix.groups()) {
            String number = "2(" + (g + 1) + ")";
            List<List<String>> rows = new ArrayList<>();
            List<LocalChange> groupChanges = new ArrayList<>();
            insertAfter(group.id(), inserts, rows, applied, groupChanges, matrix);
            for (RolesMatrix.Duty d : group.duties()) {
                String cited = cited(d, places);
                if (cited.isEmpty()) {
                    continue; // none of its clauses is in this body's documents
                }
                Override o = overrides.get(d.id());
                RolesMatrix.Duty shown = d;
                if (o != null && o.row()) {
                    applied.add(d.id());
                    shown = switch (o.kind()) {
                        case REPLACE -> new RolesMatrix.Duty(d.id(), o.title().isEmpty() ? d.duty() : o.title(),
                                d.clauses(), o.entries());
                        case TITLE -> new RolesMatrix.Duty(d.id(), o.title(), d.clauses(), d.entries());
                        default -> null; // OMIT
                    };
                    LocalChange.Kind kind = o.kind() == Override.Kind.REPLACE ? LocalChange.Kind.REPLACE
                            : o.kind() == Override.Kind.TITLE ? LocalChange.Kind.TITLE : LocalChange.Kind.OMIT;
                    groupChanges.add(new LocalChange(d.id(), DocumentKind.ROLES, "", shown == null ? d.duty()
                            : shown.duty(), kind, text(d, matrix), shown == null ? "" : text(shown, matrix),
                            o.reason(), "対策基準 " + cited));
                }
                if (shown != null) {
                    rows.add(row(shown, cited, matrix));
                }
                insertAfter(d.id(), inserts, rows, applied, groupChanges, matrix);
            }
            if (rows.isEmpty()) {
                continue;
            }
            g++;
            // the place of a row's change: the group's number in this table
            groupChanges.forEach(c -> changes.put(c.id(), new LocalChange(c.id(), c.document(), number, c.title(),
                    c.kind(), c.guidelineText(), c.localText(), c.reason(), c.source())));
            groups.add(new Section("roles.duties." + g, SectionLevel.ITEM, "(" + g + ")", number, group.title(),
                    group.source(), Origin.GUIDELINE, "", List.of(weighted(header, rows, info.form())), List.of()));
        }
        Section duties = new Section("roles.duties", SectionLevel.CHAPTER, "2.", "2", "権限・責任", "第5編",
                Origin.GUIDELINE, "", List.of(Paragraph.of("各事項について、それぞれの役割が担う権限及び責任を示す。"
                + "該当箇所は、その事項を定める対策基準（特則とあるものは標準準拠システム等のクラウド利用に関する特則）"
                + "の箇所である。")), groups);
        sections.add(duties);
        return new Document(cd.kind(), cd.title(), info, sections);
    }

    /**
     * The duties with fixed shares of the width: the duty wide enough for a line or two, the citations for a few
     * numbers, each role a narrow column for its one word (決定, 実施), its long name wrapping in the header row.
     */
    private static Table weighted(List<String> header, List<List<String>> rows, jp.policygen.policy.NumberingForm form) {
        Table plain = Table.of(header, rows);
        // 例規 citations are longer (第１７条から第２６条まで, 第１１条第２項、第３項): their column gets a third more
        double cited = form == jp.policygen.policy.NumberingForm.ARTICLES ? ARTICLE_CITED_WEIGHT : CITED_WEIGHT;
        List<Double> weights = new ArrayList<>(List.of(DUTY_WEIGHT, cited));
        for (int i = 2; i < header.size(); i++) {
            weights.add(1.0);
        }
        return new Table(plain.headerCells(), plain.rowCells(), weights);
    }

    private static final double DUTY_WEIGHT = 5.0;
    private static final double CITED_WEIGHT = 2.0;
    private static final double ARTICLE_CITED_WEIGHT = 3.0;

    private static List<String> row(RolesMatrix.Duty d, String cited, RolesMatrix matrix) {
        List<String> row = new ArrayList<>();
        row.add(d.duty());
        row.add(cited);
        for (RolesMatrix.Role r : matrix.roles()) {
            row.add(d.entries().getOrDefault(r.key(), ""));
        }
        return row;
    }

    /** The body's own rows that follow a row (or head a group), each followed by those inserted after it. */
    private static void insertAfter(String id, Map<String, List<Override>> inserts, List<List<String>> rows,
                                    Set<String> applied, List<LocalChange> changes, RolesMatrix matrix) {
        for (Override o : inserts.getOrDefault(id, List.of())) {
            if (!applied.add(o.clauseId())) {
                continue;
            }
            RolesMatrix.Duty row = new RolesMatrix.Duty(o.clauseId(), o.title(), List.of(), o.entries());
            rows.add(row(row, "", matrix)); // the body's own: no clause of the guideline behind it
            changes.add(new LocalChange(o.clauseId(), DocumentKind.ROLES, "", o.title(), LocalChange.Kind.INSERT, "",
                    text(row, matrix), o.reason(), ""));
            insertAfter(o.clauseId(), inserts, rows, applied, changes, matrix);
        }
    }

    /** A row as the 独自変更一覧 prints it: the 事項, then each role's entry on a line of its own. */
    static String text(RolesMatrix.Duty d, RolesMatrix matrix) {
        StringBuilder sb = new StringBuilder("事項：").append(d.duty());
        for (RolesMatrix.Role r : matrix.roles()) {
            String entry = d.entries().get(r.key());
            if (entry != null) {
                sb.append('\n').append(r.name()).append('：').append(entry);
            }
        }
        return sb.toString();
    }

    /** The header of the column that cites the clauses of a row. */
    static final String CITED = "該当箇所";

    /** Where a clause stands: its document, its printed number and the clause it belongs to. */
    private record Place(DocumentKind document, String number, String parent) {
    }

    private static Map<String, Place> places(List<Document> documents) {
        Map<String, Place> out = new HashMap<>();
        for (Document d : documents) {
            if (d.kind() == DocumentKind.STANDARD || d.kind() == DocumentKind.CLOUD_PROVISIONS) {
                for (Section s : d.sections()) {
                    collect(d.kind(), s, "", out);
                }
            }
        }
        return out;
    }

    private static void collect(DocumentKind kind, Section s, String parent, Map<String, Place> out) {
        out.put(s.id(), new Place(kind, s.number(), parent));
        for (Section c : s.children()) {
            collect(kind, c, s.id(), out);
        }
    }

    /**
     * The numbers the row's clauses print (「3(4)⑦」, 「特則 5(1)」, 「第５４条」), a clause within another one the
     * row names left out; "" when none of them is in the documents.
     */
    private static String cited(RolesMatrix.Duty d, Map<String, Place> places) {
        List<String> out = new ArrayList<>();
        for (String id : d.clauses()) {
            Place p = places.get(id);
            if (p == null || p.number().isEmpty() || within(p, d, places)) {
                continue;
            }
            String n = (p.document() == DocumentKind.CLOUD_PROVISIONS ? "特則 " : "") + p.number();
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        return String.join("、", merged(out));
    }

    /** The last step of an outline number: (3) or ③. */
    private static final java.util.regex.Pattern LAST = java.util.regex.Pattern.compile("(.+?)(\\(\\d+\\)|[①-⑳㉑-㉟㊱-㊿])");

    /** An article with what follows its number: 第５４条, 第４５条第３項, 第３条（２）. */
    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("(第([0-9０-９]+)条)(.*)");

    /**
     * Numbers written compactly, as the guideline cites them: steps of one clause once (4.1(1)(2), 1(9)①②,
     * 第４５条第１項、第３項, 第１１条（１）（２）), three or more whole articles in a row as a range (第１９条～第２２条).
     */
    static List<String> merged(List<String> numbers) {
        List<String> out = new ArrayList<>();
        String prefix = null;
        int first = -1;
        int last = -1;
        String firstArticle = null;
        for (String n : numbers) {
            java.util.regex.Matcher a = ARTICLE.matcher(n);
            if (a.matches()) {
                int value = Integer.parseInt(java.text.Normalizer.normalize(a.group(2), java.text.Normalizer.Form.NFKC));
                if (a.group(3).isEmpty() && prefix == null && last >= 0 && value == last + 1) {
                    last = value;
                    out.set(out.size() - 1, last - first >= 2 ? firstArticle + "～" + n
                            : out.get(out.size() - 1) + "、" + n);
                    continue;
                }
                if (!a.group(3).isEmpty() && a.group(1).equals(prefix)) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + (a.group(3).startsWith("第") ? "、" : "")
                            + a.group(3));
                    continue;
                }
                out.add(n);
                prefix = a.group(3).isEmpty() ? null : a.group(1);
                first = a.group(3).isEmpty() ? value : -1;
                last = first;
                firstArticle = n;
                continue;
            }
            first = -1;
            last = -1;
            java.util.regex.Matcher m = LAST.matcher(n);
            if (m.matches() && m.group(1).equals(prefix)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + m.group(2));
                continue;
            }
            out.add(n);
            prefix = m.matches() ? m.group(1) : null;
        }
        return out;
    }

    private static boolean within(Place p, RolesMatrix.Duty d, Map<String, Place> places) {
        for (String a = p.parent(); !a.isEmpty(); a = places.get(a).parent()) {
            if (d.clauses().contains(a) && !places.get(a).number().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static Section chapter(String id, int n, String title, String source, List<Block> blocks) {
        return new Section(id, SectionLevel.CHAPTER, n + ".", Integer.toString(n), title, source, Origin.GUIDELINE, "",
                blocks, List.of());
    }

    @SuppressWarnings("unchecked")
    private static String postOf(RolesMatrix.Role r, Map<String, Object> model) {
        if (r.post().isPresent()) {
            String[] path = r.post().get().split("\\.");
            Object v = model;
            for (String p : path) {
                v = v instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(p) : null;
            }
            if (v instanceof String s && !s.isEmpty()) {
                return s;
            }
        }
        return r.text();
    }
}
