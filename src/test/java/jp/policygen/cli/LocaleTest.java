package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool works the same under any locale: with no LANG at all (containers, cron, CI), and with a default locale
 * whose rules differ from English (Turkish dotless i in CSS classes, Arabic digits in file names). Each run is a
 * separate JVM, started as a user would start the jar; every file must be byte-identical to a UTF-8 run's.
 */
class LocaleTest {
    private static final String PROFILE = "profiles/kakuu-mura.yaml";
    @TempDir
    static Path dir;
    static Map<String, byte[]> reference;

    record Run(int status, String out, String err) {
    }

    static Run java(Path out, boolean noLocale, String... jvmOptions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "generate", PROFILE, "-o", out.toString(), "--format", "docx,pdf,html,md"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_") || k.equals("LANGUAGE"));
        if (!noLocale) {
            pb.environment().put("LANG", "C.UTF-8");
        }
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        int status = pb.start().waitFor();
        return new Run(status, Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    static Map<String, byte[]> files(Path out) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(out.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    @BeforeAll
    static void generateUnderAUtf8Locale() throws Exception {
        Path out = dir.resolve("reference");
        Run r = java(out, false, "-Duser.language=en", "-Duser.country=US");
        assertEquals(0, r.status(), r.err());
        reference = files(out);
        assertTrue(reference.containsKey("kakuu-mura/01_情報セキュリティ基本方針.pdf"), reference.keySet().toString());
    }

    @ParameterizedTest(name = "LANG unset: {0}, {1}")
    @CsvSource({
            "true, -Duser.language=en",
            "true, -Duser.language=tr -Duser.country=TR",
            "false, -Duser.language=tr -Duser.country=TR",
            "false, -Duser.language=ar -Duser.country=EG",
            "false, -Duser.language=ja -Duser.country=JP",
    })
    void everyFileIsTheSameUnderAnyLocale(boolean noLocale, String options) throws Exception {
        Path out = dir.resolve("run-" + noLocale + "-" + options.replaceAll("[^a-zA-Z]", ""));
        Run r = java(out, noLocale, options.split(" "));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("kakuu-mura に "), r.out());
        Map<String, byte[]> files = files(out);
        assertEquals(reference.keySet(), files.keySet());
        for (var e : reference.entrySet()) {
            assertArrayEquals(e.getValue(), files.get(e.getKey()), e.getKey() + " differs under " + options);
        }
    }
}
