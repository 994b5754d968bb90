package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.policygen.profile.EditionId;

/**
 * How an edition continues its base, clause by clause: which clause of the base each clause continues (the same id
 * unless a rename or link of the delta says otherwise), whether its text is new, changed or the same, and which clauses
 * of the base have no successor. Works whichever of the two editions is stored as the delta of the other.
 */
public final class Lineage {
    /** A clause of the edition against its base. */
    public enum Status {
        ADDED("新設"), CHANGED("変更"), UNCHANGED("そのまま");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param continues the ids of the base clauses it continues (empty when new)
     * @param topic     the title of the revision topic the change belongs to, if the delta names one
     * @param origin    where the change comes from (例文の改定, 解説の改定点, 本ツールの判断), if the delta says
     */
    public record Entry(Clause clause, Status status, List<String> continues, Optional<String> topic,
                        Optional<String> origin) {
    }

    /** A clause of the base that nothing continues. */
    public record Removed(Clause clause, Optional<String> topic) {
    }

    private final Edition edition;
    private final Optional<Edition> base;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Removed> removed = new ArrayList<>();
    /**
     * Base id → the ids of the entries that continue it, in reading order: {@link #successors} is asked for every
     * clause of an edition (diff and upgrade follow each one through the steps), and a scan of all entries per
     * question made that quadratic.
     */
    private final Map<String, List<String>> successors = new java.util.HashMap<>();

    private Lineage(Edition edition, Optional<Edition> base) {
        this.edition = edition;
        this.base = base;
    }

    /** The lineage of an edition relative to its base (editions.yaml); every clause ADDED when it has none. */
    public static Lineage of(Catalog catalog, EditionId edition) {
        Edition e = catalog.edition(edition);
        Optional<Edition> b = e.info().base().map(catalog::edition);
        Lineage l = new Lineage(e, b);
        l.compute();
        return l;
    }

    /**
     * The clauses a later edition continues under another id (a rename of the catalog, or a clause split in several):
     * id in {@code from} → the id in {@code to} that carries it on — for a split, the successor whose heading
     * continues the old heading (履行状況の確認 → 履行状況の確認及び是正), else the first. Empty when {@code to} is not a
     * later edition of {@code from}. An adopted rule keeps such a provision's number, and its 対照表 shows it changed,
     * not deleted and added again.
     */
    public static Map<String, String> renamed(Catalog catalog, String fromId, String toId) {
        // the editions as the document model names them (text): an id that is none continues nothing
        Optional<EditionId> from = EditionId.parse(fromId);
        Optional<EditionId> to = EditionId.parse(toId);
        return from.isEmpty() || to.isEmpty() ? Map.of() : renamed(catalog, from.get(), to.get());
    }

    /** {@link #renamed(Catalog, String, String)} for editions a profile or the command line named. */
    public static Map<String, String> renamed(Catalog catalog, EditionId from, EditionId to) {
        List<Lineage> steps = new ArrayList<>();
        EditionId e = to;
        while (!e.equals(from)) {
            if (!catalog.has(e)) {
                return Map.of();
            }
            steps.add(0, of(catalog, e));
            Optional<EditionId> base = catalog.info(e).flatMap(EditionInfo::base);
            if (base.isEmpty()) {
                return Map.of();
            }
            e = base.get();
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (steps.isEmpty()) {
            return out;
        }
        Edition first = catalog.edition(from);
        Edition last = catalog.edition(to);
        for (Clause c : first.allClauses()) {
            List<String> ids = List.of(c.id());
            for (Lineage l : steps) {
                List<String> next = new ArrayList<>();
                ids.forEach(i -> next.addAll(l.successors(i)));
                ids = next;
            }
            if (ids.isEmpty() || ids.contains(c.id())) {
                continue;
            }
            String chosen = ids.get(0);
            for (String id : ids) {
                Optional<Clause> n = last.clause(id);
                if (!c.title().isEmpty() && n.isPresent() && n.get().title().startsWith(c.title())) {
                    chosen = id;
                    break;
                }
            }
            if (first.clause(chosen).isEmpty() && !out.containsValue(chosen)) {
                out.put(c.id(), chosen);
            }
        }
        return out;
    }

    public Edition edition() {
        return edition;
    }

    public Optional<Edition> base() {
        return base;
    }

    /** Every clause of the edition, in reading order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Entry entry(String id) {
        return entries.get(id);
    }

    public List<Removed> removed() {
        return List.copyOf(removed);
    }

    /** The clauses of the edition that continue this clause of the base (empty when it was removed). */
    public List<String> successors(String baseId) {
        return new ArrayList<>(successors.getOrDefault(baseId, List.of()));
    }

    public long count(Status s) {
        return entries.values().stream().filter(e -> e.status() == s).count();
    }

    private void compute() {
        if (base.isEmpty()) {
            for (Clause c : edition.allClauses()) {
                entries.put(c.id(), new Entry(c, Status.ADDED, List.of(), Optional.empty(), Optional.empty()));
            }
            return;
        }
        Edition b = base.get();
        // pairs (base id, edition id) from whichever of the two is stored as a delta of the other
        List<Link> pairs = new ArrayList<>();
        Revision revision = Revision.NONE;
        if (edition.info().derivedFrom().filter(b.id()::equals).isPresent()) {
            revision = edition.revision();
            pairs.addAll(revision.links());
        } else if (b.info().derivedFrom().filter(edition.id()::equals).isPresent()) {
            revision = b.revision();
            for (Link l : revision.links()) {
                pairs.add(new Link(l.here(), l.from()));
            }
        }
        Map<String, Clause> baseClauses = new LinkedHashMap<>();
        for (Clause c : b.allClauses()) {
            baseClauses.put(c.id(), c);
        }
        Set<String> continued = new LinkedHashSet<>();
        for (Clause c : edition.allClauses()) {
            List<String> from = new ArrayList<>();
            for (Link p : pairs) {
                if (p.here().equals(c.id())) {
                    from.add(p.from());
                }
            }
            if (from.isEmpty() && baseClauses.containsKey(c.id())) {
                from.add(c.id());
            }
            continued.addAll(from);
            Status status;
            if (from.isEmpty()) {
                status = Status.ADDED;
            } else if (from.equals(List.of(c.id())) && sameText(c, baseClauses.get(c.id()))) {
                status = Status.UNCHANGED;
            } else {
                status = Status.CHANGED;
            }
            Optional<String> topic = Optional.empty();
            Optional<String> origin = Optional.empty();
            if (status != Status.UNCHANGED) {
                topic = topic(revision, c.id());
                for (int i = 0; i < from.size() && topic.isEmpty(); i++) {
                    topic = topic(revision, from.get(i));
                }
                origin = origin(revision, c.id());
                for (int i = 0; i < from.size() && origin.isEmpty(); i++) {
                    origin = origin(revision, from.get(i));
                }
            }
            entries.put(c.id(), new Entry(c, status, List.copyOf(from), topic, origin));
        }
        for (Clause c : b.allClauses()) {
            if (!continued.contains(c.id())) {
                removed.add(new Removed(c, topic(revision, c.id())));
            }
        }
        for (Entry e : entries.values()) {
            for (String from : new LinkedHashSet<>(e.continues())) {
                successors.computeIfAbsent(from, k -> new ArrayList<>()).add(e.clause().id());
            }
        }
    }

    private static Optional<String> topic(Revision r, String id) {
        return Optional.ofNullable(r.topicOf().get(id)).map(t -> r.topics().getOrDefault(t, t));
    }

    private static Optional<String> origin(Revision r, String id) {
        return Optional.ofNullable(r.originOf().get(id)).map(o -> r.origins().getOrDefault(o, o));
    }

    /** The same heading and the same body template (children are compared on their own). */
    private static boolean sameText(Clause a, Clause b) {
        return a.title().equals(b.title()) && a.body().equals(b.body());
    }
}
