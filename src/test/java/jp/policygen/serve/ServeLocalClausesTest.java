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
}
