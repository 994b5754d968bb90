package jp.policygen.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.policygen.catalog.Catalog;

/** Small profiles for tests, and a reader wired to the shipped catalog. */
public final class TestProfiles {
    private TestProfiles() {
    }

    public static final Catalog CATALOG = new Catalog();

    /** A valid α city profile; tests change it with {@link String#replace}. */
    public static final String MINIMAL = """
            guideline: "2024-10"
            municipality:
              name: 架空市
              kind: city
            policy:
              effective: 2026-04-01
            organization:
              ciso: 副市長
              chief_officer: 総務部長
              security_officers: 各部局長
              security_managers: 各課室長
              system_managers: 各情報システム所管課室長
              committee: 架空市情報セキュリティ委員会
              csirt: { name: 架空市CSIRT, lead: 情報政策課長 }
              it_department: 総務部情報政策課
            network:
              model: alpha
            """;

    public static ProfileReader reader() {
        return new ProfileReader(CATALOG);
    }

    public static ProfileReader.Result read(String yaml) {
        return reader().read("test.yaml", "test", yaml.getBytes(StandardCharsets.UTF_8));
    }

    public static Profile profile(String yaml) {
        ProfileReader.Result r = read(yaml);
        Optional<Profile> p = r.profile();
        if (p.isEmpty()) {
            throw new AssertionError("profile has errors: " + r.findings());
        }
        return p.get();
    }

    public static Profile sample(String file) {
        ProfileReader.Result r = reader().read(Path.of("profiles", file));
        return r.profile().orElseThrow(() -> new AssertionError(file + ": " + r.findings()));
    }

    /**
     * The four sample profiles in variants: each under every edition given (under its own when none is), and — for a
     * sample whose profile does not set its form — with each of the given lines added under {@code policy:} ("" for
     * none, e.g. {@code "  form: articles\n"}); samples first, then editions, then lines.
     */
    public static List<Profile> sampleVariants(List<String> editions, List<String> policyLines) throws java.io.IOException {
        List<Profile> all = new ArrayList<>();
        for (String sample : List.of("kakuu-ken.yaml", "kakuu-shi.yaml", "kakuu-machi.yaml", "kakuu-mura.yaml")) {
            String yaml = Files.readString(Path.of("profiles", sample));
            List<String> lines = yaml.contains("\n  form: ") ? List.of("") : policyLines;
            for (String edition : editions.isEmpty() ? java.util.Collections.<String>singletonList(null) : editions) {
                for (String line : lines) {
                    String variant = yaml.replace("\npolicy:\n", "\npolicy:\n" + line);
                    all.add(profile(edition == null ? variant
                            : variant.replaceFirst("(?m)^guideline: .*$", "guideline: \"" + edition + "\"")));
                }
            }
        }
        return all;
    }

    public static Path write(Path dir, String name, String yaml) throws java.io.IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    /**
     * The sample prefecture's profile (profiles/kakuu-ken.yaml) with settings added under its {@code policy:}, each a
     * line such as {@code "form: articles"} or {@code "rules: one"}.
     */
    public static String prefecture(String... policyLines) throws java.io.IOException {
        StringBuilder added = new StringBuilder();
        for (String line : policyLines) {
            added.append("  ").append(line).append('\n');
        }
        String ken = Files.readString(Path.of("profiles/kakuu-ken.yaml"), StandardCharsets.UTF_8);
        String version = "  version: 第5版\n";
        if (!ken.contains(version)) {
            throw new AssertionError("profiles/kakuu-ken.yaml has no line '  version: 第5版' to add policy settings after");
        }
        return ken.replace(version, version + added);
    }
}
