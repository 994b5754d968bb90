package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff PROFILE compares with the version generated just before, also among several of one 施行日. */
class DiffLastYearTest {
    @TempDir
    Path dir;

    private Path version(String effective, String version) throws IOException {
        Path profile = dir.resolve("mura.yaml");
        Files.writeString(profile, Files.readString(Path.of("profiles/kakuu-mura.yaml"))
                .replace("effective: 2026-04-01", "effective: " + effective).replace("version: 第2版", "version: " + version));
        Cli g = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "html");
        assertEquals(0, g.status(), g.err());
        return profile;
    }

    @Test
    void aCorrectedDraftOfOneDateIsTheOneComparedWith() throws IOException {
        version("2026-04-01", "第2版");
        version("2027-04-01", "第3版案");
        version("2027-04-01", "第3版"); // the corrected draft, generated after 第3版案 (its name sorts before it)
        Path profile = version("2028-04-01", "第4版");
        Path history = dir.resolve("out/mura/history");
        // the draft's files look newer, as after a copy: the recorded order decides, not the files' times
        Files.setLastModifiedTime(history.resolve("2027-04-01_第3版案/manifest.json"),
                FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        Cli d = Cli.run("diff", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "html");
        assertEquals(0, d.status(), d.err());
        Cli again = Cli.run("diff", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "json");
        assertEquals(0, again.status(), again.err());
        String json = Files.readString(dir.resolve("out/mura_新旧対照表/新旧対照表.json"));
        assertTrue(json.contains(history.resolve("2027-04-01_第3版/snapshot.json").toString()), json.substring(0, 600));
    }

    @Test
    void theFoldersOwnVersionIsTheLatestGeneratedWhenTheProfileIsNew() throws IOException {
        version("2027-04-01", "第3版案");
        version("2027-04-01", "第3版");
        Path profile = dir.resolve("mura.yaml");
        Files.writeString(profile, Files.readString(profile).replace("version: 第3版", "version: 第4版")
                .replace("effective: 2027-04-01", "effective: 2028-04-01"));
        Cli d = Cli.run("diff", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "json");
        assertEquals(0, d.status(), d.err());
        String json = Files.readString(dir.resolve("out/mura_新旧対照表/新旧対照表.json"));
        assertTrue(json.contains(dir.resolve("out/mura/snapshot.json").toString()), json.substring(0, 600));
    }
}
