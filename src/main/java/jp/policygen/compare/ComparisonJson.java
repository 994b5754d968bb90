package jp.policygen.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.Run;

/**
 * diff's JSON: one row per change as ../shared/spec/cli.md has it ({"rows": [{"id", "kind", "old_number",
 * "new_number", "old_text", "new_text"}]}), each row also naming its document, its 備考 and the underlined
 * stretches of each side; then the versions compared and the counts per kind.
 */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    public static Map<String, Object> of(Comparison c) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> rows = new ArrayList<>();
        for (Comparison.DocumentChanges d : c.documents()) {
            for (Row r : d.rows()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", r.id());
                m.put("kind", r.kind().json());
                m.put("old_number", r.oldNumber());
                m.put("new_number", r.newNumber());
                m.put("old_text", r.oldText());
                m.put("new_text", r.newText());
                m.put("document", d.kind().id());
                m.put("note", r.note());
                m.put("old_underlined", underlined(r.oldCell()));
                m.put("new_underlined", underlined(r.newCell()));
                rows.add(m);
            }
        }
        root.put("rows", rows);
        root.put("old", version(c.oldVersion()));
        root.put("new", version(c.newVersion()));
        Map<String, Object> counts = new LinkedHashMap<>();
        c.counts().forEach((k, n) -> counts.put(k.json(), n));
        root.put("counts", counts);
        return root;
    }

    private static List<String> underlined(List<Run> cell) {
        return cell.stream().filter(Run::underlined).map(Run::text).toList();
    }

    private static Map<String, Object> version(Comparison.Version v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", v.source());
        m.put("edition", v.edition());
        m.put("edition_name", v.editionName());
        m.put("profile", v.profile());
        m.put("body", v.body());
        m.put("version", v.version());
        m.put("effective", v.effective());
        m.put("adoption", v.adoption());
        return m;
    }
}
