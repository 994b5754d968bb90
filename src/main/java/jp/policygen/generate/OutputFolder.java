package jp.policygen.generate;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.render.json.Json;

/**
 * The one step that owns a body's output folder {@code DIR/<name>/}. A run writes everything into a private work
 * folder {@code DIR/.policygen-XXXX/} first; only when all of it succeeded does {@link #commit()} put it in place.
 *
 * <p>The folder belongs to the user as much as to the tool (../shared/spec/cli.md):
 * <ul>
 * <li>only the files the earlier run's manifest.json lists (and its snapshot.json and manifest.json) are replaced;
 * anything else — notes, profiles, subfolders — is never deleted, moved or overwritten;</li>
 * <li>a folder that exists, is not empty and holds no manifest of the tool is refused
 * ({@link RefusedException}, exit 2) before anything is written;</li>
 * <li>when the new version differs from the one there (edition, 版 or 施行日), the earlier version's files move to
 * {@code history/<施行日>_<版>/} (see {@link OutputHistory}); the same version is replaced in place.</li>
 * </ul>
 *
 * <p>Recoverable: before the first move the commit writes a journal of every move into its work folder; a run
 * interrupted between two moves is finished by the next run ({@link #recover(Path)}), and a work folder without a
 * journal (nothing moved yet) is removed. A live run holds a lock on its work folder, so a run in parallel never
 * cleans it up under its feet.
 */
public final class OutputFolder implements AutoCloseable {
    static final String PREFIX = ".policygen-";
    public static final String HISTORY = "history";
    private static final String NEW = "new";
    private static final String OLD = "old";
    private static final String JOURNAL = "journal.json";
    private static final String LOCK = "lock";
    /** A work folder of an earlier release has no lock; it is left alone for this long in case it is still live. */
    private static final Duration UNLOCKED_GRACE = Duration.ofMinutes(10);

    /** The output folder cannot be used as it is (the input is wrong: exit 2); the message is for the user. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    /** What a commit did: the body's folder, and the history folder the earlier version moved to, if any. */
    public record Commit(Path folder, Optional<Path> history) {
    }

    /**
     * Work folders of live runs of this process. Checked before a lock file is even opened: on POSIX systems,
     * closing any channel of a file drops every lock this process holds on it.
     */
    private static final Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path parent;
    private final Path target;
    private final Path work;
    private final List<Path> createdParents;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final RunCleanup.Registration cleanup;
    private boolean committed;
    private boolean closed;

    private OutputFolder(Path parent, Path target, Path work, List<Path> createdParents, FileChannel lockChannel,
                         FileLock lock, RunCleanup.Registration cleanup) {
        this.parent = parent;
        this.target = target;
        this.work = work;
        this.createdParents = createdParents;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.cleanup = cleanup;
    }

    /**
     * Checks, without changing anything, that {@code parent/name} can receive a run's output: the output folder is
     * a folder (or can be created), and the body's folder is absent, empty, or an earlier output of the tool.
     */
    public static void check(Path parent, String name) throws RefusedException {
        Path existing = parent.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new RefusedException("出力先「" + shown(existing) + "」はフォルダではなくファイルです。"
                    + "-o には出力先のフォルダを指定してください。何も変更していません。");
        }
        Path target = parent.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
            throw new RefusedException("出力先「" + shown(target) + "」には同じ名前のファイルがあるため、文書を書き出せません。"
                    + "何も変更していません。-o で別の出力先を指定するか、そのファイルの名前を変えてください。");
        }
        if (Files.isDirectory(target) && Manifest.read(target).isEmpty() && !isEmpty(target)) {
            throw new RefusedException("出力先のフォルダ「" + shown(target) + "」は、このツールが以前に作ったものではありません"
                    + "（manifest.json がありません）。中のファイルを守るため、何も変更していません。"
                    + "-o で別の出力先を指定するか、このフォルダの名前を変えてから、もう一度実行してください。");
        }
    }

    /**
     * Opens a work folder for {@code parent/name} (name must already be a safe folder name): creates the output
     * folder if needed, finishes what an interrupted run left there, and checks the target ({@link #check}).
     */
    public static OutputFolder open(Path parent, String name) throws IOException {
        check(parent, name);
        List<Path> created = createParents(parent);
        Path work = null;
        FileChannel channel = null;
        RunCleanup.Registration cleanup = null;
        try {
            recover(parent);
            check(parent, name);
            work = Files.createTempDirectory(parent, PREFIX);
            LIVE.add(work.toAbsolutePath().normalize());
            // from here on, Ctrl+C removes the work folder (and the output folders this open created): until the
            // folder exists as an object, by hand; afterwards through the object, which knows whether it committed
            java.util.concurrent.atomic.AtomicReference<OutputFolder> opened = new java.util.concurrent.atomic.AtomicReference<>();
            Path w = work;
            cleanup = RunCleanup.process().register(() -> {
                OutputFolder f = opened.get();
                if (f != null) {
                    f.abort();
                } else {
                    deleteWhileWritten(w);
                    removeEmpty(created);
                }
            });
            channel = FileChannel.open(work.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            Path staging = Files.createDirectory(work.resolve(NEW));
            // a temp folder is private (rwx------); the finished output is an ordinary folder
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            OutputFolder folder = new OutputFolder(parent, parent.resolve(name), work, created, channel, lock, cleanup);
            opened.set(folder);
            return folder;
        } catch (IOException | RuntimeException e) {
            if (cleanup != null) {
                cleanup.close();
            }
            if (channel != null) {
                channel.close();
            }
            if (work != null) {
                deleteTree(work);
                LIVE.remove(work.toAbsolutePath().normalize());
            }
            removeEmpty(created);
            throw e;
        }
    }

    /** Where to write this run's files. */
    public Path staging() {
        return work.resolve(NEW);
    }

    public Path target() {
        return target;
    }

    /**
     * Puts the staged files in place: moves the files of the earlier run away (to history when the version
     * changed, otherwise to the work folder, deleted afterwards), then the new files in, manifest.json last.
     * Files the earlier manifest does not list are never touched; a new file whose name is taken by such a file
     * refuses the commit before anything moved.
     */
    public Commit commit() throws IOException {
        return commit(Integer.MAX_VALUE);
    }

    /** For tests: stops as a crash would (no roll-back, no clean-up) after that many moves of the commit. */
    synchronized Commit commit(int crashAfterMoves) throws IOException {
        if (closed) {
            // the shutdown hook removed the work folder (Ctrl+C): nothing of this run is put in place
            throw new IOException("the run was interrupted");
        }
        Manifest next = Manifest.read(staging())
                .orElseThrow(() -> new IOException("manifest.json was not written to the staging folder"));
        List<String> newFiles;
        try (Stream<Path> s = Files.list(staging())) {
            newFiles = new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted()
                    .filter(n -> !n.equals(Manifest.FILE)).toList());
        }
        newFiles.add(Manifest.FILE); // last: a folder whose manifest is new holds the whole new version
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(staging(), target);
            finish();
            return new Commit(target, Optional.empty());
        }
        check(parent, target.getFileName().toString());
        Optional<Manifest> previous = Manifest.read(target);
        Set<String> owned = new LinkedHashSet<>();
        for (String f : previous.map(Manifest::ownedFiles).orElse(Set.of())) {
            // a file, or a folder a run made whole (upgrade's documents and 対照表 folders)
            if (Files.isRegularFile(target.resolve(f), LinkOption.NOFOLLOW_LINKS)
                    || Files.isDirectory(target.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                owned.add(f);
            }
        }
        for (String f : newFiles) {
            if (Files.exists(target.resolve(f), LinkOption.NOFOLLOW_LINKS) && !owned.contains(f)) {
                throw new RefusedException("出力先のフォルダ「" + shown(target) + "」にある「" + shown(f) + "」は、"
                        + "このツールが以前に作ったファイルではありません（manifest.json に載っていません）。"
                        + "上書きしないため、何も変更していません。そのファイルの名前を変えるか別の場所に移してから、"
                        + "もう一度実行してください。");
            }
        }
        Path destination = work.resolve(OLD);
        Optional<Path> history = Optional.empty();
        if (previous.isPresent() && !owned.isEmpty() && !previous.get().sameVersion(next)) {
            Path h = target.resolve(HISTORY);
            if (Files.exists(h, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(h, LinkOption.NOFOLLOW_LINKS)) {
                throw new RefusedException("出力先のフォルダ「" + shown(target) + "」に「" + HISTORY + "」という名前のファイルが"
                        + "あるため、以前の版を移せません。何も変更していません。そのファイルの名前を変えてください。");
            }
            destination = OutputHistory.freshFolder(h, OutputHistory.folderName(previous.get()));
            history = Optional.of(destination);
        }
        List<Move> moves = new ArrayList<>();
        for (String f : owned) {
            moves.add(new Move(target.resolve(f), destination.resolve(f)));
        }
        for (String f : newFiles) {
            moves.add(new Move(staging().resolve(f), target.resolve(f)));
        }
        writeJournal(moves);
        List<Move> done = new ArrayList<>();
        try {
            for (Move m : moves) {
                if (done.size() == crashAfterMoves) {
                    throw new IllegalStateException("simulated crash after " + crashAfterMoves + " moves");
                }
                m.apply();
                done.add(m);
            }
        } catch (IOException e) {
            try {
                for (int i = done.size() - 1; i >= 0; i--) {
                    done.get(i).undo();
                }
                Files.delete(work.resolve(JOURNAL));
                history.ifPresent(OutputFolder::removeEmptyHistory);
            } catch (IOException again) {
                e.addSuppressed(again); // the journal stays: the next run finishes the commit
            }
            throw e;
        }
        history.ifPresent(OutputHistory::recordMoved);
        finish();
        return new Commit(target, history);
    }

    private void finish() throws IOException {
        committed = true;
        Files.deleteIfExists(work.resolve(JOURNAL));
        close();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        cleanup.close();
        try {
            lock.release();
            lockChannel.close();
        } finally {
            try {
                deleteTree(work);
            } finally {
                LIVE.remove(work.toAbsolutePath().normalize());
                if (!committed) {
                    removeEmpty(createdParents);
                }
            }
        }
    }

    /**
     * The shutdown hook's undo (Ctrl+C): removes the work folder and the output folders this open created, unless
     * the run already committed or cleaned up. Waits for a commit under way (both hold this object's lock), so a
     * half-done commit is never cut short by its own clean-up; a commit that comes after refuses.
     */
    private synchronized void abort() {
        if (committed || closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException | RuntimeException e) {
            // the folder is removed all the same
        }
        deleteWhileWritten(work);
        LIVE.remove(work.toAbsolutePath().normalize());
        removeEmpty(createdParents);
    }

    /**
     * Deletes a work folder the run's threads may still be writing into (the JVM keeps them running while its
     * shutdown hooks run): tries again until the folder has stayed away for a moment, for about a second at most.
     */
    private static void deleteWhileWritten(Path dir) {
        int goneFor = 0;
        for (int i = 0; i < 20 && goneFor < 3; i++) {
            try {
                deleteTree(dir);
            } catch (IOException | RuntimeException e) {
                // a file appeared or vanished under the walk: the next pass gets it
            }
            goneFor = Files.exists(dir, LinkOption.NOFOLLOW_LINKS) ? 0 : goneFor + 1;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** For tests: ends this run as a killed process would, leaving its work folder as it is. */
    void abandon() throws IOException {
        cleanup.close();
        closed = true;
        lock.release();
        lockChannel.close();
        LIVE.remove(work.toAbsolutePath().normalize());
    }

    /** One rename of the commit; idempotent, so a journal can be replayed after a crash. */
    private record Move(Path from, Path to) {
        void apply() throws IOException {
            if (Files.exists(from, LinkOption.NOFOLLOW_LINKS) && !Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(to.getParent());
                move(from, to);
            }
        }

        void undo() throws IOException {
            new Move(to, from).apply();
        }
    }

    private void writeJournal(List<Move> moves) throws IOException {
        List<Object> list = new ArrayList<>();
        for (Move m : moves) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("from", parent.relativize(m.from()).toString());
            e.put("to", parent.relativize(m.to()).toString());
            list.add(e);
        }
        Map<String, Object> journal = new LinkedHashMap<>();
        journal.put("moves", list);
        Path tmp = work.resolve(JOURNAL + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(Json.bytes(journal)));
            ch.force(true);
        }
        move(tmp, work.resolve(JOURNAL));
    }

    /**
     * Finishes or removes what interrupted runs left in the output folder {@code parent}: a work folder with a
     * journal had started its commit, so its remaining moves are done; one without had moved nothing and is
     * deleted. Work folders of live runs (locked) are left alone. Best effort: a leftover that cannot be cleaned
     * stays for a later run, and never makes this run fail.
     */
    public static void recover(Path parent) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path p : s) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    leftovers.add(p);
                }
            }
        } catch (IOException e) {
            return;
        }
        for (Path w : leftovers) {
            try {
                recoverOne(parent, w);
            } catch (IOException | RuntimeException e) {
                // left for a later run
            }
        }
    }

    private static void recoverOne(Path parent, Path w) throws IOException {
        if (LIVE.contains(w.toAbsolutePath().normalize())) {
            return;
        }
        Path lockFile = w.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            recoverUnlocked(parent, w);
            return;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                return; // a live run of this process
            }
            if (l == null) {
                return; // a live run of another process
            }
            try {
                Path journal = w.resolve(JOURNAL);
                if (Files.exists(journal)) {
                    JsonNode root = Json.mapper().readTree(journal.toFile());
                    for (JsonNode m : root.path("moves")) {
                        new Move(parent.resolve(m.path("from").asText()), parent.resolve(m.path("to").asText())).apply();
                    }
                    Files.delete(journal);
                }
                try (Stream<Path> s = Files.list(w)) {
                    for (Path p : s.filter(p -> !p.getFileName().toString().equals(LOCK)).toList()) {
                        deleteTree(p);
                    }
                }
            } finally {
                l.release();
            }
        }
        Files.deleteIfExists(lockFile);
        try {
            Files.deleteIfExists(w);
        } catch (DirectoryNotEmptyException e) {
            // another run is cleaning it too
        }
    }

    /**
     * A work folder without a lock: left by an earlier release of the tool, whose commit renamed the whole body
     * folder aside ({@code .policygen-old-*}) before renaming the new one in. A set-aside folder whose body folder
     * is missing is put back; everything else is deleted.
     */
    private static void recoverUnlocked(Path parent, Path w) throws IOException {
        FileTime modified = Files.getLastModifiedTime(w);
        if (modified.toInstant().isAfter(Instant.now().minus(UNLOCKED_GRACE))) {
            return;
        }
        if (w.getFileName().toString().startsWith(PREFIX + "old-")) {
            Optional<Manifest> m = Manifest.read(w);
            if (m.isPresent()) {
                Path body = parent.resolve(safeName(m.get().profile()));
                if (!Files.exists(body, LinkOption.NOFOLLOW_LINKS)) {
                    move(w, body);
                    return;
                }
            }
        }
        deleteTree(w);
    }

    /** Creates the output folder and any missing parents; returns those it created, deepest first. */
    public static List<Path> createParents(Path dir) throws IOException {
        List<Path> created = new ArrayList<>();
        Path p = dir.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            created.add(p);
            p = p.getParent();
        }
        Files.createDirectories(dir);
        return created;
    }

    /** Removes folders {@link #createParents} created, deepest first, as long as they are empty. */
    public static void removeEmpty(List<Path> created) {
        for (Path p : created) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                return; // not empty (another body's output, a user's file) or not ours to remove
            }
        }
    }

    private static void removeEmptyHistory(Path history) {
        removeEmpty(List.of(history, history.getParent()));
    }

    private static boolean isEmpty(Path dir) throws RefusedException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new RefusedException("出力先のフォルダ「" + shown(dir) + "」の中を読めません。フォルダのアクセス権を確かめてください。");
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
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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

    /** Windows device names: a folder called CON or NUL cannot be created there, even with an extension. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /** What a file system allows for one name (ext4, NTFS in UTF-16 units, APFS): 255 bytes of UTF-8 is the least. */
    public static final int MAX_NAME_BYTES = 255;
    /**
     * The part of a name made from a body's name, at most: the rest of the 255 bytes is room for every suffix a
     * command adds to it (「_新旧対照表」, 「_2026-03移行」, 「_対策チェックリスト.xlsx」 and its 「.…tmp」 twin,
     * 「_移行前_2026-03.yaml」: 38 bytes at most today), so a long Japanese name that works for generate works
     * for every command.
     */
    public static final int NAME_BYTES = 160;

    /**
     * A folder name made from a profile file name that cannot leave the output folder and works on every system:
     * no separators or characters Windows forbids, no leading or trailing dots and spaces, no device names (CON,
     * NUL…), at most {@link #NAME_BYTES} bytes of UTF-8 (never cutting a character in two). A command that adds a
     * suffix uses {@link #safeName(String, String)}, never {@code safeName(name + suffix)}, which could cut it off.
     */
    public static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069]", "_")
                .strip();
        s = s.replaceAll("^[.\\s\\u00A0\\u3000]+", "");
        s = cutToBytes(s, NAME_BYTES);
        s = s.replaceAll("[.\\s\\u00A0\\u3000]+$", "");
        if (s.isEmpty() || s.chars().allMatch(c -> c == '_')) {
            return "profile";
        }
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return s;
    }

    /** A body's name made safe, then a command's suffix (itself made safe), the whole within 255 bytes. */
    public static String safeName(String name, String suffix) {
        String tail = suffix.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return safeName(name) + cutToBytes(tail, MAX_NAME_BYTES - NAME_BYTES);
    }

    /** The longest start of {@code s} that is at most {@code max} bytes of UTF-8, never cutting a character in two. */
    static String cutToBytes(String s, int max) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > max) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** A path as printed in a message: control characters and escape sequences made visible, never sent raw. */
    public static String shown(Object path) {
        return jp.policygen.profile.Finding.printable(String.valueOf(path));
    }
}
