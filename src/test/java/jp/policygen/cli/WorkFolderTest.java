package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The released tool keeps the body's files in a work folder outside the tool's folder (issue 24, item 2). */
class WorkFolderTest {
    @TempDir
    Path dir;

    private Cli run(WorkFolder work, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), work);
        return new Cli(status, out.toString(), err.toString());
    }

    private Path home() throws IOException {
        return Files.createDirectories(dir.resolve("home"));
    }

    private Path tool() throws IOException {
        return Files.createDirectories(dir.resolve("policygen-1.0"));
    }

    @Test
    void theReleasedToolWritesIntoTheWorkFolderUnderTheHomeAndSaysSo() throws IOException {
        WorkFolder work = WorkFolder.released(home(), tool());
        Cli r = run(work, "generate", "profiles/kakuu-mura.yaml", "--format", "html");
        assertEquals(0, r.status(), r.err());
        Path root = home().resolve("policygen-work");
        assertTrue(r.err().startsWith("作業フォルダ: " + root + "（変えるときは policygen folder 新しい場所）"), r.err());
        assertTrue(Files.exists(root.resolve("output/kakuu-mura/01_情報セキュリティ基本方針.html")), r.out());
        assertTrue(Files.isDirectory(root.resolve("profiles")), "profiles/ made for the body's own profiles");
        try (var s = Files.list(tool())) {
            assertEquals(0, s.count(), "nothing written into the tool's folder");
        }
    }

    @Test
    void aBareProfileNameIsFoundInTheWorkFoldersProfiles() throws IOException {
        WorkFolder work = WorkFolder.released(home(), tool());
        Path kept = Files.createDirectories(work.profiles()).resolve("minami-machi.yaml");
        Files.writeString(kept, Files.readString(Path.of("profiles/kakuu-machi.yaml"), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        Cli r = run(work, "check", "minami-machi.yaml");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("minami-machi.yaml"), r.out());
    }

    @Test
    void theFolderIsChangedOnceAndKeptButNeverInsideTheTool() throws IOException {
        WorkFolder work = WorkFolder.released(home(), tool());
        Cli inside = run(work, "folder", tool().resolve("work").toString());
        assertEquals(2, inside.status());
        assertTrue(inside.err().contains("ツールのフォルダ") && inside.err().contains("消えてしまう"), inside.err());
        assertFalse(Files.exists(work.setting()), "nothing recorded");

        Path shared = dir.resolve("共有/情報政策課");
        Cli set = run(work, "folder", shared.toString());
        assertEquals(0, set.status(), set.err());
        assertTrue(set.out().contains("作業フォルダを " + shared + " にしました"), set.out());
        WorkFolder again = WorkFolder.released(home(), tool());
        assertEquals(shared, again.root(), "the choice is kept for every later command");
        Cli shown = run(again, "folder");
        assertTrue(shown.out().contains("作業フォルダ: " + shared), shown.out());
        Cli gen = run(again, "generate", "profiles/kakuu-mura.yaml", "--format", "md");
        assertEquals(0, gen.status(), gen.err());
        assertTrue(Files.isDirectory(shared.resolve("output/kakuu-mura")));
    }

    @Test
    void aSourceCheckoutKeepsOutputBesideTheSamplesAndPrintsNoFolderLine() {
        WorkFolder work = WorkFolder.checkout();
        assertEquals(Path.of("output"), work.output());
        assertEquals(Path.of("profiles"), work.profiles());
        Cli r = run(work, "editions");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("作業フォルダ"), r.err());
    }
}
