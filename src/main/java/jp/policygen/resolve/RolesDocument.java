package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.RolesMatrix;
import jp.policygen.policy.Block;
import jp.policygen.policy.Block.Paragraph;
import jp.policygen.policy.Block.Table;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/**
 * 第5編 権限・責任等一覧表: the roles matrix of the catalog with the body's own post titles, as a document of
 * tables (one per chapter of the 対策基準), printed landscape.
 */
final class RolesDocument {
    private RolesDocument() {
    }

    static Document build(CatalogDocument cd, RolesMatrix matrix, Map<String, Object> model, DocumentInfo info) {
        List<Section> sections = new ArrayList<>();
        List<List<String>> posts = new ArrayList<>();
        for (RolesMatrix.Role r : matrix.roles()) {
            posts.add(List.of(r.name(), postOf(r, model)));
        }
        sections.add(chapter("roles.posts", 1, "役割と充て職", "第5編",
                List.of(Paragraph.of("この表に掲げる役割は、次の職にある者が担う。"),
                        Table.of(List.of("役割", "充て職"), posts))));
        List<String> header = new ArrayList<>();
        header.add("事項");
        for (RolesMatrix.Role r : matrix.roles()) {
            header.add(r.name());
        }
        List<Section> groups = new ArrayList<>();
        int g = 0;
        for (RolesMatrix.Group group : matrix.groups()) {
            g++;
            List<List<String>> rows = new ArrayList<>();
            for (RolesMatrix.Duty d : group.duties()) {
                List<String> row = new ArrayList<>();
                row.add(d.duty());
                for (RolesMatrix.Role r : matrix.roles()) {
                    row.add(d.entries().getOrDefault(r.key(), ""));
                }
                rows.add(row);
            }
            String number = "2(" + g + ")";
            groups.add(new Section("roles.duties." + g, SectionLevel.ITEM, "(" + g + ")", number, group.title(),
                    group.source(), Origin.GUIDELINE, "", List.of(Table.of(header, rows)), List.of()));
        }
        Section duties = new Section("roles.duties", SectionLevel.CHAPTER, "2.", "2", "権限・責任", "第5編",
                Origin.GUIDELINE, "", List.of(Paragraph.of("各事項について、それぞれの役割が担う権限及び責任を示す。")), groups);
        sections.add(duties);
        return new Document(cd.kind(), cd.title(), info, sections);
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
