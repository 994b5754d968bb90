package jp.policygen.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Converts a file with LibreOffice as a user's machine would open it, for the tests that read a Word file back
 * through a real reader. Made to hold on a loaded machine: its output goes to a file (a full pipe can never block
 * it), it has a private profile folder given as a proper file URI, it may take minutes, and a run that ends without
 * the converted file is tried once more — LibreOffice may quit after first setting up a fresh profile folder, and
 * under heavy load its first start sometimes gives up without a word. A second failure fails the test with
 * LibreOffice's own output and exit status.
 */
public final class LibreOffice {
    private static final long MINUTES = 10;

    private LibreOffice() {
    }

    /** The file converted to {@code format} (pdf, fodt …) in {@code outDir}. */
    public static Path convert(Path file, String format, Path outDir, Path work) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        Path target = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        StringBuilder logs = new StringBuilder();
        for (int attempt = 1; attempt <= 2; attempt++) {
            Files.deleteIfExists(target);
            Path log = work.resolve("soffice-" + attempt + ".log");
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
                    "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(MINUTES, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
                throw new AssertionError("LibreOffice did not finish within " + MINUTES + " minutes: "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            logs.append("attempt ").append(attempt).append(": exit ").append(p.exitValue()).append(", ")
                    .append(Files.readString(log, StandardCharsets.UTF_8)).append('\n');
            if (Files.isRegularFile(target) && Files.size(target) > 0) {
                return target;
            }
        }
        throw new AssertionError("LibreOffice wrote no " + target.getFileName() + ":\n" + logs);
    }
}
