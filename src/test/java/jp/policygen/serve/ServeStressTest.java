package jp.policygen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web page under a hostile or unlucky client: stalled connections cannot freeze it, a hand-edited manifest
 * cannot make it serve a file outside its folder, saving keeps a profile's mode and links, and no message comes
 * from the URL.
 */
class ServeStressTest {
    @TempDir
    static Path tmp;
    static ServeFixture serve;

    @BeforeAll
    static void start() throws IOException {
        serve = ServeFixture.start(tmp);
        serve.copy("kakuu-mura", "mura");
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void connectionsThatSendOneByteAndStallDoNotFreezeThePage() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < ServeApp.WORKERS + 4; i++) { // more than there are workers
                Socket s = new Socket("127.0.0.1", serve.app.port());
                OutputStream o = s.getOutputStream();
                o.write('G');
                o.flush();
                stalled.add(s);
            }
            // a client that gives up after 10 s: the page must answer before that, however many connections stall
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(serve.app.url()))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void aHandEditedManifestCannotServeAFileOutsideTheOutputFolder() throws Exception {
        Path body = serve.output.resolve("mura");
        Files.createDirectories(body);
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "ひみつ");
        String inside = "01_情報セキュリティ基本方針.html";
        Files.writeString(body.resolve(inside), "<p>本文</p>");
        Files.writeString(body.resolve("manifest.json"), "{\"profile\": \"mura\", \"edition\": \"2024-10\", \"files\": ["
                + "{\"document\": \"basic-policy\", \"format\": \"html\", \"path\": \"" + inside + "\"},"
                + "{\"document\": \"x\", \"format\": \"html\", \"path\": \"../../secret.txt\"},"
                + "{\"document\": \"x\", \"format\": \"html\", \"path\": \"" + secret.toAbsolutePath() + "\"},"
                + "{\"document\": \"x\", \"format\": \"html\", \"path\": \"/etc/hostname\"}]}");
        assertEquals(200, serve.browser.download("/p/mura/files/documents/" + enc(inside)).status());
        for (String path : List.of("../../secret.txt", secret.toAbsolutePath().toString(), "/etc/hostname")) {
            Browserless.Download d = serve.browser.download("/p/mura/files/documents/" + enc(path));
            assertEquals(404, d.status(), path);
            assertFalse(new String(d.bytes(), StandardCharsets.UTF_8).contains("ひみつ"), path);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void savingWritesThroughALinkAndKeepsTheFilesMode() throws Exception {
        Path real = serve.copy("kakuu-mura", "shared");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(serve.dir.resolve("linked.yaml"), real.getFileName());
        String path = "/p/linked/clauses/std.human.passwords";
        Browserless.Page clause = serve.browser.get(path);
        Browserless.Page saved = serve.browser.post(path, "_csrf", clause.hidden("_csrf"), "_version",
                clause.hidden("_version"), "kind", "", "text", "", "title", "パスワードの管理", "reason", "村の用語");
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.body().contains("保存しました。"), saved.body());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).contains("title: パスワードの管理"), "the file it points at got the change");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }

    @Test
    void messagesComeFromWhatTheServerDidNeverFromTheUrl() throws Exception {
        assertFalse(serve.browser.get("/p/mura?saved=1").body().contains("保存しました"));
        assertFalse(serve.browser.get("/p/mura?notice=0123456789abcdef0123456789abcdef").body().contains("保存しました"));
        assertFalse(serve.browser.get("/p/mura/clauses?deleted=local.x").body().contains("削除しました"));
        assertFalse(serve.browser.get("/p/mura?upgraded=2025-03&kept=1&dropped=2").body().contains("移行しました"));
        Browserless.Page form = serve.browser.get("/p/mura");
        assertEquals(200, form.status());
    }
}
