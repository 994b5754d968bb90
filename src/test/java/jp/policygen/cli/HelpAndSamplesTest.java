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
