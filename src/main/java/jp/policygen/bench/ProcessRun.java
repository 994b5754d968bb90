package jp.policygen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One whole process, timed from start to exit, with its peak resident memory: the kernel's high-water mark
 * ({@code VmHWM} in {@code /proc/<pid>/status}) of the process and of every process it starts, read every few
 * milliseconds while they run (the mark only rises, so the last reading before exit is the peak but for the
 * last few milliseconds). A program that hands its work to child processes (LibreOffice's oosplash →
 * soffice.bin) is charged the sum of their peaks, an upper bound of what they held at once; a launcher that
 * execs its JVM is the JVM (its short-lived helpers, such as {@code find}, are not counted). The CPU time
 * (user + system, all threads) is read the same way; on a loaded machine it says more than the wall time.
 */
record ProcessRun(long nanos, long cpuNanos, long peakKib, int exitCode, String output) {
    private static final long POLL_MILLIS = 5;

    double seconds() {
        return nanos / 1e9;
    }

    double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    /** Peak memory can only be read where there is a {@code /proc} (Linux). */
    static boolean canReadPeaks() {
        return Files.isReadable(Path.of("/proc/self/status"));
    }

    /** Runs a command in a folder, its output (both streams) kept in a file, and waits for it. */
    static ProcessRun of(List<String> command, Path dir, Map<String, String> env, boolean wholeTree) throws IOException, InterruptedException {
        Path log = Files.createTempFile("policygen-bench", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(env);
            long start = System.nanoTime();
            Process p = pb.start();
            Map<Long, Long> peaks = new HashMap<>();
            Map<Long, Long> cpu = new HashMap<>();
            while (!p.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                sample(p.toHandle(), wholeTree, peaks, cpu);
            }
            long nanos = System.nanoTime() - start;
            return new ProcessRun(nanos, sum(cpu), sum(peaks), p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static long sum(Map<Long, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void sample(ProcessHandle root, boolean wholeTree, Map<Long, Long> peaks, Map<Long, Long> cpu) {
        read(root, peaks, cpu);
        if (wholeTree) {
            root.descendants().forEach(h -> read(h, peaks, cpu));
        }
    }

    private static void read(ProcessHandle h, Map<Long, Long> peaks, Map<Long, Long> cpu) {
        h.info().totalCpuDuration().ifPresent(d -> cpu.merge(h.pid(), d.toNanos(), Math::max));
        read(h.pid(), peaks);
    }

    private static void read(long pid, Map<Long, Long> peaks) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    peaks.merge(pid, kib, Math::max);
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between two readings, or there is no /proc: keep what was read
        }
    }
}
