package jp.policygen.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.policygen.policy.Document;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.serve.ProfileFolder.Loaded;
import jp.policygen.serve.ServeApp.Response;
import jp.policygen.yaml.YamlEditor;

/** The body's clauses: the list with the guideline's text beside the local change, and the editor of one clause. */
public final class ClausesPage extends Page {

    private static final Pattern CLAUSE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,200}");

    ClausesPage(Site site) {
        super(site);
    }

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

    /** @param notice what an action left for this page (from the server's state, never from the URL) */
    Response clauses(String name, String q, String notice) throws Exception {
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
        m.put("notice", notice);
        return page("clauses", m);
    }

    Response clause(String name, String id, String notice, List<String> messages, Request submitted)
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
        Optional<Profile> profile = profileOf(name, l.text());
        m.put("current", profile.map(p -> currentText(p, id)).orElse(""));
        m.put("figures", profile.map(p -> figures(p, id)).orElse(List.of()));
        return Response.html(messages.isEmpty() ? 200 : 422, pages.render("clause", m));
    }

    /** The clause's own text as the body's documents now print it, in the markup a replacement is written in. */
    private String currentText(Profile p, String id) {
        for (Document d : generator.resolve(p).policy().documents()) {
            for (Section s : d.flatten()) {
                if (s.id().equals(id)) {
                    return jp.policygen.markup.BodyMarkup.write(s.blocks());
                }
            }
        }
        return "";
    }

    /**
     * A figure the clause states that the profile sets under parameters: its title as the form shows it, the value
     * the documents print, and the form field's anchor.
     */
    public record Figure(String title, String value, String key, String anchor) {
    }

    /**
     * The parameters the clause's template prints (param.logRetentionYears): changed there, the figure changes in
     * every clause that states it; a replaced text keeps the figure it was written with.
     */
    private List<Figure> figures(Profile p, String id) {
        if (!catalog.has(p.guideline())) {
            return List.of();
        }
        String template = catalog.edition(p.guideline()).clause(id).flatMap(c -> c.body()).orElse("");
        List<Figure> out = new ArrayList<>();
        for (jp.policygen.profile.Parameter x : jp.policygen.profile.Parameter.ALL) {
            if (Pattern.compile("\\bparam\\." + x.model() + "\\b").matcher(template).find()) {
                String key = "parameters." + x.key();
                String value = p.parameter(x);
                out.add(new Figure(jp.policygen.profile.KeyTitles.schema().title(key).orElse(x.label()),
                        x.isChoice() ? x.wording(value).replaceAll("ごとに$", "ごと") : value + x.unit(), key,
                        "f-" + key.replaceAll("[^A-Za-z0-9_-]", "-")));
            }
        }
        return out;
    }

    private static final List<String> BODY_KINDS = List.of("replace", "omit", "append");
    private static final Pattern LOCAL_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");

    /**
     * Saves the change of one clause: for a guideline clause the body change (replace / append / omit or none) and
     * a new heading (title:); for the body's own clause its heading and text (insert:), or its removal.
     */
    Response saveClause(String name, String id, Request req) throws Exception {
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
            return Response.redirect("/p/" + ServeApp.encode(name) + "/clauses?"
                    + notices.put("独自の条項「" + id + "」を削除しました。"));
        }
        return clause(name, id, "保存しました。", List.of(), null);
    }

    /** Adds a clause of the body's own after this one (insert: under a local. id), then opens it. */
    Response insertClause(String name, String after, Request req) throws Exception {
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
        List<String> messages = r.findings().stream().filter(Finding::isError).map(Page::say).toList();
        if (messages.isEmpty() && r.profile().isPresent()) {
            // what only resolving shows (a clause of the body's own with no place in any document): not saved
            messages = generator.resolve(r.profile().get()).errors().stream().map(Page::say).toList();
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
}
