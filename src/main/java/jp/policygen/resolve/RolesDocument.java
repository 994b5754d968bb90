package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.RolesMatrix;
import jp.policygen.policy.Block;
import jp.policygen.policy.Block.Paragraph;
import jp.policygen.policy.Block.Table;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/**
 * 第5編 権限・責任等一覧表: the roles matrix of the catalog with the body's own post titles, as a document of
 * tables (one per chapter of the 対策基準, and one for the 特則), printed landscape. A row is there when a clause
 * it names is in the body's 対策基準 or 特則, and cites the numbers they print.
 */
final class RolesDocument {
    private RolesDocument() {
    }

    /**
     * @param documents the body's other documents, numbered: a row is printed when one of its clauses is there,
     *                  and its 該当箇所 are the numbers they print
     */
    static Document build(CatalogDocument cd, RolesMatrix matrix, Map<String, Object> model, DocumentInfo info,
                          List<Document> documents) {
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
        List<Section> groups = new ArrayList<>();
        int g = 0;
        for (RolesMatrix.Group group : matrix.groups()) {
            List<List<String>> rows = new ArrayList<>();
            for (RolesMatrix.Duty d : group.duties()) {
                String cited = cited(d, places);
                if (cited.isEmpty()) {
                    continue; // none of its clauses is in this body's documents
                }
                List<String> row = new ArrayList<>();
                row.add(d.duty());
                row.add(cited);
                for (RolesMatrix.Role r : matrix.roles()) {
                    row.add(d.entries().getOrDefault(r.key(), ""));
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                continue;
            }
            g++;
            String number = "2(" + g + ")";
            groups.add(new Section("roles.duties." + g, SectionLevel.ITEM, "(" + g + ")", number, group.title(),
                    group.source(), Origin.GUIDELINE, "", List.of(weighted(header, rows)), List.of()));
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
    private static Table weighted(List<String> header, List<List<String>> rows) {
        Table plain = Table.of(header, rows);
        List<Double> weights = new ArrayList<>(List.of(DUTY_WEIGHT, CITED_WEIGHT));
        for (int i = 2; i < header.size(); i++) {
            weights.add(1.0);
        }
        return new Table(plain.headerCells(), plain.rowCells(), weights);
    }

    private static final double DUTY_WEIGHT = 5.0;
    private static final double CITED_WEIGHT = 2.0;

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
