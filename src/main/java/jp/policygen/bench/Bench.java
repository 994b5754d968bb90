package jp.policygen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The benchmark the speed targets of the project are measured with (tests never time anything). It runs the
 * tool as a user does, as whole processes started by the launcher, and prints a Markdown report:
 * <ul>
 * <li>cold: one fully featured body (the sample prefecture), all documents in docx + pdf + html, one process;</li>
 * <li>peer: what an author would otherwise run for the 対策基準 alone (pandoc Markdown → docx, then LibreOffice
 * docx → PDF), in the same run so that both see the same machine and load; skipped, saying so, when pandoc or
 * soffice is not installed;</li>
 * <li>check: {@code check} of one profile, cold;</li>
 * <li>batch: BATCH bodies in one process with {@code --jobs 1} and {@code --jobs 2}: bodies per second and the
 * peak resident memory of the process;</li>
 * <li>warm (only with {@code --warm ROUNDS}): where a warm JVM spends its time, format by format;</li>
 * <li>import (only with {@code --only import}): {@code import} of the sample prefecture's rule in 例規 form.</li>
 * </ul>
 * Run from the project folder after {@code mvn package}: {@code java -cp target/policygen.jar
 * jp.policygen.bench.Bench [--runs 5] [--batch 200] [--jobs 1,2] [--only cold,peer,check,upgrade,diff,preview,batch]
 * [--command "java -jar target/policygen.jar"] [--warm ROUNDS]}. See docs/performance.md.
 */
public final class Bench {
    static final String FULL_PROFILE = "profiles/kakuu-ken.yaml";
    static final List<String> SAMPLES = List.of("kakuu-ken", "kakuu-shi", "kakuu-machi", "kakuu-mura");
    static final String CITY_PROFILE = "profiles/kakuu-shi.yaml";
    static final List<String> SECTIONS = List.of("cold", "peer", "check", "upgrade", "diff", "preview", "batch");
    /** Targets of issue 26, as fractions of the peer pipeline's wall time, and seconds. */
    static final double COLD_TARGET = 0.5;
    /** Issue 26: the cold full set also spends at most this share of the peer's CPU time. */
    static final double COLD_CPU_TARGET = 0.6;
    static final double UPGRADE_TARGET = 0.5;
    static final double DIFF_TARGET = 0.3;
    static final double CHECK_TARGET_SECONDS = 0.4;
    static final double PREVIEW_TARGET_MILLIS = 300;

    private final Path project;
    private final Path work;
    private final List<String> command;
    private final int runs;
    private final Map<String, String> env = Map.of("LC_ALL", "C.UTF-8");

    private Bench(Path project, Path work, List<String> command, int runs) {
        this.project = project;
        this.work = work;
        this.command = command;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int batch = 200;
        int warm = 0;
        List<Integer> jobs = List.of(1, 2);
        List<String> only = SECTIONS;
        List<String> command = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(value);
                case "--batch" -> batch = Integer.parseInt(value);
                case "--warm" -> warm = Integer.parseInt(value);
                case "--jobs" -> jobs = Arrays.stream(value.split(",")).map(Integer::valueOf).toList();
                case "--only" -> only = List.of(value.split(","));
                case "--command" -> command = List.of(value.trim().split("\\s+"));
                default -> {
                    System.err.println("usage: Bench [--runs N] [--batch N] [--jobs 1,2] [--only "
                            + String.join(",", SECTIONS) + "] [--command \"java -jar target/policygen.jar\"] [--warm ROUNDS]");
                    System.exit(2);
                }
            }
            i++;
        }
        Path project = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(project.resolve(FULL_PROFILE))) {
            System.err.println("Run the bench from the project folder (" + FULL_PROFILE + " not found).");
            System.exit(2);
        }
        if (command == null) {
            command = defaultCommand(project);
        }
        Path work = Files.createTempDirectory("policygen-bench");
        try {
            Bench bench = new Bench(project, work, command, runs);
            bench.describeMachine();
            Summary summary = new Summary();
            // the peer pipeline is the yardstick of cold, upgrade and diff: measured in the same run when one of
            // upgrade and diff is (and when named); `--only cold` alone stays as it was, without it
            boolean peer = only.contains("peer") || only.contains("upgrade") || only.contains("diff");
            List<ProcessRun> pipeline = null;
            if (only.contains("cold") || peer) {
                pipeline = bench.cold(summary, only.contains("cold"), peer);
            }
            if (only.contains("check")) {
                bench.check(summary);
            }
            if (only.contains("upgrade")) {
                bench.upgrade(summary, pipeline);
            }
            if (only.contains("diff")) {
                bench.diff(summary, pipeline);
            }
            if (only.contains("preview")) {
                PreviewBench.run(summary, bench.work, Math.max(runs, 5) * 4);
            }
            if (only.contains("import")) {
                bench.importRule(summary);
            }
            if (only.contains("batch")) {
                for (int j : jobs) {
                    bench.batch(summary, batch, j);
                }
            }
            summary.print();
            System.out.println("Load average at the end: " + loadAverage());
            if (warm > 0) {
                WarmBench.run(warm, 20);
            }
        } finally {
            deleteTree(work);
        }
    }

    /** The launcher a user runs, when there is one for this system; else the jar with the JVM's defaults. */
    private static List<String> defaultCommand(Path project) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path launcher = project.resolve(windows ? "policygen.cmd" : "policygen");
        if (Files.isExecutable(launcher)) {
            return windows ? List.of("cmd", "/c", launcher.toString()) : List.of(launcher.toString());
        }
        return List.of("java", "-jar", project.resolve("target/policygen.jar").toString());
    }

    private void describeMachine() throws IOException, InterruptedException {
        System.out.println("# policygen bench");
        System.out.println();
        System.out.println("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores ("
                + cpuModel().orElse("CPU model unknown") + "), " + memory().orElse("memory unknown") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        ProcessRun version = ProcessRun.of(List.of("java", "-version"), work, env, false);
        System.out.println("- JVM of the runs: " + version.output().lines().skip(1).findFirst().orElse("?").trim());
        System.out.println("- Command: `" + String.join(" ", command) + "`");
        System.out.println("- Medians of " + runs + " runs after one untimed run; CPU = user + system time of all threads;"
                + " peak = VmHWM (peak resident set)");
        System.out.println("- Load average at the start: " + loadAverage());
        // the untimed run also makes the launcher build the jar if the sources are newer
        run(List.of("--version"));
        System.out.println();
    }

    /** The cold full set and the peer pipeline; the peer's runs (null when not measured or skipped). */
    private List<ProcessRun> cold(Summary summary, boolean ours, boolean peer) throws IOException, InterruptedException {
        Path profile = project.resolve(FULL_PROFILE);
        List<ProcessRun> full = new ArrayList<>();
        if (ours) {
            for (int i = 0; i <= runs; i++) {
                ProcessRun r = run(List.of("generate", profile.toString(), "--format", "docx,pdf,html",
                        "-o", work.resolve("cold" + i).toString()));
                if (i > 0) {
                    full.add(r);
                }
            }
            summary.add("Cold full set of the sample prefecture (all documents, docx+pdf+html), one process",
                    full, null);
        }
        if (!peer) {
            return null;
        }
        Optional<String> missing = Stream.of("pandoc", "soffice").filter(p -> which(p).isEmpty()).findFirst();
        if (missing.isPresent()) {
            System.out.println("Peer pipeline skipped: `" + missing.get() + "` is not installed "
                    + "(Debian/Ubuntu: apt-get install pandoc libreoffice-writer-nogui).");
            System.out.println();
            return null;
        }
        // the peer's input: the same 対策基準 as Markdown, which an author would write by hand
        run(List.of("generate", profile.toString(), "--format", "md", "-o", work.resolve("md").toString()));
        Path markdown;
        try (Stream<Path> s = Files.walk(work.resolve("md"))) {
            markdown = s.filter(p -> p.getFileName().toString().startsWith("02_") && p.toString().endsWith(".md"))
                    .findFirst().orElseThrow(() -> new IOException("no 対策基準 Markdown was generated"));
        }
        Path peerDir = work.resolve("peer");
        Files.createDirectories(peerDir);
        Files.copy(markdown, peerDir.resolve("standard.md"));
        List<String> pandoc = List.of("pandoc", "-f", "markdown", "-t", "docx", "-o", "standard.docx", "standard.md");
        List<String> soffice = List.of("soffice", "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", peerDir.toString(), "standard.docx");
        List<ProcessRun> pipeline = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            ProcessRun a = checked(ProcessRun.of(pandoc, peerDir, env, true), pandoc);
            ProcessRun b = checked(ProcessRun.of(soffice, peerDir, env, true), soffice);
            if (!Files.isRegularFile(peerDir.resolve("standard.pdf"))) {
                throw new IOException("LibreOffice wrote no PDF: " + b.output());
            }
            Files.delete(peerDir.resolve("standard.pdf"));
            if (i > 0) {
                pipeline.add(new ProcessRun(a.nanos() + b.nanos(), a.cpuNanos() + b.cpuNanos(),
                        Math.max(a.peakKib(), b.peakKib()), 0, ""));
            }
        }
        summary.add("Peer: pandoc Markdown → docx, then LibreOffice docx → PDF, of the 対策基準 alone", pipeline, null);
        if (!full.isEmpty()) {
            coldRatio(summary, full, pipeline);
        }
        return pipeline;
    }

    /** The ratio line of a command against the peer pipeline: wall and CPU, and the wall target. */
    private static void ratio(Summary summary, String what, List<ProcessRun> ours, List<ProcessRun> pipeline,
                              double target) {
        if (pipeline == null) {
            summary.note(what + " ÷ peer pipeline: not measured (no peer run)");
            return;
        }
        double wall = median(ours, ProcessRun::seconds) / median(pipeline, ProcessRun::seconds);
        double cpu = median(ours, ProcessRun::cpuSeconds) / median(pipeline, ProcessRun::cpuSeconds);
        summary.note(String.format(Locale.ROOT, "%s ÷ peer pipeline: **%.2f×** wall, %.2f× CPU (target ≤ %.1f× wall: %s)",
                what, wall, cpu, target, wall <= target ? "met" : "missed"));
    }

    /** The cold full set's ratio line: issue 26 bounds its CPU time too (≤ 0.6× the peer's), not only its wall time. */
    private static void coldRatio(Summary summary, List<ProcessRun> ours, List<ProcessRun> pipeline) {
        if (pipeline == null) {
            summary.note("Cold full set ÷ peer pipeline: not measured (no peer run)");
            return;
        }
        double wall = median(ours, ProcessRun::seconds) / median(pipeline, ProcessRun::seconds);
        double cpu = median(ours, ProcessRun::cpuSeconds) / median(pipeline, ProcessRun::cpuSeconds);
        summary.note(String.format(Locale.ROOT, "Cold full set ÷ peer pipeline: **%.2f×** wall, **%.2f×** CPU "
                        + "(targets ≤ %.1f× wall: %s, ≤ %.1f× CPU: %s)", wall, cpu, COLD_TARGET,
                wall <= COLD_TARGET ? "met" : "missed", COLD_CPU_TARGET, cpu <= COLD_CPU_TARGET ? "met" : "missed"));
    }

    /**
     * upgrade: the sample city (its 2024-10 profile) to the latest edition with the default outputs — the upgraded
     * profile, every document of the new edition in docx, pdf and html, the 新旧対照表 with 改め文 and 見え消し, the
     * 移行報告 — cold, one process per run, each into a folder of its own.
     */
    private void upgrade(Summary summary, List<ProcessRun> pipeline) throws IOException, InterruptedException {
        List<ProcessRun> list = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            ProcessRun r = run(List.of("upgrade", project.resolve(CITY_PROFILE).toString(), "-o",
                    work.resolve("upgrade" + i).toString()));
            if (i > 0) {
                list.add(r);
            }
        }
        summary.add("`upgrade` of the sample city to the latest edition (default outputs), cold", list, null);
        ratio(summary, "upgrade", list, pipeline, UPGRADE_TARGET);
    }

    /**
     * diff: the sample prefecture's 2024-10 profile against its 2026-03 one, both in 例規 form, with the default
     * outputs (新旧対照表, 改め文 and 見え消し in docx, pdf and html), cold, one process per run.
     */
    private void diff(Summary summary, List<ProcessRun> pipeline) throws IOException, InterruptedException {
        String ken = Files.readString(project.resolve(FULL_PROFILE), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^policy:\n", "policy:\n  form: articles\n").replaceAll("(?m)^  form: outline\n", "");
        Path older = work.resolve("diff-ken-2024-10.yaml");
        Path newer = work.resolve("diff-ken-2026-03.yaml");
        Files.writeString(older, ken.replaceFirst("(?m)^guideline: .*$", "guideline: \"2024-10\""), StandardCharsets.UTF_8);
        Files.writeString(newer, ken.replaceFirst("(?m)^guideline: .*$", "guideline: \"2026-03\""), StandardCharsets.UTF_8);
        List<ProcessRun> list = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            ProcessRun r = run(List.of("diff", older.toString(), newer.toString(), "-o", work.resolve("diff" + i).toString()));
            if (i > 0) {
                list.add(r);
            }
        }
        summary.add("`diff` of the sample prefecture 2024-10 → 2026-03, 例規 form (対照表, 改め文, 見え消し), cold", list, null);
        ratio(summary, "diff", list, pipeline, DIFF_TARGET);
    }

    private void check(Summary summary) throws IOException, InterruptedException {
        List<ProcessRun> list = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            ProcessRun r = run(List.of("check", project.resolve(FULL_PROFILE).toString()));
            if (i > 0) {
                list.add(r);
            }
        }
        summary.add("`check` of one profile, cold", list, null);
        double s = median(list, ProcessRun::seconds);
        summary.note(String.format(Locale.ROOT, "check cold: **%.2f s** (target ≤ %.1f s: %s)", s, CHECK_TARGET_SECONDS,
                s <= CHECK_TARGET_SECONDS ? "met" : "missed"));
    }

    /** Articles of the body's own the import bench adds, so that its rule has more than 400 articles. */
    private static final int OWN_ARTICLES = 60;

    /**
     * import (only with {@code --only import}): the sample prefecture in 例規 form as Word files (基本方針, 対策基準,
     * 特則: the articles of a large body's rule, with {@value #OWN_ARTICLES} articles of its own added so that the rule
     * has the 400 articles the target speaks of), read back by {@code import}, cold, one process per run.
     */
    private void importRule(Summary summary) throws Exception {
        Path profile = work.resolve("ken-articles.yaml");
        StringBuilder own = new StringBuilder("\noverrides:\n");
        String after = "std.org.csirt";
        for (int i = 1; i <= OWN_ARTICLES; i++) {
            own.append("  local.bench-").append(i).append(":\n    insert:\n      after: ").append(after)
                    .append("\n      title: 庁舎第").append(i).append("区画の管理\n      text: |\n")
                    .append("        総務課長は、庁舎第").append(i).append("区画の出入口の施錠の状況を毎日記録させ、")
                    .append("月ごとにその記録を点検しなければならない。\n\n")
                    .append("        前項の記録は、").append(i % 5 + 1).append("年間保存する。\n")
                    .append("    reason: 本県独自の規定\n");
            after = "local.bench-" + i;
        }
        Files.writeString(profile, Files.readString(project.resolve(FULL_PROFILE), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^policy:\n", "policy:\n  form: articles\n").replaceAll("(?m)^  form: outline\n", "")
                + own, StandardCharsets.UTF_8);
        run(List.of("generate", profile.toString(), "--format", "docx", "-o", work.resolve("rule").toString()));
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(work.resolve("rule/ken-articles"))) {
            s.map(Path::toString).filter(n -> n.endsWith(".docx") && !n.contains("公表用") && (n.contains("基本方針")
                    || n.contains("対策基準") || n.contains("特則"))).sorted().forEach(files::add);
        }
        long articles = 0;
        for (String f : files) {
            articles += jp.policygen.importer.Readers.read(Path.of(f)).units().stream()
                    .filter(u -> u.level() == jp.policygen.importer.Level.ARTICLE).count();
        }
        List<ProcessRun> list = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            List<String> args = new ArrayList<>(List.of("import"));
            args.addAll(files);
            args.addAll(List.of("-o", work.resolve("import-" + i).toString()));
            ProcessRun r = run(args);
            if (i > 0) {
                list.add(r);
            }
        }
        summary.add("`import` of a rule of " + articles + " articles (" + files.size() + " Word files), cold", list, null);
        double s = median(list, ProcessRun::seconds);
        summary.note(String.format(Locale.ROOT, "import of %d articles: **%.2f s** (target < 10 s for 400: %s)", articles, s,
                s < 10 ? "met" : "missed"));
    }

    private void batch(Summary summary, int bodies, int jobs) throws IOException, InterruptedException {
        Path dir = work.resolve("bodies");
        if (!Files.isDirectory(dir)) {
            writeBodies(dir, bodies);
        }
        List<String> args = new ArrayList<>(List.of("generate", "--jobs", Integer.toString(jobs), "--format",
                "docx,pdf,html", "-o", work.resolve("batch-" + jobs).toString()));
        try (Stream<Path> s = Files.list(dir)) {
            s.map(Path::toString).sorted().forEach(args::add);
        }
        ProcessRun r = run(args);
        double perSecond = bodies / r.seconds();
        summary.add(String.format(Locale.ROOT, "Batch of %d bodies, docx+pdf+html, `--jobs %d`", bodies, jobs),
                List.of(r), String.format(Locale.ROOT, "%.2f bodies/s", perSecond));
        if (jobs == 2) {
            summary.note(String.format(Locale.ROOT, "batch --jobs 2: **%.2f bodies/s** (issue 26's target ≥ 5: %s; "
                    + "issue 13's goal 10), peak **%d MiB** (target ≤ 512: %s)", perSecond, perSecond >= 5 ? "met" : "missed",
                    r.peakKib() / 1024, r.peakKib() <= 512 * 1024 ? "met" : "missed"));
        }
        deleteTree(work.resolve("batch-" + jobs));
    }

    /** The four sample bodies in turn, each copy with its own name so that no two documents are the same. */
    private void writeBodies(Path dir, int bodies) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < bodies; i++) {
            String sample = SAMPLES.get(i % SAMPLES.size());
            String yaml = Files.readString(project.resolve("profiles/" + sample + ".yaml"), StandardCharsets.UTF_8);
            String numbered = yaml.replace("架空", "架空" + (i + 1));
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "body%03d-%s.yaml", i + 1, sample)), numbered,
                    StandardCharsets.UTF_8);
        }
    }

    private ProcessRun run(List<String> args) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.addAll(args);
        return checked(ProcessRun.of(full, project, env, false), full);
    }

    private static ProcessRun checked(ProcessRun r, List<String> command) throws IOException {
        if (r.exitCode() != 0) {
            throw new IOException("`" + String.join(" ", command.subList(0, Math.min(6, command.size())))
                    + " …` ended with status " + r.exitCode() + ":\n" + r.output());
        }
        return r;
    }

    private static Optional<Path> which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static double median(List<ProcessRun> runs, ToDoubleFunction<ProcessRun> f) {
        double[] v = runs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Optional<String> cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> memory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 + " MiB RAM").findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The report's table, printed once everything is measured, and the verdicts under it. */
    static final class Summary {
        private final List<String> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        void add(String what, List<ProcessRun> list, String extra) {
            double s = median(list, ProcessRun::seconds);
            double min = list.stream().mapToDouble(ProcessRun::seconds).min().orElse(s);
            double max = list.stream().mapToDouble(ProcessRun::seconds).max().orElse(s);
            long peak = (long) median(list, r -> r.peakKib()) / 1024;
            double cpu = median(list, ProcessRun::cpuSeconds);
            String spread = list.size() > 1 ? String.format(Locale.ROOT, " (%.2f–%.2f)", min, max) : "";
            rows.add(String.format(Locale.ROOT, "| %s | %.2f s%s | %.2f s | %d MiB | %s |", what, s, spread, cpu, peak,
                    extra == null ? "" : extra));
            System.out.println("measured: " + rows.get(rows.size() - 1));
        }

        /** A row of an in-process measurement: milliseconds, with the process's CPU time per operation. */
        void addMillis(String what, double[] millis, double cpuMillis) {
            double[] v = millis.clone();
            Arrays.sort(v);
            double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            rows.add(String.format(Locale.ROOT, "| %s | %.0f ms (%.0f–%.0f) | %.0f ms | | %d requests |", what, median, v[0],
                    v[v.length - 1], cpuMillis, v.length));
            System.out.println("measured: " + rows.get(rows.size() - 1));
        }

        void note(String text) {
            notes.add(text);
        }

        void print() {
            System.out.println();
            System.out.println("| run | wall, median (min–max) | CPU | peak RSS | |");
            System.out.println("|---|---|---|---|---|");
            rows.forEach(System.out::println);
            System.out.println();
            notes.forEach(n -> System.out.println("- " + n));
            System.out.println();
        }
    }
}
