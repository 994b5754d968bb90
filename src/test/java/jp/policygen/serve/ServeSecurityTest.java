package jp.policygen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The security rules of a server on the user's PC, each as an attacker or a second window would meet it. */
class ServeSecurityTest {
    @TempDir
    static Path tmp;
    static ServeFixture serve;
    static Path dir;
    static ServeApp app;
    static Browserless browser;

    @BeforeAll
    static void start() throws IOException {
        serve = ServeFixture.start(tmp);
        serve.copy("kakuu-shi", "shi");
        serve.copy("kakuu-machi", "machi");
        Files.writeString(tmp.resolve("secret.yaml"), "guideline: \"2024-10\"\n");
        dir = serve.dir;
        app = serve.app;
        browser = serve.browser;
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws IOException {
        assertEquals(InetAddress.getByName("127.0.0.1"), app.address().getAddress());
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    assertThrows(ConnectException.class, () -> new Socket(a, app.port()).close(),
                            "the port answers on " + a);
                }
            }
        }
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws IOException {
        String rebound = browser.rawGet("attacker.example:" + app.port(), "/p/shi");
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(rebound.contains("このアドレスからは利用できません"), rebound);
        assertFalse(rebound.contains("架空市"), rebound);
        assertTrue(browser.rawGet("127.0.0.1:" + (app.port() + 1), "/").startsWith("HTTP/1.1 403"));
        assertTrue(browser.rawGet("127.0.0.1:" + app.port(), "/").startsWith("HTTP/1.1 200"));
        assertTrue(browser.rawGet("localhost:" + app.port(), "/").startsWith("HTTP/1.1 200"));
    }

    @Test
    void aChangeWithoutTheTokenIsRefusedAndNothingIsWritten() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("shi.yaml"));
        String version = browser.get("/p/shi").hidden("_version");
        Browserless.Page p = browser.post("/p/shi/save", "_version", version, "municipality.name", "乗っ取り市");
        assertEquals(403, p.status());
        assertTrue(p.body().contains("画面を読み込み直してから"), p.body());
        Browserless.Page wrong = browser.post("/p/shi/save", "_csrf", "guess", "_version", version, "municipality.name", "乗っ取り市");
        assertEquals(403, wrong.status());
        assertEquals(403, browser.post("/new", "name", "x", "sample", "kakuu-shi").status());
        assertEquals(List.of("machi", "shi"), new ProfileFolder(dir).list());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(dir.resolve("shi.yaml")));
    }

    @Test
    void aChangeFromAnotherSitesPageIsRefusedEvenWithTheToken() throws Exception {
        String token = browser.get("/").hidden("_csrf");
        Browserless.Page p = browser.postFrom("http://attacker.example", "/new", "_csrf", token, "name", "x", "sample", "kakuu-shi");
        assertEquals(403, p.status());
        assertFalse(Files.exists(dir.resolve("x.yaml")));
    }

    @Test
    void noPathFromTheBrowserReachesOutsideTheFolder() throws Exception {
        String token = browser.get("/").hidden("_csrf");
        for (String name : List.of("../secret", "..", "a/b", "..\\secret", ".hidden", "secret.yaml")) {
            Browserless.Page p = browser.post("/new", "_csrf", token, "name", name, "sample", "kakuu-shi");
            assertEquals(400, p.status(), name);
            assertTrue(p.body().contains("は使えません"), p.body());
        }
        assertEquals("guideline: \"2024-10\"\n", Files.readString(tmp.resolve("secret.yaml")));
        for (String path : List.of("/p/..%2Fsecret", "/p/%2E%2E/clauses", "/p/..%5Csecret", "/p/shi/files/documents/..%2F..%2Fprofiles%2Fshi.yaml", "/p/shi/files/..%2F/x",
                "/p/shi/files/documents/snapshot.json")) {
            Browserless.Page p = browser.get(path);
            assertTrue(p.status() == 400 || p.status() == 404, path + " → " + p.status());
            assertFalse(p.body().contains("guideline"), path);
        }
        Files.createSymbolicLink(dir.resolve("link.yaml"), tmp.resolve("secret.yaml"));
        Browserless.Page link = browser.get("/p/link");
        assertEquals(400, link.status());
        assertTrue(link.body().contains("フォルダの外を指すリンク"), link.body());
        assertFalse(new ProfileFolder(dir).list().contains("link"));
    }

    @Test
    void twoWindowsSavingTheSameProfileCannotLoseAnEdit() throws Exception {
        Browserless.Page first = browser.get("/p/machi");
        Browserless.Page second = browser.get("/p/machi");
        String token = first.hidden("_csrf");
        Browserless.Page saved = browser.post("/p/machi/save", "_csrf", token, "_version", first.hidden("_version"),
                "policy.version", "第5版");
        assertEquals(303, saved.status(), saved.body());
        Browserless.Page lost = browser.post("/p/machi/save", "_csrf", token, "_version", second.hidden("_version"),
                "policy.adoption", "訓令第99号");
        assertEquals(409, lost.status());
        assertTrue(lost.body().contains("別の画面かエディタで保存されています"), lost.body());
        String text = serve.read("machi");
        assertTrue(text.contains("version: 第5版"), text);
        assertTrue(text.contains("adoption: 訓令第12号"), text);
    }

    @Test
    void badInputGetsTheReadersMessagesNeverAStackTrace() throws Exception {
        Browserless.Page form = browser.get("/p/shi");
        Browserless.Page p = browser.post("/p/shi/save", "_csrf", form.hidden("_csrf"), "_version", form.hidden("_version"),
                "municipality.staff", "たくさん", "policy.effective", "2026-02-30");
        assertEquals(422, p.status());
        assertTrue(p.textOf("m-policy-effective").contains("存在しない日付です"), p.textOf("m-policy-effective"));
        assertTrue(p.textOf("m-municipality-staff").startsWith("「職員数」には「たくさん」は書けません。"),
                "the field's own title, not the key municipality.staff: " + p.textOf("m-municipality-staff"));
        for (String s : List.of("Exception", "at jp.", "java.")) {
            assertFalse(p.body().contains(s), s);
        }
        Browserless.Page unknown = browser.get("/p/shi/clauses/no.such.clause");
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("このプロファイルの文書にはありません"), unknown.body());
        Browserless.Page big = browser.post("/p/shi/save", "_csrf", form.hidden("_csrf"), "x", "あ".repeat(800_000));
        assertEquals(413, big.status());
    }
}
