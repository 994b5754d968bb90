package jp.policygen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clause editor tells the truth about the body's own clauses: one added after another of the body's own is
 * listed and previewed right after it, and one that would have no place in any document is not saved.
 */
class ServeLocalClausesTest {
    @TempDir
    static Path tmp;
    static ServeFixture serve;

    @BeforeAll
    static void start() throws IOException {
        serve = ServeFixture.start(tmp);
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void aClauseAddedAfterTheBodysOwnClauseFollowsItInTheListAndThePreview() throws Exception {
        serve.copy("kakuu-machi", "chain");
        Browserless browser = serve.browser;
        String first = "/p/chain/clauses/std.human.passwords";
        Browserless.Page clause = browser.get(first);
        String token = clause.hidden("_csrf");
        Browserless.Page a = browser.post(first + "/insert", "_csrf", token, "_version", clause.hidden("_version"),
                "newId", "first-own", "newTitle", "一つ目の独自条項", "newText", "一つ目の本文。", "newReason", "独自");
        assertEquals(200, a.status(), a.body());
        Browserless.Page b = browser.post("/p/chain/clauses/local.first-own/insert", "_csrf", token,
                "_version", a.hidden("_version"), "newId", "second-own", "newTitle", "二つ目の独自条項",
                "newText", "二つ目の本文。", "newReason", "独自");
        assertEquals(200, b.status(), b.body());
        assertTrue(b.body().contains("独自の条項を加えました。"), b.body());
        String list = browser.get("/p/chain/clauses").body();
        int passwords = list.indexOf("id=\"c-std.human.passwords\"");
        int one = list.indexOf("id=\"c-local.first-own\"");
        int two = list.indexOf("id=\"c-local.second-own\"");
        assertTrue(passwords > 0 && passwords < one && one < two, passwords + " " + one + " " + two);
        String preview = browser.post("/p/chain/check", "_csrf", token).body();
        int p1 = preview.indexOf("一つ目の独自条項");
        int p2 = preview.indexOf("二つ目の独自条項");
        assertTrue(p1 > 0 && p1 < p2, "both in the documents, in order: " + p1 + " " + p2);
    }

    @Test
    void aClauseWithNoPlaceInAnyDocumentIsNotSaved() throws Exception {
        serve.copy("kakuu-mura", "nowhere"); // no 第4編: government_cloud is false
        Browserless browser = serve.browser;
        String before = serve.read("nowhere");
        Browserless.Page clause = browser.get("/p/nowhere/clauses/std.human.passwords");
        Browserless.Page r = browser.post("/p/nowhere/clauses/cloud.purpose/insert", "_csrf", clause.hidden("_csrf"),
                "_version", clause.hidden("_version"), "newId", "cloud-own", "newTitle", "クラウドの独自条項",
                "newText", "本文。", "newReason", "独自");
        assertFalse(r.body().contains("独自の条項を加えました。"), r.body());
        assertTrue(r.body().contains("条項「cloud.purpose」は、このプロファイルの文書にはありません。"), r.body());
        assertEquals(before, serve.read("nowhere"), "nothing saved");
    }

    @Test
    void replacingStartsFromTheCurrentTextAndAFigureThatIsAParameterIsPointedTo() throws Exception {
        serve.copy("kakuu-mura", "start");
        Browserless browser = serve.browser;
        String url = "/p/start/clauses/std.human.passwords";
        Browserless.Page clause = browser.get(url);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-current=\"([^\"]*)\"").matcher(clause.body());
        assertTrue(m.find(), clause.body());
        String current = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        assertTrue(current.startsWith("職員等は、自らが管理するパスワードについて、次に掲げる事項を守らなければならない。\n\n- パスワードを秘密にし、"),
                current);
        assertTrue(current.contains("\n- パスワードは12文字以上とし、"), "the figures as printed: " + current);
        // the figure comes from parameters: the page names it by the form's title and links the field
        assertTrue(clause.body().contains("「12文字」は、プロファイルの「数値と頻度」の<a href=\"/p/start#f-parameters-password_min_length\">"
                + "「パスワードの最小の文字数」</a>で決めています"), clause.body());
        assertTrue(clause.body().contains("「3種類」は、プロファイルの「数値と頻度」の<a href=\"/p/start#f-parameters-password_char_types\">"),
                clause.body());
        assertTrue(browser.get("/p/start").body().contains("id=\"f-parameters-password_min_length\""), "the link's target");
        // saved unchanged as a replacement, the clause reads as before: the start is the text itself
        String before = clauseText("start", "std.human.passwords");
        Browserless.Page saved = browser.post(url, "_csrf", clause.hidden("_csrf"), "_version", clause.hidden("_version"),
                "kind", "replace", "text", current, "title", "", "reason", "試験");
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.body().contains("保存しました。"), saved.body());
        assertTrue(serve.read("start").contains("replace: |"), serve.read("start"));
        assertEquals(before, clauseText("start", "std.human.passwords"));
    }

    /** The clause's text in the documents the saved profile makes. */
    private static String clauseText(String name, String id) throws IOException {
        jp.policygen.catalog.Catalog catalog = new jp.policygen.catalog.Catalog();
        jp.policygen.profile.Profile p = new jp.policygen.profile.ProfileReader(catalog).read(name + ".yaml", name,
                serve.read(name).getBytes(java.nio.charset.StandardCharsets.UTF_8)).profile().orElseThrow();
        return new jp.policygen.resolve.Resolver(new jp.policygen.catalog.TemplateEngine())
                .resolve(p, catalog.edition(p.guideline())).policy().documents().stream()
                .flatMap(d -> d.flatten().stream()).filter(s -> s.id().equals(id)).findFirst().orElseThrow().plainText();
    }
}
