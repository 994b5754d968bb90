package jp.policygen.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.policygen.catalog.Catalog;
import jp.policygen.app.Formats;
import jp.policygen.app.RenderSession;
import jp.policygen.app.Workspace;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.ComparisonDocument;
import jp.policygen.generate.Generator;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.resolve.Resolver;

/**
 * The in-process part of the benchmark ({@code Bench --warm ROUNDS}): after warm-up, the time to resolve each
 * sample profile and to write each format, and the time and heap of a batch of profiles through the generator
 * in this JVM. Where a warm JVM spends its time, format by format; the whole-process figures are {@link Bench}'s.
 */
final class WarmBench {
    private WarmBench() {
    }

    static void run(int rounds, int batch) throws Exception {
        Workspace workspace = new Workspace(); // catalog, engine and resolver once, as the command line's jobs have them
        Catalog catalog = workspace.catalog();
        ProfileReader reader = workspace.reader();
        List<Profile> profiles = new ArrayList<>();
        for (String f : List.of("kakuu-mura", "kakuu-machi", "kakuu-shi", "kakuu-ken")) {
            profiles.add(reader.read(Path.of("profiles", f + ".yaml")).profile().orElseThrow());
        }
        Resolver resolver = workspace.resolver();
        // one session per format, so that each format's time is its own (the Word writer lays its 目次 out itself)
        List<DocumentWriter> writers = new ArrayList<>();
        for (String format : Formats.GENERATE) {
            writers.addAll(RenderSession.of(List.of(format), RenderOptions.defaults(), Warnings.NONE).writers());
        }

        System.out.println("## In one warm JVM: " + rounds + " rounds after 2 warm-up rounds");
        for (int warm = 0; warm < 2; warm++) {
            round(profiles, resolver, catalog, writers);
        }
        Map<String, long[]> totals = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            round(profiles, resolver, catalog, writers).forEach((k, v) -> totals.merge(k, new long[] {v},
                    (a, b) -> new long[] {a[0] + b[0]}));
        }
        for (Map.Entry<String, long[]> e : totals.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-28s %8.1f ms per round (4 profiles)%n", e.getKey(),
                    e.getValue()[0] / 1e6 / rounds);
        }

        diff(reader, resolver, catalog, rounds);

        Path out = Files.createTempDirectory("policygen-bench");
        Generator generator = workspace.generator();
        resetPeaks();
        long start = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            generator.generate(profiles.get(i % profiles.size()), out.resolve("p" + i), writers);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  batch of %d profiles, all formats: %.1f s (%.2f s per profile), peak heap %d MiB%n",
                batch, seconds, seconds / batch, peakHeap() / (1024 * 1024));
        Bench.deleteTree(out);
    }

    /**
     * A warm diff of two full 対策基準 of the sample prefecture: a yearly revision (new 施行日 and 版, one clause
     * replaced, one left out so that the clauses after it move up, one appended), and the worst case of every
     * clause renumbered (the outline form against the 例規 form). Compare and build the 対照表 document; writing
     * it is the writers' time, measured above.
     */
    private static void diff(ProfileReader reader, Resolver resolver, Catalog catalog, int rounds) throws IOException {
        String ken = Files.readString(Path.of(Bench.FULL_PROFILE));
        String revised = ken.replace("effective: 2026-04-01", "effective: 2027-04-01\n  version: 第6版")
                .replace("  version: 第5版\n", "")
                + "\noverrides:\n"
                + "  std.physical.servers.offsite:\n    omit: true\n    reason: 庁外に設置しないため\n"
                + "  std.human.passwords:\n    replace: |\n      パスワードは15文字以上とする。\n    reason: 規程に合わせるため\n"
                + "  std.tech.email.security:\n    append: |\n      送信前に宛先を確認する。\n    reason: 誤送信を踏まえて\n";
        String articles = ken.replace("effective: 2026-04-01", "effective: 2026-04-01\n  form: articles");
        Policy base = policy(reader, resolver, catalog, "ken", ken, DocumentKind.STANDARD);
        Map<String, Policy> others = new LinkedHashMap<>();
        others.put("yearly revision", policy(reader, resolver, catalog, "ken", revised, DocumentKind.STANDARD));
        others.put("every clause renumbered", policy(reader, resolver, catalog, "ken", articles, DocumentKind.STANDARD));
        int clauses = base.documents().get(0).flatten().size();
        for (Map.Entry<String, Policy> e : others.entrySet()) {
            Comparison c = null;
            for (int i = 0; i < 3; i++) {
                c = Comparer.compare(base, "old", e.getValue(), "new");
            }
            var threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                c = Comparer.compare(base, "old", e.getValue(), "new");
                ComparisonDocument.of(c, ComparisonDocument.Order.NEW_OLD);
            }
            // CPU time too: on a busy machine the wall clock also counts the time other processes had the core
            System.out.printf(Locale.ROOT, "  diff of two 対策基準 (%d clauses), %s: %.1f ms (CPU %.1f ms), %d rows%n",
                    clauses, e.getKey(), (System.nanoTime() - t) / 1e6 / rounds,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / rounds, c.rows().size());
        }
    }

    private static Policy policy(ProfileReader reader, Resolver resolver, Catalog catalog, String name, String yaml,
                                 DocumentKind kind) {
        Profile p = reader.read(name + ".yaml", name, yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .profile().orElseThrow();
        Policy all = resolver.resolve(p, catalog.edition(p.guideline())).policy();
        return new Policy(all.edition(), all.editionName(), all.profileName(),
                all.documents().stream().filter(d -> d.kind() == kind).toList());
    }

    private static Map<String, Long> round(List<Profile> profiles, Resolver resolver, Catalog catalog,
                                           List<DocumentWriter> writers) throws IOException {
        Map<String, Long> times = new LinkedHashMap<>();
        for (Profile p : profiles) {
            long t = System.nanoTime();
            Policy policy = resolver.resolve(p, catalog.edition(p.guideline())).policy();
            times.merge("resolve", System.nanoTime() - t, Long::sum);
            for (DocumentWriter w : writers) {
                t = System.nanoTime();
                for (Document d : policy.documents()) {
                    w.write(d, new ByteArrayOutputStream());
                }
                times.merge("write " + w.format(), System.nanoTime() - t, Long::sum);
            }
        }
        return times;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
