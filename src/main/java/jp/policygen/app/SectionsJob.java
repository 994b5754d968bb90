package jp.policygen.app;

import jp.policygen.profile.EditionId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.Clause;
import jp.policygen.catalog.Edition;
import jp.policygen.catalog.Lineage;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.render.json.Json;
import jp.policygen.resolve.CatalogOutline;

/**
 * sections: every clause of an edition (id, number, title, source, condition, and what the edition changed), or
 * the clauses of one body's documents as they print them; as tab-separated text or JSON.
 */
public final class SectionsJob {
    private final Workspace workspace;

    public SectionsJob(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * What to list.
     *
     * @param edition the edition (null: the latest)
     * @param format  text or json
     * @param profile the body whose documents to list, or null for the edition's catalog
     * @param grep    only clauses holding this word (full- and half-width alike), or null
     */
    public record Request(String edition, String format, Path profile, String grep) {
    }

    public Status run(Request request, Console console) {
        return new Listing(request).call(console);
    }

    /** One run's listing: the request's values, which the edition's default fills in. */
    private final class Listing {
        private String edition;
        private final String format;
        private final Path profile;
        private final String grep;

        Listing(Request request) {
            this.edition = request.edition();
            this.format = request.format();
            this.profile = request.profile();
            this.grep = request.grep();
        }

        /** Characters of body text shown with each clause of a body's policy. */
        static final int EXCERPT = 40;

        Status call(Console console) {
            PrintWriter out = console.out();
            PrintWriter err = console.err();
            Catalog catalog = workspace.catalog();
            if (profile != null) {
                return ofProfile(catalog, out, err);
            }
            Optional<EditionId> shipped = edition == null ? Optional.of(catalog.latestEdition()) : catalog.shipped(edition);
            if (shipped.isEmpty()) {
                err.println("引数が正しくありません: " + catalog.notShipped(edition));
                return Status.BAD_INPUT;
            }
            if (!format.equals("text") && !format.equals("json")) {
                err.println("引数が正しくありません: --format には text か json を指定してください。");
                return Status.BAD_INPUT;
            }
            Edition e = catalog.edition(shipped.get());
            // against the edition it revised: 新設 / 変更 / そのまま (nothing for the oldest edition)
            Lineage lineage = e.info().base().isPresent() ? Lineage.of(catalog, shipped.get()) : null;
            jp.policygen.catalog.ConditionWording conditions =
                    new jp.policygen.catalog.ConditionWording(jp.policygen.profile.KeyTitles.schema());
            List<Object> rows = new ArrayList<>();
            for (CatalogDocument d : e.documents()) {
                for (CatalogOutline.Entry entry : CatalogOutline.of(d)) {
                    Clause c = entry.clause();
                    if (!matches(c.id(), c.title(), c.source())) {
                        continue;
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", c.id());
                    m.put("number", entry.number());
                    m.put("title", c.title());
                    m.put("source", c.source());
                    // in the form's words with the profile's keys (テレワーク：はい（features.telework）), never the
                    // template's own names (features.telework is the same; net.mynumberScreenTransfer is not)
                    m.put("condition", conditions.words(entry.condition()));
                    m.put("document", d.kind().id());
                    if (lineage != null) {
                        Lineage.Entry le = lineage.entry(c.id());
                        m.put("change", le.status().label());
                        // where a new or changed clause comes from (例文の改定 / 解説の改定点 / 本ツールの判断)
                        m.put("origin", le.origin().orElse(""));
                    }
                    rows.add(m);
                }
                d.roles().ifPresent(matrix -> roleRows(d, matrix, lineage, rows));
            }
            if (format.equals("json")) {
                out.print(new String(Json.bytes(rows), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                for (Object o : rows) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) o;
                    out.println(String.join("\t", String.valueOf(m.get("document")), String.valueOf(m.get("number")),
                            String.valueOf(m.get("id")), String.valueOf(m.get("title")), String.valueOf(m.get("source")),
                            String.valueOf(m.get("condition")))
                            + (lineage == null ? "" : "\t" + m.get("change")
                            + (String.valueOf(m.get("origin")).isEmpty() ? "" : "\t" + m.get("origin"))));
                }
            }
            return Status.OK;
        }

        /**
         * The groups and rows of the 権限・責任等一覧表 with their ids (roles.assets.disposal), which overrides: change as
         * they change clauses; the number is the group's (2(2)), the title the 事項.
         */
        private void roleRows(CatalogDocument d, jp.policygen.catalog.RolesMatrix matrix, Lineage lineage, List<Object> rows) {
            int g = 0;
            for (jp.policygen.catalog.RolesMatrix.Group group : matrix.groups()) {
                g++;
                String number = "2(" + g + ")";
                if (matches(group.id(), group.title(), group.source())) {
                    rows.add(roleRow(d, group.id(), number, group.title(), group.source(), lineage));
                }
                for (jp.policygen.catalog.RolesMatrix.Duty duty : group.duties()) {
                    String clauses = String.join("、", duty.clauses()); // the clauses that set the duty
                    if (matches(duty.id(), duty.duty(), clauses)) {
                        rows.add(roleRow(d, duty.id(), number, duty.duty(), clauses, lineage));
                    }
                }
            }
        }

        private static Map<String, Object> roleRow(CatalogDocument d, String id, String number, String title, String source,
                                                   Lineage lineage) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("number", number);
            m.put("title", title);
            m.put("source", source);
            m.put("condition", "");
            m.put("document", d.kind().id());
            if (lineage != null) {
                m.put("change", "");
                m.put("origin", "");
            }
            return m;
        }

        /** The clauses of one body's policy, as its documents print them. */
        private Status ofProfile(Catalog catalog, PrintWriter out, PrintWriter err) {
            if (!format.equals("text") && !format.equals("json")) {
                err.println("引数が正しくありません: --format には text か json を指定してください。");
                return Status.BAD_INPUT;
            }
            Workspace.Loaded loaded = workspace.read(List.of(profile));
            loaded.findings().forEach(f -> err.println(f.format()));
            if (loaded.hasErrors()) {
                err.println("プロファイルに誤りがあるため、条項を一覧にできません。上のメッセージに従って直してください。");
                return Status.BAD_INPUT;
            }
            Profile p = loaded.profiles().get(0);
            Policy policy = workspace.resolve(p).policy();
            List<Map<String, Object>> rows = new ArrayList<>();
            Edition edition = catalog.edition(p.guideline());
            for (Document d : policy.documents()) {
                java.util.Optional<jp.policygen.catalog.RolesMatrix> matrix = edition.documents().stream()
                        .filter(cd -> cd.kind() == d.kind()).findFirst().flatMap(CatalogDocument::roles);
                if (matrix.isPresent()) {
                    // the 一覧表 by the ids its overrides take (roles.assets.disposal), not its sections' (roles.duties.2)
                    for (RoleRowIds.Row r : RoleRowIds.of(d, matrix.get(), p)) {
                        if (matches(r.id(), r.title(), r.excerpt())) {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("document", d.kind().id());
                            m.put("number", r.number());
                            m.put("id", r.id());
                            m.put("title", r.title());
                            m.put("excerpt", r.excerpt());
                            m.put("origin", (r.id().startsWith(jp.policygen.profile.Profile.Override.LOCAL_ROW_PREFIX)
                                    ? jp.policygen.policy.Origin.LOCAL : p.overrides().containsKey(r.id())
                                    ? jp.policygen.policy.Origin.OVERRIDE : jp.policygen.policy.Origin.GUIDELINE).json());
                            m.put("where", d.kind().shortName() + " " + r.number());
                            rows.add(m);
                        }
                    }
                    continue;
                }
                for (Section s : d.flatten()) {
                    String text = s.plainText().replaceAll("\\s+", " ").strip();
                    String title = s.hasTitle() ? s.title() : firstWords(text);
                    if (!matches(s.id(), s.title(), text)) {
                        continue;
                    }
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("document", d.kind().id());
                    m.put("number", s.number());
                    m.put("id", s.id());
                    m.put("title", title);
                    m.put("excerpt", excerpt(text));
                    m.put("origin", s.origin().json());
                    m.put("where", d.kind().shortName() + (s.number().isEmpty() ? "" : " " + s.number()));
                    rows.add(m);
                }
            }
            if (format.equals("json")) {
                out.print(new String(Json.bytes(rows), java.nio.charset.StandardCharsets.UTF_8));
            } else {
                for (Map<String, Object> m : rows) {
                    out.println(String.join("\t", String.valueOf(m.get("where")), String.valueOf(m.get("id")),
                            String.valueOf(m.get("title")), String.valueOf(m.get("excerpt"))));
                }
                if (rows.isEmpty() && grep != null) {
                    err.println("「" + grep + "」を含む条項は、この団体の文書にありません。");
                }
            }
            return Status.OK;
        }

        /**
         * An untitled item's first words: up to a full-width space (a defined term: 「ネットワーク　…」), a comma or
         * a full stop, or 20 characters.
         */
        static String firstWords(String text) {
            int end = Math.min(text.length(), 20);
            for (int i = 2; i < end; i++) {
                if (text.charAt(i) == '　' || (i >= 4 && "、。：".indexOf(text.charAt(i)) >= 0)) {
                    return text.substring(0, i) + "…";
                }
            }
            return end < text.length() ? text.substring(0, end) + "…" : text;
        }

        private static String excerpt(String text) {
            return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
        }

        /** Whether one of the texts holds the --grep word, full- and half-width alike (ＩＳＭＡＰ = ISMAP). */
        private boolean matches(String... texts) {
            if (grep == null || grep.isBlank()) {
                return true;
            }
            String word = fold(grep.strip());
            for (String t : texts) {
                if (fold(t).contains(word)) {
                    return true;
                }
            }
            return false;
        }

        private static String fold(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        }
    }
}
