package jp.policygen.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import jp.policygen.generate.OutputFolder;

/**
 * Where a body's own files live: its profiles and the documents made from them (output/, with history/).
 *
 * <p>In a source checkout that is the checkout itself (profiles/ and output/ beside the samples, as the README's
 * first command shows). In the released tool (lib/policygen.jar, no pom.xml) it is a folder outside the tool's
 * folder — by default {@code policygen-work} under the user's home, or the folder the user once chose with
 * {@code policygen folder PATH} (kept in {@code ~/.policygen/work-folder.txt}) — because the way to update the
 * released tool is to delete its folder and unpack the new zip: nothing of the body's may be in there. It is never
 * asked for interactively (a script must not block), and every command shows it.
 *
 * @param release whether this is the released tool (false: a source checkout, where the current folder is used)
 * @param root    the work folder (release only; in a checkout the relative paths of the current folder are used)
 * @param tool    the tool's own folder (the one holding lib/), which the work folder may not be inside
 * @param setting the file that records the user's choice
 */
record WorkFolder(boolean release, Path root, Path tool, Path setting) {

    /** The name of the default work folder under the home folder. */
    static final String DEFAULT_NAME = "policygen-work";

    /** A source checkout: profiles/ and output/ of the current folder, as before. */
    static WorkFolder checkout() {
        return new WorkFolder(false, Path.of(""), Path.of(""), Path.of(""));
    }

    /**
     * Finds out how the tool was started. The released tool is the jar in lib/ of a folder without pom.xml; the
     * system property policygen.release (true/false) overrides that (the release's own test sets it).
     */
    static WorkFolder detect() {
        Optional<Path> jar = ownJar();
        String forced = System.getProperty("policygen.release");
        boolean release = forced != null ? Boolean.parseBoolean(forced)
                : jar.isPresent() && jar.get().getParent() != null
                        && jar.get().getParent().getFileName() != null
                        && jar.get().getParent().getFileName().toString().equals("lib")
                        && !Files.exists(jar.get().getParent().resolveSibling("pom.xml"));
        if (!release) {
            return checkout();
        }
        Path tool = jar.map(j -> j.getParent().getParent()).orElse(Path.of("").toAbsolutePath());
        Path home = Path.of(System.getProperty("user.home", ""));
        return released(home, tool);
    }

    /** The released tool's work folder for a user whose home folder is {@code home}. */
    static WorkFolder released(Path home, Path tool) {
        Path setting = home.resolve(".policygen").resolve("work-folder.txt");
        Path root = home.resolve(DEFAULT_NAME);
        if (Files.isRegularFile(setting)) {
            try {
                String chosen = Files.readString(setting, StandardCharsets.UTF_8).strip();
                if (!chosen.isEmpty()) {
                    root = Path.of(chosen);
                }
            } catch (IOException | InvalidPathException e) {
                // an unreadable choice falls back to the default; `policygen folder` shows which one is used
            }
        }
        return new WorkFolder(true, root.toAbsolutePath().normalize(), tool.toAbsolutePath().normalize(), setting);
    }

    private static Optional<Path> ownJar() {
        try {
            var source = WorkFolder.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path p = Path.of(source.getLocation().toURI());
            return p.toString().endsWith(".jar") ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where the documents go when no -o is given. */
    Path output() {
        return release ? root.resolve("output") : Path.of("output");
    }

    /** Where the body's profiles are kept (serve's folder when no --dir is given). */
    Path profiles() {
        return release ? root.resolve("profiles") : Path.of("profiles");
    }

    /**
     * A profile named on the command line: as given when it exists (or is absolute, or this is a checkout); a
     * bare name that is not in the current folder but is in the work folder's profiles/ is taken from there.
     */
    Path profile(Path given) {
        if (!release || given.isAbsolute() || Files.exists(given)) {
            return given;
        }
        Path kept = profiles().resolve(given);
        return Files.exists(kept) ? kept : given;
    }

    /** Creates the work folder and its profiles/ the first time the released tool runs. */
    void create() throws IOException {
        if (release) {
            Files.createDirectories(profiles());
        }
    }

    /** The line every command of the released tool prints first. */
    String line() {
        return "作業フォルダ: " + OutputFolder.shown(root) + "（変えるときは policygen folder 新しい場所）";
    }

    /** Whether {@code folder} lies in the tool's folder, which an update of the tool deletes. */
    boolean insideTool(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return f.startsWith(tool);
    }
}
