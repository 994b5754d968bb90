package jp.policygen.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The sizes import accepts. Interim: to be replaced by the project's one input-limits class
 * ({@code jp.policygen.io.InputLimits}, being landed by the hardening work) as soon as it is on main.
 */
final class Limits {
    /** A 例規集 print of a whole policy is a few MB; 50 MB leaves room for images in a Word file. */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 10_000;
    static final long MAX_ZIP_TOTAL_BYTES = 200L * 1024 * 1024;

    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private Limits() {
    }

    static byte[] read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new TooLarge("ファイルが大きすぎます（" + (size / 1024 / 1024) + " MB）。読み込めるのは 50 MB までです。"
                    + "規程の本文だけのファイル（Word・PDF・HTML・テキスト）を指定してください。");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (b.length > MAX_FILE_BYTES) {
                throw new TooLarge("ファイルが大きすぎます。読み込めるのは 50 MB までです。");
            }
            return b;
        }
    }

    /** Counts what a zip unpacks to, without keeping it, before a library unpacks it for real. */
    static void checkZip(InputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip)) {
            int entries = 0;
            long total = 0;
            byte[] buf = new byte[64 * 1024];
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new TooLarge("圧縮されたファイルの数が多すぎます（" + MAX_ZIP_ENTRIES + " を超えています）。");
                }
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > MAX_ZIP_TOTAL_BYTES) {
                        throw new TooLarge("展開すると大きすぎるファイルです（200 MB を超えます。圧縮爆弾のおそれがあります）。");
                    }
                }
            }
        }
    }
}
