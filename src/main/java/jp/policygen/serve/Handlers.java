package jp.policygen.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.catalog.Catalog;
import jp.policygen.check.ChecklistSheet;
import jp.policygen.compare.ComparisonDocument;
import jp.policygen.generate.Generator;
import jp.policygen.generate.OutputFolder;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.profile.Wareki;
import jp.policygen.render.html.HtmlWriter;
import jp.policygen.serve.FormSchema.Field;
import jp.policygen.serve.ProfileFolder.Loaded;
import jp.policygen.serve.ServeApp.Response;
import jp.policygen.upgrade.Upgrade;
import jp.policygen.upgrade.UpgradeException;
import jp.policygen.upgrade.Upgrader;
import jp.policygen.yaml.YamlEditor;

/** The pages and actions of serve. Every path from the browser is a name checked by {@link ProfileFolder}. */
public final class Handlers {
    static final List<String> SAMPLES = List.of("kakuu-mura", "kakuu-machi", "kakuu-shi", "kakuu-ken");
    private static final Pattern SECTION = Pattern.compile("<section id=\"s-([a-z0-9.-]+)\"([^>]*)>");
    private static final Pattern CLAUSE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

    private final ProfileFolder folder;
    private final Path output;
    private final Guard guard;
    private final Catalog catalog = new Catalog();
    private final ProfileReader reader = new ProfileReader(catalog);
    private final Generator generator = new Generator(catalog);
    private final FormSchema schema = FormSchema.load();
    private final ProfileForm form = new ProfileForm(schema);
    private final Pages pages = new Pages();
    private final String htmxPath = htmxResource();

    Handlers(ProfileFolder folder, Path output, Guard guard) {
        this.folder = folder;
        this.output = output;
        this.guard = guard;
    }

    Response handle(Request req) throws Exception {
        List<String> s = req.segments;
        try {
            if (s.isEmpty()) {
                return start(null);
            }
            if (s.get(0).equals("assets") && s.size() == 2 && req.method.equals("GET")) {
                return asset(s.get(1));
            }
            if (s.size() == 1 && s.get(0).equals("new") && req.method.equals("POST")) {
                return create(req);
            }
            if (s.get(0).equals("p") && s.size() >= 2) {
                String name = s.get(1);
                folder.file(name); // refuses anything but a plain name inside the folder
                String action = req.segment(2);
                boolean post = req.method.equals("POST");
                switch (action) {
                    case "" -> {
                        if (!post) {
                            return profilePage(name, req.param("saved").equals("1") ? "保存しました。"
                                    : upgradedNotice(req));
                        }
                    }
                    case "check" -> {
                        if (post) {
                            return check(name, req);
                        }
                    }
                    case "save" -> {
                        if (post) {
                            return save(name, req);
                        }
                    }
                    case "clauses" -> {
                        if (s.size() == 3 && !post) {
                            return clauses(name, req.param("q"), req.param("deleted"));
                        }
                        if (s.size() == 4) {
                            return post ? saveClause(name, s.get(3), req) : clause(name, s.get(3), "", List.of(), null);
                        }
                        if (s.size() == 5 && post && s.get(4).equals("insert")) {
                            return insertClause(name, s.get(3), req);
                        }
                    }
                    case "yaml" -> {
                        if (s.size() == 3) {
                            return post ? saveYaml(name, req) : yamlPage(name, null, null, List.of(), 200);
                        }
                    }
                    case "upgrade" -> {
                        if (s.size() == 3) {
                            return upgrade(name, post ? req : null);
                        }
                    }
                    case "outputs" -> {
                        if (!post) {
                            return outputs(name, "");
                        }
                    }
                    case "versions" -> {
                        if (s.size() == 3) {
                            return post ? restore(name, req) : versions(name, "");
                        }
                    }
                    case "generate" -> {
                        if (post) {
                            return generate(name);
                        }
                    }
                    case "compare" -> {
                        if (post) {
                            return compare(name);
                        }
                    }
                    case "checklist" -> {
                        if (post) {
                            return checklistFiles(name);
                        }
                    }
                    case "files" -> {
                        if (!post && s.size() == 5) {
                            return download(name, s.get(3), s.get(4));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (ProfileFolder.Refused e) {
            return Response.html(400, errorPage(400, e.getMessage()));
        }
        return Response.html(404, errorPage(404, "このページはありません。"));
    }

    // ---- common

    private Map<String, Object> model(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("csrf", guard.token());
        m.put("tokenField", Guard.TOKEN_FIELD);
        m.put("htmx", htmxPath);
        m.put("warekiOf", (freemarker.template.TemplateMethodModelEx) args -> wareki(
                args.isEmpty() ? null : freemarker.template.utility.DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0))));
        return m;
    }

    String errorPage(int status, String message) {
        Map<String, Object> m = model("エラー");
        m.put("status", status);
        m.put("message", message);
        return pages.render("error", m);
    }

    private Response page(String template, Map<String, Object> m) {
        return Response.html(200, pages.render(template, m));
    }

    private Response asset(String name) throws IOException {
        String resource;
        String type;
        switch (name) {
            case "serve.css" -> {
                resource = "/jp/policygen/serve/assets/serve.css";
                type = "text/css; charset=utf-8";
            }
            case "serve.js" -> {
                resource = "/jp/policygen/serve/assets/serve.js";
                type = "text/javascript; charset=utf-8";
            }
            case "htmx.min.js" -> {
                resource = htmxPath == null ? null : "/" + htmxPath;
                type = "text/javascript; charset=utf-8";
            }
            default -> {
                return Response.html(404, errorPage(404, "このファイルはありません。"));
            }
        }
        if (resource == null) {
            return Response.text(404, "");
        }
        try (InputStream in = Handlers.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Response.text(404, "");
            }
            return new Response(200, type, in.readAllBytes(), Map.of("Cache-Control", "max-age=3600"));
        }
    }

    /** htmx as its webjar ships it; the version is read from the webjar's own pom.properties. */
    private static String htmxResource() {
        try (InputStream in = Handlers.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/htmx.org/" + p.getProperty("version") + "/dist/htmx.min.js";
        } catch (IOException e) {
            return null;
        }
    }

    // ---- start page and new profiles

    private Response start(String message) throws IOException {
        Map<String, Object> m = model("プロファイル一覧");
        m.put("profiles", folder.list());
        m.put("folder", folder.dir().toString());
        m.put("samples", SAMPLES);
        m.put("message", message == null ? "" : message);
        return page("start", m);
    }

    private Response create(Request req) throws IOException {
        String name = req.field("name").strip();
        String sample = req.field("sample");
        if (!SAMPLES.contains(sample)) {
            return Response.html(400, errorPage(400, "見本を一覧から選んでください。"));
        }
        String text;
        try (InputStream in = Handlers.class.getResourceAsStream("/samples/" + sample + ".yaml")) {
            if (in == null) {
                return Response.html(500, errorPage(500, "見本「" + sample + "」がツールに含まれていません。"));
            }
            // the sample's shape, not the sample body's facts (edition, history, numbers, code, comments)
            text = NewProfile.from(new String(in.readAllBytes(), StandardCharsets.UTF_8), catalog.latestEdition(), name)
                    .text();
        }
        try {
            folder.create(name, text);
        } catch (ProfileFolder.Refused e) {
            Response r = start(e.getMessage());
            return new Response(400, r.contentType(), r.body(), r.headers());
        }
        return Response.redirect("/p/" + ServeApp.encode(name));
    }

    // ---- the profile as a form

    private Loaded load(String name) throws ProfileFolder.Refused, IOException {
        return folder.read(name).orElseThrow(() -> new ProfileFolder.Refused(
                "「" + name + "」というプロファイルは見つかりません。一覧から選んでください。"));
    }

    /** A profile text checked by the same reader as the command line. */
    private ProfileReader.Result read(String name, String text) {
        return reader.read(name + ".yaml", name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** What the profile page says after the guided upgrade wrote the file. */
    private String upgradedNotice(Request req) {
        String to = req.param("upgraded");
        if (to.isEmpty() || !catalog.has(to)) {
            return "";
        }
        return catalog.editionName(to) + "に移行しました（独自の変更: 残したもの " + req.param("kept").replaceAll("\\D", "")
                + "件・やめたもの " + req.param("dropped").replaceAll("\\D", "") + "件）。新しく加わった項目はコメント「要確認」の"
                + "付いた既定値で書き込んであります。施行日・版・改定履歴はまだ昨年度のままです。下の「施行日」「版」を今年度のものにし、"
                + "「改定履歴」に今回の改定を加えてから保存し、文書と新旧対照表を作成してください"
                + "（手順は利用の手引き docs/guide/yearly-revision.md）。";
    }

    private Response profilePage(String name, String notice) throws Exception {
        Loaded l = load(name);
        return formPage(name, l.text(), l.version(), notice, 200);
    }

    private Response formPage(String name, String text, String version, String notice, int status) throws Exception {
        ProfileReader.Result r = read(name, text);
        if (!parses(text)) { // not YAML any more (edited by hand): the text itself is what can be fixed
            return yamlPage(name, text, version, r.findings(), status);
        }
        Map<String, Object> m = model(name + " — プロファイル");
        m.put("name", name);
        m.put("version", version);
        m.put("notice", notice);
        m.put("groups", schema.groups());
        m.put("upgradeTo", r.profile().filter(p -> !p.guideline().equals(catalog.latestEdition()))
                .map(p -> catalog.editionName(catalog.latestEdition())).orElse(""));
        m.put("values", form.values(text));
        m.put("text", text);
        fill(m, name, r, "standard");
        return Response.html(status, pages.render("profile", m));
    }

    /** Messages by field, general messages, 和暦 of the dates, and the preview of one document. */
    private void fill(Map<String, Object> m, String name, ProfileReader.Result r, String doc) {
        List<Finding> general = new ArrayList<>();
        Map<String, List<Finding>> byField = form.messages(r.findings(), general);
        Map<String, List<String>> messages = new HashMap<>();
        byField.forEach((k, v) -> messages.put(k, v.stream().map(Handlers::say).toList()));
        m.put("messages", messages);
        m.put("general", general.stream().map(f -> (f.line() > 0 ? f.line() + "行目: " : "") + say(f)).toList());
        m.put("fields", schema.fields());
        m.put("errorCount", r.findings().stream().filter(Finding::isError).count());
        m.put("doc", doc);
        m.put("docs", Map.of("basic-policy", "基本方針", "standard", "対策基準"));
        m.put("preview", r.profile().map(p -> preview(name, p, doc)).orElse(""));
    }

    private static String say(Finding f) {
        return (f.isError() ? "" : "注意: ") + f.message();
    }

    private Response check(String name, Request req) throws Exception {
        Loaded l = load(name);
        if (!parses(l.text())) {
            return Response.html(200, "<p class=\"error\">ファイルが YAML として読めないため、プレビューを表示できません。"
                    + "画面を読み込み直してください。</p>");
        }
        String text = form.apply(l.text(), req);
        ProfileReader.Result r = read(name, text);
        Map<String, Object> m = model("");
        m.put("name", name);
        m.put("values", form.values(text));
        String doc = req.field("_doc").equals("basic-policy") ? "basic-policy" : "standard";
        fill(m, name, r, doc);
        return page("check", m);
    }

    private Response save(String name, Request req) throws Exception {
        Loaded l = load(name);
        if (!parses(l.text())) {
            return yamlPage(name, l.text(), l.version(), read(name, l.text()).findings(), 422);
        }
        String text = form.apply(l.text(), req);
        ProfileReader.Result r = read(name, text);
        if (r.hasErrors()) {
            return formPage(name, text, req.field("_version"), "", 422);
        }
        try {
            folder.save(name, req.field("_version"), text);
        } catch (ProfileFolder.Conflict e) {
            return formPage(name, text, req.field("_version"), e.getMessage(), 409);
        }
        return Response.redirect("/p/" + ServeApp.encode(name) + "?saved=1");
    }

    private static boolean parses(String text) {
        try {
            new YamlEditor(text).node(List.of());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The profile as text, for what the form cannot show: a file that is not YAML any more, or keys it does not know. */
    private Response yamlPage(String name, String text, String version, List<Finding> findings, int status)
            throws Exception {
        if (text == null) {
            Loaded l = load(name);
            text = l.text();
            version = l.version();
            findings = read(name, text).findings();
        }
        Map<String, Object> m = model(name + " — YAML");
        m.put("name", name);
        m.put("text", text);
        m.put("version", version);
        m.put("messages", findings.stream().map(f -> (f.line() > 0 ? f.line() + "行目" + (f.column() > 0 ? f.column() + "文字目" : "")
                + ": " : "") + say(f)).toList());
        return Response.html(status, pages.render("yaml", m));
    }

    private Response saveYaml(String name, Request req) throws Exception {
        String text = req.field("text").replace("\r\n", "\n");
        ProfileReader.Result r = read(name, text);
        if (r.hasErrors()) {
            return yamlPage(name, text, req.field("_version"), r.findings(), 422);
        }
        try {
            folder.save(name, req.field("_version"), text);
        } catch (ProfileFolder.Conflict c) {
            return yamlPage(name, text, req.field("_version"), List.of(new Finding(Finding.Severity.ERROR, "conflict",
                    name, 0, 0, "", c.getMessage())), 409);
        }
        return Response.redirect("/p/" + ServeApp.encode(name) + "?saved=1");
    }

    /** 和暦 beside a date field, or "" when the text is not a date. */
    static String wareki(Object value) {
        if (value instanceof String s) {
            try {
                return Wareki.format(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return "";
            }
        }
        return "";
    }

    // ---- preview

    /** One document as the HTML writer writes it, with each clause linking to its editor. */
    String preview(String name, Profile p, String docId) {
        Policy policy = generator.resolve(p).policy();
        for (Document d : policy.documents()) {
            if (d.kind().id().equals(docId)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    new HtmlWriter().write(d, out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return linkClauses(name, out.toString(StandardCharsets.UTF_8));
            }
        }
        return "";
    }

    private static String linkClauses(String name, String html) {
        Matcher mt = SECTION.matcher(html);
        StringBuilder sb = new StringBuilder();
        String base = "/p/" + ServeApp.encode(name) + "/clauses/";
        while (mt.find()) {
            mt.appendReplacement(sb, Matcher.quoteReplacement(mt.group() + "<a class=\"pg-edit\" target=\"_top\" href=\""
                    + base + mt.group(1) + "\">編集</a>"));
        }
        mt.appendTail(sb);
        String style = "<style>.pg-edit{float:right;font-size:.8rem;margin-left:.5rem}"
                + "@media print{.pg-edit{display:none}}</style>\n</head>";
        return sb.toString().replaceFirst("</head>", Matcher.quoteReplacement(style));
    }

    // ---- clauses

    /**
     * One clause of the body's policy, with the guideline's text and the local change.
     *
     * @param kind       the change's kind as the profile writes it (replace, append, omit, title, insert), "" for none
     * @param localTitle the heading as the body's documents print it (a title: change, an inserted clause's heading)
     * @param inserted   a clause of the body's own (insert: under a local. id): no guideline text
     */
    public record ClauseRow(String id, String document, String number, String title, int depth, String guideline,
                            String local, String kind, String reason, boolean omitted, String localTitle, boolean inserted,
                            String after) {
        public String getId() {
            return id;
        }

        /** What the clause list says of the change: 置き換え, 追記, 削除, 見出し, 独自の条項, or two of them. */
        public String changeLabel() {
            String body = switch (kind) {
                case "replace" -> "置き換え";
                case "append" -> "追記";
                case "omit" -> "削除";
                case "insert" -> "独自の条項";
                case "title" -> "見出し";
                default -> "";
            };
            boolean retitled = !inserted && !kind.equals("title") && !localTitle.isEmpty() && !localTitle.equals(title);
            return retitled && !body.isEmpty() ? body + "・見出し" : body;
        }
    }

    private Optional<Profile> profileOf(String name, String text) {
        return read(name, text).profile();
    }

    private List<ClauseRow> rows(String name, String text) {
        Optional<Profile> actual = profileOf(name, text);
        YamlEditor plain = new YamlEditor(text);
        plain.remove(List.of("overrides"));
        Optional<Profile> guideline = profileOf(name, plain.text());
        if (actual.isEmpty() || guideline.isEmpty()) {
            return List.of();
        }
        Map<String, Section> local = new HashMap<>();
        Map<String, String> localDocument = new HashMap<>();
        for (Document d : generator.resolve(actual.get()).policy().documents()) {
            d.flatten().forEach(s -> {
                local.put(s.id(), s);
                localDocument.put(s.id(), d.title());
            });
        }
        Map<String, Profile.Override> overrides = actual.get().overrides();
        List<ClauseRow> rows = new ArrayList<>();
        for (Document d : generator.resolve(guideline.get()).policy().documents()) {
            if (d.kind().id().equals("roles")) {
                continue;
            }
            for (Section s : d.sections()) {
                addRows(rows, d.title(), s, 0, local, overrides);
            }
        }
        // the body's own clauses, each after the clause (and that clause's sub-clauses) it follows; one that follows
        // another of the body's own waits until that one has its row (a chain, in the documents' order)
        List<Profile.Override> pending = new ArrayList<>(overrides.values().stream()
                .filter(o -> o.kind() == Profile.Override.Kind.INSERT && !o.row())
                .sorted(java.util.Comparator.comparingInt(Profile.Override::line)).toList());
        for (boolean placed = true; placed && !pending.isEmpty(); ) {
            placed = false;
            for (java.util.Iterator<Profile.Override> it = pending.iterator(); it.hasNext(); ) {
                Profile.Override o = it.next();
                int after = -1;
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).id().equals(o.after())) {
                        after = i;
                        break;
                    }
                }
                if (after < 0) {
                    continue;
                }
                addInsertRow(rows, after, o, local, localDocument);
                it.remove();
                placed = true;
            }
        }
        pending.forEach(o -> addInsertRow(rows, -1, o, local, localDocument)); // no place: listed last, not hidden
        return rows;
    }

    /** The row of a clause of the body's own, after the row {@code after} and its sub-clauses (-1: at the end). */
    private static void addInsertRow(List<ClauseRow> rows, int after, Profile.Override o, Map<String, Section> local,
                                     Map<String, String> localDocument) {
        Section l = local.get(o.clauseId());
        int at = rows.size();
        int depth = 0;
        if (after >= 0) {
            depth = rows.get(after).depth();
            at = after + 1;
            // past the sub-clauses of the one it follows, and the body's own clauses already placed after it
            while (at < rows.size() && (rows.get(at).depth() > depth
                    || rows.get(at).inserted() && rows.get(at).depth() == depth)) {
                at++;
            }
        }
        rows.add(at, new ClauseRow(o.clauseId(), localDocument.getOrDefault(o.clauseId(), ""),
                l == null ? "" : l.number().isEmpty() ? l.label() : l.number(), o.title(), depth, "",
                l == null ? o.text() : l.plainText(), "insert", o.reason(), false, o.title(), true, o.after()));
    }

    private static void addRows(List<ClauseRow> rows, String doc, Section g, int depth, Map<String, Section> local,
                                Map<String, Profile.Override> overrides) {
        Section l = local.get(g.id());
        Profile.Override o = overrides.get(g.id());
        String kind = o == null ? "" : o.kind().name().toLowerCase(java.util.Locale.ROOT);
        rows.add(new ClauseRow(g.id(), doc, l == null ? "" : l.number().isEmpty() ? l.label() : l.number(),
                g.title(), depth, g.plainText(), l == null ? "" : l.plainText(), kind, o == null ? "" : o.reason(),
                l == null, l == null ? "" : l.title(), false, ""));
        for (Section c : g.children()) {
            addRows(rows, doc, c, depth + 1, local, overrides);
        }
    }

    private Response clauses(String name, String q, String deleted) throws Exception {
        Loaded l = load(name);
        List<ClauseRow> all = rows(name, l.text());
        String query = q.strip();
        List<ClauseRow> shown = query.isEmpty() ? all : all.stream().filter(r -> r.id().contains(query)
                || r.number().contains(query) || r.title().contains(query) || r.localTitle().contains(query)
                || r.guideline().contains(query) || r.local().contains(query)).toList();
        Map<String, Object> m = model(name + " — 条項");
        m.put("name", name);
        m.put("q", query);
        m.put("rows", shown);
        m.put("total", all.size());
        m.put("valid", read(name, l.text()).profile().isPresent());
        m.put("notice", deleted.isEmpty() ? "" : "独自の条項「" + deleted + "」を削除しました。");
        return page("clauses", m);
    }

    private Response clause(String name, String id, String notice, List<String> messages, Request submitted)
            throws Exception {
        if (!CLAUSE_ID.matcher(id).matches()) {
            return Response.html(404, errorPage(404, "条項「" + id + "」はありません。"));
        }
        Loaded l = load(name);
        Optional<ClauseRow> row = rows(name, l.text()).stream().filter(r -> r.id().equals(id)).findFirst();
        if (row.isEmpty()) {
            return Response.html(404, errorPage(404, "条項「" + id + "」は、このプロファイルの文書にはありません。"));
        }
        Map<String, Object> m = model(name + " — " + row.get().title());
        m.put("name", name);
        m.put("row", row.get());
        m.put("version", l.version());
        m.put("notice", notice);
        m.put("messages", messages);
        Map<String, String> values = new LinkedHashMap<>();
        Profile.Override o = profileOf(name, l.text()).map(p -> p.overrides().get(id)).orElse(null);
        String kind = row.get().kind();
        values.put("kind", kind.equals("title") ? "" : kind);
        values.put("reason", row.get().reason());
        values.put("text", o == null || o.kind() == Profile.Override.Kind.TITLE ? "" : o.text());
        values.put("title", o == null ? "" : o.title());
        values.put("newId", "");
        values.put("newTitle", "");
        values.put("newText", "");
        values.put("newReason", "");
        if (submitted != null) {
            for (String k : values.keySet()) {
                if (submitted.form.containsKey(k)) { // the form that was sent; the other keeps what the file says
                    values.put(k, submitted.field(k));
                }
            }
        }
        m.put("values", values);
        m.put("schema", schema.overrideFields());
        return Response.html(messages.isEmpty() ? 200 : 422, pages.render("clause", m));
    }

    private static final List<String> BODY_KINDS = List.of("replace", "omit", "append");
    private static final Pattern LOCAL_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    /**
     * Saves the change of one clause: for a guideline clause the body change (replace / append / omit or none) and
     * a new heading (title:); for the body's own clause its heading and text (insert:), or its removal.
     */
    private Response saveClause(String name, String id, Request req) throws Exception {
        if (!CLAUSE_ID.matcher(id).matches()) {
            return Response.html(404, errorPage(404, "条項「" + id + "」はありません。"));
        }
        Loaded l = load(name);
        YamlEditor e = new YamlEditor(l.text());
        List<Object> at = List.of("overrides", id);
        String kind = req.field("kind");
        String text = multiline(req.field("text"));
        String title = req.field("title").strip();
        String reason = req.field("reason").strip();
        if (id.startsWith("local.")) {
            if (req.field("_action").equals("delete")) {
                e.remove(at);
            } else {
                e.set(List.of("overrides", id, "insert", "title"), title);
                e.set(List.of("overrides", id, "insert", "text"), text);
                e.set(List.of("overrides", id, "reason"), reason.isEmpty() ? null : reason);
            }
        } else if (!kind.isEmpty() && !BODY_KINDS.contains(kind)) {
            return Response.html(400, errorPage(400, "変更の種類を一覧から選んでください。"));
        } else if (kind.isEmpty() && title.isEmpty()) {
            e.remove(at);
        } else {
            for (String k : BODY_KINDS) {
                if (!k.equals(kind)) {
                    e.remove(List.of("overrides", id, k));
                }
            }
            if (!kind.isEmpty()) {
                e.set(List.of("overrides", id, kind), kind.equals("omit") ? Boolean.TRUE : text);
            }
            e.set(List.of("overrides", id, "title"), title.isEmpty() ? null : title);
            e.set(List.of("overrides", id, "reason"), reason.isEmpty() ? null : reason);
        }
        Optional<Response> refused = write(name, id, req, e.text());
        if (refused.isPresent()) {
            return refused.get();
        }
        if (id.startsWith("local.") && req.field("_action").equals("delete")) {
            return Response.redirect("/p/" + ServeApp.encode(name) + "/clauses?deleted=" + ServeApp.encode(id));
        }
        return clause(name, id, "保存しました。", List.of(), null);
    }

    /** Adds a clause of the body's own after this one (insert: under a local. id), then opens it. */
    private Response insertClause(String name, String after, Request req) throws Exception {
        if (!CLAUSE_ID.matcher(after).matches()) {
            return Response.html(404, errorPage(404, "条項「" + after + "」はありません。"));
        }
        Loaded l = load(name);
        String slug = req.field("newId").strip();
        if (slug.startsWith("local.")) {
            slug = slug.substring("local.".length());
        }
        if (!LOCAL_NAME.matcher(slug).matches()) {
            return clause(name, after, "", List.of("独自の条項の ID は、半角の英小文字・数字と - で書いてください"
                    + "（例: usb-ban）。ID は local. で始まる名前になります。"), req);
        }
        String id = "local." + slug;
        if (new YamlEditor(l.text()).node(List.of("overrides", id)).isPresent()
                || rows(name, l.text()).stream().anyMatch(r -> r.id().equals(id))) {
            return clause(name, after, "", List.of("ID「" + id + "」の条項は既にあります。別の名前にしてください。"), req);
        }
        YamlEditor e = new YamlEditor(l.text());
        e.set(List.of("overrides", id, "insert", "after"), after);
        e.set(List.of("overrides", id, "insert", "title"), req.field("newTitle").strip());
        e.set(List.of("overrides", id, "insert", "text"), multiline(req.field("newText")));
        String reason = req.field("newReason").strip();
        e.set(List.of("overrides", id, "reason"), reason.isEmpty() ? null : reason);
        Optional<Response> refused = write(name, after, req, e.text());
        if (refused.isPresent()) {
            return refused.get();
        }
        return clause(name, id, "独自の条項を加えました。", List.of(), null);
    }

    private static String multiline(String field) {
        return field.replace("\r\n", "\n").strip();
    }

    /** Writes a clause edit when the reader accepts it and the file is still the page's version; else the page again. */
    private Optional<Response> write(String name, String id, Request req, String text) throws Exception {
        ProfileReader.Result r = read(name, text);
        List<String> messages = r.findings().stream().filter(Finding::isError).map(Handlers::say).toList();
        if (messages.isEmpty() && r.profile().isPresent()) {
            // what only resolving shows (a clause of the body's own with no place in any document): not saved
            messages = generator.resolve(r.profile().get()).errors().stream().map(Handlers::say).toList();
        }
        if (!messages.isEmpty()) {
            return Optional.of(clause(name, id, "", messages, req));
        }
        try {
            folder.save(name, req.field("_version"), text);
        } catch (ProfileFolder.Conflict c) {
            return Optional.of(clause(name, id, "", List.of(c.getMessage()), req));
        }
        return Optional.empty();
    }

    // ---- upgrade to the latest edition, as a guided step

    static final String KEEP = "keep";
    static final String ACCEPT = "accept";

    /**
     * The move to the latest edition: the plan of {@link Upgrader} (the same as the command line's upgrade) shown as
     * an overview, then each 要確認 local change on its own step (keep it, or follow the new edition's text), then a
     * confirmation; only then is the profile written: the upgraded text the plan made, without the changes the author
     * let go. The file's version travels with the steps, so an edit made meanwhile elsewhere is not lost.
     */
    private Response upgrade(String name, Request req) throws Exception {
        Loaded l = load(name);
        Map<String, Object> m = model(name + " — 新しい版への移行");
        m.put("name", name);
        String latest = catalog.latestEdition();
        m.put("latestName", catalog.editionName(latest));
        m.put("message", "");
        ProfileReader.Result r = read(name, l.text());
        if (r.profile().isEmpty()) {
            m.put("state", "invalid");
            return page("upgrade", m);
        }
        Profile profile = r.profile().get();
        m.put("fromName", catalog.editionName(profile.guideline()));
        if (profile.guideline().equals(latest)) {
            m.put("state", "latest");
            return page("upgrade", m);
        }
        String version = req == null ? l.version() : req.field("_version");
        if (!version.equals(l.version())) {
            m.put("state", "conflict");
            return Response.html(409, pages.render("upgrade", m));
        }
        Upgrade u;
        try {
            u = new Upgrader(catalog).plan(profile, l.text(), latest);
        } catch (UpgradeException e) {
            m.put("state", "refused");
            m.put("message", e.getMessage());
            return page("upgrade", m);
        }
        List<Upgrade.OverrideResult> review = u.overrides().stream()
                .filter(o -> o.status() == Upgrade.Status.REVIEW).toList();
        Map<String, String> decisions = new LinkedHashMap<>();
        if (req != null) {
            for (Upgrade.OverrideResult o : review) {
                String d = req.field("d." + o.id());
                if (d.equals(KEEP) || d.equals(ACCEPT)) {
                    decisions.put(o.id(), d);
                }
            }
        }
        int item = -1;
        if (req != null) {
            try {
                item = Math.max(-1, Math.min(review.size(), Integer.parseInt(req.field("item"))));
            } catch (NumberFormatException e) {
                item = -1;
            }
        }
        if (req != null && req.field("_action").equals("apply")) {
            Optional<Upgrade.OverrideResult> open = review.stream().filter(o -> !decisions.containsKey(o.id())).findFirst();
            if (open.isPresent()) { // a step left without a choice: show it again
                item = review.indexOf(open.get());
                m.put("message", "「" + open.get().number() + " " + open.get().title() + "」の扱いを選んでください。");
            } else {
                return applyUpgrade(name, l, u, review, decisions, m);
            }
        }
        m.put("state", item < 0 ? "overview" : item < review.size() ? "item" : "confirm");
        m.put("item", item);
        m.put("version", version);
        m.put("upgrade", u);
        m.put("review", review);
        m.put("decisions", decisions);
        m.put("unchanged", u.overrides().stream().filter(o -> o.status() == Upgrade.Status.UNCHANGED).toList());
        m.put("removed", u.overrides().stream().filter(o -> o.status() == Upgrade.Status.REMOVED).toList());
        if (item >= 0 && item < review.size()) {
            m.put("current", review.get(item));
            m.put("diff", jp.policygen.compare.TextDiff.diff(review.get(item).oldGuideline(), review.get(item).newGuideline()));
            m.put("choice", decisions.getOrDefault(review.get(item).id(), KEEP));
        }
        return page("upgrade", m);
    }

    /** Writes the upgraded profile: the plan's text, less the local changes the author chose to let go. */
    private Response applyUpgrade(String name, Loaded l, Upgrade u, List<Upgrade.OverrideResult> review,
                                  Map<String, String> decisions, Map<String, Object> m) throws Exception {
        YamlEditor e = new YamlEditor(u.profileText());
        for (Upgrade.OverrideResult o : review) {
            if (decisions.get(o.id()).equals(ACCEPT)) {
                e.remove(List.of("overrides", o.newId()));
            }
        }
        ProfileReader.Result again = read(name, e.text());
        if (again.hasErrors()) { // the tool's own edit went wrong: say so, write nothing
            m.put("state", "failed");
            m.put("errors", again.findings().stream().filter(Finding::isError).map(Finding::format).toList());
            return Response.html(500, pages.render("upgrade", m));
        }
        // the file as it was, beside the outputs, for the author who wants to look back
        Path before = output.resolve(OutputFolder.safeName(name + "_移行前_" + u.from()) + ".yaml");
        Files.createDirectories(output);
        Files.writeString(before, l.text(), StandardCharsets.UTF_8);
        try {
            folder.save(name, l.version(), e.text());
        } catch (ProfileFolder.Conflict c) {
            m.put("state", "conflict");
            return Response.html(409, pages.render("upgrade", m));
        }
        long kept = decisions.values().stream().filter(KEEP::equals).count();
        return Response.redirect("/p/" + ServeApp.encode(name) + "?upgraded=" + ServeApp.encode(u.to())
                + "&kept=" + kept + "&dropped=" + (decisions.size() - kept));
    }

    // ---- outputs

    /**
     * The folders serve offers downloads from: generate's DIR/&lt;name&gt;/ and diff's DIR/&lt;name&gt;_新旧対照表/,
     * each listing its files in its manifest.json, and the 対策チェックリスト that check writes into DIR itself
     * (DIR/&lt;name&gt;_対策チェックリスト.docx/.xlsx). Only those names can be downloaded.
     */
    enum FileSet {
        documents, comparison, checklist;

        static Optional<FileSet> of(String key) {
            for (FileSet f : values()) {
                if (f.name().equals(key)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** The checklist formats offered for download (what check --format writes besides text and json). */
    static final List<String> CHECKLIST_FORMATS = List.of("docx", "xlsx");

    private Path outputFolder(String name) {
        return outputFolder(name, FileSet.documents);
    }

    private Path outputFolder(String name, FileSet set) {
        return switch (set) {
            case documents -> output.resolve(OutputFolder.safeName(name));
            case comparison -> output.resolve(OutputFolder.safeName(name + "_" + ComparisonDocument.TITLE));
            case checklist -> output;
        };
    }

    private static String checklistFile(String name, String format) {
        return OutputFolder.safeName(name) + "_" + ChecklistSheet.TITLE + "." + format;
    }

    /** One document of an output folder with a link per format (Word, PDF, HTML), for the outputs page. */
    public record OutputRow(String title, List<OutputLink> links) {
    }

    /** A download: what it is called on the page (with its format, so that every link says where it leads). */
    public record OutputLink(String href, String format, String file) {
    }

    private Response outputs(String name, String notice) throws Exception {
        load(name);
        Map<String, Object> m = model(name + " — 出力");
        m.put("name", name);
        m.put("notice", notice);
        m.put("folder", outputFolder(name).toAbsolutePath().toString());
        m.put("documents", rowsOf(name, FileSet.documents));
        m.put("comparison", rowsOf(name, FileSet.comparison));
        m.put("comparisonFolder", outputFolder(name, FileSet.comparison).toAbsolutePath().toString());
        m.put("checklistFiles", rowsOf(name, FileSet.checklist));
        m.put("checklistFolder", output.toAbsolutePath().toString());
        m.put("checklist", checklist(name));
        return page("outputs", m);
    }

    /** The files of a set grouped by document (one row per name, one link per format), in the manifest's order. */
    private List<OutputRow> rowsOf(String name, FileSet set) throws IOException {
        Map<String, List<OutputLink>> byTitle = new LinkedHashMap<>();
        for (String f : files(name, set)) {
            int dot = f.lastIndexOf('.');
            String base = dot < 0 ? f : f.substring(0, dot);
            String ext = dot < 0 ? "" : f.substring(dot + 1);
            // 01_情報セキュリティ基本方針 → 情報セキュリティ基本方針; kakuu-shi_対策チェックリスト → 対策チェックリスト
            String title = base.replaceFirst("^\\d+_", "");
            if (title.startsWith(OutputFolder.safeName(name) + "_")) {
                title = title.substring(OutputFolder.safeName(name).length() + 1);
            }
            String href = "/p/" + ServeApp.encode(name) + "/files/" + set.name() + "/" + ServeApp.encode(f);
            byTitle.computeIfAbsent(title, k -> new ArrayList<>()).add(new OutputLink(href, formatName(ext), f));
        }
        List<OutputRow> rows = new ArrayList<>();
        byTitle.forEach((t, links) -> rows.add(new OutputRow(t, links)));
        return rows;
    }

    private static String formatName(String ext) {
        return switch (ext) {
            case "docx" -> "Word";
            case "xlsx" -> "Excel";
            case "pdf" -> "PDF";
            case "html" -> "HTML";
            case "json" -> "JSON";
            default -> ext;
        };
    }

    /** What check prints for the profile: its errors, or the checklist of what the model and features require. */
    private String checklist(String name) throws Exception {
        Loaded l = load(name);
        return run("check", l.file().toString()).text();
    }

    record Run(int status, String text) {
    }

    /** A policygen command run in this process, as the user would run it; its messages are for the page. */
    private static Run run(String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = jp.policygen.cli.Main.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        return new Run(status, (out + "\n" + err).strip());
    }

    private Response compare(String name) throws Exception {
        Loaded l = load(name);
        Run r = run("diff", l.file().toString(), "-o", output.toString());
        return outputs(name, r.text());
    }

    /** The 対策チェックリスト as Word and Excel files, written by check as the command line writes them. */
    private Response checklistFiles(String name) throws Exception {
        Loaded l = load(name);
        Run r = run("check", l.file().toString(), "--format", String.join(",", CHECKLIST_FORMATS), "-o", output.toString());
        return outputs(name, r.text());
    }

    /** The files a set holds now: from its manifest.json, or the checklist files check wrote. */
    private List<String> files(String name, FileSet set) throws IOException {
        if (set == FileSet.checklist) {
            return CHECKLIST_FORMATS.stream().map(f -> checklistFile(name, f))
                    .filter(f -> Files.isRegularFile(output.resolve(f), java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        }
        Path manifest = outputFolder(name, set).resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile());
        List<String> files = new ArrayList<>();
        root.path("files").forEach(f -> files.add(f.path("path").asText()));
        return files;
    }

    // ---- earlier versions of the profile (undo without git)

    private Response versions(String name, String notice) throws Exception {
        Loaded l = load(name);
        Map<String, Object> m = model(name + " — 以前の版");
        m.put("name", name);
        m.put("notice", notice);
        List<Map<String, String>> rows = new ArrayList<>();
        for (jp.policygen.generate.ProfileVersions.Version v : jp.policygen.generate.ProfileVersions.of(l.file(), output)) {
            rows.add(Map.of("label", v.label(), "file", v.file().toAbsolutePath().toString()));
        }
        m.put("versions", rows);
        m.put("version", l.version());
        m.put("saved", l.file().toAbsolutePath().getParent().resolve(jp.policygen.generate.ProfileVersions.SAVED).toString());
        return page("versions", m);
    }

    /** Puts the chosen version back, as `policygen restore` does (the current text is kept first). */
    private Response restore(String name, Request req) throws Exception {
        Loaded l = load(name);
        List<jp.policygen.generate.ProfileVersions.Version> all = jp.policygen.generate.ProfileVersions.of(l.file(), output);
        int n;
        try {
            n = Integer.parseInt(req.field("n"));
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n >= all.size() || !req.field("_version").equals(l.version())) {
            return versions(name, "一覧が変わったため戻していません。一覧を確かめて、もう一度選んでください。");
        }
        jp.policygen.generate.ProfileVersions.restore(l.file(), all.get(n), java.time.LocalDateTime.now());
        return versions(name, "「" + all.get(n).label() + "」の内容に戻しました。戻す前の内容も一覧に残しています。");
    }

    /** generate, run as the command line runs it: same files, same history/ of earlier versions, same messages. */
    private Response generate(String name) throws Exception {
        Loaded l = load(name);
        Run r = run("generate", l.file().toString(), "-o", output.toString());
        return outputs(name, r.text());
    }

    static final Map<String, String> CONTENT_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pdf", "application/pdf",
            "html", "text/html; charset=utf-8",
            "json", "application/json");

    private Response download(String name, String setKey, String file) throws Exception {
        load(name);
        Optional<FileSet> set = FileSet.of(setKey);
        // only what a manifest lists (or the checklist's two names): no path from the browser reaches the disk
        if (set.isEmpty() || !files(name, set.get()).contains(file)) {
            return Response.html(404, errorPage(404, "このファイルはありません。先に「文書を作成」してください。"));
        }
        Path p = outputFolder(name, set.get()).resolve(file);
        String ext = file.substring(file.lastIndexOf('.') + 1);
        String type = CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
        return new Response(200, type, Files.readAllBytes(p), Map.of("Content-Disposition", attachment(file)));
    }

    /**
     * Content-Disposition for a file with a Japanese name (RFC 6266): the UTF-8 name for every current browser,
     * and an ASCII stand-in (policygen + extension) for a client that reads only {@code filename}.
     */
    static String attachment(String file) {
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.')) : "";
        String ascii = file.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? file : "policygen" + ext;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + ServeApp.encode(file).replace("*", "%2A");
    }

    Map<String, Field> fieldsByPath() {
        return FormSchema.byPath(schema.fields());
    }
}
