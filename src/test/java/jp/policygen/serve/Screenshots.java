package jp.policygen.serve;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.policygen.upgrade.UpgraderTestProfiles;

/**
 * Takes the screenshots of serve's pages in docs/ (serve-*.png) with Debian's headless chromium, on copies of the
 * samples in a temporary folder. Not a test: run it by hand after changing a page —
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) jp.policygen.serve.Screenshots docs
 * </pre>
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(args.length > 0 ? args[0] : "docs");
        // a fixed, readable folder name: the pages show where they write
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "policygen-見本");
        if (Files.exists(tmp)) {
            try (var walk = Files.walk(tmp)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(tmp);
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.OFF);
        try (ServeFixture serve = ServeFixture.start(tmp)) {
            serve.copy("kakuu-shi", "kakuu-shi");
            serve.copy("kakuu-mura", "kakuu-mura");
            serve.copy("kakuu-ken", "kakuu-ken");
            serve.write("kakuu-cho-2023", UpgraderTestProfiles.TOWN_2023);
            ChromeOptions options = new ChromeOptions();
            options.setBinary(ServeBrowserTest.CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--hide-scrollbars", "--lang=ja", "--window-size=1280,1000");
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(ServeBrowserTest.CHROMEDRIVER.toString())).usingAnyFreePort().build(), options);
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
                String base = serve.app.url();
                Shooter shot = new Shooter(driver, docs);

                driver.get(base);
                shot.take("serve-start", 1100, 760);

                driver.get(base + "p/kakuu-shi");
                wait.until(d -> ((JavascriptExecutor) d).executeScript(
                        "const f = document.querySelector('#preview iframe'); return !!(f && f.contentDocument && f.contentDocument.body"
                                + " && f.contentDocument.body.innerText.length > 100);"));
                shot.take("serve-profile", 1400, 1000);

                driver.get(base + "p/kakuu-shi/clauses?q=" + ServeApp.encode("パスワード"));
                shot.take("serve-clauses", 1280, 900);

                driver.get(base + "p/kakuu-shi/clauses/std.human.passwords");
                ((JavascriptExecutor) driver).executeScript("document.querySelector('details.insert').open = true;");
                shot.full("serve-clause", 1300);

                driver.get(base + "p/kakuu-shi/outputs");
                driver.findElement(By.xpath("//button[text()='文書を作成']")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "個のファイルを作成しました"));
                driver.findElement(By.xpath("//button[text()='チェックリストを作成']")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "を作成しました"));
                shot.full("serve-outputs", 1280);

                driver.get(base + "p/kakuu-cho-2023/upgrade");
                shot.full("serve-upgrade", 1280);
                driver.findElement(By.xpath("//button[contains(text(), '1件ずつ確かめる')]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("choice-keep")));
                shot.full("serve-upgrade-step", 1280);

                // the profile form at 200% zoom: 640 CSS pixels wide, drawn at scale 2
                driver.get(base + "p/kakuu-ken");
                driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 640, "height", 900,
                        "deviceScaleFactor", 2, "mobile", false));
                driver.get(base + "p/kakuu-ken");
                shot.cdp("serve-profile-200");
                driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            } finally {
                driver.quit();
            }
        }
    }

    /** Screenshots of the window at a size, of the whole page, or through the DevTools protocol. */
    private record Shooter(ChromeDriver driver, Path docs) {
        void take(String name, int width, int height) throws Exception {
            driver.manage().window().setSize(new Dimension(width, height));
            Thread.sleep(300); // a resize reflows the page; nothing is asserted, the picture only has to be settled
            Files.write(docs.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            System.out.println(docs.resolve(name + ".png"));
        }

        void full(String name, int width) throws Exception {
            driver.manage().window().setSize(new Dimension(width, 1000));
            long height = (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
            take(name, width, (int) Math.min(2400, height + 140));
        }

        void cdp(String name) throws Exception {
            Map<String, Object> r = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(docs.resolve(name + ".png"), Base64.getDecoder().decode((String) r.get("data")));
            System.out.println(docs.resolve(name + ".png"));
        }
    }
}
