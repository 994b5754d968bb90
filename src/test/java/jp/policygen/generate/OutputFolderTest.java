package jp.policygen.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.policygen.policy.Document;
import jp.policygen.profile.TestProfiles;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.html.HtmlWriter;

class OutputFolderTest {

    /** Fails on the n-th document, as a full disk or a broken font would. */
    private static DocumentWriter failingOn(int n) {
        return new DocumentWriter() {
            private int count;

            @Override
            public String format() {
                return "html";
            }

            @Override
            public void write(Document document, OutputStream out) throws IOException {
                if (++count == n) {
                    throw new IOException("disk full");
                }
                out.write(1);
            }
        };
    }

    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aRunThatFailsHalfwayLeavesTheEarlierOutputAsItWas(@TempDir Path out) throws IOException {
        Generator generator = new Generator(TestProfiles.CATALOG);
        var profile = TestProfiles.sample("kakuu-mura.yaml");
        generator.generate(profile, out, List.of(new HtmlWriter()));
        List<Path> before = tree(out);
        byte[] first = Files.readAllBytes(out.resolve("kakuu-mura/01_情報セキュリティ基本方針.html"));

        assertThrows(IOException.class, () -> generator.generate(profile, out, List.of(failingOn(2))));

        assertEquals(before, tree(out), "no half-written files, no staging folder left behind");
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(out.resolve("kakuu-mura/01_情報セキュリティ基本方針.html"))));
    }

    @Test
    void aFailedFirstRunLeavesNoOutputFolderBehind(@TempDir Path dir) {
        Path out = dir.resolve("new-output");
        assertThrows(IOException.class, () -> new Generator(TestProfiles.CATALOG)
                .generate(TestProfiles.sample("kakuu-mura.yaml"), out, List.of(failingOn(1))));
        assertFalse(Files.exists(out));
    }

    @Test
    void aSecondRunReplacesTheWholeFolder(@TempDir Path out) throws IOException {
        Generator generator = new Generator(TestProfiles.CATALOG);
        var profile = TestProfiles.sample("kakuu-mura.yaml");
        generator.generate(profile, out, List.of(new HtmlWriter()));
        Files.writeString(out.resolve("kakuu-mura/stale.txt"), "古いファイル");
        generator.generate(profile, out, List.of(new HtmlWriter()));
        assertFalse(Files.exists(out.resolve("kakuu-mura/stale.txt")), "files of the earlier run do not linger");
        assertTrue(Files.exists(out.resolve("kakuu-mura/manifest.json")));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "→", value = {
            "kakuu-shi → kakuu-shi",
            "架空市 第3版 → 架空市 第3版",
            ".. → profile",
            "... → profile",
            ".hidden → hidden",
            "a/../../b → a_.._.._b",
            "C:\\Windows → C__Windows",
            "con?fig* → con_fig_",
    })
    void folderNamesCannotLeaveTheOutputFolder(String name, String expected) {
        assertEquals(expected, OutputFolder.safeName(name));
    }
}
