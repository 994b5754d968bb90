package jp.policygen.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.cli.Main;

/** The pages over HTTP, as the browser uses them (the browser tests add the JavaScript side). */
class ServePagesTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static ServeApp app;
    static Browserless browser;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createDirectories(tmp.resolve("profiles"));
        Files.copy(Path.of("profiles/kakuu-shi.yaml"), dir.resolve("shi.yaml"));
        app = ServeApp.start(0, dir, tmp.resolve("output"));
        browser = new Browserless(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aNewProfileStartsAsACopyOfTheChosenSample() throws Exception {
        Browserless.Page start = browser.get("/");
        assertTrue(start.body().contains("新しく作る"));
        assertTrue(start.body().contains("href=\"/p/shi\""));
        Browserless.Page created = browser.post("/new", "_csrf", start.hidden("_csrf"), "name", "架空村2", "sample", "kakuu-mura");
        assertEquals(303, created.status());
        assertEquals(Files.readString(Path.of("profiles/kakuu-mura.yaml")), Files.readString(dir.resolve("架空村2.yaml")));
        Browserless.Page again = browser.post("/new", "_csrf", start.hidden("_csrf"), "name", "架空村2", "sample", "kakuu-shi");
        assertEquals(400, again.status());
        assertTrue(again.body().contains("既にあります"));
        assertEquals(Files.readString(Path.of("profiles/kakuu-mura.yaml")), Files.readString(dir.resolve("架空村2.yaml")));
    }

    @Test
    void theFormShowsTheProfileAndSavingChangesOnlyWhatChanged() throws Exception {
        Files.copy(Path.of("profiles/kakuu-ken.yaml"), dir.resolve("ken.yaml"));
        String before = Files.readString(dir.resolve("ken.yaml"));
        Browserless.Page form = browser.get("/p/ken");
        assertTrue(form.body().contains("value=\"架空県\""), "団体名 shown");
        assertTrue(form.textOf("w-f-policy-effective").startsWith("令和"), "和暦 beside the date");
        Browserless.Page saved = browser.post("/p/ken/save", "_csrf", form.hidden("_csrf"), "_version", form.hidden("_version"),
                "municipality.name", "新架空県", "features.telework", "false", "features.telework", "true");
        assertEquals(303, saved.status(), saved.body());
        String after = Files.readString(dir.resolve("ken.yaml"));
        assertEquals(before.replaceFirst("name: 架空県", "name: 新架空県"), after);
        assertTrue(browser.get(saved.location()).body().contains("保存しました。"));
    }

    @Test
    void theCheckShowsEachMessageAtItsFieldAndThePreviewFollowsTheForm() throws Exception {
        Browserless.Page form = browser.get("/p/shi");
        String token = form.hidden("_csrf");
        Browserless.Page wrong = browser.post("/p/shi/check", "_csrf", token, "policy.effective", "2026-04-31");
        assertTrue(wrong.textOf("m-policy-effective").contains("存在しない日付です"), wrong.body());
        assertEquals("", wrong.textOf("m-municipality-name"));
        Files.copy(Path.of("profiles/kakuu-mura.yaml"), dir.resolve("village.yaml"));
        Browserless.Page alphaPrime = browser.post("/p/village/check", "_csrf", token, "network.model", "alpha-prime",
                "network.alpha_prime.case", "file-exchange");
        assertTrue(alphaPrime.body().contains("業務端末の配置及びローカルブレイクアウト"), "the α' clauses are in the preview");
        assertFalse(browser.post("/p/village/check", "_csrf", token).body().contains("業務端末の配置及びローカルブレイクアウト"));
        // the samples run clean, so the city gets a service that is not on the ISMAP list for this check
        Files.writeString(dir.resolve("loose.yaml"), Files.readString(Path.of("profiles/kakuu-shi.yaml")).replace(
                "    - name: 電子申請サービス\n      ismap: true", "    - name: 電子申請サービス\n      ismap: false"));
        Browserless.Page refused = browser.post("/p/loose/check", "_csrf", token, "network.model", "alpha-prime",
                "network.alpha_prime.case", "file-exchange");
        assertTrue(refused.body().contains("プレビューを表示できません"), "a service without ISMAP is an error under α'");
        assertTrue(alphaPrime.body().contains("href=&quot;/p/village/clauses/std.resilience.model.alpha-prime.placement&quot;"),
                "each clause links to its editor");
    }

    @Test
    void aClauseIsChangedWithItsReasonBesideTheGuidelineText() throws Exception {
        Files.copy(Path.of("profiles/kakuu-machi.yaml"), dir.resolve("machi.yaml"));
        Browserless.Page list = browser.get("/p/machi/clauses?q=" + java.net.URLEncoder.encode("パスワード", "UTF-8"));
        assertTrue(list.body().contains("/p/machi/clauses/std.human.passwords"), list.body());
        Browserless.Page clause = browser.get("/p/machi/clauses/std.human.passwords");
        assertTrue(clause.body().contains("ガイドラインに沿った本文"));
        Browserless.Page saved = browser.post("/p/machi/clauses/std.human.passwords", "_csrf", clause.hidden("_csrf"),
                "_version", clause.hidden("_version"), "kind", "replace", "text", "パスワードは15文字以上とする。\r\n\r\n- 使い回さない",
                "reason", "町のパスワード規程に合わせるため");
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.body().contains("保存しました。"));
        String yaml = Files.readString(dir.resolve("machi.yaml"));
        assertTrue(yaml.startsWith("# 架空町"), "the file's comments are kept");
        assertTrue(yaml.endsWith("""
                overrides:
                  std.human.passwords:
                    replace: |
                      パスワードは15文字以上とする。

                      - 使い回さない
                    reason: 町のパスワード規程に合わせるため
                """), yaml);
        Browserless.Page omitted = browser.post("/p/machi/clauses/std.human.passwords", "_csrf", clause.hidden("_csrf"),
                "_version", saved.hidden("_version"), "kind", "omit", "text", "", "reason", "");
        assertTrue(omitted.body().contains("この条項は削除されています"), omitted.body());
        assertTrue(Files.readString(dir.resolve("machi.yaml")).endsWith("""
                overrides:
                  std.human.passwords:
                    omit: true
                """), Files.readString(dir.resolve("machi.yaml")));
        Browserless.Page stale = browser.post("/p/machi/clauses/std.human.passwords", "_csrf", clause.hidden("_csrf"),
                "_version", saved.hidden("_version"), "kind", "", "text", "", "reason", "");
        assertEquals(422, stale.status(), "a page older than the file cannot overwrite it");
        assertTrue(Files.readString(dir.resolve("machi.yaml")).contains("omit: true"));
    }

    @Test
    void documentsAreGeneratedAsTheCommandLineWritesThem() throws Exception {
        Files.copy(Path.of("profiles/kakuu-mura.yaml"), dir.resolve("mura.yaml"));
        Browserless.Page outputs = browser.get("/p/mura/outputs");
        Browserless.Page made = browser.post("/p/mura/generate", "_csrf", outputs.hidden("_csrf"));
        assertTrue(made.body().contains("個のファイルを作成しました"), made.body());
        String docx = "02_情報セキュリティ対策基準.docx";
        assertTrue(made.body().contains(docx));
        byte[] downloaded = browser.bytes("/p/mura/files/documents/" + java.net.URLEncoder.encode(docx, "UTF-8").replace("+", "%20"));
        Path cli = tmp.resolve("cli");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"generate", dir.resolve("mura.yaml").toString(), "-o", cli.toString(),
                "--format", "docx"}, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        assertArrayEquals(Files.readAllBytes(cli.resolve("mura").resolve(docx)), downloaded);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("output/mura").resolve(docx)), downloaded);
    }

    @Test
    void aFileThatIsNoLongerYamlOpensAsTextWithTheReadersMessage() throws Exception {
        String good = Files.readString(Path.of("profiles/kakuu-mura.yaml"));
        String broken = good.replace("  name: 架空村", "  name: [架空村");
        Files.writeString(dir.resolve("broken.yaml"), broken);
        Browserless.Page page = browser.get("/p/broken");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("YAML を直接編集"), page.body());
        assertTrue(page.body().matches("(?s).*\\d+行目.*"), "the message says where");
        Browserless.Page save = browser.post("/p/broken/save", "_csrf", page.hidden("_csrf"), "_version", page.hidden("_version"),
                "municipality.name", "村");
        assertEquals(422, save.status());
        assertEquals(broken, Files.readString(dir.resolve("broken.yaml")));
        Browserless.Page fixed = browser.post("/p/broken/yaml", "_csrf", page.hidden("_csrf"), "_version", page.hidden("_version"),
                "text", good.replace("\n", "\r\n"));
        assertEquals(303, fixed.status(), fixed.body());
        assertEquals(good, Files.readString(dir.resolve("broken.yaml")));
    }

    @Test
    void theComparisonTableIsMadeAgainstTheLastGeneratedVersionAsDiffMakesIt() throws Exception {
        Files.copy(Path.of("profiles/kakuu-mura.yaml"), dir.resolve("revised.yaml"));
        Browserless.Page outputs = browser.get("/p/revised/outputs");
        assertTrue(outputs.body().contains("誤りは見つかりませんでした"), "the checklist of check is on the page");
        String token = outputs.hidden("_csrf");
        browser.post("/p/revised/generate", "_csrf", token);
        Browserless.Page form = browser.get("/p/revised");
        assertEquals(303, browser.post("/p/revised/save", "_csrf", token, "_version", form.hidden("_version"),
                "policy.version", "第9版").status());
        Browserless.Page compared = browser.post("/p/revised/compare", "_csrf", token);
        assertTrue(compared.body().contains("新旧対照表を作成しました"), compared.body());
        String docx = "新旧対照表.docx";
        assertTrue(compared.body().contains("/p/revised/files/comparison/"), compared.body());
        assertTrue(Files.list(tmp.resolve("output/revised_新旧対照表")).anyMatch(p -> p.toString().endsWith(".docx")));
        assertEquals(404, browser.get("/p/revised/files/elsewhere/" + docx).status());
    }
}
