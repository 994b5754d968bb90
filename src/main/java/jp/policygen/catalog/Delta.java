package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import jp.policygen.policy.DocumentKind;

/**
 * The changes file of an edition stored as a delta (templates/&lt;edition&gt;/changes.yaml): what it adds, replaces,
 * renames or removes relative to the edition it is stored against, so every clause text is written once.
 */
final class Delta {
    static final String FILE = "changes.yaml";
    private static final Set<String> OPS = Set.of("add", "replace", "rename", "remove", "link");
    private static final Set<String> REPLACEABLE = Set.of("title", "source", "when", "requires", "heading");

    private final String file;
    private final List<Map<String, Object>> changes = new ArrayList<>();
    private final List<DocumentKind> removedDocuments = new ArrayList<>();
    /** Documents the edition adds, with the kind of the document each follows. */
    private final List<Map<String, Object>> addedDocuments = new ArrayList<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final BiFunction<Map<String, Object>, String, Clause> parser;
    private final Function<String, Optional<String>> bodies;
    private final List<Link> links = new ArrayList<>();
    private final Map<String, String> topics = new LinkedHashMap<>();
    private final Map<String, String> topicOf = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Map<String, String> originOf = new LinkedHashMap<>();

    /**
     * @param parser reads a clause tree written in the changes file (bodies from this edition's folder)
     * @param bodies the body file of a clause id in this edition's folder, if there is one
     */
    Delta(Map<String, Object> y, String file, BiFunction<Map<String, Object>, String, Clause> parser,
          Function<String, Optional<String>> bodies) {
        this.file = file;
        this.parser = parser;
        this.bodies = bodies;
        if (y.get("documents") != null) {
            Map<String, Object> d = Catalog.map(y.get("documents"), file);
            for (Object k : Catalog.list(d.getOrDefault("remove", List.of()), file)) {
                removedDocuments.add(DocumentKind.fromId(String.valueOf(k)));
            }
            for (Object a : Catalog.list(d.getOrDefault("add", List.of()), file)) {
                addedDocuments.add(Catalog.map(a, file));
            }
        }
        if (y.get("roles") != null) {
            throw new CatalogException(file + ": roles: is no longer read — a row of the 権限・責任等一覧表 names its"
                    + " clauses and leaves an edition that lacks them by itself");
        }
        if (y.get("topics") != null) {
            Catalog.map(y.get("topics"), file).forEach((k, v) -> topics.put(k, String.valueOf(v)));
        }
        if (y.get("origins") != null) {
            Catalog.map(y.get("origins"), file).forEach((k, v) -> origins.put(k, String.valueOf(v)));
        }
        if (y.get("sources") != null) {
            Catalog.map(y.get("sources"), file).forEach((k, v) -> sources.put(k, String.valueOf(v)));
        }
        for (Object o : Catalog.list(y.getOrDefault("changes", List.of()), file)) {
            Map<String, Object> c = Catalog.map(o, file);
            long ops = c.keySet().stream().filter(OPS::contains).count();
            if (ops != 1) {
                throw new CatalogException(file + ": each change needs exactly one of " + OPS + ": " + c);
            }
            changes.add(c);
        }
    }

    /** The lineage links this delta declares (renames, explicit links for splits and merges) and its topics. */
    Revision revision() {
        return new Revision(links, topics, topicOf, origins, originOf);
    }

    List<CatalogDocument> apply(List<CatalogDocument> from) {
        List<CatalogDocument> docs = new ArrayList<>();
        for (CatalogDocument d : from) {
            if (!removedDocuments.contains(d.kind())) {
                docs.add(d);
            }
        }
        for (Map<String, Object> a : addedDocuments) {
            docs = addDocument(docs, a);
        }
        for (Map<String, Object> c : changes) {
            docs = apply(docs, c);
        }
        if (!sources.isEmpty()) {
            List<CatalogDocument> out = new ArrayList<>();
            for (CatalogDocument d : docs) {
                CatalogDocument r = withClauses(d, d.clauses().stream().map(this::rewriteSources).toList());
                out.add(new CatalogDocument(r.kind(), r.title(), r.internal(), r.when(), r.articleLevel(), r.clauses(),
                        r.roles().map(this::roles)));
            }
            docs = out;
        }
        return docs;
    }

    /** A document of the edition's own (kind, title, internal, articles, clauses), after the document of kind after:. */
    private List<CatalogDocument> addDocument(List<CatalogDocument> docs, Map<String, Object> a) {
        DocumentKind kind = DocumentKind.fromId(String.valueOf(a.get("kind")));
        List<Clause> clauses = new ArrayList<>();
        for (Object o : Catalog.list(a.getOrDefault("clauses", List.of()), file)) {
            clauses.add(parser.apply(Catalog.map(o, file), file));
        }
        CatalogDocument added = new CatalogDocument(kind, String.valueOf(a.get("title")), Boolean.TRUE.equals(a.get("internal")),
                Optional.ofNullable(a.get("when")).map(String::valueOf), Catalog.articleLevel(a, file),
                clauses, Optional.empty());
        List<CatalogDocument> out = new ArrayList<>(docs);
        int at = out.size();
        if (a.get("after") != null) {
            DocumentKind after = DocumentKind.fromId(String.valueOf(a.get("after")));
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).kind() == after) {
                    at = i + 1;
                }
            }
        }
        out.add(at, added);
        return out;
    }

    /** The roles matrix with its groups' references renumbered (rows follow their clauses by themselves). */
    private RolesMatrix roles(RolesMatrix m) {
        List<RolesMatrix.Group> groups = new ArrayList<>();
        for (RolesMatrix.Group g : m.groups()) {
            groups.add(new RolesMatrix.Group(g.id(), g.title(), source(g.source()), g.duties()));
        }
        return new RolesMatrix(m.roles(), groups);
    }

    /** 「対策基準 8.3(1)」 is within 「対策基準 8.3」. */
    private static boolean within(String source, String prefix) {
        return source.equals(prefix) || source.startsWith(prefix + "(");
    }

    private List<CatalogDocument> apply(List<CatalogDocument> docs, Map<String, Object> c) {
        int[] hits = {0};
        if (c.get("topic") != null) {
            String topic = String.valueOf(c.get("topic"));
            if (!topics.containsKey(topic)) {
                throw new CatalogException(file + ": topic '" + topic + "' is not listed under topics:");
            }
            Object target = c.containsKey("add") ? Catalog.map(c.get("add"), file).get("id")
                    : c.containsKey("rename") ? c.get("to") : c.get("replace") != null ? c.get("replace") : c.get("remove");
            topicOf.put(String.valueOf(target), topic);
        }
        if (!origins.isEmpty() && c.get("origin") == null) {
            // an edition that says where its changes come from says it for every one (issue: 例文 / 解説 / own)
            throw new CatalogException(file + ": change " + c + " needs origin: (one of " + origins.keySet() + ")");
        }
        if (c.get("origin") != null) {
            String origin = String.valueOf(c.get("origin"));
            if (!origins.containsKey(origin)) {
                throw new CatalogException(file + ": origin '" + origin + "' is not listed under origins:");
            }
            Object target = c.containsKey("add") ? Catalog.map(c.get("add"), file).get("id")
                    : c.containsKey("rename") ? c.get("to") : c.get("replace") != null ? c.get("replace") : c.get("remove");
            originOf.put(String.valueOf(target), origin);
            if (c.containsKey("add")) { // the children of an added tree come from the same place
                children(Catalog.map(c.get("add"), file), id -> originOf.put(id, origin));
                if (c.get("topic") != null) {
                    String topic = String.valueOf(c.get("topic"));
                    children(Catalog.map(c.get("add"), file), id -> topicOf.put(id, topic));
                }
            }
        }
        List<CatalogDocument> out = new ArrayList<>();
        if (c.containsKey("link")) {
            Map<String, Object> l = Catalog.map(c.get("link"), file);
            links.add(new Link(String.valueOf(l.get("from")), String.valueOf(l.get("here"))));
            return docs;
        }
        for (CatalogDocument d : docs) {
            List<Clause> clauses;
            if (c.containsKey("add")) {
                Clause added = parser.apply(Catalog.map(c.get("add"), file), file);
                clauses = add(d.clauses(), added, c, hits);
                if (c.get("under") == null && c.get("after") == null && c.get("before") == null) {
                    throw new CatalogException(file + ": add " + added.id() + " needs after, before or under");
                }
            } else {
                clauses = edit(d.clauses(), c, hits);
            }
            out.add(withClauses(d, clauses));
        }
        boolean glob = String.valueOf(c.get("remove")).endsWith(".*");
        if (glob ? hits[0] == 0 : hits[0] != 1) {
            throw new CatalogException(file + ": change " + c + " matched " + hits[0] + " clauses (expected exactly one)");
        }
        return out;
    }

    private List<Clause> add(List<Clause> list, Clause added, Map<String, Object> c, int[] hits) {
        List<Clause> out = new ArrayList<>();
        for (Clause k : list) {
            if (k.id().equals(c.get("before"))) {
                out.add(added);
                hits[0]++;
            }
            List<Clause> children = add(k.children(), added, c, hits);
            if (k.id().equals(c.get("under"))) {
                children = new ArrayList<>(children);
                children.add(added);
                hits[0]++;
            }
            out.add(withChildren(k, children));
            if (k.id().equals(c.get("after"))) {
                out.add(added);
                hits[0]++;
            }
        }
        return out;
    }

    private List<Clause> edit(List<Clause> list, Map<String, Object> c, int[] hits) {
        List<Clause> out = new ArrayList<>();
        for (Clause k : list) {
            Clause next = withChildren(k, edit(k.children(), c, hits));
            if (removes(c.get("remove"), k.id())) {
                hits[0]++;
                continue;
            }
            if (k.id().equals(c.get("replace"))) {
                hits[0]++;
                next = replaced(next, k.id(), c);
            } else if (k.id().equals(c.get("rename"))) {
                hits[0]++;
                String to = String.valueOf(c.get("to"));
                links.add(new Link(k.id(), to));
                Clause r = new Clause(to, next.title(), next.source(), next.when(), next.requires(), next.sectioned(),
                        next.unnumbered(), next.body(), next.children(), next.caption(), next.revisions(), next.heading());
                next = replaced(r, to, c);
            }
            out.add(next);
        }
        return out;
    }

    private void children(Map<String, Object> added, java.util.function.Consumer<String> each) {
        for (Object o : Catalog.list(added.getOrDefault("children", List.of()), file)) {
            Map<String, Object> child = Catalog.map(o, file);
            each.accept(String.valueOf(child.get("id")));
            children(child, each);
        }
    }

    /** {@code remove: a.b} removes that clause; {@code remove: a.b.*} every clause whose id starts with a.b. */
    private static boolean removes(Object pattern, String id) {
        if (pattern == null) {
            return false;
        }
        String p = String.valueOf(pattern);
        return p.endsWith(".*") ? id.startsWith(p.substring(0, p.length() - 1)) : id.equals(p);
    }

    /** The clause with the manifest keys the change gives, and the body of this folder's clauses/&lt;id&gt;.ftl if any. */
    private Clause replaced(Clause k, String id, Map<String, Object> c) {
        for (String key : c.keySet()) {
            if (!REPLACEABLE.contains(key) && !OPS.contains(key) && !key.equals("to") && !key.equals("topic")
                    && !key.equals("origin")) {
                throw new CatalogException(file + ": " + id + ": a replace or rename cannot change '" + key + "'");
            }
        }
        String title = c.containsKey("title") ? String.valueOf(c.get("title")) : k.title();
        String source = c.containsKey("source") ? String.valueOf(c.get("source")) : k.source();
        Optional<String> when = c.containsKey("when") ? optional(c.get("when")) : k.when();
        Optional<String> requires = c.containsKey("requires") ? optional(c.get("requires")) : k.requires();
        Optional<String> body = bodies.apply(id);
        // the 例規 form's name goes with the title it renders: an edition that retitles the clause names it anew or not
        String heading = c.containsKey("heading") ? String.valueOf(c.get("heading"))
                : c.containsKey("title") ? "" : k.heading();
        return new Clause(id, title, source, when, requires, k.sectioned(), k.unnumbered(),
                body.isPresent() ? body : k.body(), k.children(), k.caption(), k.revisions(), heading);
    }

    private static Optional<String> optional(Object o) {
        return o == null || String.valueOf(o).isBlank() ? Optional.empty() : Optional.of(String.valueOf(o));
    }

    /** 「対策基準 8.3(1)」 → 「対策基準 8.2(1)」 when the edition numbers the section differently. */
    private String source(String source) {
        for (Map.Entry<String, String> e : sources.entrySet()) {
            if (within(source, e.getKey())) {
                return e.getValue() + source.substring(e.getKey().length());
            }
        }
        return source;
    }

    private Clause rewriteSources(Clause k) {
        return new Clause(k.id(), k.title(), source(k.source()), k.when(), k.requires(), k.sectioned(), k.unnumbered(), k.body(),
                k.children().stream().map(this::rewriteSources).toList(), k.caption(), k.revisions(), k.heading());
    }

    private static Clause withChildren(Clause k, List<Clause> children) {
        return k.withChildren(children);
    }

    private static CatalogDocument withClauses(CatalogDocument d, List<Clause> clauses) {
        return new CatalogDocument(d.kind(), d.title(), d.internal(), d.when(), d.articleLevel(), clauses, d.roles());
    }
}
