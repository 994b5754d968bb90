package jp.policygen.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.catalog.RolesMatrix;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.Profile.Override;

/**
 * The 権限・責任等一覧表 of one body as {@code sections --profile} lists it: the ids an override takes (roles.assets
 * for a group, which insert's after: takes; roles.assets.disposal for a row; local.roles.… for the body's own rows),
 * never the document's section ids (roles.duties.2), which no override accepts. The printed rows are found again
 * among the catalog's rows and the profile's own by their 事項, in the order the table prints them.
 */
final class RoleRowIds {
    private RoleRowIds() {
    }

    /** One line of the listing: the group's number (2(2)), the id, the 事項 and what the row cites. */
    record Row(String number, String id, String title, String excerpt) {
    }

    static List<Row> of(Document roles, RolesMatrix matrix, Profile profile) {
        Map<String, List<Override>> inserts = new LinkedHashMap<>();
        profile.overrides().values().stream().filter(o -> o.row() && o.kind() == Override.Kind.INSERT)
                .sorted(Comparator.comparingInt(Override::line))
                .forEach(o -> inserts.computeIfAbsent(o.after(), k -> new ArrayList<>()).add(o));
        List<Row> out = new ArrayList<>();
        for (Section chapter : roles.sections()) {
            for (Section group : chapter.children()) {
                RolesMatrix.Group g = matrix.groups().stream().filter(x -> x.title().equals(group.title()))
                        .findFirst().orElse(null);
                Block.Table table = group.blocks().stream().filter(Block.Table.class::isInstance)
                        .map(Block.Table.class::cast).findFirst().orElse(null);
                if (g == null || table == null) {
                    continue;
                }
                out.add(new Row(group.number(), g.id(), g.title(), "（区分）"));
                // the rows the table may print, in its order: a printed row is one of them, in turn
                List<String[]> candidates = new ArrayList<>();
                follow(g.id(), inserts, candidates);
                for (RolesMatrix.Duty d : g.duties()) {
                    Override o = profile.overrides().get(d.id());
                    if (o == null || !o.row() || o.kind() != Override.Kind.OMIT) {
                        String title = o != null && o.row() && !o.title().isEmpty()
                                && (o.kind() == Override.Kind.REPLACE || o.kind() == Override.Kind.TITLE) ? o.title() : d.duty();
                        candidates.add(new String[] {d.id(), title});
                    }
                    follow(d.id(), inserts, candidates);
                }
                int next = 0;
                for (List<String> row : table.rows()) {
                    String duty = row.get(0);
                    String cited = row.size() > 1 ? row.get(1) : "";
                    for (int i = next; i < candidates.size(); i++) {
                        if (candidates.get(i)[1].equals(duty)) {
                            out.add(new Row(group.number(), candidates.get(i)[0], duty,
                                    cited.isEmpty() ? "（団体独自の行）" : "該当箇所 " + cited));
                            next = i + 1;
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The body's own rows after a row or at a group's head, each followed by those inserted after it. */
    private static void follow(String id, Map<String, List<Override>> inserts, List<String[]> out) {
        for (Override o : inserts.getOrDefault(id, List.of())) {
            if (out.stream().anyMatch(c -> c[0].equals(o.clauseId()))) {
                continue; // a chain that comes back to itself is the profile check's to report
            }
            out.add(new String[] {o.clauseId(), o.title()});
            follow(o.clauseId(), inserts, out);
        }
    }
}
