package jp.policygen.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.policygen.cli.Main;

/**
 * The author's way through serve in a real browser (Debian's headless chromium driven by chromium-driver):
 * a profile from a sample, α' chosen in the form and its clauses in the preview, a wrong date and its
 * message at the field, a local change with its reason, saved, and the YAML (comments kept) and the Word
 * file found as the command line writes them. One browser for the whole class keeps it quick.
 */
class ServeBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path tmp;
    static Path dir;
    static Path output;
    static ServeApp app;
    static WebDriver driver;
    static WebDriverWait wait;
    /** Selenium warns that it has no DevTools bindings for this Chromium: not used here, kept quiet. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "ブラウザのテストを飛ばします: /usr/bin/chromedriver と /usr/bin/chromium がありません"
                        + "（Debian では apt install chromium chromium-driver。CI は .ci/run で入れます）");
        SELENIUM_LOG.setLevel(java.util.logging.Level.OFF);
        dir = Files.createDirectories(tmp.resolve("profiles"));
        output = tmp.resolve("output");
        app = ServeApp.start(0, dir, output);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60)); // a busy CI machine: waits, never a time limit asserted
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // htmx replaces the message elements
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private static WebElement id(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** The text of the document in the preview frame. */
    private static String previewText() {
        try {
            driver.switchTo().frame(driver.findElement(By.cssSelector("#preview iframe")));
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    @Test
    void anAuthorMakesAPolicyWithoutTouchingYaml() throws Exception {
        // start page → 新しく作る from the village sample
        driver.get(app.url());
        id("new-name").sendKeys("minami-mura");
        new Select(id("new-sample")).selectByValue("kakuu-mura");
        driver.findElement(By.xpath("//button[text()='新しく作る']")).click();
        wait.until(d -> d.getTitle().contains("minami-mura") || d.getTitle().startsWith("エラー"));
        assertTrue(driver.getTitle().contains("minami-mura"), () -> driver.findElement(By.tagName("main")).getText());
        assertTrue(previewText().contains("情報セキュリティ対策基準"), "the preview shows the standard");
        assertTrue(!previewText().contains("業務端末の配置及びローカルブレイクアウト"));

        // α' in the form: its clauses appear in the preview
        new Select(id("f-network-model")).selectByValue("alpha-prime");
        new Select(id("f-network-alpha_prime-case")).selectByValue("file-exchange");
        wait.until(d -> previewText().contains("業務端末の配置及びローカルブレイクアウト"));

        // a date that does not exist: the reader's message at the field, gone once corrected
        WebElement effective = id("f-policy-effective");
        effective.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-02-30", Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("m-policy-effective"), "存在しない日付です"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("general"), "誤りが 1 件あります"));
        effective.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-04-01", Keys.TAB);
        wait.until(d -> d.findElement(By.id("m-policy-effective")).getText().isEmpty());
        wait.until(ExpectedConditions.textToBe(By.id("w-f-policy-effective"), "令和8年4月1日"));

        driver.findElement(By.xpath("//button[text()='保存する']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "保存しました。"));
        wait.until(d -> previewText().contains("業務端末の配置及びローカルブレイクアウト"));

        // a local change with its reason, from the clause list's search
        driver.findElement(By.linkText("条項")).click();
        WebElement q = id("q");
        q.sendKeys("パスワード", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#clause-list .count"), "「パスワード」を含むもの"));
        wait.until(d -> { // the list may still be replaced by the search as you type: click the link that stays
            try {
                d.findElement(By.cssSelector("a[href$='/clauses/std.human.passwords']")).click();
                return true;
            } catch (WebDriverException replaced) {
                // the link found was in the list just replaced: Chrome says it is stale, or that its node "does not
                // belong to the document"; try the new list's (a link that never comes still times the wait out)
                return false;
            }
        });
        id("kind-1").click(); // 本文を置き換える: the text starts as the clause's current text, to be rewritten
        assertTrue(id("text").getAttribute("value").startsWith("職員等は、自らが管理するパスワードについて"),
                id("text").getAttribute("value"));
        id("text").clear();
        id("text").sendKeys("パスワードは15文字以上とし、ほかのサービスと使い回さない。");
        id("reason").sendKeys("村のパスワード規程に合わせるため");
        driver.findElement(By.xpath("//button[text()='保存する']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "保存しました。"));
        assertTrue(driver.findElement(By.cssSelector(".compare")).getText().contains("パスワードは15文字以上とし"));

        // outputs: the Word file, as generate writes it
        driver.findElement(By.linkText("出力")).click();
        driver.findElement(By.xpath("//button[text()='文書を作成']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "個のファイルを作成しました"));

        String yaml = Files.readString(dir.resolve("minami-mura.yaml"));
        String sample = Files.readString(Path.of("profiles/kakuu-mura.yaml"));
        // a new body's profile keeps the sample's comments except those about the fictitious sample body
        assertEquals(sample.lines().filter(l -> l.strip().startsWith("#") && !l.contains("架空")).toList(),
                yaml.lines().filter(l -> l.strip().startsWith("#")).toList(), "the sample's comments, less its own");
        assertTrue(sample.contains("# 架空村"), "the sample describes itself");
        assertTrue(yaml.lines().noneMatch(l -> l.strip().startsWith("#") && l.contains("架空")), yaml);
        assertTrue(yaml.contains("  model: alpha-prime\n"), yaml);
        assertTrue(yaml.contains("""
                  std.human.passwords:
                    replace: パスワードは15文字以上とし、ほかのサービスと使い回さない。
                    reason: 村のパスワード規程に合わせるため
                """), yaml);
        String docx = "02_情報セキュリティ対策基準.docx";
        Path cli = tmp.resolve("cli");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"generate", dir.resolve("minami-mura.yaml").toString(), "-o", cli.toString(),
                "--format", "docx"}, new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        assertArrayEquals(Files.readAllBytes(cli.resolve("minami-mura").resolve(docx)),
                Files.readAllBytes(output.resolve("minami-mura").resolve(docx)));
    }

    // ---- keyboard and zoom

    /** The pages of one profile, and the start page. */
    static final java.util.List<String> PAGES = java.util.List.of("", "p/kb", "p/kb/clauses", "p/kb/clauses/std.human.passwords",
            "p/kb/outputs", "p/kb/upgrade", "p/kb/yaml", "import");

    private static Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the element with this id has the focus (a user finding a field by the keyboard). */
    private static void tabTo(String id) {
        for (int i = 0; i < 60 && !id.equals(active().getAttribute("id")); i++) {
            active().sendKeys(Keys.TAB);
        }
        assertEquals(id, active().getAttribute("id"), "Tab reaches #" + id);
    }

    /** Puts the keyboard's starting point at the top of the page, as a freshly loaded page has it. */
    private static void fromTop() {
        js("""
                const s = document.createElement('span');
                s.tabIndex = -1;
                document.body.prepend(s);
                s.focus();
                window.scrollTo(0, 0);""");
    }

    private static void open(String page) {
        driver.get(app.url() + page);
        wait.until(d -> js("return document.readyState").equals("complete"));
    }

    @Test
    void everyPageWorksFromTheKeyboardWithItsFocusShownAndEveryControlLabelled() throws Exception {
        Files.copy(Path.of("profiles/kakuu-mura.yaml"), dir.resolve("kb.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (String page : PAGES) {
            open(page);
            // every control has a name a screen reader reads: a bound <label>, or aria-label(ledby); links and buttons their text
            Object unlabelled = js("""
                    return Array.from(document.querySelectorAll('input:not([type=hidden]),select,textarea,button,a[href]'))
                      .filter(e => (e.tagName === 'A' || e.tagName === 'BUTTON')
                          ? !(e.textContent.trim() || e.getAttribute('aria-label'))
                          : !((e.labels && e.labels.length) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')))
                      .map(e => e.outerHTML.slice(0, 160));""");
            assertEquals(java.util.List.of(), unlabelled, "/" + page);
            assertEquals(Boolean.FALSE, js("return Array.from(document.querySelectorAll('[tabindex]')).some(e => e.tabIndex > 0)"),
                    "no positive tabindex reorders /" + page);

            // Tab goes through the controls in the order they stand on the page, each with a visible focus ring
            Object order = js("""
                    const all = Array.from(document.querySelectorAll('a[href],input:not([type=hidden]),select,textarea,button,iframe,summary'))
                      .filter(e => !e.disabled && (e.tagName === 'SUMMARY' || !e.closest('details:not([open])')) && e.getClientRects().length)
                      // a group of radio buttons is one stop: its checked button, or its first when none is
                      .filter(e => e.type !== 'radio' || (e.form.querySelector(`input[name="${e.name}"]:checked`)
                          ? e.checked : e.form.querySelector(`input[name="${e.name}"]`) === e));
                    all.forEach((e, i) => e.dataset.k = i);
                    return all.length;""");
            int stops = Math.min(((Number) order).intValue(), 20);
            fromTop();
            for (int k = 0; k < stops; k++) {
                new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
                WebElement f = active();
                assertEquals(String.valueOf(k), f.getAttribute("data-k"), "Tab stop " + k + " of /" + page + " is "
                        + f.getAttribute("outerHTML").substring(0, Math.min(160, f.getAttribute("outerHTML").length())));
                if (!f.getTagName().equals("iframe")) {
                    String outline = (String) js("const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", f);
                    assertTrue(!outline.startsWith("none") && Double.parseDouble(outline.split(" ")[1].replace("px", "")) >= 2,
                            "focus shown on tab stop " + k + " of /" + page + ": " + outline);
                    assertTrue((Boolean) js("const r = arguments[0].getBoundingClientRect(); return r.width > 0 && r.height > 0;", f),
                            "the focused control is on screen");
                }
            }
        }

        // the skip link is the first stop and takes the focus to the page's content
        open("p/kb");
        fromTop();
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("本文へ移動", active().getText());
        active().sendKeys(Keys.ENTER);
        wait.until(d -> "main".equals(active().getAttribute("id")));

        // a local change made with the keyboard only: Tab to the choices, arrow to 置き換える, type, Enter saves
        open("p/kb/clauses/std.human.passwords");
        fromTop();
        tabTo("kind-0");
        active().sendKeys(Keys.ARROW_DOWN);
        assertEquals("kind-1", active().getAttribute("id"));
        assertTrue(active().isSelected(), "the arrow key chooses 本文を置き換える");
        active().sendKeys(Keys.TAB);
        assertEquals("text", active().getAttribute("id"), "from the choices Tab goes to the text");
        assertTrue(active().getAttribute("value").startsWith("職員等は、自らが管理するパスワードについて"),
                "the text to rewrite starts as the current one");
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "パスワードは16文字以上とする。");
        active().sendKeys(Keys.TAB);
        assertEquals("今の本文（置き換えるときの元。写して使えます）", active().getText(), "then the current text, folded");
        active().sendKeys(Keys.TAB);
        assertEquals("title", active().getAttribute("id"));
        active().sendKeys(Keys.TAB);
        assertEquals("reason", active().getAttribute("id"));
        active().sendKeys("キーボードだけで変更するため", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "保存しました。"));
        assertTrue(Files.readString(dir.resolve("kb.yaml")).contains("""
                  std.human.passwords:
                    replace: パスワードは16文字以上とする。
                    reason: キーボードだけで変更するため
                """), Files.readString(dir.resolve("kb.yaml")));
    }

    @Test
    void atTwoHundredPercentZoomEveryPageReflowsWithoutSidewaysScrolling() throws Exception {
        Path file = dir.resolve("kb.yaml");
        if (!Files.exists(file)) {
            Files.copy(Path.of("profiles/kakuu-mura.yaml"), file);
        }
        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
        // the 1280-pixel window at 200%: 640 CSS pixels wide, each drawn with two device pixels (as the browser's zoom does)
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 640, "height", 500,
                "deviceScaleFactor", 2, "mobile", false));
        try {
            for (String page : PAGES) {
                open(page);
                Object overflow = js("""
                        const w = document.documentElement.clientWidth;
                        return Array.from(document.querySelectorAll('body *'))
                          .filter(e => e.getClientRects().length && !e.closest('table.clauses, table.rows, iframe, .skip, .table-scroll')
                              && e.getBoundingClientRect().right > w + 1)
                          .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + '/' + w);""");
                assertEquals(java.util.List.of(), overflow, "nothing sticks out past the window's right edge on /" + page);
                assertTrue(((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue() <= 1,
                        "no sideways scrolling on /" + page);
                Number smallest = (Number) js("""
                        return Math.min(...Array.from(document.querySelectorAll('main p, main label, main li, main td, main th, main legend'))
                          .filter(e => e.getClientRects().length && e.textContent.trim())
                          .map(e => parseFloat(getComputedStyle(e).fontSize)));""");
                assertTrue(smallest.doubleValue() >= 12, "text stays at least 12 CSS px on /" + page + ": " + smallest);
            }
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void theImportReviewWorksFromTheKeyboardAndReflowsAtTwoHundredPercent() throws Exception {
        // a rule read through the page (the upload itself is ServeImportTest's): its review, as the author sees it
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"generate", "profiles/kakuu-mura.yaml", "-o", tmp.resolve("gen").toString(),
                "--format", "docx"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        Files.copy(tmp.resolve("gen/kakuu-mura/02_情報セキュリティ対策基準.docx"), dir.resolve("対策基準.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Browserless b = new Browserless(app);
        Browserless.Page sent = b.postMultipart("/import", java.util.List.of(), "_csrf", b.get("/import").hidden("_csrf"),
                "file", "対策基準.docx");
        assertEquals(303, sent.status(), sent.body());
        open(sent.location().substring(1));
        Object unlabelled = js("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]),select,textarea,button,a[href]'))
                  .filter(e => (e.tagName === 'A' || e.tagName === 'BUTTON')
                      ? !(e.textContent.trim() || e.getAttribute('aria-label'))
                      : !((e.labels && e.labels.length) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')))
                  .map(e => e.outerHTML.slice(0, 160));""");
        assertEquals(java.util.List.of(), unlabelled);
        // from the top: the skip link, the site's link, then the name to save under, the button, the Word file, the
        // table (a scrolling region the keyboard can reach), each with its focus shown
        fromTop();
        tabTo("save-name");
        assertTrue(active().getAttribute("value").length() > 0, "a name is proposed");
        active().sendKeys(Keys.TAB);
        assertEquals("プロファイルとして保存する", active().getText());
        active().sendKeys(Keys.TAB);
        assertEquals("取込結果を Word で保存する", active().getText());
        active().sendKeys(Keys.TAB);
        assertEquals("region", active().getAttribute("role"), "the table of the rows to check");
        String outline = (String) js("const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth;", active());
        assertTrue(!outline.startsWith("none"), "focus shown on the table: " + outline);

        org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 640, "height", 500,
                "deviceScaleFactor", 2, "mobile", false));
        try {
            open(sent.location().substring(1));
            assertTrue(((Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue() <= 1,
                    "the page does not scroll sideways; only the table's own region does");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }
}
