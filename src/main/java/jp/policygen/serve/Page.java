package jp.policygen.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.catalog.Catalog;
import jp.policygen.generate.Generator;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.profile.Wareki;
import jp.policygen.serve.ProfileFolder.Loaded;
import jp.policygen.serve.ServeApp.Response;
import jp.policygen.yaml.YamlEditor;

/**
 * What every page of serve shares: the folders, the catalog and the reader (made once, in {@link Site}), the page
 * templates, and the few steps all pages take (load a profile, read it, render a page or an error page).
 */
abstract class Page {
    static final Pattern SECTION = Pattern.compile("<section id=\"s-([a-z0-9.-]+)\"([^>]*)>");

    final ProfileFolder folder;
    final Path output;
    final Guard guard;
    final Catalog catalog;
    final ProfileReader reader;
    final Generator generator;
    final FormSchema schema;
    final ProfileForm form;
    final Pages pages;
    final String htmxPath;
    final jp.policygen.app.Workspace workspace;
    final Notices notices;

    Page(Site site) {
        this.folder = site.folder();
        this.output = site.output();
        this.guard = site.guard();
        this.catalog = site.catalog();
        this.reader = site.reader();
        this.generator = site.generator();
        this.schema = site.schema();
        this.form = site.form();
        this.pages = site.pages();
        this.htmxPath = site.htmxPath();
        this.workspace = site.workspace();
        this.notices = site.notices();
    }

    Map<String, Object> model(String title) {
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

    Response page(String template, Map<String, Object> m) {
        return Response.html(200, pages.render(template, m));
    }

    Loaded load(String name) throws ProfileFolder.Refused, IOException {
        return folder.read(name).orElseThrow(() -> new ProfileFolder.Refused(
                "「" + name + "」というプロファイルは見つかりません。一覧から選んでください。"));
    }

    /** A profile text checked by the same reader as the command line. */
    ProfileReader.Result read(String name, String text) {
        return reader.read(name + ".yaml", name, text.getBytes(StandardCharsets.UTF_8));
    }

    static String say(Finding f) {
        return (f.isError() ? "" : "注意: ") + f.message();
    }

    /**
     * A reader's message as the form shows it, beside fields labelled by the schema's titles: the keys it quotes
     * become those titles ('municipality.staff' → 「職員数」). The YAML page keeps the keys, as its reader edits them.
     */
    static String sayOnForm(Finding f) {
        return jp.policygen.profile.KeyTitles.schema().forStaff(say(f));
    }

    static boolean parses(String text) {
        try {
            new YamlEditor(text).node(List.of());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
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

    /** One document as the HTML writer writes it, with each clause linking to its editor. */
    String preview(String name, Profile p, String docId) {
        Policy policy = generator.resolve(p).policy();
        for (Document d : policy.documents()) {
            if (d.kind().id().equals(docId)) {
                try {
                    return linkClauses(name, new String(jp.policygen.app.RenderSession.bytes(d, "html"),
                            StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return "";
    }

    static String linkClauses(String name, String html) {
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
}
