package jp.policygen.generate;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The earlier versions of a body kept in {@code DIR/<name>/history/}: one folder per version, named
 * {@code <施行日>_<版>} — 施行日 as YYYY-MM-DD so that names sort by date, 版 as the profile writes it; a version
 * without 版 is {@code <施行日>_版なし}, one written by a release that did not record its version is
 * {@code 施行日不明}; a name already taken gets {@code -2}, {@code -3}…. Each folder holds that version's
 * documents, snapshot.json and manifest.json (which says exactly which version it is).
 */
public final class OutputHistory {
    private OutputHistory() {
    }

    /** One earlier version: its folder and its manifest. */
    public record Version(Path folder, Manifest manifest) {
        public Path snapshot() {
            return folder.resolve(Manifest.SNAPSHOT);
        }
    }

    /** The earlier versions kept for a body's folder, oldest first (by 施行日, then by when they were generated). */
    public static List<Version> versions(Path bodyFolder) {
        Path history = bodyFolder.resolve(OutputFolder.HISTORY);
        List<Version> list = new ArrayList<>();
        if (!Files.isDirectory(history, LinkOption.NOFOLLOW_LINKS)) {
            return list;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(history)) {
            for (Path p : s) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(p.resolve(Manifest.SNAPSHOT))) {
                    Manifest.read(p).ifPresent(m -> list.add(new Version(p, m)));
                }
            }
        } catch (IOException e) {
            return list;
        }
        List<String> order = order(history);
        // versions of one 施行日 (第3版 → 第3版（修正）) in the order they were generated: the recorded order of
        // their moves into history/ (a version moves there when the next one is generated), then, for those an
        // earlier release moved, the time of their manifest
        list.sort(Comparator.comparing((Version v) -> v.manifest().effective().orElse(LocalDate.MIN))
                .thenComparingInt(v -> order.indexOf(v.folder().getFileName().toString()))
                .thenComparing(v -> modified(v.folder().resolve(Manifest.FILE)))
                .thenComparing(v -> v.folder().getFileName().toString()));
        return list;
    }

    /** The file in history/ that records the order in which versions moved there, oldest first. */
    static final String ORDER = "order.json";

    /** The folder names of history/ in the order they were moved there (those of older releases are missing). */
    static List<String> order(Path history) {
        List<String> names = new ArrayList<>();
        try {
            Path f = history.resolve(ORDER);
            if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.size(f) < 1_000_000) {
                for (com.fasterxml.jackson.databind.JsonNode n : jp.policygen.render.json.Json.mapper().readTree(f.toFile())
                        .path("order")) {
                    names.add(n.asText());
                }
            }
        } catch (IOException | RuntimeException e) {
            return names; // unreadable: the times of the manifests decide, as before the order was recorded
        }
        return names;
    }

    /** Records that {@code folder} (under history/) was just moved there: it is the latest generated before now. */
    static void recordMoved(Path folder) {
        Path history = folder.getParent();
        List<String> names = order(history);
        String name = folder.getFileName().toString();
        names.remove(name);
        names.add(name);
        java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("order", names);
        Path tmp = history.resolve(ORDER + ".tmp");
        try {
            Files.write(tmp, jp.policygen.render.json.Json.bytes(root));
            Files.move(tmp, history.resolve(ORDER), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: without the record, the manifests' times order the versions
            }
        }
    }

    /** The snapshot.json of the latest earlier version of the body in {@code bodyFolder}, if any is kept. */
    public static Optional<Path> latest(Path bodyFolder) {
        List<Version> v = versions(bodyFolder);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1).snapshot());
    }

    /** The snapshot.json of the latest kept version whose 施行日 is before {@code effective}, if any. */
    public static Optional<Path> latestBefore(Path bodyFolder, LocalDate effective) {
        Optional<Path> found = Optional.empty();
        for (Version v : versions(bodyFolder)) {
            if (v.manifest().effective().map(d -> d.isBefore(effective)).orElse(true)) {
                found = Optional.of(v.snapshot());
            }
        }
        return found;
    }

    /**
     * Every version kept for a body, oldest first: those under history/ (by 施行日, then in the order generated) and
     * the folder's own snapshot.json, which is the last generated and so goes after every kept one of its 施行日 or
     * earlier. The one list both "the version before this one" lookups read ({@link #earlierThan} for the numbering
     * a revision keeps, and diff's last year).
     */
    public static List<Path> kept(Path bodyFolder) {
        List<Path> candidates = new ArrayList<>();
        for (Version v : versions(bodyFolder)) {
            candidates.add(v.snapshot());
        }
        Path current = bodyFolder.resolve(Manifest.SNAPSHOT);
        if (Files.isRegularFile(current)) {
            Optional<LocalDate> at = Manifest.read(bodyFolder).flatMap(Manifest::effective);
            int i = candidates.size();
            if (at.isPresent()) {
                while (i > 0 && Manifest.read(candidates.get(i - 1).getParent()).flatMap(Manifest::effective)
                        .map(d -> d.isAfter(at.get())).orElse(false)) {
                    i--;
                }
            }
            candidates.add(i, current);
        }
        return candidates;
    }

    /**
     * The snapshot.json of the version in force before {@code effective}: the folder's own when its 施行日 is
     * earlier, else the latest kept one under history/ that is ({@link #latestBefore}).
     */
    public static Optional<Path> earlierThan(Path bodyFolder, LocalDate effective) {
        return Manifest.read(bodyFolder)
                .filter(m -> m.effective().map(d -> d.isBefore(effective)).orElse(false))
                .map(m -> bodyFolder.resolve(Manifest.SNAPSHOT))
                .or(() -> latestBefore(bodyFolder, effective));
    }

    /** The history folder name of a version: {@code 2025-04-01_第3版}, {@code 2025-04-01_版なし}, {@code 施行日不明}. */
    static String folderName(Manifest m) {
        String version = m.version().filter(v -> !v.isBlank()).map(OutputFolder::safeName).orElse("版なし");
        return m.effective().map(d -> d + "_" + version).orElse("施行日不明");
    }

    /** {@code history/name}, or {@code name-2}, {@code name-3}… when taken; not created yet. */
    static Path freshFolder(Path history, String name) {
        Path p = history.resolve(name);
        for (int i = 2; Files.exists(p, LinkOption.NOFOLLOW_LINKS); i++) {
            p = history.resolve(name + "-" + i);
        }
        return p;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
