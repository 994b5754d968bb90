package jp.policygen.render.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import jp.policygen.profile.EditionId;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/**
 * The snapshot is a faithful codec of the policy model (issue 20 item 1): for every sample profile, both numbering
 * forms, every edition the catalog ships and the numbering parameters, writing a snapshot, reading it and writing
 * it again gives the same bytes, the same model (項 numbers, tables, local changes), and a comparison of the policy
 * with its own snapshot has no row — the 対照表 against last year's snapshot holds only real changes.
 */
class SnapshotCodecProperties {
    private static final TemplateEngine ENGINE = new TemplateEngine();

    /** One generated version: which sample, which form and edition, and the numbering parameters. */
    record Variant(String profile, String form, String edition, boolean renumber, boolean halfWidth,
                   boolean kanjiItems) {
        String yaml() throws IOException {
            String y = Files.readString(Path.of("profiles", profile), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^guideline: .*$", "guideline: \"" + edition + "\"")
                    .replaceAll("(?m)^  (form|renumber|article_numbers|item_numbers): .*\\n", "");
            String settings = "  form: " + form + "\n  renumber: " + renumber + "\n"
                    + (halfWidth ? "  article_numbers: half-width\n" : "")
                    + (kanjiItems ? "  item_numbers: kanji\n" : "");
            return y.replaceFirst("(?m)^policy:\\n", "policy:\n" + settings);
        }
    }

    @Provide
    Arbitrary<Variant> variants() throws IOException {
        return Combinators.combine(Arbitraries.of(profiles()), Arbitraries.of("outline", "articles"),
                Arbitraries.of(TestProfiles.CATALOG.editionIdTexts()), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Variant::new);
    }

    private static List<String> profiles() throws IOException {
        List<String> profiles = new ArrayList<>();
        try (var s = Files.list(Path.of("profiles"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().forEach(profiles::add);
        }
        return profiles;
    }

    @Provide
    Arbitrary<Variant> samples() throws IOException {
        return Combinators.combine(Arbitraries.of(profiles()), Arbitraries.of("outline", "articles"),
                Arbitraries.of(TestProfiles.CATALOG.editionIdTexts()), Arbitraries.just(false),
                Arbitraries.just(false), Arbitraries.just(false)).as(Variant::new);
    }

    /** Every sample × form × edition, numbered as the sample says. */
    @Property(generation = net.jqwik.api.GenerationMode.EXHAUSTIVE)
    void everySampleFormAndEditionReadsBackFromItsSnapshot(@ForAll("samples") Variant v) throws Exception {
        roundTrip(v);
    }

    /** Random draws of sample, form, edition and the numbering parameters (renumber, digits, 号 style). */
    @Property(tries = 24, edgeCases = net.jqwik.api.EdgeCasesMode.NONE, seed = "20")
    void anyNumberingReadsBackFromItsSnapshot(@ForAll("variants") Variant v) throws Exception {
        roundTrip(v);
    }

    private static void roundTrip(Variant v) throws Exception {
        Optional<Policy> resolved = resolve(v);
        net.jqwik.api.statistics.Statistics.collect(resolved.isPresent() ? "resolved" : "not valid for the edition");
        if (resolved.isEmpty()) {
            return; // this sample does not fit that edition (its keys are newer): nothing to snapshot
        }
        Policy policy = resolved.get();
        byte[] first = Json.bytes(Snapshot.of(policy));
        Policy back = SnapshotReader.read(first, "snapshot.json", TestProfiles.CATALOG.editionIdTexts());
        assertArrayEquals(first, Json.bytes(Snapshot.of(back)), v + ": written again, the same bytes");
        assertEquals(firstDifference(policy, back), "", v + ": the same model");
        assertEquals(policy, back, v + ": the same model");
        Comparison c = Comparer.compare(policy, "a", back, "b");
        assertTrue(c.isEmpty(), v + ": " + c.counts());
    }

    /** Where two policies first differ (a section's id and field), or "" — the whole model is too long to print. */
    static String firstDifference(Policy a, Policy b) {
        if (a.documents().size() != b.documents().size()) {
            return "documents " + a.documents().size() + " / " + b.documents().size();
        }
        for (int d = 0; d < a.documents().size(); d++) {
            var x = a.documents().get(d);
            var y = b.documents().get(d);
            if (!x.info().equals(y.info()) || !x.title().equals(y.title()) || x.kind() != y.kind()) {
                return x.kind() + " info " + x.info() + " / " + y.info();
            }
            var xs = x.flatten();
            var ys = y.flatten();
            for (int i = 0; i < Math.min(xs.size(), ys.size()); i++) {
                var s = xs.get(i);
                var t = ys.get(i);
                if (!s.blocks().equals(t.blocks())) {
                    return s.id() + " blocks " + s.blocks() + " / " + t.blocks();
                }
                if (!s.id().equals(t.id()) || s.level() != t.level() || !s.label().equals(t.label())
                        || !s.number().equals(t.number()) || !s.title().equals(t.title())
                        || !s.source().equals(t.source()) || s.origin() != t.origin() || !s.reason().equals(t.reason())
                        || s.children().size() != t.children().size()) {
                    return s.id() + " fields " + s.level() + s.label() + s.number() + s.title() + s.source() + s.origin()
                            + " / " + t.id() + t.level() + t.label() + t.number() + t.title() + t.source() + t.origin();
                }
            }
            if (xs.size() != ys.size()) {
                return x.kind() + " sections " + xs.size() + " / " + ys.size();
            }
        }
        if (!a.localChanges().equals(b.localChanges())) {
            return "local changes";
        }
        return "";
    }

    private static Optional<Policy> resolve(Variant v) throws IOException {
        ProfileReader.Result r = TestProfiles.reader().read("p.yaml", v.profile().replace(".yaml", ""),
                v.yaml().getBytes(StandardCharsets.UTF_8));
        Optional<Profile> p = r.profile();
        if (p.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Resolver(ENGINE).resolve(p.get(), TestProfiles.CATALOG.edition(EditionId.of(v.edition()))).policy());
    }
}
