package jp.policygen.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Java 17 on Linux encodes file names in the charset of the locale ({@code sun.jnu.encoding}), fixed when the
 * JVM starts. Without LANG (containers, cron jobs, CI runners) that is ASCII, and no Japanese file name can be
 * written — or even read from the command line. The launcher scripts set a UTF-8 locale; when the jar is started
 * directly, {@link Main} runs itself once more in a child JVM under {@code LC_ALL=C.UTF-8}, with the original
 * arguments read as bytes from {@code /proc/self/cmdline} and passed hex-encoded (a child's arguments are
 * encoded in the same broken charset).
 */
final class Utf8Relaunch {
    static final String ARGV_PROPERTY = "policygen.argv";

    private Utf8Relaunch() {
    }

    /** Whether this JVM can name files in Japanese. */
    static boolean fileNamesWork() {
        String jnu = System.getProperty("sun.jnu.encoding");
        if (jnu == null || System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return true; // Windows names files in UTF-16 whatever the code page
        }
        try {
            return Charset.forName(jnu).newEncoder().canEncode("情報セキュリティ基本方針𠮷");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The arguments a parent passed hex-encoded, or the given ones. */
    static String[] arguments(String[] args) {
        String hex = System.getProperty(ARGV_PROPERTY);
        if (hex == null) {
            return args;
        }
        if (hex.isEmpty()) {
            return new String[0];
        }
        List<String> list = new ArrayList<>();
        for (String a : hex.split("\\.", -1)) {
            list.add(new String(HexFormat.of().parseHex(a), StandardCharsets.UTF_8));
        }
        return list.toArray(String[]::new);
    }

    /** Runs the command in a child JVM under a UTF-8 locale; its exit status, or empty when that cannot be done. */
    static Optional<Integer> run(String[] args) {
        if (System.getProperty(ARGV_PROPERTY) != null || !System.getProperty("os.name", "").equals("Linux")) {
            return Optional.empty();
        }
        try {
            List<byte[]> raw = rawArguments();
            if (raw.size() < args.length) {
                return Optional.empty();
            }
            List<String> hex = new ArrayList<>();
            for (byte[] a : raw.subList(raw.size() - args.length, raw.size())) {
                hex.add(HexFormat.of().formatHex(a));
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Dfile.encoding=UTF-8");
            command.add("-Dstdout.encoding=UTF-8");
            command.add("-Dstderr.encoding=UTF-8");
            command.add("-D" + ARGV_PROPERTY + "=" + String.join(".", hex));
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Main.class.getName());
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            pb.environment().put("LC_ALL", "C.UTF-8");
            return Optional.of(pb.start().waitFor());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** This process's command line as the bytes the shell passed, one array per argument. */
    private static List<byte[]> rawArguments() throws IOException {
        byte[] all = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        List<byte[]> list = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == 0) {
                list.add(java.util.Arrays.copyOfRange(all, start, i));
                start = i + 1;
            }
        }
        if (start < all.length) {
            list.add(java.util.Arrays.copyOfRange(all, start, all.length));
        }
        return list;
    }
}
