package jp.policygen.serve;

import java.util.List;

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
    /** The edition an upgrade moves to: read from the registry, so a new edition does not break the test. */
    private static final String LATEST_NAME = jp.policygen.profile.TestProfiles.CATALOG.editionName(
            jp.policygen.profile.TestProfiles.CATALOG.latestEdition());

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
        dir = serve.dir;
        app = serve.app;
        browser = serve.browser;
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void aNewProfileTakesTheSamplesShapeButNoneOfTheSampleBodysFacts() throws Exception {
        Browserless.Page start = browser.get("/");
        assertTrue(start.body().contains("新しく作る"));
        assertTrue(start.body().contains("href=\"/p/shi\""));
        Browserless.Page created = browser.post("/new", "_csrf", start.hidden("_csrf"), "name", "南町", "sample", "kakuu-machi");
        assertEquals(303, created.status());
        String made = serve.read("南町");
        String latest = new jp.policygen.catalog.Catalog().latestEdition();
        assertTrue(made.contains("guideline: \"" + latest + "\""), "the latest edition: " + made);
        for (String sampleFact : List.of("架空", "history:", "version:", "adoption:", "訓令", "code:", "019984", "overrides:")) {
            assertFalse(made.contains(sampleFact), sampleFact + " in\n" + made);
        }
        assertTrue(made.contains("name: 南町") && made.contains("committee: 南町情報セキュリティ委員会"), made);
        assertTrue(made.contains("model: alpha-prime") && made.contains("ciso: 副町長"), "the sample's shape kept");
        Browserless.Page form = browser.get(created.location());
        assertEquals(200, form.status());
        assertFalse(form.body().contains("class=\"error\""), "a new profile has no error");
        Browserless.Page again = browser.post("/new", "_csrf", start.hidden("_csrf"), "name", "南町", "sample", "kakuu-shi");
        assertEquals(400, again.status());
        assertTrue(again.body().contains("既にあります"));
        assertEquals(made, serve.read("南町"));
        browser.post("/new", "_csrf", start.hidden("_csrf"), "name", "minami-son", "sample", "kakuu-mura");
        assertTrue(serve.read("minami-son").contains("name: 架空村"), "a file name is not taken for the body's name");
    }

    @Test
    void theFormShowsTheProfileAndSavingChangesOnlyWhatChanged() throws Exception {
        serve.copy("kakuu-ken", "ken");
        var mode = java.nio.file.Files.getFileStore(serve.file("ken")).supportsFileAttributeView("posix")
                ? java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----") : null;
        if (mode != null) {
            java.nio.file.Files.setPosixFilePermissions(serve.file("ken"), mode); // shared with the 課's group
        }
        String before = serve.read("ken");
        Browserless.Page form = browser.get("/p/ken");
        assertTrue(form.body().contains("value=\"架空県\""), "団体名 shown");
        assertTrue(form.textOf("w-f-policy-effective").startsWith("令和"), "和暦 beside the date");
        Browserless.Page saved = browser.post("/p/ken/save", "_csrf", form.hidden("_csrf"), "_version", form.hidden("_version"),
                "municipality.name", "新架空県", "features.telework", "false", "features.telework", "true");
        assertEquals(303, saved.status(), saved.body());
        String after = serve.read("ken");
        assertEquals(before.replaceFirst("name: 架空県", "name: 新架空県"), after);
        try (var kept = java.nio.file.Files.list(serve.dir.resolve("以前の版"))) {
            List<java.nio.file.Path> copies = kept.filter(p -> p.getFileName().toString().startsWith("ken_")).toList();
            assertEquals(1, copies.size(), "the text before the save is kept");
            assertEquals(before, java.nio.file.Files.readString(copies.get(0)));
        }
        if (mode != null) {
            assertEquals(mode, java.nio.file.Files.getPosixFilePermissions(serve.file("ken")),
                    "a save keeps the file's permissions (not a temporary file's rw-------)");
        }
        assertTrue(browser.get(saved.location()).body().contains("保存しました。"));
    }

    /** Making the documents takes seconds: the page says it is working and takes no second click (issue 24, 8). */
    @Test
    void theLongActionsShowAWorkingStateAndTheUpgradesLastStepSaysWhatComesNext() throws Exception {
        serve.copy("kakuu-mura", "busy");
        Browserless.Page outputs = browser.get("/p/busy/outputs");
        assertTrue(outputs.body().contains("<script src=\"/assets/serve.js\" defer></script>"), "the script is on the page");
        assertTrue(outputs.body().contains("action=\"/p/busy/generate\" data-busy=\"文書を作成しています。"), outputs.body());
        Browserless.Page js = browser.get("/assets/serve.js");
        assertEquals(200, js.status());
        assertTrue(js.body().contains("data-busy") && js.body().contains("aria-busy"), "the working state is the script's");
        serve.write("town", jp.policygen.upgrade.UpgraderTestProfiles.TOWN_2023);
        Browserless.Page overview = browser.get("/p/town/upgrade");
        Browserless.Page confirm = browser.post("/p/town/upgrade", "_csrf", overview.hidden("_csrf"), "_version",
                overview.hidden("_version"), "item", "1", "d.std.outsourcing.contracts.selection", "keep");
        String text = confirm.body().replaceAll("<[^>]+>", "");
        assertTrue(text.contains("移行した後の手順"), text);
        assertTrue(text.indexOf("施行日・版を今年度のものにし") < text.indexOf("文書を作成し、新旧対照表を作成します"),
                "the yearly steps in the guide's order: " + text);
    }

    @Test
    void thePageListsTheEarlierVersionsAndPutsOneBack() throws Exception {
        serve.copy("kakuu-mura", "mura-versions");
        String before = serve.read("mura-versions");
        Browserless.Page form = browser.get("/p/mura-versions");
        browser.post("/p/mura-versions/save", "_csrf", form.hidden("_csrf"), "_version", form.hidden("_version"),
                "municipality.name", "新架空村");
        assertTrue(serve.read("mura-versions").contains("name: 新架空村"));
        Browserless.Page list = browser.get("/p/mura-versions/versions");
        assertEquals(200, list.status());
        String text = list.body().replaceAll("<[^>]+>", "");
        assertTrue(text.matches("(?s).*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d に上書きする前.*"), text);
        Browserless.Page back = browser.post("/p/mura-versions/versions", "_csrf", list.hidden("_csrf"), "_version",
                list.hidden("_version"), "n", "0");
        assertTrue(back.body().contains("に上書きする前」の内容に戻しました。"), back.body());
        assertEquals(before, serve.read("mura-versions"));
        Browserless.Page stale = browser.post("/p/mura-versions/versions", "_csrf", list.hidden("_csrf"), "_version",
                list.hidden("_version"), "n", "0");
        assertTrue(stale.body().contains("一覧が変わったため戻していません。"), "a page older than the file restores nothing");
    }

    @Test
    void theCheckShowsEachMessageAtItsFieldAndThePreviewFollowsTheForm() throws Exception {
        Browserless.Page form = browser.get("/p/shi");
        String token = form.hidden("_csrf");
        Browserless.Page wrong = browser.post("/p/shi/check", "_csrf", token, "policy.effective", "2026-04-31");
        assertTrue(wrong.textOf("m-policy-effective").contains("存在しない日付です"), wrong.body());
        assertEquals("", wrong.textOf("m-municipality-name"));
        serve.copy("kakuu-mura", "village");
        Browserless.Page alphaPrime = browser.post("/p/village/check", "_csrf", token, "network.model", "alpha-prime",
                "network.alpha_prime.case", "file-exchange");
        assertTrue(alphaPrime.body().contains("業務端末の配置及びローカルブレイクアウト"), "the α' clauses are in the preview");
        assertFalse(browser.post("/p/village/check", "_csrf", token).body().contains("業務端末の配置及びローカルブレイクアウト"));
        // the samples run clean, so the city gets a service that is not on the ISMAP list for this check
        serve.write("loose", ServeFixture.sampleText("kakuu-shi").replace(
                "    - name: 電子申請サービス\n      ismap: true", "    - name: 電子申請サービス\n      ismap: false"));
        Browserless.Page refused = browser.post("/p/loose/check", "_csrf", token, "network.model", "alpha-prime",
                "network.alpha_prime.case", "file-exchange");
        assertTrue(refused.body().contains("プレビューを表示できません"), "a service without ISMAP is an error under α'");
        assertTrue(alphaPrime.body().contains("href=&quot;/p/village/clauses/std.resilience.model.alpha-prime.placement&quot;"),
                "each clause links to its editor");
    }

    @Test
    void aClauseIsChangedWithItsReasonBesideTheGuidelineText() throws Exception {
        serve.copy("kakuu-machi", "machi");
        Browserless.Page list = browser.get("/p/machi/clauses?q=" + java.net.URLEncoder.encode("パスワード", "UTF-8"));
        assertTrue(list.body().contains("/p/machi/clauses/std.human.passwords"), list.body());
        Browserless.Page clause = browser.get("/p/machi/clauses/std.human.passwords");
        assertTrue(clause.body().contains("ガイドラインに沿った本文"));
        Browserless.Page saved = browser.post("/p/machi/clauses/std.human.passwords", "_csrf", clause.hidden("_csrf"),
                "_version", clause.hidden("_version"), "kind", "replace", "text", "パスワードは15文字以上とする。\r\n\r\n- 使い回さない",
                "reason", "町のパスワード規程に合わせるため");
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.body().contains("保存しました。"));
        String yaml = serve.read("machi");
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
        assertTrue(serve.read("machi").endsWith("""
                overrides:
                  std.human.passwords:
                    omit: true
                """), serve.read("machi"));
        Browserless.Page stale = browser.post("/p/machi/clauses/std.human.passwords", "_csrf", clause.hidden("_csrf"),
                "_version", saved.hidden("_version"), "kind", "", "text", "", "reason", "");
        assertEquals(422, stale.status(), "a page older than the file cannot overwrite it");
        assertTrue(serve.read("machi").contains("omit: true"));
    }

    @Test
    void aClauseGetsANewHeadingAndTheBodysOwnClauseFollowsIt() throws Exception {
        serve.copy("kakuu-machi", "titles");
        String clausePath = "/p/titles/clauses/std.human.passwords";
        Browserless.Page clause = browser.get(clausePath);
        String token = clause.hidden("_csrf");
        Browserless.Page titled = browser.post(clausePath, "_csrf", token, "_version", clause.hidden("_version"),
                "kind", "", "text", "", "title", "パスワードの管理", "reason", "町の用語に合わせるため");
        assertEquals(200, titled.status(), titled.body());
        assertTrue(titled.body().contains("保存しました。"));
        assertTrue(titled.body().matches("(?s).*<h1>[^<]*パスワードの管理</h1>.*"), "the page shows the new heading");
        assertTrue(serve.read("titles").endsWith("""
                overrides:
                  std.human.passwords:
                    title: パスワードの管理
                    reason: 町の用語に合わせるため
                """), serve.read("titles"));
        assertTrue(browser.get("/p/titles/clauses?q=" + java.net.URLEncoder.encode("パスワードの管理", "UTF-8")).body()
                .contains("<span class=\"badge kind-title\">見出し</span> 町の用語に合わせるため"));

        Browserless.Page withTitleOmitted = browser.post(clausePath, "_csrf", token, "_version", titled.hidden("_version"),
                "kind", "omit", "text", "", "title", "パスワードの管理", "reason", "");
        assertEquals(422, withTitleOmitted.status(), "a heading for a deleted clause is the reader's error");
        assertTrue(withTitleOmitted.body().contains("見出し（title）を書けません"), withTitleOmitted.body());

        String before = serve.read("titles");
        Browserless.Page badId = browser.post(clausePath + "/insert", "_csrf", token, "_version", titled.hidden("_version"),
                "newId", "付箋", "newTitle", "付箋への記載の禁止", "newText", "書かない。", "newReason", "");
        assertEquals(422, badId.status());
        assertTrue(badId.body().contains("半角の英小文字・数字と - で書いてください"), badId.body());
        assertTrue(badId.body().contains("value=\"付箋への記載の禁止\""), "what was typed stays in the form");
        assertEquals(before, serve.read("titles"));

        Browserless.Page inserted = browser.post(clausePath + "/insert", "_csrf", token, "_version", titled.hidden("_version"),
                "newId", "sticky-notes", "newTitle", "付箋への記載の禁止",
                "newText", "パスワードを付箋に書いて端末に貼ってはならない。", "newReason", "町独自の規定");
        assertEquals(200, inserted.status(), inserted.body());
        assertTrue(inserted.body().contains("独自の条項を加えました。"));
        assertTrue(inserted.body().contains("この団体独自の条項"));
        assertTrue(serve.read("titles").endsWith("""
                  local.sticky-notes:
                    insert:
                      after: std.human.passwords
                      title: 付箋への記載の禁止
                      text: パスワードを付箋に書いて端末に貼ってはならない。
                    reason: 町独自の規定
                """), serve.read("titles"));
        String list = browser.get("/p/titles/clauses").body();
        int passwords = list.indexOf("id=\"c-std.human.passwords\"");
        int own = list.indexOf("id=\"c-local.sticky-notes\"");
        assertTrue(passwords > 0 && own > passwords, "the body's own clause is listed after the one it follows");
        assertTrue(list.substring(own).contains("独自の条項</span> 町独自の規定"));
        assertTrue(browser.post("/p/titles/check", "_csrf", token).body().contains("付箋への記載の禁止"), "and in the preview");
        Browserless.Page twice = browser.post(clausePath + "/insert", "_csrf", token, "_version", inserted.hidden("_version"),
                "newId", "sticky-notes", "newTitle", "x", "newText", "x", "newReason", "");
        assertTrue(twice.body().contains("既にあります"), twice.body());

        Browserless.Page edited = browser.post("/p/titles/clauses/local.sticky-notes", "_csrf", token,
                "_version", inserted.hidden("_version"), "_action", "save", "title", "付箋へのパスワードの記載の禁止",
                "text", "パスワードを付箋に書いてはならない。", "reason", "町独自の規定");
        assertEquals(200, edited.status(), edited.body());
        assertTrue(serve.read("titles").contains("      title: 付箋へのパスワードの記載の禁止\n      text: パスワードを付箋に書いてはならない。\n"),
                serve.read("titles"));
        Browserless.Page deleted = browser.post("/p/titles/clauses/local.sticky-notes", "_csrf", token,
                "_version", edited.hidden("_version"), "_action", "delete", "title", "", "text", "", "reason", "");
        assertEquals(303, deleted.status(), deleted.body());
        assertTrue(browser.get(deleted.location()).body().contains("独自の条項「local.sticky-notes」を削除しました。"));
        assertFalse(serve.read("titles").contains("local."), serve.read("titles"));
        assertTrue(serve.read("titles").contains("    title: パスワードの管理\n"), "the other change stays");
    }

    /**
     * The upgrade's last step takes this year's 施行日, 版 and number (issue 20 item 8, as upgrade's options do): a
     * wrong one is said there and nothing is written; right ones go into the saved profile with this revision's row
     * of the 改定履歴.
     */
    @Test
    void theUpgradesLastStepTakesThisYearsEffectiveDateVersionAndNumber() throws Exception {
        String town = jp.policygen.upgrade.UpgraderTestProfiles.TOWN_2023;
        serve.write("town", town);
        Browserless.Page overview = browser.get("/p/town/upgrade");
        String token = overview.hidden("_csrf");
        String version = overview.hidden("_version");
        String id = "std.outsourcing.contracts.selection";
        Browserless.Page confirm = browser.post("/p/town/upgrade", "_csrf", token, "_version", version, "item", "1",
                "d." + id, "keep");
        assertTrue(confirm.body().contains("<legend>今回の改定（決まっていれば）</legend>"), confirm.body());
        assertTrue(confirm.body().contains("<label for=\"a-effective\">施行日</label> <input type=\"date\""), confirm.body());

        Browserless.Page early = browser.post("/p/town/upgrade", "_csrf", token, "_version", version, "_action", "apply",
                "d." + id, "keep", "a.effective", "2024-04-01", "a.version", "第2版");
        assertEquals(200, early.status());
        assertTrue(early.body().contains("今回の改定の施行日（令和6年4月1日）は、これまでの施行日（令和6年4月1日）より後の日に"
                + "してください"), early.body());
        assertTrue(early.body().contains("value=\"第2版\""), "what was entered stays in its field");
        assertEquals(town, serve.read("town"), "nothing written while an answer is wrong");

        Browserless.Page applied = browser.post("/p/town/upgrade", "_csrf", token, "_version", version, "_action", "apply",
                "d." + id, "keep", "a.effective", "2025-04-01", "a.version", "第2版", "a.adoption", "訓令第8号",
                "a.note", "");
        assertEquals(303, applied.status(), applied.body());
        String upgraded = serve.read("town");
        assertTrue(upgraded.contains("  effective: 2025-04-01\n") && upgraded.contains("  version: 第2版\n"), upgraded);
        assertTrue(upgraded.contains("adoption: 訓令第8号"), upgraded);
    }

    @Test
    void theUpgradeToTheLatestEditionAsksAboutEachChangeToReviewBeforeWritingTheProfile() throws Exception {
        String town = jp.policygen.upgrade.UpgraderTestProfiles.TOWN_2023;
        serve.write("town", town);
        Browserless.Page overview = browser.get("/p/town/upgrade");
        assertEquals(200, overview.status(), overview.body());
        assertTrue(overview.body().contains("最新の<strong>" + LATEST_NAME + "</strong>に移します"), overview.body());
        assertTrue(overview.body().contains("要確認の独自の変更 <strong>1件</strong>"), overview.body());
        assertTrue(overview.body().contains("<th scope=\"row\">マイナンバー利用事務系の画面転送（"), "the items to decide by the schema's title");
        assertTrue(overview.body().contains("プロファイルの項目 <code>network.mynumber_screen_transfer</code>"), "the key beside, as written");
        assertTrue(overview.body().contains("本町の規程に合わせるため") || overview.body().contains("パスワード"),
                "the change that needs no review is named");
        String token = overview.hidden("_csrf");
        String version = overview.hidden("_version");
        String id = "std.outsourcing.contracts.selection";

        Browserless.Page step = browser.post("/p/town/upgrade", "_csrf", token, "_version", version, "item", "0");
        assertTrue(step.body().contains("要確認 1 / 1 件目"), step.body());
        String stepText = step.body().replaceAll("<[^>]+>", "");
        assertTrue(stepText.contains("あらかじめ定めた選定の基準"), "the old guideline text");
        assertTrue(stepText.contains("業務委託に係る運用規程に定める選定の基準"), "the new guideline text");
        assertTrue(step.body().contains("<del>あらかじめ</del>"), "what the new edition drops is marked");
        assertTrue(step.body().matches("(?s).*<ins>[^<]*運用規程[^<]*</ins>.*"), "what it adds is marked");
        assertTrue(step.body().contains("独自の変更の種類: 追記"), step.body());
        assertTrue(step.body().contains("町内の事業者を優先して選定することができる。"), "the body's own text");
        assertTrue(step.body().contains("name=\"d." + id + "\" value=\"keep\" checked"), "keeping is the default");
        assertEquals(town, serve.read("town"), "nothing is written while stepping");

        Browserless.Page confirm = browser.post("/p/town/upgrade", "_csrf", token, "_version", version, "item", "1",
                "d." + id, "accept");
        assertTrue(confirm.body().contains("やめて新しい版の本文に従う"), confirm.body());
        assertTrue(confirm.body().contains("name=\"d." + id + "\" value=\"accept\""), "the choice travels to the last step");
        Browserless.Page undecided = browser.post("/p/town/upgrade", "_csrf", token, "_version", version, "_action", "apply");
        assertTrue(undecided.body().contains("の扱いを選んでください。"), undecided.body());
        assertEquals(town, serve.read("town"));

        Browserless.Page applied = browser.post("/p/town/upgrade", "_csrf", token, "_version", version, "_action", "apply",
                "d." + id, "accept");
        assertEquals(303, applied.status(), applied.body());
        String upgraded = serve.read("town");
        assertTrue(upgraded.contains("guideline: '" + jp.policygen.profile.TestProfiles.CATALOG.latestEdition() + "'   # 版\n"),
                upgraded);
        assertFalse(upgraded.contains(id), "the change the author let go is gone: " + upgraded);
        assertTrue(upgraded.contains("""
                  std.human.passwords:
                    replace: |
                      パスワードは12文字以上とする。
                    reason: 本町の規程に合わせるため
                """), upgraded);
        assertTrue(upgraded.contains("# 令和7年3月版で加わった項目。要確認: "), "new keys carry what to decide");
        for (String comment : town.lines().filter(x -> x.strip().startsWith("# 架空町") || x.contains("# 2024-10 でも")).toList()) {
            assertTrue(upgraded.contains(comment), comment);
        }
        assertEquals(town, Files.readString(serve.output.resolve("town_移行前_2023-03.yaml")), "the file before, kept");
        assertTrue(browser.get(applied.location()).body().contains(LATEST_NAME + "に移行しました（独自の変更: 残したもの 0件・やめたもの 1件）"));
        assertTrue(browser.get("/p/town/upgrade").body().contains("移行は必要ありません"));

        serve.write("town2", town);
        String opened = browser.get("/p/town2/upgrade").hidden("_version");
        serve.write("town2", town + "# 別のエディタで足した行\n");
        Browserless.Page stale = browser.post("/p/town2/upgrade", "_csrf", token, "_version", opened, "_action", "apply",
                "d." + id, "keep");
        assertEquals(409, stale.status(), "a file saved elsewhere meanwhile is not overwritten");
        assertEquals(town + "# 別のエディタで足した行\n", serve.read("town2"));
        Browserless.Page other = browser.get("/p/town2/upgrade");
        Browserless.Page kept = browser.post("/p/town2/upgrade", "_csrf", token, "_version", other.hidden("_version"),
                "_action", "apply", "d." + id, "keep");
        assertEquals(303, kept.status(), kept.body());
        assertTrue(serve.read("town2").contains("  " + id + ":\n    append: |\n      町内の事業者を優先して選定することができる。\n"),
                serve.read("town2"));
    }

    @Test
    void documentsAreGeneratedAsTheCommandLineWritesThem() throws Exception {
        serve.copy("kakuu-mura", "mura");
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
        assertArrayEquals(Files.readAllBytes(serve.output.resolve("mura").resolve(docx)), downloaded);
    }

    @Test
    void aFileThatIsNoLongerYamlOpensAsTextWithTheReadersMessage() throws Exception {
        String good = ServeFixture.sampleText("kakuu-mura");
        String broken = good.replace("  name: 架空村", "  name: [架空村");
        serve.write("broken", broken);
        Browserless.Page page = browser.get("/p/broken");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("YAML を直接編集"), page.body());
        assertTrue(page.body().matches("(?s).*\\d+行目.*"), "the message says where");
        Browserless.Page save = browser.post("/p/broken/save", "_csrf", page.hidden("_csrf"), "_version", page.hidden("_version"),
                "municipality.name", "村");
        assertEquals(422, save.status());
        assertEquals(broken, serve.read("broken"));
        Browserless.Page fixed = browser.post("/p/broken/yaml", "_csrf", page.hidden("_csrf"), "_version", page.hidden("_version"),
                "text", good.replace("\n", "\r\n"));
        assertEquals(303, fixed.status(), fixed.body());
        assertEquals(good, serve.read("broken"));
    }

    @Test
    void theComparisonTableIsMadeAgainstTheLastGeneratedVersionAsDiffMakesIt() throws Exception {
        serve.copy("kakuu-mura", "revised");
        Browserless.Page outputs = browser.get("/p/revised/outputs");
        assertTrue(outputs.body().contains("誤りは見つかりませんでした"), "the checklist of check is on the page");
        assertTrue(outputs.body().contains("→ プロファイルの「ログの保存期間」で決めます"), outputs.body());
        assertFalse(outputs.body().contains("parameters.log_retention_years"), "the form's name, not the YAML key");
        String token = outputs.hidden("_csrf");
        browser.post("/p/revised/generate", "_csrf", token);
        Browserless.Page form = browser.get("/p/revised");
        assertEquals(303, browser.post("/p/revised/save", "_csrf", token, "_version", form.hidden("_version"),
                "policy.version", "第9版").status());
        Browserless.Page compared = browser.post("/p/revised/compare", "_csrf", token);
        assertTrue(compared.body().contains("新旧対照表と改め文を作成しました"), compared.body());
        String docx = "新旧対照表.docx";
        assertTrue(compared.body().contains("/p/revised/files/comparison/"), compared.body());
        assertTrue(Files.list(serve.output.resolve("revised_新旧対照表")).anyMatch(p -> p.toString().endsWith(".docx")));
        assertEquals(404, browser.get("/p/revised/files/elsewhere/" + docx).status());
        // generated again as 第9版, the 第2版 moves to history/: the outputs page links last year's documents
        Browserless.Page again = browser.post("/p/revised/generate", "_csrf", token);
        assertTrue(again.body().contains("<caption>第2版（令和8年4月1日施行）</caption>"), again.body());
        String link = Browserless.link(again, "情報セキュリティ対策基準（PDF）");
        assertTrue(link.startsWith("/p/revised/files/documents/"), "the new version's first: " + link);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"(/p/revised/history/[^\"]+)\"[^>]*"
                + "aria-label=\"情報セキュリティ対策基準（PDF）\"").matcher(again.body());
        assertTrue(m.find(), again.body());
        Browserless.Download old = browser.download(m.group(1));
        assertEquals(200, old.status());
        assertEquals("application/pdf", old.contentType());
        Path kept;
        try (var folders = Files.list(serve.output.resolve("revised/history"))) {
            kept = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertArrayEquals(Files.readAllBytes(kept.resolve("02_情報セキュリティ対策基準.pdf")), old.bytes(), "the file history keeps");
        String folder = kept.getFileName().toString();
        assertEquals(404, browser.get("/p/revised/history/" + ServeApp.encode(folder) + "/" + ServeApp.encode("../../mura.yaml"))
                .status(), "only what its manifest lists");
        assertEquals(404, browser.get("/p/revised/history/" + ServeApp.encode(folder) + "/manifest.json").status());
        assertEquals(404, browser.get("/p/revised/history/elsewhere/" + ServeApp.encode("02_情報セキュリティ対策基準.pdf"))
                .status());
    }

    @Test
    void theChecklistAndTheListOfLocalChangesAreDownloadedUnderTheirJapaneseNames() throws Exception {
        serve.copy("kakuu-shi", "dl");
        Browserless.Page outputs = browser.get("/p/dl/outputs");
        String token = outputs.hidden("_csrf");
        Browserless.Page made = browser.post("/p/dl/checklist", "_csrf", token);
        assertTrue(made.body().contains("dl_対策チェックリスト.xlsx を作成しました"), made.body());

        Browserless.Download xlsx = browser.download(Browserless.link(made, "対策チェックリスト（Excel）"));
        assertEquals(200, xlsx.status());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.contentType());
        assertEquals("attachment; filename=\"policygen.xlsx\"; filename*=UTF-8''dl_"
                + "%E5%AF%BE%E7%AD%96%E3%83%81%E3%82%A7%E3%83%83%E3%82%AF%E3%83%AA%E3%82%B9%E3%83%88.xlsx", xlsx.disposition());
        assertArrayEquals(Files.readAllBytes(serve.output.resolve("dl_対策チェックリスト.xlsx")), xlsx.bytes(), "the file check wrote");
        String cells = xlsxText(xlsx.bytes());
        assertTrue(cells.contains("対策チェックリスト") && cells.contains("架空市"), cells);

        Browserless.Download docx = browser.download(Browserless.link(made, "対策チェックリスト（Word）"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.contentType());
        assertTrue(docxText(docx.bytes()).contains("対策チェックリスト"));

        Browserless.Page generated = browser.post("/p/dl/generate", "_csrf", token);
        Browserless.Download changes = browser.download(Browserless.link(generated, "独自変更一覧（Word）"));
        assertEquals(200, changes.status());
        assertTrue(changes.disposition().endsWith("''05_%E7%8B%AC%E8%87%AA%E5%A4%89%E6%9B%B4%E4%B8%80%E8%A6%A7.docx"),
                changes.disposition());
        String text = docxText(changes.bytes());
        assertTrue(text.contains("本市パスワード規程に合わせるため"), "each change is listed with its reason: " + text);
        Browserless.Download pdf = browser.download(Browserless.link(generated, "情報セキュリティ対策基準（PDF）"));
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("%PDF", new String(pdf.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        assertEquals(404, browser.get("/p/dl/files/checklist/shi_対策チェックリスト.xlsx").status(), "another profile's file");
        assertEquals(404, browser.get("/p/dl/files/checklist/manifest.json").status());
    }

    /** The text of every cell of a workbook, tab-separated. */
    static String xlsxText(byte[] bytes) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        sb.append(cell.toString()).append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The text of a Word file's body (word/document.xml with its tags removed). */
    static String docxText(byte[] bytes) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
