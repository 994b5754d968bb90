package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with the built-in styles writes its Word files without initialising docx4j's JAXB context
 * ({@code org.docx4j.jaxb.Context}, whose class initialiser creates all of docx4j's contexts: half a second of CPU in
 * every cold run; see WordFile): {@code generate} of the sample prefecture in Word and {@code diff} of two of its
 * editions, each in a JVM of its own whose class initialisations are logged. Not a timing: which classes a run needs.
 */
class NoJaxbContextTest {
    private static final String CONTEXT = "'org/docx4j/jaxb/Context'";

    private static String initialised(Path dir, String name, String... args) throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xlog:class+init=info:file=" + log,
                "-cp", System.getProperty("java.class.path"), "jp.policygen.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".out").toFile()).start();
        assertEquals(0, p.waitFor(), () -> read(dir.resolve(name + ".out")));
        return read(log);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long wordFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".docx")).count();
        }
    }

    @Test
    void generateAndDiffWriteWordFilesWithoutDocx4jsJaxbContext(@TempDir Path dir) throws Exception {
        String log = initialised(dir, "generate", "generate", "profiles/kakuu-ken.yaml", "--format", "docx", "-o",
                dir.resolve("gen").toString());
        assertTrue(log.contains("'jp/policygen/render/docx/WordFile'"), "the Word files were written here");
        assertFalse(log.contains(CONTEXT), "generate --format docx initialised docx4j's JAXB context");
        assertTrue(wordFiles(dir.resolve("gen")) >= 5);

        String ken = Files.readString(Path.of("profiles", "kakuu-ken.yaml"), StandardCharsets.UTF_8)
                .replaceAll("(?m)^  form: .*\n", "").replaceFirst("(?m)^policy:\n", "policy:\n  form: articles\n");
        Path older = dir.resolve("older.yaml");
        Path newer = dir.resolve("newer.yaml");
        Files.writeString(older, ken.replaceFirst("(?m)^guideline: .*$", "guideline: \"2024-10\""), StandardCharsets.UTF_8);
        Files.writeString(newer, ken.replaceFirst("(?m)^guideline: .*$", "guideline: \"2026-03\""), StandardCharsets.UTF_8);
        log = initialised(dir, "diff", "diff", older.toString(), newer.toString(), "--format", "docx", "-o",
                dir.resolve("diff").toString());
        assertFalse(log.contains(CONTEXT), "diff initialised docx4j's JAXB context");
        assertTrue(wordFiles(dir.resolve("diff")) >= 2);
    }
}
