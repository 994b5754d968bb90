package jp.policygen.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The earlier versions of a body's profile the tool keeps, so a 町役場 without git can undo: the copy generate
 * keeps beside each version's documents (output/&lt;name&gt;/ and every history/ entry), and the copies made
 * before a profile is overwritten (a save in the browser, a restore) in {@code 以前の版/} beside the profile.
 * Restoring one first keeps the current text there too, so a restore can itself be undone.
 */
public final class ProfileVersions {
    /** The folder beside the profiles that holds the copies made before each overwrite. */
    public static final String SAVED = "以前の版";

    /** Copies kept per profile in {@link #SAVED}; the oldest go first. */
    static final int KEEP = 30;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private ProfileVersions() {
    }

    /**
     * A kept version.
     *
     * @param label what it is, in words (「令和…の版の文書を作ったとき」, 「2026-12-07 09:30 に保存する前」)
     * @param file  where its text is
     */
    public record Version(String label, Path file) {
    }

    /** The kept versions of the profile {@code profile} whose documents go to {@code output}, newest first. */
    public static List<Version> of(Path profile, Path output) throws IOException {
        String name = stem(profile);
        List<Version> versions = new ArrayList<>();
        Path saved = saved(profile);
        if (Files.isDirectory(saved, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> copies = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(saved, name + "_*.yaml")) {
                s.forEach(copies::add);
            }
            copies.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
            for (Path p : copies) {
                String stamp = p.getFileName().toString().substring(name.length() + 1).replaceFirst("\\.yaml$", "");
                versions.add(new Version(stamp.replaceFirst("_(\\d\\d)(\\d\\d)(\\d\\d)$", " $1:$2:$3") + " に上書きする前", p));
            }
        }
        Path body = output.resolve(OutputFolder.safeName(name));
        Path current = body.resolve(Generator.profileCopyName(name));
        if (Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
            versions.add(new Version("今の文書（" + OutputFolder.shown(body) + "）を作ったとき", current));
        }
        Path history = body.resolve(OutputFolder.HISTORY);
        if (Files.isDirectory(history, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(history)) {
                s.forEach(entries::add);
            }
            entries.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
            for (Path e : entries) {
                Path copy = e.resolve(Generator.profileCopyName(name));
                if (Files.isRegularFile(copy, LinkOption.NOFOLLOW_LINKS)) {
                    versions.add(new Version("以前の版 " + e.getFileName() + " の文書を作ったとき", copy));
                }
            }
        }
        return versions;
    }

    /** Keeps the profile's current text in {@link #SAVED} before it is overwritten; nothing when there is none. */
    public static void keepBeforeOverwrite(Path profile, LocalDateTime now) throws IOException {
        if (!Files.isRegularFile(profile, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Path saved = Files.createDirectories(saved(profile));
        String name = stem(profile);
        Path copy = saved.resolve(name + "_" + STAMP.format(now) + ".yaml");
        for (int i = 2; Files.exists(copy, LinkOption.NOFOLLOW_LINKS); i++) {
            copy = saved.resolve(name + "_" + STAMP.format(now) + "-" + i + ".yaml");
        }
        Files.copy(profile, copy);
        List<Path> copies = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(saved, name + "_*.yaml")) {
            s.forEach(copies::add);
        }
        copies.sort(Comparator.comparing((Path p) -> p.getFileName().toString()));
        for (int i = 0; i < copies.size() - KEEP; i++) {
            Files.deleteIfExists(copies.get(i));
        }
    }

    /** Puts a kept version back as the profile, keeping the current text first. */
    public static void restore(Path profile, Version version, LocalDateTime now) throws IOException {
        String text = Files.readString(version.file(), StandardCharsets.UTF_8);
        keepBeforeOverwrite(profile, now);
        replace(profile, text);
    }

    /**
     * Writes a profile's new text in one step (a temporary file moved over it), keeping the file's permissions:
     * a profile shared with colleagues must not become readable by its owner only.
     */
    public static void replace(Path profile, String text) throws IOException {
        Path dir = profile.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".policygen-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            permissions(profile, tmp);
            try {
                Files.move(tmp, profile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, profile, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The existing file's permissions, or rw-r--r-- for a new one (a temporary file is made rw-------). */
    public static void permissions(Path existing, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
            return;
        }
        Set<PosixFilePermission> p = Files.isRegularFile(existing)
                ? Files.getPosixFilePermissions(existing) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, p);
    }

    private static Path saved(Path profile) {
        Path parent = profile.toAbsolutePath().getParent();
        return parent.resolve(SAVED);
    }

    private static String stem(Path profile) {
        return profile.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
    }
}
