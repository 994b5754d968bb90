package jp.policygen.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folder of profiles the server was started on, and the only place it reads or writes profiles.
 * A browser never sends a path: it sends a profile's name, which must be a plain name (letters, digits,
 * - and _) and is turned into {@code <folder>/<name>.yaml} here, then checked to still be inside the folder
 * (no symbolic link leading out).
 *
 * <p>Saving is compare-and-swap: the page carries the version (a hash of the file's bytes) it was built from,
 * and a save whose version is no longer the file's is refused, so two windows cannot silently undo each
 * other's edits.
 */
final class ProfileFolder {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,63}");

    private final Path dir;

    ProfileFolder(Path dir) throws IOException {
        this.dir = dir.toRealPath();
    }

    Path dir() {
        return dir;
    }

    /** A profile's file as the loaded text with its version. */
    record Loaded(String name, Path file, String text, String version) {
    }

    /** Thrown for a name or a file the server will not touch; the message is for the user. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /** Thrown when the file changed since the page was built. */
    static final class Conflict extends Exception {
        Conflict(String message) {
            super(message);
        }
    }

    static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** The profiles in the folder (names without .yaml), sorted. */
    List<String> list() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            for (Path p : s) {
                String n = p.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                if (validName(n) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(n);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** The file for a name, checked to be a plain name inside the folder. */
    Path file(String name) throws Refused {
        if (!validName(name)) {
            throw new Refused("プロファイル名「" + name + "」は使えません。英数字・ひらがな・漢字と - _ だけで、64文字までの名前にしてください。");
        }
        Path yml = dir.resolve(name + ".yml");
        Path p = Files.exists(yml, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dir.resolve(name + ".yaml"), LinkOption.NOFOLLOW_LINKS)
                ? yml : dir.resolve(name + ".yaml");
        Path normal = p.normalize();
        if (!normal.getParent().equals(dir)) {
            throw new Refused("フォルダの外のファイルは開けません。");
        }
        if (Files.isSymbolicLink(normal)) {
            try {
                if (!normal.toRealPath().getParent().equals(dir)) {
                    throw new Refused("「" + name + "」はフォルダの外を指すリンクのため開けません。");
                }
            } catch (IOException e) {
                throw new Refused("「" + name + "」を開けません（リンク先がありません）。");
            }
        }
        return normal;
    }

    Optional<Loaded> read(String name) throws Refused, IOException {
        Path f = file(name);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        byte[] bytes = bytes(name, f);
        return Optional.of(new Loaded(name, f, decode(bytes), version(bytes)));
    }

    /** A profile's bytes, within the tool's input limits (a huge file in the folder must not exhaust the server). */
    private static byte[] bytes(String name, Path f) throws Refused, IOException {
        try {
            return jp.policygen.io.InputLimits.readFile(f);
        } catch (jp.policygen.io.InputLimits.TooLarge e) {
            throw new Refused("「" + name + "」を開けません。" + e.getMessage());
        }
    }

    /** Writes a new profile; refused when the name is taken. */
    synchronized Loaded create(String name, String text) throws Refused, IOException {
        Path f = file(name);
        if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("「" + name + "」というプロファイルは既にあります。別の名前にしてください。");
        }
        write(f, text);
        return read(name).orElseThrow();
    }

    /** Replaces a profile's text when its version is still {@code expected}. */
    synchronized Loaded save(String name, String expected, String text) throws Refused, Conflict, IOException {
        Path f = file(name);
        if (!Files.isRegularFile(f)) {
            throw new Refused("「" + name + "」というプロファイルは見つかりません（削除されたか、名前が変わった可能性があります）。");
        }
        String current = version(bytes(name, f));
        if (!current.equals(expected)) {
            throw new Conflict("このプロファイルは、この画面を開いた後に別の画面かエディタで保存されています。"
                    + "上書きすると、その変更が失われるため保存していません。入力した内容を控えてから画面を読み込み直し、"
                    + "もう一度入力してください。");
        }
        // the text before this save stays in 以前の版/, from where the page and `policygen restore` put it back
        jp.policygen.generate.ProfileVersions.keepBeforeOverwrite(f, java.time.LocalDateTime.now());
        write(f, text);
        return read(name).orElseThrow();
    }

    private void write(Path link, String text) throws IOException {
        // a profile that is a link (to a shared copy inside the folder, as file() checked) is written through: the
        // file it points at gets the text and the link stays a link
        Path f = Files.isSymbolicLink(link) ? link.toRealPath() : link;
        Path tmp = Files.createTempFile(f.getParent(), ".policygen-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            jp.policygen.generate.ProfileVersions.permissions(f, tmp); // not the temporary file's rw-------
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
