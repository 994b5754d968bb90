package jp.policygen.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.profile.Finding;
import jp.policygen.profile.ProfileReader;
import jp.policygen.serve.ProfileFolder.Loaded;
import jp.policygen.serve.ServeApp.Response;

/** The profile as a form (with the live check and preview), and as YAML text for what the form cannot show. */
final class ProfilePage extends Page {

    ProfilePage(Site site) {
        super(site);
    }

    /** The end of what the profile page says after the guided upgrade wrote the file (author's wording). */
    static final String UPGRADED_TAIL = "新しく加わった項目はコメント「要確認」の"
            + "付いた既定値で書き込んであります。施行日・版・改定履歴はまだ昨年度のままです。下の「施行日」「版」を今年度のものにし、"
            + "「改定履歴」に今回の改定を加えてから保存し、文書と新旧対照表を作成してください"
            + "（手順は利用の手引き docs/guide/yearly-revision.md）。";

    Response profilePage(String name, String notice) throws Exception {
        Loaded l = load(name);
        return formPage(name, l.text(), l.version(), notice, 200);
    }

    Response formPage(String name, String text, String version, String notice, int status) throws Exception {
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
        byField.forEach((k, v) -> messages.put(k, v.stream().map(Page::sayOnForm).toList()));
        m.put("messages", messages);
        m.put("general", general.stream().map(f -> (f.line() > 0 ? f.line() + "行目: " : "") + sayOnForm(f)).toList());
        m.put("fields", schema.fields());
        m.put("errorCount", r.findings().stream().filter(Finding::isError).count());
        m.put("doc", doc);
        m.put("docs", Map.of("basic-policy", "基本方針", "standard", "対策基準"));
        m.put("preview", r.profile().map(p -> preview(name, p, doc)).orElse(""));
    }

    Response check(String name, Request req) throws Exception {
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

    Response save(String name, Request req) throws Exception {
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
        return Response.redirect("/p/" + ServeApp.encode(name) + "?" + notices.put("保存しました。"));
    }

    /** The profile as text, for what the form cannot show: a file that is not YAML any more, or keys it does not know. */
    Response yamlPage(String name, String text, String version, List<Finding> findings, int status)
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

    Response saveYaml(String name, Request req) throws Exception {
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
        return Response.redirect("/p/" + ServeApp.encode(name) + "?" + notices.put("保存しました。"));
    }
}
