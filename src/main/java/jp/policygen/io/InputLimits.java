package jp.policygen.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one place for the limits on what a user hands the tool: a file's size, checked before it is read, and a
 * zip's (a .docx's) number of entries and inflated sizes, counted while inflating, so that a small file that
 * unpacks to gigabytes (a zip bomb) or a huge file stops with a Japanese message instead of exhausting memory.
 *
 * <p>Every reader of a user's file goes through here (diff's .docx and snapshot.json, the reference .docx,
 * import's readers, the web page's uploads): one set of numbers, one wording. A policy's documents are a few
 * MB at most, Word's own files with pictures a few dozen; the limits are far above both and far below what
 * would exhaust the default heap.
 *
 * <p>Messages of {@link TooLarge} name no file: the caller puts its file name first ({@code 名前: エラー: …}).
 */
public final class InputLimits {
    /** A user's file (profile aside, which has its own smaller limit), before reading. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Entries of one zip (a Word document has a few dozen). */
    public static final int MAX_ZIP_ENTRIES = 10_000;
    /** One entry, inflated. */
    public static final long MAX_ZIP_ENTRY_BYTES = 100L * 1024 * 1024;
    /** All entries of one zip together, inflated. */
    public static final long MAX_ZIP_TOTAL_BYTES = 200L * 1024 * 1024;

    private InputLimits() {
    }

    /** An input over a limit; the message (Japanese, no file name) says which and what to do instead. */
    public static final class TooLarge extends IOException {
        public TooLarge(String message) {
            super(message);
        }
    }

    static String mb(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** Refuses a file larger than {@link #MAX_FILE_BYTES} without reading it. */
    public static void checkFileSize(Path file) throws IOException {
        checkFileSize(file, MAX_FILE_BYTES);
    }

    public static void checkFileSize(Path file, long max) throws IOException {
        if (Files.size(file) > max) {
            throw tooLargeFile(max);
        }
    }

    private static TooLarge tooLargeFile(long max) {
        return new TooLarge("ファイルが大きすぎます（" + mb(max) + " を超えています）。"
                + "policygen が読むのは " + mb(max) + " までのファイルです。正しいファイルを指定したか確かめてください。");
    }

    /** The whole file, refused when larger than {@link #MAX_FILE_BYTES} (checked before and while reading). */
    public static byte[] readFile(Path file) throws IOException {
        return readFile(file, MAX_FILE_BYTES);
    }

    public static byte[] readFile(Path file, long max) throws IOException {
        checkFileSize(file, max);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) { // grew since it was measured, or a device that claims size 0
                throw tooLargeFile(max);
            }
            return bytes;
        }
    }

    /**
     * A stream that gives at most {@code max} bytes of {@code in} and then throws {@link TooLarge} with the message
     * given, instead of the next byte (for uploads and any stream whose size is not known before).
     */
    public static InputStream bounded(InputStream in, long max, String message) {
        return new Bounded(in, max, message, null);
    }

    /** What to do with one entry of a zip; {@code content} ends at the entry's end and is bounded. */
    @FunctionalInterface
    public interface EntryHandler {
        void entry(ZipEntry entry, InputStream content) throws IOException;
    }

    /**
     * Walks every entry of a zip, each inflated through a bounded stream: more than {@link #MAX_ZIP_ENTRIES}
     * entries, an entry larger than {@link #MAX_ZIP_ENTRY_BYTES} or all together larger than
     * {@link #MAX_ZIP_TOTAL_BYTES} throw {@link TooLarge} as soon as the limit is passed. The part of an entry the
     * handler leaves unread is inflated (and counted) too, so nothing escapes the limits.
     *
     * @return the number of entries (0: not a zip, or an empty one)
     */
    public static int eachZipEntry(InputStream zip, EntryHandler handler) throws IOException {
        long[] total = {0};
        int count = 0;
        ZipInputStream in = new ZipInputStream(zip);
        byte[] skip = new byte[65536];
        for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            if (++count > MAX_ZIP_ENTRIES) {
                throw new TooLarge("Word 文書（zip）の中のファイルが多すぎます（" + MAX_ZIP_ENTRIES + " を超えています）。"
                        + "Word で開いて保存し直した文書を指定してください。");
            }
            if (e.getSize() > MAX_ZIP_ENTRY_BYTES) { // declared sizes can lie; counted below whatever they say
                throw entryTooLarge(e);
            }
            Bounded content = new Bounded(new NoClose(in), MAX_ZIP_ENTRY_BYTES, entryTooLarge(e).getMessage(), total);
            if (handler != null) {
                handler.entry(e, content);
            }
            while (content.read(skip) > 0) {
                // inflate (and count) the rest of the entry
            }
        }
        return count;
    }

    /** Checks the whole zip against the limits, reading nothing into memory (before a library opens it). */
    public static int checkZip(InputStream zip) throws IOException {
        return eachZipEntry(zip, null);
    }

    /** The entries whose names {@code wanted} accepts, inflated (within the limits), in the zip's order. */
    public static Map<String, byte[]> readZipEntries(InputStream zip, Predicate<String> wanted) throws IOException {
        Map<String, byte[]> found = new LinkedHashMap<>();
        eachZipEntry(zip, (e, content) -> {
            if (wanted.test(e.getName())) {
                found.put(e.getName(), content.readAllBytes());
            }
        });
        return found;
    }

    private static TooLarge entryTooLarge(ZipEntry e) {
        return new TooLarge("Word 文書（zip）の中の「" + Messages.escape(e.getName()) + "」を展開すると大きすぎます（"
                + mb(MAX_ZIP_ENTRY_BYTES) + " を超えます）。壊れているか、意図的に作られたファイルの可能性があります。"
                + "Word で開いて保存し直した文書を指定してください。");
    }

    private static TooLarge totalTooLarge() {
        return new TooLarge("Word 文書（zip）を展開すると大きすぎます（合わせて " + mb(MAX_ZIP_TOTAL_BYTES)
                + " を超えます）。壊れているか、意図的に作られたファイルの可能性があります。"
                + "Word で開いて保存し直した文書を指定してください。");
    }

    /** Counts what passes; past the limit (its own, or the zip's total when shared) it throws. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String message;
        private final long[] total;
        private long count;

        Bounded(InputStream in, long max, String message, long[] total) {
            super(in);
            this.max = max;
            this.message = message;
            this.total = total;
        }

        private void add(long n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge(message);
            }
            if (total != null) {
                total[0] += n;
                if (total[0] > MAX_ZIP_TOTAL_BYTES) {
                    throw totalTooLarge();
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, (int) Math.min(len, Math.max(1, max - count + 1)));
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
            long done = 0;
            while (done < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (r <= 0) {
                    break;
                }
                done += r;
            }
            return done;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** A handler closing an entry's stream must not close the whole zip. */
    private static final class NoClose extends FilterInputStream {
        NoClose(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
