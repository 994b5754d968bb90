package jp.policygen.serve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.cli.Main;

/**
 * 現行の規程を取り込む as the author uses it: a Word file uploaded or chosen from the folder, the review with the
 * doubtful rows first, the profile saved only on 保存 (and byte for byte what {@code policygen import} writes), and a
 * file that is no policy refused with the command line's own message and nothing saved.
 */
class ServeImportTest {
    @TempDir
    static Path tmp;
    static ServeFixture serve;
    static Browserless browser;
    /** The sample city's 対策基準 as Word: a rule with exactly three changes of its own. */
    static byte[] rule;

    @BeforeAll
    static void start() throws IOException {
        Path gen = tmp.resolve("gen");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"generate", "profiles/kakuu-shi.yaml", "-o", gen.toString(), "--format", "docx"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        rule = Files.readAllBytes(gen.resolve("kakuu-shi/02_情報セキュリティ対策基準.docx"));
        serve = ServeFixture.start(tmp);
        browser = serve.browser;
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    /** Runs the command line in this process; returns {stdout, stderr} and fails on an exit status other than 0 or 2. */
    static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(status == 0 || status == 2, status + ": " + err);
        return new String[] {out.toString(), err.toString()};
    }

    private static List<String> folderFiles() throws IOException {
        try (Stream<Path> s = Files.list(serve.dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String csrf() throws Exception {
        return browser.get("/import").hidden("_csrf");
    }

    /** The text of the page's 判定 column, row by row, in the order the page shows them. */
    private static List<String> decisions(String html) {
        Matcher m = Pattern.compile("<tr class=\"d-([^\"]+)\"><td>").matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void anUploadedRuleIsReviewedDoubtfulFirstAndSavedAsTheCommandLineWritesIt() throws Exception {
        Browserless.Page start = browser.get("/");
        assertTrue(start.body().contains("<a href=\"/import\">現行の規程を取り込む</a>"), "the start page leads to the import");
        Browserless.Page form = browser.get("/import");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("<label for=\"import-upload\">パソコンのファイルを指定する</label>")
                && form.body().contains("id=\"import-upload\" name=\"upload\" multiple"), "a labelled file input");
        assertTrue(form.body().contains("<option value=\"\" selected>自動（規程の文言に最も近い版）</option>"));

        List<String> before = folderFiles();
        Browserless.Page sent = browser.postMultipart("/import",
                List.of(new Browserless.FilePart("upload", "02_情報セキュリティ対策基準.docx", rule)), "_csrf", csrf(),
                "edition", "", "body", "");
        assertEquals(303, sent.status(), sent.body());
        assertEquals(before, folderFiles(), "reading saves nothing");

        Browserless.Page review = browser.get(sent.location());
        assertEquals(200, review.status());
        String html = review.body();
        assertTrue(html.contains("ガイドラインの版: <strong>"), html.substring(0, Math.min(3000, html.length())));
        assertTrue(review.textOf("import-summary").contains("変更 ") && review.textOf("import-summary").contains("対応なし "),
                review.textOf("import-summary"));
        // what the body's text told: the CISO post with the sentence it came from
        assertTrue(html.contains("<td>副市長</td><td>副市長を、最高情報セキュリティ責任者"), "the CISO read from the rule");
        // the doubtful rows: the sample's three own changes are among them, and no 同じ row comes before them
        int doubtful = html.indexOf("id=\"doubtful-title\"");
        int same = html.indexOf("ガイドラインの例文と同じもの（");
        assertTrue(doubtful > 0 && same > doubtful);
        String doubtfulPart = html.substring(doubtful, same);
        for (String id : List.of("std.human.passwords", "std.physical.servers.offsite", "std.tech.email.security")) {
            assertTrue(doubtfulPart.contains("<code class=\"id\">" + id + "</code>"), id + " among the rows to check");
        }
        List<String> order = decisions(doubtfulPart);
        assertFalse(order.contains("同じ"), order.toString());
        int firstChanged = order.indexOf("変更");
        assertTrue(order.contains("対応なし") && firstChanged > order.lastIndexOf("対応なし"),
                "対応なし before the changed rows: " + order);
        assertTrue(decisions(html.substring(same)).stream().allMatch("同じ"::equals));
        assertTrue(html.contains("<caption>規程の条項と対応付けたガイドラインの条項（同じもの以外）</caption>")
                && html.contains("<th scope=\"col\">判定</th>"), "a table with its caption and column headers");

        // the Word 取込結果, from the review
        String key = sent.location().substring("/import/".length());
        Browserless.Download docx = browser.download("/import/" + key + "/report.docx");
        assertEquals(200, docx.status());
        assertTrue(docx.disposition().contains("filename*=UTF-8''02_"), docx.disposition());

        // saved: the profile the command line writes for the same file, byte for byte
        Browserless.Page saved = browser.post("/import/" + key + "/save", "_csrf", csrf(), "name", "取込市");
        assertEquals(303, saved.status(), saved.body());
        assertTrue(saved.location().startsWith("/p/%E5%8F%96%E8%BE%BC%E5%B8%82?notice="), saved.location());
        Path upload = Files.write(tmp.resolve("02_情報セキュリティ対策基準.docx"), rule);
        cli("import", upload.toString(), "-o", tmp.resolve("cli").toString());
        // the profile's comments name the file it came from: the page, as it was called on the PC
        assertEquals(Files.readString(tmp.resolve("cli/02_情報セキュリティ対策基準.yaml")).replace(upload.toString(),
                "02_情報セキュリティ対策基準.docx"), serve.read("取込市"));
        Browserless.Page profile = browser.get(saved.location());
        assertTrue(profile.body().contains("取り込んだ規程からプロファイル「取込市」を作りました"), "the notice on the profile page");
        assertFalse(profile.body().contains("class=\"error\""), "the imported profile reads without error");
    }

    @Test
    void aRuleChosenFromTheFolderIsReadAndANameTakenIsRefusedWithNothingWritten() throws Exception {
        Files.write(serve.dir.resolve("規程.docx"), rule);
        serve.copy("kakuu-shi", "taken");
        Browserless.Page form = browser.get("/import");
        assertTrue(form.body().contains("<label for=\"import-file-0\">規程.docx</label>"), "the folder's Word file listed");
        Browserless.Page sent = browser.postMultipart("/import", List.of(new Browserless.FilePart("upload", "", new byte[0])),
                "_csrf", csrf(), "file", "規程.docx", "edition", "2023-03", "body", "");
        assertEquals(303, sent.status(), sent.body());
        Browserless.Page review = browser.get(sent.location());
        assertTrue(review.body().contains("ガイドラインの版: <strong>" + jp.policygen.profile.TestProfiles.CATALOG.editionName(EditionId.of("2023-03"))
                + "</strong>"), "the edition chosen on the form");
        String key = sent.location().substring("/import/".length());
        byte[] taken = Files.readAllBytes(serve.file("taken"));
        Browserless.Page again = browser.post("/import/" + key + "/save", "_csrf", csrf(), "name", "taken");
        assertEquals(400, again.status());
        assertTrue(again.textOf("save-error").contains("「taken」というプロファイルは既にあります。別の名前にしてください。")
                && again.textOf("save-error").contains("何も保存していません。"), again.textOf("save-error"));
        assertArrayEquals(taken, Files.readAllBytes(serve.file("taken")));
        assertTrue(again.body().contains("value=\"taken\""), "the name typed stays in the field");

        // a name that is not in the folder's list (a path) is never read
        Browserless.Page outside = browser.postMultipart("/import", List.of(), "_csrf", csrf(), "file", "../gen/x.docx");
        assertEquals(400, outside.status());
        assertTrue(outside.textOf("import-error").contains("「../gen/x.docx」はフォルダにありません。"));
    }

    @Test
    void aFileThatIsNoPolicyGetsTheCommandLinesMessageAndNothingIsSaved() throws Exception {
        byte[] memo = "会議のメモ\n\n来週の打合せは火曜日の午後とします。\n".getBytes(StandardCharsets.UTF_8);
        byte[] encrypted = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0, encrypted, 0, 8);
        for (Object[] c : List.of(new Object[] {"memo.txt", memo}, new Object[] {"規程（パスワード付き）.docx", encrypted})) {
            String name = (String) c[0];
            byte[] bytes = (byte[]) c[1];
            Path file = Files.write(tmp.resolve(name), bytes);
            String err = cli("import", file.toString(), "-o", tmp.resolve("bad").toString())[1].strip();
            assertTrue(err.startsWith("エラー: " + file + ": "), err);
            String expected = err.replace(file.toString(), name); // the page names the file as it was on the PC
            List<String> before = folderFiles();
            Browserless.Page page = browser.postMultipart("/import", List.of(new Browserless.FilePart("upload", name, bytes)),
                    "_csrf", csrf(), "edition", "", "body", "");
            assertEquals(400, page.status());
            String shown = page.textOf("import-error");
            assertTrue(shown.startsWith(expected), "page: " + shown + "\ncli: " + expected);
            assertTrue(shown.endsWith("何も保存していません。"));
            assertEquals(before, folderFiles(), "nothing saved");
            assertFalse(Files.exists(tmp.resolve("bad")), "nor by the command line");
        }
        Browserless.Page none = browser.postMultipart("/import", List.of(), "_csrf", csrf(), "edition", "");
        assertEquals(400, none.status());
        assertTrue(none.textOf("import-error").contains("取り込むファイルを選ぶか、パソコンのファイルを指定してください。"));
        Browserless.Page forged = browser.postMultipart("/import", List.of(new Browserless.FilePart("upload", "a.docx", rule)),
                "_csrf", "wrong");
        assertEquals(403, forged.status(), "an upload carries the page's token like every other form");
    }
}
