package jp.policygen.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.policygen.policy.Document;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.html.HtmlWriter;
import jp.policygen.render.md.MarkdownWriter;

class OutputFolderTest {

    /** Fails on the n-th document, as a full disk or a broken font would. */
    private static DocumentWriter failingOn(int n) {
        return failingOn(n, "html");
    }

    private static DocumentWriter failingOn(int n, String format) {
        return new DocumentWriter() {
            private int count;

            @Override
            public String format() {
                return format;
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
    void whenPdfsAreWrittenOnTheirOwnThreadAFailureOnEitherSideLeavesTheEarlierOutputAsItWas(@TempDir Path out)
            throws IOException {
        java.util.concurrent.ExecutorService pdfThread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            Generator generator = new Generator(TestProfiles.CATALOG, pdfThread);
            var profile = TestProfiles.sample("kakuu-mura.yaml");
            generator.generate(profile, out, List.of(new HtmlWriter()));
            List<Path> before = tree(out);

            IOException onPdfThread = assertThrows(IOException.class,
                    () -> generator.generate(profile, out, List.of(new HtmlWriter(), failingOn(2, "pdf"))));
            assertEquals("disk full", onPdfThread.getMessage());
            assertEquals(before, tree(out), "no half-written files, no staging folder left behind");

            IOException onThisThread = assertThrows(IOException.class,
                    () -> generator.generate(profile, out, List.of(failingOn(3), failingOn(99, "pdf"))));
            assertEquals("disk full", onThisThread.getMessage());
            assertEquals(before, tree(out));
        } finally {
            pdfThread.shutdownNow();
        }
    }

    @Test
    void pdfsWrittenOnTheirOwnThreadGiveTheSameFilesAndManifest(@TempDir Path dir) throws IOException {
        java.util.concurrent.ExecutorService pdfThread = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var profile = TestProfiles.sample("kakuu-mura.yaml");
            List<DocumentWriter> writers = List.of(new HtmlWriter(), failingOn(99, "pdf"), new MarkdownWriter());
            Generator.Output one = new Generator(TestProfiles.CATALOG).generate(profile, dir.resolve("one"), writers);
            Generator.Output two = new Generator(TestProfiles.CATALOG, pdfThread)
                    .generate(profile, dir.resolve("two"), writers);
            assertEquals(one.files().stream().map(p -> dir.resolve("one").relativize(p)).toList(),
                    two.files().stream().map(p -> dir.resolve("two").relativize(p)).toList());
            for (Path f : one.files()) {
                Path other = dir.resolve("two").resolve(dir.resolve("one").relativize(f));
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(other), f.toString());
            }
        } finally {
            pdfThread.shutdownNow();
        }
    }

    private static final Generator GENERATOR = new Generator(TestProfiles.CATALOG);
    private static final String BASIC = "01_情報セキュリティ基本方針.html";

    private static Profile mura(String effective, String version) {
        String yaml = TestProfiles.MINIMAL.replace("name: 架空市", "name: 架空村").replace("kind: city", "kind: village")
                .replace("effective: 2026-04-01", "effective: " + effective
                        + (version.isEmpty() ? "" : "\n  version: \"" + version + "\""));
        return TestProfiles.reader().read("kakuu-mura.yaml", "kakuu-mura", yaml.getBytes(StandardCharsets.UTF_8))
                .profile().orElseThrow();
    }

    private static List<Path> leftovers(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".policygen-")).toList();
        }
    }

    @Test
    void aSecondRunReplacesWhatTheFirstWroteAndNothingElse(@TempDir Path out) throws IOException {
        GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter(), new MarkdownWriter()));
        Path body = out.resolve("kakuu-mura");
        Files.writeString(body.resolve("メモ.txt"), "委員会で確認すること");
        Files.writeString(body.resolve("kakuu-mura.yaml"), "guideline: \"2024-10\"");
        Files.createDirectories(body.resolve("資料"));
        Files.writeString(body.resolve("資料/議事録.txt"), "第1回");
        Files.writeString(body.resolve(BASIC), "手で書き換えた版"); // a file of the tool: replaced

        GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter()));

        assertEquals("委員会で確認すること", Files.readString(body.resolve("メモ.txt")));
        assertEquals("guideline: \"2024-10\"", Files.readString(body.resolve("kakuu-mura.yaml")));
        assertEquals("第1回", Files.readString(body.resolve("資料/議事録.txt")));
        assertTrue(Files.readString(body.resolve(BASIC)).contains("架空村"));
        assertFalse(Files.exists(body.resolve("01_情報セキュリティ基本方針.md")),
                "a document the earlier run listed and this run did not write is gone");
        assertFalse(Files.exists(body.resolve("history")), "same version: replaced in place");
        assertEquals(List.of(), leftovers(out));
    }

    @Test
    void aFolderTheToolDidNotWriteIsRefusedAndLeftAsItWas(@TempDir Path out) throws IOException {
        Path body = Files.createDirectories(out.resolve("kakuu-mura"));
        Files.writeString(body.resolve("kakuu-mura.yaml"), "利用者のプロファイル");
        List<Path> before = tree(out);

        var e = assertThrows(OutputFolder.RefusedException.class,
                () -> GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter())));

        assertTrue(e.getMessage().contains(body.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("何も変更していません"), e.getMessage());
        assertEquals(before, tree(out));
        assertEquals("利用者のプロファイル", Files.readString(body.resolve("kakuu-mura.yaml")));
    }

    @Test
    void anEmptyFolderIsUsed(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("kakuu-mura"));
        GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter()));
        assertTrue(Files.exists(out.resolve("kakuu-mura/manifest.json")));
    }

    @Test
    void aUsersFileWithTheNameOfANewDocumentIsNeverOverwritten(@TempDir Path out) throws IOException {
        GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter()));
        Path mine = out.resolve("kakuu-mura/01_情報セキュリティ基本方針.md");
        Files.writeString(mine, "自分で書いたメモ");
        List<Path> before = tree(out);

        var e = assertThrows(OutputFolder.RefusedException.class,
                () -> GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new MarkdownWriter())));

        assertTrue(e.getMessage().contains("01_情報セキュリティ基本方針.md"), e.getMessage());
        assertEquals(before, tree(out));
        assertEquals("自分で書いたメモ", Files.readString(mine));
    }

    @Test
    void aNewVersionMovesTheEarlierOneToHistory(@TempDir Path out) throws IOException {
        GENERATOR.generate(mura("2025-04-01", "第1版"), out, List.of(new HtmlWriter()));
        Path body = out.resolve("kakuu-mura");
        Files.writeString(body.resolve("メモ.txt"), "残すもの");
        byte[] firstSnapshot = Files.readAllBytes(body.resolve("snapshot.json"));

        Generator.Output second = GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter()));

        Path old = body.resolve("history/2025-04-01_第1版");
        assertEquals(Optional.of(old), second.history());
        assertArrayEquals(firstSnapshot, Files.readAllBytes(old.resolve("snapshot.json")));
        assertTrue(Files.readString(old.resolve("manifest.json")).contains("\"effective\" : \"2025-04-01\""));
        assertTrue(Files.exists(old.resolve(BASIC)));
        assertTrue(Files.readString(body.resolve("manifest.json")).contains("\"version\" : \"第2版\""));
        assertEquals("残すもの", Files.readString(body.resolve("メモ.txt")));
        assertFalse(Files.exists(old.resolve("メモ.txt")), "what the user wrote stays where the user put it");
        assertEquals(Optional.of(old.resolve("snapshot.json")), OutputHistory.latest(body));

        // a third version: the second joins the first; latest is the second
        GENERATOR.generate(mura("2027-04-01", ""), out, List.of(new HtmlWriter()));
        assertEquals(Optional.of(body.resolve("history/2026-04-01_第2版/snapshot.json")), OutputHistory.latest(body));
        assertEquals(Optional.of(old.resolve("snapshot.json")),
                OutputHistory.latestBefore(body, java.time.LocalDate.of(2026, 4, 1)));
        // and the version without 版 is named so when it moves on
        GENERATOR.generate(mura("2028-04-01", "第4版"), out, List.of(new HtmlWriter()));
        assertTrue(Files.isDirectory(body.resolve("history/2027-04-01_版なし")));
        assertEquals(3, OutputHistory.versions(body).size());
    }

    @Test
    void aCommitInterruptedBetweenTwoMovesIsFinishedByTheNextRun(@TempDir Path out) throws IOException {
        GENERATOR.generate(mura("2025-04-01", "第1版"), out, List.of(new HtmlWriter()));
        Path body = out.resolve("kakuu-mura");
        Files.writeString(body.resolve("メモ.txt"), "残すもの");
        byte[] newer = "新しい版".getBytes(StandardCharsets.UTF_8);
        Manifest manifest = new Manifest("kakuu-mura", "2024-10", Optional.of("第2版"),
                Optional.of(java.time.LocalDate.of(2026, 4, 1)), List.of(new Manifest.Entry("basic-policy", "html", BASIC)));

        OutputFolder folder = OutputFolder.open(out, "kakuu-mura");
        Files.write(folder.staging().resolve(BASIC), newer);
        Files.write(folder.staging().resolve("snapshot.json"), "{}".getBytes(StandardCharsets.UTF_8));
        Files.write(folder.staging().resolve("manifest.json"), manifest.bytes());
        int earlierFiles;
        try (Stream<Path> files = Files.list(body)) {
            earlierFiles = (int) files.filter(f -> !f.getFileName().toString().equals("メモ.txt")).count();
        }
        // the earlier files all moved to history, the first new one moved in, then the crash
        assertThrows(IllegalStateException.class, () -> folder.commit(earlierFiles + 1));
        folder.abandon(); // the process died here: the body folder is half old, half new
        assertFalse(Files.exists(body.resolve("manifest.json")));

        OutputFolder.recover(out);

        assertArrayEquals(newer, Files.readAllBytes(body.resolve(BASIC)));
        assertTrue(Files.readString(body.resolve("manifest.json")).contains("第2版"));
        assertTrue(Files.exists(body.resolve("history/2025-04-01_第1版/manifest.json")));
        assertEquals("残すもの", Files.readString(body.resolve("メモ.txt")));
        assertEquals(List.of(), leftovers(out));
    }

    @Test
    void aRunInterruptedBeforeItsCommitLeavesNothingTheNextRunKeeps(@TempDir Path out) throws IOException {
        OutputFolder folder = OutputFolder.open(out, "kakuu-mura");
        Files.writeString(folder.staging().resolve(BASIC), "書きかけ");
        folder.abandon();
        assertEquals(1, leftovers(out).size());

        GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter()));

        assertEquals(List.of(), leftovers(out));
        assertTrue(Files.readString(out.resolve("kakuu-mura").resolve(BASIC)).contains("架空村"));
    }

    @Test
    void aLiveRunsWorkFolderIsNotCleanedByAnother(@TempDir Path out) throws IOException {
        try (OutputFolder live = OutputFolder.open(out, "kakuu-mura")) {
            Files.writeString(live.staging().resolve(BASIC), "作成中");
            GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter()));
            assertTrue(Files.exists(live.staging().resolve(BASIC)));
        }
    }

    @Test
    void anEarlierReleasesSetAsideOutputIsPutBack(@TempDir Path out) throws IOException {
        GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter()));
        Path aside = out.resolve(".policygen-old-123");
        Files.move(out.resolve("kakuu-mura"), aside); // that release crashed between its two renames
        Files.setLastModifiedTime(aside, FileTime.fromMillis(0));

        OutputFolder.recover(out);

        assertTrue(Files.exists(out.resolve("kakuu-mura/manifest.json")));
        assertEquals(List.of(), leftovers(out));
    }

    @Test
    void aFailedRunRemovesTheFoldersItCreated(@TempDir Path dir) {
        Path out = dir.resolve("a/b/c");
        assertThrows(IOException.class, () -> GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(failingOn(1))));
        assertFalse(Files.exists(dir.resolve("a")));
    }

    @Test
    void aManifestCannotMakeTheToolMoveFilesOutsideItsFolder(@TempDir Path out) throws IOException {
        GENERATOR.generate(mura("2026-04-01", "第2版"), out, List.of(new HtmlWriter()));
        Files.writeString(out.resolve("大事.txt"), "外のファイル");
        Path manifest = out.resolve("kakuu-mura/manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"files\" : [",
                "\"files\" : [ { \"path\" : \"../大事.txt\" }, { \"path\" : \"/etc/hostname\" },"));

        GENERATOR.generate(mura("2027-04-01", "第3版"), out, List.of(new HtmlWriter()));

        assertEquals("外のファイル", Files.readString(out.resolve("大事.txt")));
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
            "CON → _CON",
            "nul.txt → _nul.txt",
            "架空市. → 架空市",
            "\u200B → profile",
            "\u00A0 → profile",
    })
    void folderNamesCannotLeaveTheOutputFolder(String name, String expected) {
        assertEquals(expected, OutputFolder.safeName(name));
    }
}
