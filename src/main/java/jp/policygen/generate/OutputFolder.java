package jp.policygen.generate;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Puts a run's files in place all at once: everything is written into a staging folder beside the target,
 * and only when all of it succeeded is the staging folder renamed to the target. A failed run leaves the
 * output folder as it was, earlier outputs included.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path parent;
    private final Path target;
    private final Path staging;
    private final boolean createdParent;
    private boolean committed;

    private OutputFolder(Path parent, Path target, Path staging, boolean createdParent) {
        this.parent = parent;
        this.target = target;
        this.staging = staging;
        this.createdParent = createdParent;
    }

    /** Opens a staging folder for {@code parent/name}; name must already be a safe folder name. */
    public static OutputFolder open(Path parent, String name) throws IOException {
        boolean created = !Files.exists(parent);
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, ".policygen-");
        // a temp folder is private (rwx------); the finished output is an ordinary folder
        if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new OutputFolder(parent, parent.resolve(name), staging, created);
    }

    /** Where to write this run's files. */
    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /** Replaces the target folder by the staging folder. */
    public void commit() throws IOException {
        Path backup = null;
        if (Files.exists(target)) {
            backup = Files.createTempDirectory(parent, ".policygen-old-");
            Files.delete(backup);
            move(target, backup);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (backup != null) {
                move(backup, target); // put the earlier output back
            }
            throw e;
        }
        committed = true;
        if (backup != null) {
            deleteTree(backup);
        }
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
            if (createdParent) {
                try (var s = Files.list(parent)) {
                    if (s.findAny().isEmpty()) {
                        Files.delete(parent);
                    }
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** A folder name made from a profile file name that cannot leave the output folder. */
    public static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        s = s.replaceAll("^[.\\s]+", "");
        if (s.isEmpty() || s.equals("..")) {
            return "profile";
        }
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
