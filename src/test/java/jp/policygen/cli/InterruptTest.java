package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.upgrade.UpgraderTestProfiles;

/**
 * Ctrl+C in the middle of a run (issue 25 item 6): the tool is started as a user starts it, gets SIGINT as soon as
 * its work folder appears, and must leave behind neither that work folder nor an output folder it created — while
 * an output folder that was there before keeps every earlier document and the user's own files as they were.
 * No timing is asserted: the waits are bounded only so that a broken run cannot hang the build.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptTest {
    private static final long WAIT_SECONDS = 300;

    @Test
    void ctrlCDuringGenerateRemovesTheWorkFolderAndTheOutputFolderItCreated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new/out"); // neither folder exists before the run
        Process p = start(dir, "generate", "profiles/kakuu-ken.yaml", "-o", out.toString(),
                "--format", "docx,pdf,html,md");
        interruptOnceWorkFolderAppears(p, out, dir);
        assertFalse(Files.exists(dir.resolve("new")), "the output folders the run created are gone: " + tree(dir));
    }

    @Test
    void ctrlCDuringGenerateLeavesAnEarlierOutputFolderAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Cli first = Cli.run("generate", "profiles/kakuu-machi.yaml", "-o", out.toString(), "--format", "md");
        assertEquals(0, first.status(), first.err());
        Files.writeString(out.resolve("メモ.txt"), "利用者のメモ");
        Files.writeString(out.resolve("kakuu-machi/確認済み.txt"), "利用者のメモ");
        Map<Path, byte[]> before = contents(out);
        assertTrue(before.keySet().stream().anyMatch(f -> f.toString().endsWith(".md")), before.keySet().toString());

        Process p = start(dir, "generate", "profiles/kakuu-machi.yaml", "-o", out.toString(),
                "--format", "docx,pdf,html,md");
        interruptOnceWorkFolderAppears(p, out, dir);
        Map<Path, byte[]> after = contents(out);
        assertEquals(before.keySet(), after.keySet(), "no file added, moved or removed");
        for (Path f : before.keySet()) {
            assertArrayEquals(before.get(f), after.get(f), f.toString());
        }
    }

    @Test
    void ctrlCDuringUpgradeRemovesTheWorkFolderAndTheOutputFolderItCreated(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("town.yaml");
        Files.writeString(profile, UpgraderTestProfiles.TOWN_2023);
        Path out = dir.resolve("new/out");
        Process p = start(dir, "upgrade", profile.toString(), "--to", "2024-10", "-o", out.toString());
        interruptOnceWorkFolderAppears(p, out, dir);
        assertFalse(Files.exists(dir.resolve("new")), "the output folders the run created are gone: " + tree(dir));
        assertEquals(UpgraderTestProfiles.TOWN_2023, Files.readString(profile), "the user's profile is untouched");
    }

    private static Process start(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    /** Polls (bounded) for the run's .policygen-* folder in {@code out}, sends SIGINT, and checks none is left. */
    private static void interruptOnceWorkFolderAppears(Process p, Path out, Path dir) throws Exception {
        try {
            long polls = WAIT_SECONDS * 1000 / 5;
            boolean seen = false;
            for (long i = 0; i < polls && !seen && p.isAlive(); i++) {
                seen = !workFolders(out).isEmpty();
                if (!seen) {
                    Thread.sleep(5);
                }
            }
            assertTrue(seen, "the run's work folder never appeared; log: " + log(dir));
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.toHandle().pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the run did not stop after Ctrl+C");
            assertEquals(List.of(), workFolders(out), "no work folder is left: " + tree(dir) + "\nlog: " + log(dir));
        } finally {
            p.destroyForcibly();
        }
    }

    private static List<Path> workFolders(Path out) {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(f -> f.getFileName().toString().startsWith(".policygen-")).toList();
        } catch (IOException e) {
            return List.of(); // the folder vanished between the two calls
        }
    }

    private static Map<Path, byte[]> contents(Path root) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.toList()) {
                files.put(root.relativize(f), Files.isRegularFile(f) ? Files.readAllBytes(f) : new byte[0]);
            }
        }
        return files;
    }

    private static String tree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(f -> dir.relativize(f).toString()).sorted().toList().toString();
        }
    }

    private static String log(Path dir) throws IOException {
        Path log = dir.resolve("log.txt");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
