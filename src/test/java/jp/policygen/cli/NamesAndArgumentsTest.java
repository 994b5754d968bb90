package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names and arguments, the same in every command: one name-cutting rule by bytes that leaves room for every
 * suffix, one escaping of control characters in every message, and an empty --format list is an error.
 */
class NamesAndArgumentsTest {
    private static final String MURA = "profiles/kakuu-mura.yaml";
    @TempDir
    Path dir;

    @Test
    void aLongJapaneseNameWorksInEveryCommand() throws IOException {
        String name = "架".repeat(83); // 249 bytes: with .yaml the longest file name a file system allows
        Path profile = dir.resolve(name + ".yaml");
        Files.writeString(profile, Files.readString(Path.of(MURA)));
        Path out = dir.resolve("out");
        Cli g = Cli.run("generate", profile.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, g.status(), g.err());
        Files.writeString(profile, Files.readString(profile).replace("effective: 2026-04-01", "effective: 2027-04-01")
                .replace("version: 第2版", "version: 第3版"));
        Cli d = Cli.run("diff", profile.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, d.status(), d.err());
        Cli c = Cli.run("check", profile.toString(), "--format", "xlsx", "-o", out.toString());
        assertEquals(0, c.status(), c.err());
        Cli u = Cli.run("upgrade", profile.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, u.status(), u.err());
        String kept = "架".repeat(53); // 159 bytes of the name, the rest room for the suffixes
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.contains(kept), names.toString());
            assertTrue(names.contains(kept + "_新旧対照表"), names.toString());
            assertTrue(names.contains(kept + "_対策チェックリスト.xlsx"), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.startsWith(kept + "_") && n.endsWith("移行")), names.toString());
            for (String n : names) {
                assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= 255, n);
            }
        }
    }

    @Test
    void anEmptyFormatListIsAnErrorInEveryCommand() {
        for (String[] args : List.of(new String[] {"generate", MURA}, new String[] {"diff", MURA, MURA},
                new String[] {"upgrade", MURA}, new String[] {"check", MURA})) {
            for (String format : new String[] {",", ""}) {
                String[] all = Stream.concat(Stream.of(args), Stream.of("-o", dir.resolve("out").toString(),
                        "--format", format)).toArray(String[]::new);
                Cli r = Cli.run(all);
                assertEquals(2, r.status(), String.join(" ", all) + ": " + r.err());
                assertTrue(r.err().startsWith("引数が正しくありません: --format に形式が指定されていません。"), r.err());
                assertFalse(Files.exists(dir.resolve("out")), "nothing written");
            }
        }
    }

    @Test
    void diffEscapesTerminalControlSequencesInFileNamesAsEveryCommandDoes() throws IOException {
        Path strange = Files.writeString(dir.resolve("a\u001b[2Jb.json"), "{");
        Cli r = Cli.run("diff", strange.toString(), MURA, "-o", dir.resolve("out").toString());
        assertEquals(2, r.status(), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("a[U+001B][2Jb.json"), r.err());
        Path missing = dir.resolve("x\u009b31mx.docx");
        Cli m = Cli.run("diff", missing.toString(), MURA);
        assertFalse(m.err().contains("\u009b"), m.err());
        assertTrue(m.err().contains("x[U+009B]31mx.docx"), m.err());
    }

    @Test
    void diffIntoAFolderItDidNotMakeIsRefusedInJapaneseWithStatus2() throws IOException {
        Path out = dir.resolve("out");
        Path mine = Files.createDirectories(out.resolve("kakuu-mura_新旧対照表"));
        Files.writeString(mine.resolve("メモ.txt"), "利用者のファイル");
        Path changed = dir.resolve("kakuu-mura.yaml");
        Files.writeString(changed, Files.readString(Path.of(MURA)).replace("version: 第2版", "version: 第3版"));
        Cli r = Cli.run("diff", MURA, changed.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith(mine + ": エラー: 出力先のフォルダ「" + mine + "」は、このツールが以前に作ったものでは"
                + "ありません"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("利用者のファイル", Files.readString(mine.resolve("メモ.txt")));
    }

    @Test
    void upgradeRunTwiceIntoTheSameFolderReplacesItsOwnOutput() throws IOException {
        Path out = dir.resolve("out");
        Cli first = Cli.run("upgrade", MURA, "-o", out.toString(), "--format", "html");
        assertEquals(0, first.status(), first.err());
        Cli again = Cli.run("upgrade", MURA, "-o", out.toString(), "--format", "html");
        assertEquals(0, again.status(), again.err());
        assertEquals(first.out(), again.out());
    }
}
