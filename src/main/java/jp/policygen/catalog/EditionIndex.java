package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.policygen.profile.EditionId;

/** Reads templates/editions.yaml, the one list of the editions the tool ships, and checks that it holds together. */
final class EditionIndex {
    static final String FILE = "editions.yaml";
    private static final Set<String> KEYS = Set.of("id", "name", "published", "latest", "base", "derived_from", "summary",
            "new_keys", "new_values", "tasks");

    private EditionIndex() {
    }

    static List<EditionInfo> read(Map<String, Object> y, String file) {
        List<EditionInfo> out = new ArrayList<>();
        Set<EditionId> ids = new HashSet<>();
        for (Object o : Catalog.list(y.get("editions"), file)) {
            Map<String, Object> e = Catalog.map(o, file);
            for (String k : e.keySet()) {
                if (!KEYS.contains(k)) {
                    throw new CatalogException(file + ": unknown key '" + k + "'");
                }
            }
            String text = String.valueOf(e.get("id"));
            EditionId id = EditionId.parse(text).filter(ids::add)
                    .orElseThrow(() -> new CatalogException(file + ": bad or repeated edition id '" + text + "'"));
            List<EditionInfo.NewKey> keys = new ArrayList<>();
            for (Object k : Catalog.list(e.getOrDefault("new_keys", List.of()), file)) {
                Map<String, Object> km = Catalog.map(k, file);
                keys.add(new EditionInfo.NewKey(String.valueOf(km.get("key")), String.valueOf(km.get("suggested")),
                        String.valueOf(km.get("decide"))));
            }
            List<EditionInfo.NewValue> values = new ArrayList<>();
            for (Object v : Catalog.list(e.getOrDefault("new_values", List.of()), file)) {
                Map<String, Object> vm = Catalog.map(v, file);
                values.add(new EditionInfo.NewValue(String.valueOf(vm.get("key")), String.valueOf(vm.get("value"))));
            }
            List<EditionInfo.Task> tasks = new ArrayList<>();
            for (Object t : Catalog.list(e.getOrDefault("tasks", List.of()), file)) {
                Map<String, Object> tm = Catalog.map(t, file);
                if (tm.get("task") == null || !Set.of("task", "clause").containsAll(tm.keySet())) {
                    throw new CatalogException(file + ": edition " + id + ": a task is { task: …, clause: … }");
                }
                tasks.add(new EditionInfo.Task(optional(tm.get("clause")), String.valueOf(tm.get("task")).strip()));
            }
            out.add(new EditionInfo(id, String.valueOf(e.get("name")), String.valueOf(e.get("published")),
                    Boolean.TRUE.equals(e.get("latest")), edition(e.get("base"), file), edition(e.get("derived_from"), file),
                    e.get("summary") == null ? "" : String.valueOf(e.get("summary")).strip(), keys, values, tasks));
        }
        if (out.stream().filter(EditionInfo::latest).count() != 1) {
            throw new CatalogException(file + ": exactly one edition must be marked latest: true");
        }
        for (EditionInfo e : out) {
            for (Optional<EditionId> ref : List.of(e.base(), e.derivedFrom())) {
                if (ref.isPresent() && !ids.contains(ref.get())) {
                    throw new CatalogException(file + ": edition " + e.id() + " names an edition not listed: " + ref.get());
                }
            }
        }
        return List.copyOf(out);
    }

    /** An edition named by another entry (base, derived_from): a well-formed id, checked against the list below. */
    private static Optional<EditionId> edition(Object o, String file) {
        if (o == null) {
            return Optional.empty();
        }
        return Optional.of(EditionId.parse(String.valueOf(o))
                .orElseThrow(() -> new CatalogException(file + ": edition names an edition not listed: " + o)));
    }

    private static Optional<String> optional(Object o) {
        return o == null ? Optional.empty() : Optional.of(String.valueOf(o));
    }
}
