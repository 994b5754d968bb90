package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What a new user meets first: the help texts and the samples. */
class HelpAndSamplesTest {

    @Test
    void helpSaysTheTextIsTheProjectsOwn() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.status());
        assertFalse(r.out().contains("例文から"), r.out());
        assertTrue(r.out().contains("条文は本ツール独自の文です"), r.out());
    }

    @Test
    void generateHelpListsTheExitCodes() {
        Cli r = Cli.run("generate", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("終了コード:"), r.out());
        for (String code : List.of("  0   文書を作成した", "  1   処理の失敗", "  2   入力の誤り")) {
            assertTrue(r.out().contains(code), code + " in " + r.out());
        }
    }

    /** picocli's own parts (the --help / --version lines, the usage heading, the help command) speak Japanese too. */
    @Test
    void everyHelpIsInJapanese() {
        List<String[]> helps = new java.util.ArrayList<>();
        helps.add(new String[] {"--help"});
        helps.add(new String[] {"help", "--help"});
        for (String command : List.of("generate", "check", "diff", "upgrade", "sections", "editions", "serve")) {
            helps.add(new String[] {command, "--help"});
        }
        for (String[] args : helps) {
            Cli r = Cli.run(args);
            assertEquals(0, r.status(), String.join(" ", args));
            assertTrue(r.out().startsWith("使い方: policygen") || r.out().startsWith("コマンドの使い方を表示します。"),
                    String.join(" ", args) + ": " + r.out());
            for (String english : List.of("Usage:", "Show this help", "Print version", "Display help", "usage help",
                    "Show usage help")) {
                assertFalse(r.out().contains(english), String.join(" ", args) + " says " + english + ": " + r.out());
            }
        }
        assertTrue(Cli.run("generate", "--help").out().contains("  -h, --help         このヘルプを表示して終了します。"));
    }

    @Test
    void everySampleProfileChecksWithoutAWarning() throws IOException {
        List<String> samples;
        try (Stream<Path> s = Files.list(Path.of("profiles"))) {
            samples = s.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toList();
        }
        assertTrue(samples.size() >= 4, samples.toString());
        for (String sample : samples) {
            Cli r = Cli.run("check", sample);
            assertEquals(0, r.status(), sample + ": " + r.out());
            assertTrue(r.out().startsWith("誤りは見つかりませんでした。"), sample + ": " + r.out());
            assertFalse(r.out().contains("警告"), sample + ": " + r.out());
        }
    }
}
