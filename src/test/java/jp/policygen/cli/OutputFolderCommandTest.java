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
import org.junit.jupiter.api.io.TempDir;

/** generate and the output folder: what is replaced, what is refused, what moves to history (spec/cli.md). */
class OutputFolderCommandTest {
    private static final String MURA = "profiles/kakuu-mura.yaml";

    private static List<Path> tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFolderOfTheSameNameThatTheToolDidNotWriteIsRefusedUntouched(@TempDir Path out) throws IOException {
        Path body = Files.createDirectories(out.resolve("kakuu-mura"));
        Files.copy(Path.of(MURA), body.resolve("kakuu-mura.yaml"));
        Files.writeString(body.resolve("メモ.txt"), "議会答弁用");
        List<Path> before = tree(out);

        Cli r = Cli.run("generate", MURA, "-o", out.toString(), "--format", "html");

        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("出力先のフォルダ「" + body + "」は、このツールが以前に作ったものではありません"), r.err());
        assertTrue(r.err().contains("-o で別の出力先を指定するか"), r.err());
        assertEquals(before, tree(out));
    }

    @Test
    void anOutputThatIsAFileIsABadArgument(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("output"), "x");
        Cli r = Cli.run("generate", MURA, "-o", file.toString(), "--format", "html");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("はフォルダではなくファイルです"), r.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void twoProfilesThatWouldShareAFolderAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
        Path a = Files.copy(Path.of(MURA), Files.createDirectories(dir.resolve("a")).resolve("kakuu-mura.yaml"));
        Path b = Files.copy(Path.of(MURA), Files.createDirectories(dir.resolve("b")).resolve("KAKUU-MURA.yml"));
        Path out = dir.resolve("out");

        Cli r = Cli.run("generate", a.toString(), b.toString(), "-o", out.toString(), "--format", "html");

        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(b + ": エラー: 「" + a + "」と同じ出力先"), r.err());
        assertFalse(Files.exists(out), "nothing written, not even the output folder");
    }

    @Test
    void theSameProfileTwiceWithJobsIsAnErrorNotARace(@TempDir Path out) {
        Cli r = Cli.run("generate", MURA, MURA, "--jobs", "2", "-o", out.toString(), "--format", "html");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains("同じプロファイルが2回指定されています"), r.err());
        assertFalse(Files.exists(out.resolve("kakuu-mura")));
    }

    @Test
    void aNewVersionKeepsTheEarlierOneInHistory(@TempDir Path dir) throws IOException {
        Path profile = Files.copy(Path.of(MURA), dir.resolve("kakuu-mura.yaml"));
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("generate", profile.toString(), "-o", out.toString(), "--format", "html").status());
        Files.writeString(profile, Files.readString(profile).replace("effective: 2026-04-01", "effective: 2027-04-01")
                .replace("version: 第2版", "version: 第3版"));

        Cli r = Cli.run("generate", profile.toString(), "-o", out.toString(), "--format", "html");

        assertEquals(0, r.status(), r.err());
        Path old = out.resolve("kakuu-mura/history/2026-04-01_第2版");
        assertTrue(r.out().contains("以前の版は " + old + " に移しました。"), r.out());
        assertTrue(DocumentText.html(old.resolve("01_情報セキュリティ基本方針.html")).contains("令和8年4月1日"));
        assertTrue(DocumentText.html(out.resolve("kakuu-mura/01_情報セキュリティ基本方針.html")).contains("令和9年4月1日"));
    }

    @Test
    void aBatchThatFailsForOneBodySaysWhichWereWrittenAndWhichWereNot(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path mura = Files.copy(Path.of(MURA), dir.resolve("kakuu-mura.yaml"));
        assertEquals(0, Cli.run("generate", mura.toString(), "-o", out.toString(), "--format", "html").status());
        // the next version of the village cannot move the earlier one to history/: a file has that name
        Files.writeString(out.resolve("kakuu-mura/history"), "利用者のファイル");
        Files.writeString(mura, Files.readString(mura).replace("effective: 2026-04-01", "effective: 2027-04-01"));

        Cli r = Cli.run("generate", "profiles/kakuu-machi.yaml", mura.toString(), "-o", out.toString(), "--format", "html");

        assertEquals(2, r.status(), r.err());
        assertTrue(r.out().contains(out.resolve("kakuu-machi") + " に "), r.out());
        assertTrue(r.err().contains("作成した団体: kakuu-machi"), r.err());
        assertTrue(r.err().contains("作成できなかった団体: kakuu-mura（以前の出力のまま変更していません）"), r.err());
        assertTrue(DocumentText.html(out.resolve("kakuu-mura/01_情報セキュリティ基本方針.html")).contains("令和8年4月1日"));
        assertEquals("利用者のファイル", Files.readString(out.resolve("kakuu-mura/history")));
    }
}
