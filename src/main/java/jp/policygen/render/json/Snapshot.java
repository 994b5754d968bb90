package jp.policygen.render.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;

/**
 * snapshot.json: the resolved policy as data, for diffs and upgrades later (layout in ../shared/spec/cli.md).
 * Nested clauses are listed as sections too, in reading order.
 */
public final class Snapshot {
    private Snapshot() {
    }

    public static Map<String, Object> of(Policy policy) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("edition", policy.edition());
        root.put("profile", policy.profileName());
        List<Object> docs = new ArrayList<>();
        for (Document d : policy.documents()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("kind", d.kind().id());
            dm.put("title", d.title());
            List<Object> sections = new ArrayList<>();
            for (Section s : d.flatten()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("id", s.id());
                sm.put("number", s.number());
                sm.put("title", s.title());
                sm.put("text", s.plainText());
                sm.put("source", s.source());
                sm.put("origin", s.origin().json());
                if (!s.reason().isEmpty()) {
                    sm.put("reason", s.reason());
                }
                sections.add(sm);
            }
            dm.put("sections", sections);
            docs.add(dm);
        }
        root.put("documents", docs);
        return root;
    }
}
