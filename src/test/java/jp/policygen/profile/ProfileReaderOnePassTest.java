package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The profile's YAML read once (events checked as the composer takes them) reports exactly what reading it twice
 * (every event checked, then composed) reported: the same findings in the same order, the same profile, for every
 * case of BadProfilesTest, the samples, and YAML where a check and the composer's or parser's error meet.
 */
class ProfileReaderOnePassTest {
    private final ProfileReader once = new ProfileReader(TestProfiles.CATALOG, true);
    private final ProfileReader twice = new ProfileReader(TestProfiles.CATALOG, false);

    @Test
    void everyCaseReadsTheSameOnceAsTwice() throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        for (BadProfilesTest.Case c : BadProfilesTest.catalogue()) {
            inputs.add(c.bytes());
        }
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path p : files.sorted().toList()) {
                inputs.add(Files.readAllBytes(p));
            }
        }
        String ken = Files.readString(Path.of("profiles/kakuu-ken.yaml"), StandardCharsets.UTF_8);
        String deep = "a:\n" + "  b:\n".repeat(1) + nested(25);
        String aliases = "x: &a [1]\nys:\n" + "  - *a\n".repeat(60);
        for (String yaml : List.of(
                // a type tag the checks refuse, then the composer's error (an undefined alias), and the reverse
                "name: !!java.lang.ProcessBuilder x\nother: *nowhere\n", "other: *nowhere\nname: !!binary x\n",
                // a tag refused in a second document, which the composer refuses as a document
                "a: 1\n---\nb: !!python/object x\n", "a: 1\n---\nb: 2\n",
                // a refused tag, then a syntax error of the parser
                "a: !!set x\nb: \"open\n", "a: \"open\nb: !!set x\n",
                // too many aliases or too deep, before and after the composer's error
                aliases, "z: *none\n" + aliases, aliases + "z: *none\n", deep, "z: *none\n" + deep, deep + "\nz: [\n",
                // tags on collections, honoured and not
                "a: !!map {b: 1}\nc: !!seq [1]\nd: !!str 5\ne: !!int x\nf: !!bool maybe\n",
                "", "# only a comment\n", "---\n", "a: &x 1\nb: *x\n", ken, ken + "\nname: !!float 1\n",
                ken.replace("name:", "name: *undefined\n_:"), ken + "\n---\nx: 1\n")) {
            inputs.add(yaml.getBytes(StandardCharsets.UTF_8));
        }
        int compared = 0;
        for (byte[] input : inputs) {
            ProfileReader.Result a = twice.read("p.yaml", "p", input);
            ProfileReader.Result b = once.read("p.yaml", "p", input);
            String shown = new String(input, StandardCharsets.UTF_8);
            assertEquals(a.findings(), b.findings(), shown);
            assertEquals(a.profile(), b.profile(), shown);
            compared++;
        }
        assertTrue(compared > 100, "inputs compared: " + compared);
    }

    private static String nested(int depth) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            s.append("    ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        return s.append("    ".repeat(depth + 1)).append("v: 1\n").toString();
    }
}
