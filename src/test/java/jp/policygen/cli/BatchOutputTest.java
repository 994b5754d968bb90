package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch shares the catalog, the writers and what they keep (fonts, styles, templates) between bodies and
 * threads: what a body gets must not depend on which bodies were written before it or beside it. The files of a
 * batch run with two jobs are compared byte for byte with those of one run per profile.
 */
class BatchOutputTest {
    private static final List<String> PROFILES = List.of("profiles/kakuu-ken.yaml", "profiles/kakuu-mura.yaml",
            "profiles/kakuu-machi.yaml", "profiles/kakuu-shi.yaml");
    private static final String FORMATS = "docx,pdf,html,md";

    @TempDir
    Path tmp;

    @Test
    void aBatchWithTwoJobsWritesTheSameBytesAsOneRunPerProfile() throws IOException {
        Path batch = tmp.resolve("batch");
        List<String> args = new ArrayList<>(List.of("generate", "--jobs", "2", "--format", FORMATS, "-o", batch.toString()));
        args.addAll(PROFILES);
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.err());

        Path single = tmp.resolve("single");
        for (String profile : PROFILES) {
            Cli one = Cli.run("generate", profile, "--format", FORMATS, "-o", single.toString());
            assertEquals(0, one.status(), one.err());
        }

        List<Path> files = files(single);
        assertTrue(files.size() >= PROFILES.size() * 4 * 3, "every profile wrote its documents: " + files);
        assertEquals(files, files(batch), "the same files");
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(single.resolve(f)), Files.readAllBytes(batch.resolve(f)), f.toString());
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
