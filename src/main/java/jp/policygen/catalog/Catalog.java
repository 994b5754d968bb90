package jp.policygen.catalog;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.SectionLevel;
import jp.policygen.profile.EditionId;
import jp.policygen.profile.EditionRules;

/**
 * The clause catalogs shipped in the jar under templates/: one {@link Edition} per guideline edition,
 * read once and kept.
 */
public final class Catalog implements EditionRules {
    private static final String ROOT = "templates/";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
    /** The keys of catalog files whose values are conditions over the data model. */
    private static final Set<String> CONDITION_KEYS = Set.of("when", "declared", "stated");
    private static final Set<String> CLAUSE_KEYS = Set.of("id", "title", "source", "when", "requires", "sectioned", "unnumbered",
            "children", "notes", "caption", "revisions", "heading");

    private final ClassLoader loader;
    private final Map<EditionId, Edition> editions = new ConcurrentHashMap<>();
    /** The lock of each edition's load (see {@link #edition}). */
    private final Map<EditionId, Object> loading = new ConcurrentHashMap<>();
    /** The editions index, read on first use (racing threads read the same file, so either result is right). */
    private volatile List<EditionInfo> index;
    /** templates/law-16-3.yaml, read on first use. */
    private volatile Ordinance ordinance;
    /** The folder or jar entry the catalog files are read from, found on first use. */
    private volatile URL templatesRoot;
    /** Whether to read templates/catalog.bin where the root has one (false: the YAML files themselves). */
    private final boolean useCompact;
    /** templates/catalog.bin beside templates/editions.yaml, read on first use; NONE when there is none. */
    private volatile Object compact;
    private static final Object NONE = new Object();

    public Catalog() {
        this(Catalog.class.getClassLoader());
    }

    Catalog(ClassLoader loader) {
        this(loader, true);
    }

    /** @param useCompact false to read the YAML files even where the build made a compact form of them */
    Catalog(ClassLoader loader, boolean useCompact) {
        this.loader = loader;
        this.useCompact = useCompact;
    }

    /** The editions the tool ships, oldest first, as templates/editions.yaml lists them. */
    public List<EditionInfo> editions() {
        List<EditionInfo> list = index;
        if (list == null) {
            list = EditionIndex.read(yaml(ROOT + EditionIndex.FILE), ROOT + EditionIndex.FILE);
            index = list;
        }
        return list;
    }

    /** The 号 of 地方自治法施行規則第16条の3第1項 each clause of the 対策基準 and the 特則 implements. */
    public Ordinance ordinance() {
        Ordinance o = ordinance;
        if (o == null) {
            o = Ordinance.read(yaml(ROOT + Ordinance.FILE), ROOT + Ordinance.FILE);
            ordinance = o;
        }
        return o;
    }

    /** Edition ids and names, oldest first, from templates/editions.yaml. */
    public Map<EditionId, String> editionNames() {
        Map<EditionId, String> out = new LinkedHashMap<>();
        for (EditionInfo e : editions()) {
            out.put(e.id(), e.name());
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The edition marked {@code latest: true}: the default for new profiles. */
    public EditionInfo latest() {
        return editions().stream().filter(EditionInfo::latest).findFirst().orElseThrow();
    }

    @Override
    public List<EditionId> editionIds() {
        return editions().stream().map(EditionInfo::id).toList();
    }

    @Override
    public EditionId latestEdition() {
        return latest().id();
    }

    @Override
    public String editionName(EditionId id) {
        return info(id).map(EditionInfo::name).orElse(id.toString());
    }

    @Override
    public Optional<EditionId> keyIntroducedBy(String key) {
        return editions().stream().filter(e -> e.newKeys().stream().anyMatch(k -> k.key().equals(key)))
                .map(EditionInfo::id).findFirst();
    }

    @Override
    public Optional<EditionId> valueIntroducedBy(String key, String value) {
        return editions().stream()
                .filter(e -> e.newValues().stream().anyMatch(v -> v.key().equals(key) && v.value().equals(value)))
                .map(EditionInfo::id).findFirst();
    }

    /**
     * The shipped edition a user named (a CLI option, a form field): empty when the text is no edition id or names
     * an edition the tool does not ship; {@link #notShipped} words the refusal.
     */
    public Optional<EditionId> shipped(String text) {
        return EditionId.parse(text).filter(this::has);
    }

    /** 版「2023-13」は収録されていません。収録されている版: … (the refusal every job gives a bad edition). */
    public String notShipped(Object named) {
        return "版「" + named + "」は収録されていません。収録されている版: "
                + String.join(", ", editionIds().stream().map(EditionId::toString).toList());
    }

    /** The edition ids as text, for the document model's readers (a snapshot names its edition as text). */
    public List<String> editionIdTexts() {
        return editionIds().stream().map(EditionId::toString).toList();
    }

    public Optional<EditionInfo> info(EditionId id) {
        return editions().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public boolean has(EditionId edition) {
        return info(edition).isPresent();
    }

    /** The clause ids of an edition, or null when the tool does not ship it. */
    @Override
    public Set<String> clauseIdsOrNull(EditionId edition) {
        return has(edition) ? edition(edition).clauseIds() : null;
    }

    @Override
    public Map<String, String> roleRows(EditionId edition) {
        Map<String, String> out = new LinkedHashMap<>();
        if (has(edition)) {
            edition(edition).documents().stream().flatMap(d -> d.roles().stream()).forEach(m -> m.groups().forEach(g -> {
                out.put(g.id(), g.title());
                g.duties().forEach(d -> out.put(d.id(), d.duty()));
            }));
        }
        return out;
    }

    @Override
    public Map<String, String> roleKeys(EditionId edition) {
        Map<String, String> out = new LinkedHashMap<>();
        if (has(edition)) {
            edition(edition).documents().stream().flatMap(d -> d.roles().stream())
                    .forEach(m -> m.roles().forEach(r -> out.put(r.key(), r.name())));
        }
        return out;
    }

    public Edition edition(EditionId id) {
        EditionInfo info = info(id).orElseThrow(() -> new CatalogException("edition not shipped: " + id));
        Edition e = editions.get(id);
        if (e == null) {
            // not computeIfAbsent: a delta edition loads the edition it is stored against first (a nested update).
            // One load per edition even when two threads ask at once (diff and upgrade resolve two versions side by
            // side, and the later edition is stored as a change of the earlier): the second waits for the first.
            // Locks are taken from a later edition to the one it is stored against, never back: no deadlock.
            synchronized (loading.computeIfAbsent(id, k -> new Object())) {
                e = editions.get(id);
                if (e == null) {
                    e = load(info);
                    editions.put(id, e);
                }
            }
        }
        return e;
    }

    private Edition load(EditionInfo info) {
        String folder = ROOT + info.id() + "/";
        if (info.derivedFrom().isPresent()) {
            Edition from = edition(info.derivedFrom().get());
            String file = folder + Delta.FILE;
            Delta delta = new Delta(yaml(file), file, (m, parentFile) -> clause(m, folder, parentFile, new HashSet<>()),
                    id -> text(folder + "clauses/" + id + ".ftl"));
            List<CatalogDocument> docs = delta.apply(from.documents());
            List<Requirement> reqs = new ArrayList<>(from.requirements());
            if (text(folder + "requirements.yaml").isPresent()) {
                Map<String, Object> y = yaml(folder + "requirements.yaml");
                List<?> remove = y.get("remove") == null ? List.of() : list(y.get("remove"), folder + "requirements.yaml");
                reqs.removeIf(r -> remove.contains(r.id()));
                for (Requirement r : requirements(y, folder + "requirements.yaml")) {
                    reqs.removeIf(old -> old.id().equals(r.id()));
                    reqs.add(r);
                }
            }
            Set<String> ids = new HashSet<>();
            for (CatalogDocument d : docs) {
                for (Clause c : d.clauses()) {
                    uniqueIds(c, ids, file);
                }
            }
            // an item whose clause the edition does not have cannot apply (α' items in an edition without α')
            reqs.removeIf(r -> !ids.contains(r.clause()));
            return new Edition(info, docs, reqs, delta.revision());
        }
        Map<String, Object> ed = yaml(folder + "edition.yaml");
        List<CatalogDocument> docs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Object o : list(ed.get("documents"), folder + "edition.yaml")) {
            Map<String, Object> d = map(o, folder + "edition.yaml");
            DocumentKind kind = DocumentKind.fromId(String.valueOf(d.get("kind")));
            String title = String.valueOf(d.get("title"));
            boolean internal = Boolean.TRUE.equals(d.get("internal"));
            Optional<String> when = Optional.ofNullable((String) d.get("when"));
            SectionLevel articleLevel = articleLevel(d, folder + "edition.yaml");
            List<Clause> clauses = new ArrayList<>();
            for (Object f : list(d.getOrDefault("files", List.of()), folder + "edition.yaml")) {
                String file = folder + f;
                Map<String, Object> chapter = yaml(file);
                for (Object c : list(chapter.get("clauses"), file)) {
                    clauses.add(clause(map(c, file), folder, file, seen));
                }
            }
            Optional<RolesMatrix> roles = Optional.empty();
            if (d.get("roles") != null) {
                roles = Optional.of(roles(yaml(folder + d.get("roles")), folder + d.get("roles")));
            }
            docs.add(new CatalogDocument(kind, title, internal, when, articleLevel, clauses, roles));
        }
        String reqFile = folder + "requirements.yaml";
        List<Requirement> reqs = text(reqFile).isEmpty() ? List.of() : requirements(yaml(reqFile), reqFile);
        return new Edition(info, docs, reqs, Revision.NONE);
    }

    private static void uniqueIds(Clause c, Set<String> seen, String file) {
        if (!seen.add(c.id())) {
            throw new CatalogException(file + ": duplicate clause id '" + c.id() + "'");
        }
        for (Clause child : c.children()) {
            uniqueIds(child, seen, file);
        }
    }

    private Clause clause(Map<String, Object> m, String base, String file, Set<String> seen) {
        String id = String.valueOf(m.get("id"));
        if (!ID.matcher(id).matches()) {
            throw new CatalogException(file + ": bad clause id '" + id + "'");
        }
        if (!seen.add(id)) {
            throw new CatalogException(file + ": duplicate clause id '" + id + "'");
        }
        for (String k : m.keySet()) {
            if (!CLAUSE_KEYS.contains(k)) {
                throw new CatalogException(file + ": clause " + id + ": unknown key '" + k + "'");
            }
        }
        if (m.get("source") == null) {
            throw new CatalogException(file + ": clause " + id + " has no source");
        }
        Optional<String> body = text(base + "clauses/" + id + ".ftl");
        List<Clause> children = new ArrayList<>();
        for (Object c : list(m.getOrDefault("children", List.of()), file)) {
            children.add(clause(map(c, file), base, file, seen));
        }
        if (body.isEmpty() && children.isEmpty()) {
            throw new CatalogException(file + ": clause " + id + " has neither a body (clauses/" + id
                    + ".ftl) nor children");
        }
        Object title = m.get("title");
        Object when = m.get("when");
        return new Clause(id, title == null ? "" : String.valueOf(title), String.valueOf(m.get("source")),
                Optional.ofNullable(when == null ? null : String.valueOf(when)),
                Optional.ofNullable(m.get("requires")).map(String::valueOf),
                Boolean.TRUE.equals(m.get("sectioned")), Boolean.TRUE.equals(m.get("unnumbered")), body, children,
                m.get("caption") == null ? "" : String.valueOf(m.get("caption")), Boolean.TRUE.equals(m.get("revisions")),
                m.get("heading") == null ? "" : String.valueOf(m.get("heading")));
    }

    private static List<Requirement> requirements(Map<String, Object> y, String file) {
        List<Requirement> out = new ArrayList<>();
        for (Object o : list(y.getOrDefault("requirements", List.of()), file)) {
            Map<String, Object> r = map(o, file);
            out.add(new Requirement(String.valueOf(r.get("id")), String.valueOf(r.get("text")),
                    Optional.ofNullable(r.get("when")).map(String::valueOf),
                    Optional.ofNullable(r.get("declared")).map(String::valueOf),
                    String.valueOf(r.get("basis")), String.valueOf(r.get("clause")),
                    Optional.ofNullable(r.get("stated")).map(String::valueOf)));
        }
        return out;
    }

    private RolesMatrix roles(Map<String, Object> y, String file) {
        List<RolesMatrix.Role> roles = new ArrayList<>();
        for (Object o : list(y.get("roles"), file)) {
            Map<String, Object> r = map(o, file);
            roles.add(new RolesMatrix.Role(String.valueOf(r.get("key")), String.valueOf(r.get("name")),
                    Optional.ofNullable((String) r.get("post")), r.get("text") == null ? "" : String.valueOf(r.get("text")),
                    String.valueOf(r.getOrDefault("short", r.get("name")))));
        }
        List<RolesMatrix.Group> groups = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Object o : list(y.get("groups"), file)) {
            Map<String, Object> g = map(o, file);
            List<RolesMatrix.Duty> duties = new ArrayList<>();
            for (Object d : list(g.get("duties"), file)) {
                Map<String, Object> dm = map(d, file);
                Map<String, String> entries = new LinkedHashMap<>();
                for (RolesMatrix.Role r : roles) {
                    if (dm.get(r.key()) != null) {
                        entries.put(r.key(), String.valueOf(dm.get(r.key())));
                    }
                }
                if (dm.get("id") == null || !ids.add(String.valueOf(dm.get("id")))) {
                    throw new CatalogException(file + ": each duty needs an id of its own: " + dm);
                }
                List<String> clauses = list(dm.get("clauses"), file).stream().map(String::valueOf).toList();
                if (clauses.isEmpty()) {
                    throw new CatalogException(file + ": duty " + dm.get("id") + " names no clauses");
                }
                duties.add(new RolesMatrix.Duty(String.valueOf(dm.get("id")), String.valueOf(dm.get("duty")),
                        clauses, entries));
            }
            if (g.get("id") == null || !ids.add(String.valueOf(g.get("id")))) {
                throw new CatalogException(file + ": each group needs an id of its own: " + g.get("title"));
            }
            groups.add(new RolesMatrix.Group(String.valueOf(g.get("id")), String.valueOf(g.get("title")),
                    g.get("source") == null ? "" : String.valueOf(g.get("source")), duties));
        }
        return new RolesMatrix(roles, groups);
    }

    // ---- resources ----------------------------------------------------------------------------

    Optional<String> text(String resource) {
        CompactCatalog c = compact();
        if (c != null && resource.startsWith(ROOT)) {
            return c.text(resource.substring(ROOT.length()));
        }
        try (InputStream in = open(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CatalogException("cannot read " + resource, e);
        }
    }

    /**
     * Opens a catalog file relative to the folder (or jar entry) that holds templates/editions.yaml. Asking the
     * class loader for each of the ~700 files would search every module of the JDK first (their names are not
     * packages), which took a quarter of a cold {@code check}.
     */
    private InputStream open(String resource) throws IOException {
        URL root = templatesRoot();
        if (root == null || !resource.startsWith(ROOT)) {
            return loader.getResourceAsStream(resource);
        }
        try {
            return new URL(root + resource.substring(ROOT.length())).openStream();
        } catch (FileNotFoundException | NoSuchFileException e) {
            return null;
        }
    }

    private URL templatesRoot() throws IOException {
        URL root = templatesRoot;
        if (root == null) {
            URL found = loader.getResource(ROOT + EditionIndex.FILE);
            if (found == null) {
                return null;
            }
            String url = found.toString();
            root = new URL(url.substring(0, url.length() - EditionIndex.FILE.length()));
            templatesRoot = root;
        }
        return root;
    }

    /** The compact form of the catalog where the build made one (see {@link CompactCatalog}), else null. */
    private CompactCatalog compact() {
        Object c = compact;
        if (c == null) {
            c = NONE;
            try {
                URL root = useCompact ? templatesRoot() : null;
                if (root != null) {
                    try (InputStream in = new URL(root + CompactCatalog.FILE).openStream()) {
                        c = CompactCatalog.read(in.readAllBytes());
                    } catch (FileNotFoundException | NoSuchFileException e) {
                        c = NONE;
                    }
                }
            } catch (IOException e) {
                throw new CatalogException("cannot read templates/" + CompactCatalog.FILE, e);
            }
            compact = c;
        }
        return c == NONE ? null : (CompactCatalog) c;
    }

    private Map<String, Object> yaml(String resource) {
        CompactCatalog c = compact();
        if (c != null && resource.startsWith(ROOT)) {
            String path = resource.substring(ROOT.length());
            if (!c.hasValue(path)) {
                throw new CatalogException("missing catalog file " + resource);
            }
            return map(c.value(path), resource);
        }
        String t = text(resource).orElseThrow(() -> new CatalogException("missing catalog file " + resource));
        return parseYaml(t, resource);
    }

    /**
     * What SnakeYAML's safe constructor builds from a catalog file (a mapping, else the error), its conditions checked
     * with their lines (the build makes the compact form through this too).
     */
    static Map<String, Object> parseYaml(String t, String resource) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        NodeConstructor constructor = new NodeConstructor(options);
        org.yaml.snakeyaml.nodes.Node node;
        Map<String, Object> m;
        try {
            // parsed once: the nodes give both the values and the conditions' lines (two parses of each catalog
            // file were a tenth of a cold check)
            node = new Yaml(constructor).compose(new java.io.StringReader(t));
            m = map(constructor.construct(node), resource);
        } catch (RuntimeException e) {
            throw new CatalogException(resource + ": " + e.getMessage(), e);
        }
        if (t.contains("when:") || t.contains("declared:") || t.contains("stated:")) {
            checkConditions(node, resource);
        }
        return m;
    }

    /** SnakeYAML's safe constructor, building the values of a document already composed into nodes. */
    private static final class NodeConstructor extends SafeConstructor {
        NodeConstructor(LoaderOptions options) {
            super(options);
        }

        /** What {@code Yaml.load} gives for the document (null for an empty one). */
        Object construct(org.yaml.snakeyaml.nodes.Node node) {
            return node == null || org.yaml.snakeyaml.nodes.Tag.NULL.equals(node.getTag()) ? null : constructDocument(node);
        }
    }

    /** Every when:/declared:/stated: of a catalog file well formed over the profile's names and values (Conditions). */
    private static void checkConditions(org.yaml.snakeyaml.nodes.Node node, String resource) {
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode mapping) {
            for (org.yaml.snakeyaml.nodes.NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode key
                        && CONDITION_KEYS.contains(key.getValue())
                        && tuple.getValueNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode value) {
                    Optional<String> problem = Conditions.problem(value.getValue());
                    if (problem.isPresent()) {
                        throw new CatalogException(resource + ":" + (value.getStartMark().getLine() + 1) + ": "
                                + key.getValue() + ": " + problem.get());
                    }
                }
                checkConditions(tuple.getValueNode(), resource);
            }
        } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
            for (org.yaml.snakeyaml.nodes.Node n : sequence.getValue()) {
                checkConditions(n, resource);
            }
        }
    }

    @SuppressWarnings("unchecked")
    /**
     * A document's articles: (chapter | item, default item), the level whose clauses become 条 in the 例規 form. A
     * misspelt level would silently number the wrong clauses: refused when the catalog loads.
     */
    static SectionLevel articleLevel(Map<String, Object> document, String where) {
        return switch (String.valueOf(document.getOrDefault("articles", "item"))) {
            case "chapter" -> SectionLevel.CHAPTER;
            case "item" -> SectionLevel.ITEM;
            default -> throw new CatalogException(where + ": document " + document.get("kind")
                    + ": articles must be chapter or item, not '" + document.get("articles") + "'");
        };
    }

    static Map<String, Object> map(Object o, String where) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new CatalogException(where + ": expected a mapping");
    }

    static List<?> list(Object o, String where) {
        if (o instanceof List<?> l) {
            return l;
        }
        throw new CatalogException(where + ": expected a list");
    }
}
