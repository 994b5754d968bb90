package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers rebuild the jar in the source tree exactly when it is missing or older than the sources, and run
 * the shipped jar in the release zip without Maven. The Unix launcher is run here against a fake Maven and a fake
 * Java; the Windows launcher, which cannot run here, must name the same inputs of its staleness check.
 */
class LaunchersTest {
    @TempDir
    Path tmp;

    private static final String FAKE_MVN = "#!/bin/sh\necho built >> \"$MARKS/mvn\"\nmkdir -p target && echo jar > target/policygen.jar\n";
    /** Notes its arguments, and writes the class-data archive when asked to record one, as Java does at exit. */
    private static final String FAKE_JAVA = "#!/bin/sh\necho \"$@\" >> \"$MARKS/java\"\n"
            + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) echo archive > \"${a#*=}\" ;; esac; done\n";

    private Path tree(boolean source) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(source ? "src-tree" : "release"));
        Files.copy(Path.of("policygen"), dir.resolve("policygen"));
        if (source) {
            Files.writeString(dir.resolve("pom.xml"), "<project/>");
            Files.createDirectories(dir.resolve("src/main/java"));
            Files.writeString(dir.resolve("src/main/java/A.java"), "class A {}");
            Files.createDirectories(dir.resolve("templates"));
            Files.writeString(dir.resolve("templates/editions.yaml"), "editions: []");
        } else {
            Files.createDirectories(dir.resolve("lib"));
            Files.writeString(dir.resolve("lib/policygen.jar"), "jar");
        }
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String[] tool : new String[][] {{"mvn", FAKE_MVN}, {"java", FAKE_JAVA}}) {
            Path t = bin.resolve(tool[0]);
            Files.writeString(t, tool[1]);
            Files.setPosixFilePermissions(t, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.createDirectories(tmp.resolve("marks"));
        return dir;
    }

    private String launch(Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", dir.resolve("policygen").toString(), "check", "x.yaml")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PATH", tmp.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("MARKS", tmp.resolve("marks").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private boolean built() {
        return Files.exists(tmp.resolve("marks/mvn"));
    }

    private String ran() throws IOException {
        return Files.readString(tmp.resolve("marks/java"));
    }

    private static void age(Path file, int secondsAgo) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    @Test
    void inTheSourceTreeAStaleJarIsRebuiltBeforeItRuns() throws Exception {
        Path dir = tree(true);
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/policygen.jar"), "old jar");
        age(dir.resolve("target/policygen.jar"), 3600);
        age(dir.resolve("pom.xml"), 7200);
        age(dir.resolve("templates/editions.yaml"), 7200);
        // src/main/java/A.java is newer than the jar: an update of the sources
        String out = launch(dir);
        assertTrue(built(), "a stale jar is rebuilt");
        assertTrue(out.contains("policygen を準備しています"), out);
        assertTrue(ran().contains("-jar " + dir.resolve("target/policygen.jar") + " check x.yaml"), ran());
    }

    @Test
    void inTheSourceTreeAFreshJarRunsWithoutMaven() throws Exception {
        Path dir = tree(true);
        for (Path p : List.of(dir.resolve("pom.xml"), dir.resolve("src/main/java/A.java"), dir.resolve("templates/editions.yaml"))) {
            age(p, 7200);
        }
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/policygen.jar"), "jar");
        assertEquals("", launch(dir));
        assertFalse(built());
        assertTrue(ran().contains("-jar " + dir.resolve("target/policygen.jar")), ran());
    }

    @Test
    void theReleaseZipRunsItsOwnJarAndNeverMaven() throws Exception {
        Path dir = tree(false);
        assertEquals("", launch(dir));
        assertFalse(built());
        assertTrue(ran().contains("-jar " + dir.resolve("lib/policygen.jar") + " check x.yaml"), ran());
    }

    @Test
    void theReleaseZipRecordsItsClassArchiveOnTheFirstRunAndUsesItFromTheNext() throws Exception {
        Path dir = tree(false);
        Path archive = dir.resolve("lib/policygen.jsa");
        assertEquals("", launch(dir));
        assertTrue(ran().contains("-XX:ArchiveClassesAtExit=" + archive + "."), ran());
        assertTrue(Files.isRegularFile(archive), "the archive is put in place after a run that ended well");
        try (var files = Files.list(dir.resolve("lib"))) {
            assertEquals(List.of("policygen.jar", "policygen.jsa"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no recording left behind");
        }
        Files.delete(tmp.resolve("marks/java"));
        assertEquals("", launch(dir));
        assertTrue(ran().contains("-XX:SharedArchiveFile=" + archive + " "), ran());
        assertFalse(ran().contains("ArchiveClassesAtExit"), ran());
    }

    /** What decides staleness in the Unix launcher: find … -newer jar. */
    private static List<String> unixInputs() throws IOException {
        Matcher m = Pattern.compile("find ((?:\"\\$dir/[^\"]+\" )+)-newer \"\\$jar\"").matcher(Files.readString(Path.of("policygen")));
        assertTrue(m.find(), "the Unix launcher's staleness check");
        List<String> out = new ArrayList<>();
        Matcher p = Pattern.compile("\"\\$dir/([^\"]+)\"").matcher(m.group(1));
        while (p.find()) {
            out.add(p.group(1));
        }
        return out;
    }

    @Test
    void theWindowsLauncherChecksTheSameFilesAsTheUnixOne() throws IOException {
        String cmd = Files.readString(Path.of("policygen.cmd"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^powershell .*LastWriteTimeUtc -gt \\$jar.*$").matcher(cmd);
        assertTrue(m.find(), "the Windows launcher compares times, not only whether the jar exists");
        List<String> windows = new ArrayList<>();
        Matcher p = Pattern.compile("Join-Path \\$env:DIR '([^']+)'").matcher(m.group());
        while (p.find()) {
            windows.add(p.group(1).replace('\\', '/'));
        }
        assertEquals(unixInputs(), windows);
        assertTrue(cmd.indexOf("if errorlevel 1 goto build") > m.start(), "a newer file leads to the build");
        assertTrue(cmd.contains("set \"JAR=%DIR%lib\\policygen.jar\""), "the release zip's jar");
    }
}
