package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.io.InputLimits;

/**
 * Hostile or huge files handed to any reader of a user's file (diff's .docx and snapshot.json, generate's
 * reference .docx): exit 2, one Japanese line naming the file, no stack trace, nothing written.
 */
class HostileInputsTest {
    private static final String MURA = "profiles/kakuu-mura.yaml";
    private static final String ENTRY_TOO_LARGE = "を展開すると大きすぎます（100 MB を超えます）。"
            + "壊れているか、意図的に作られたファイルの可能性があります。Word で開いて保存し直した文書を指定してください。\n";
    private static final String FILE_TOO_LARGE = ": エラー: ファイルが大きすぎます（50 MB を超えています）。"
            + "policygen が読むのは 50 MB までのファイルです。正しいファイルを指定したか確かめてください。\n";

    @TempDir
    Path dir;

    private Path bomb(String name, String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1 << 20];
            for (long done = 0; done <= InputLimits.MAX_ZIP_ENTRY_BYTES; done += zeros.length) {
                zip.write(zeros);
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private Path sparse(String name) throws IOException {
        Path f = dir.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(1_600_000_000L); // 1.6 GB that take no room on disk
        }
        return f;
    }

    private void refused(Cli r, String expected) {
        assertEquals(2, r.status(), r.err());
        assertEquals(expected, r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void diffOfAWordFileThatUnpacksToGigabytes() throws IOException {
        Path docx = bomb("昨年度.docx", "customXml/item1.xml");
        refused(Cli.run("diff", docx.toString(), MURA, "-o", dir.resolve("out").toString()),
                docx + ": エラー: Word 文書（zip）の中の「customXml/item1.xml」" + ENTRY_TOO_LARGE);
    }

    @Test
    void diffOfHugeFilesOfEveryKind() throws IOException {
        for (String name : new String[] {"huge.json", "huge.docx"}) {
            Path f = sparse(name);
            refused(Cli.run("diff", f.toString(), MURA, "-o", dir.resolve("out").toString()), f + FILE_TOO_LARGE);
        }
    }

    @Test
    void aReferenceDocumentThatUnpacksToGigabytes() throws IOException {
        Path docx = bomb("書式.docx", "word/styles.xml");
        refused(Cli.run("generate", MURA, "-o", dir.resolve("out").toString(), "--reference-docx", docx.toString()),
                docx + ": エラー: Word 文書（zip）の中の「word/styles.xml」" + ENTRY_TOO_LARGE);
        Path huge = sparse("huge-style.docx");
        refused(Cli.run("generate", MURA, "-o", dir.resolve("out").toString(), "--reference-docx", huge.toString()),
                huge + FILE_TOO_LARGE);
    }

    @Test
    void theXmlParsersEnglishFatalErrorNeverReachesTheTerminal() throws IOException {
        Path docx = dir.resolve("other.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("customXml/item1.xml"));
            zip.write("this is not XML".getBytes(StandardCharsets.UTF_8));
        }
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Cli r;
        try {
            r = Cli.run("diff", docx.toString(), MURA, "-o", dir.resolve("out").toString());
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "nothing but our messages on the terminal");
        refused(r, docx + ": この Word 文書には policygen の比較用データ（スナップショット）が含まれていません。"
                + "policygen の以前の版で作られたか、別のソフトで保存し直したときに失われた可能性があります。"
                + "同じ出力フォルダの snapshot.json を指定してください。\n");
    }
}
