package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a staff member on the LGWAN gets it: unpacked on a PC with a Java runtime and nothing else,
 * its launcher runs a sample profile. Runs in the verify phase of {@code mvn -B verify -Pdist}, after the zip is
 * made (not in the ordinary test run, where there is no zip yet).
 */
class DistZipIT {
    private static final Path ZIP = Path.of(System.getProperty("policygen.dist.zip", "target/policygen-dist.zip"));
    private static final String FOLDER = System.getProperty("policygen.dist.folder", "policygen");

    @TempDir
    static Path tmp;
    private static Path home;
    private static final Map<String, ZipArchiveEntry> ENTRIES = new TreeMap<>();

    @BeforeAll
    static void unpack() throws IOException {
        assertTrue(Files.isRegularFile(ZIP), "mvn -B package -Pdist made " + ZIP);
        Path root = tmp.resolve("unpacked");
        try (ZipFile zip = ZipFile.builder().setPath(ZIP).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                ENTRIES.put(e.getName(), e);
                Path to = root.resolve(e.getName()).normalize();
                assertTrue(to.startsWith(root), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        home = root.resolve(FOLDER);
    }

    @Test
    void theZipHoldsTheJarLaunchersSamplesTemplatesAndReadmeInOneFolder() {
        List<String> expected = List.of("policygen", "policygen.cmd", "lib/policygen.jar", "README.md",
                "schema/profile.schema.json", "profiles/kakuu-ken.yaml", "profiles/kakuu-machi.yaml",
                "profiles/kakuu-mura.yaml", "profiles/kakuu-shi.yaml", "templates/README.md", "templates/editions.yaml");
        List<String> missing = new ArrayList<>();
        for (String name : expected) {
            if (!ENTRIES.containsKey(FOLDER + "/" + name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "entries: " + ENTRIES.keySet());
        assertTrue(ENTRIES.keySet().stream().allMatch(n -> n.startsWith(FOLDER + "/")), "one folder");
        for (String never : List.of("pom.xml", "src/", "target/", "lib/policygen.jsa")) {
            assertFalse(ENTRIES.containsKey(FOLDER + "/" + never), never + ": with it the launcher would try to build");
        }
        assertEquals(0755, ENTRIES.get(FOLDER + "/policygen").getUnixMode() & 0777, "the Unix launcher is executable");
    }

    @Test
    void theWindowsLauncherHasWindowsLineEndings() throws IOException {
        String cmd = Files.readString(home.resolve("policygen.cmd"), StandardCharsets.UTF_8);
        assertEquals(cmd.split("\n", -1).length - 1, cmd.split("\r\n", -1).length - 1, "every line ends with CR LF");
        assertTrue(cmd.contains("lib\\policygen.jar"));
    }

    /** The launcher with a PATH that has no Maven (and no java: it comes from JAVA_HOME). */
    private static Process launch(Path dir, Map<String, String> extra, String... args) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : List.of("uname", "dirname")) {
            Path wrapper = bin.resolve(tool);
            if (!Files.exists(wrapper)) {
                Path target = Stream.of("/usr/bin/" + tool, "/bin/" + tool).map(Path::of).filter(Files::exists)
                        .findFirst().orElseThrow();
                Files.writeString(wrapper, "#!/bin/sh\nexec " + target + " \"$@\"\n");
                Files.setPosixFilePermissions(wrapper, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        List<String> command = new ArrayList<>(List.of("/bin/sh", dir.resolve("policygen").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("LANG", "C.UTF-8");
        pb.environment().putAll(extra);
        return pb.start();
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(Path dir, Map<String, String> env, String... args) throws Exception {
        Process p = launch(dir, env, args);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    @Test
    void itsLauncherRunsASampleWithOnlyAJavaRuntime() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "POLICYGEN_JAVA_OPTS", "-Duser.home=" + Files.createDirectories(tmp.resolve("user1")));
        Result r = run(home, env, "generate", "profiles/kakuu-machi.yaml", "-o", "出力");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("警告") || r.err().contains("エラー") || r.err().contains("準備"),
                "a clean run, no build: " + r.err());
        Path body = home.resolve("出力").resolve("kakuu-machi");
        for (String f : List.of("01_情報セキュリティ基本方針.pdf", "01_情報セキュリティ基本方針.docx",
                "02_情報セキュリティ対策基準.pdf")) {
            assertTrue(Files.size(body.resolve(f)) > 1000, f);
        }
        String html = Files.readString(body.resolve("01_情報セキュリティ基本方針.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>架空町 情報セキュリティ基本方針</title>"), "the sample's own document");
    }

    /**
     * The released tool keeps the body's documents in the work folder under the user's home, so deleting the tool's
     * folder to unpack a new version (what the guide says to do) deletes nothing of the body's.
     */
    @Test
    void itWritesIntoTheWorkFolderUnderTheHomeNeverIntoItsOwnFolder() throws Exception {
        Path user = Files.createDirectories(tmp.resolve("user2"));
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"),
                "POLICYGEN_JAVA_OPTS", "-Duser.home=" + user);
        Result r = run(home, env, "generate", "profiles/kakuu-mura.yaml", "--format", "html");
        assertEquals(0, r.status(), r.err());
        Path work = user.resolve("policygen-work");
        assertTrue(r.err().startsWith("作業フォルダ: " + work), r.err());
        assertTrue(Files.exists(work.resolve("output/kakuu-mura/01_情報セキュリティ基本方針.html")), r.out());
        assertFalse(Files.exists(home.resolve("output")), "nothing of the body's in the tool's folder");
    }

    @Test
    void withoutJavaItSaysSoInJapanese() throws Exception {
        Result r = run(home, Map.of(), "--version");
        assertEquals(1, r.status());
        assertEquals("Java が見つかりません。Java 17 以上の実行環境（JRE）を入れるか、その場所を JAVA_HOME に設定してください。\n",
                r.err());
    }
}
