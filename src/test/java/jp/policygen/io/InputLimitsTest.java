package jp.policygen.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The input limits every reader of a user's file shares: sizes refused before reading, zip bombs while inflating. */
class InputLimitsTest {
    @TempDir
    Path dir;

    /** A zip whose one entry inflates to {@code inflated} zero bytes: a few hundred KB on disk for 1 GB. */
    public static byte[] zipBomb(String entryName, long inflated) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] zeros = new byte[1 << 20];
            for (long done = 0; done < inflated; done += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void anEntryInflatingPastTheLimitStopsWithAJapaneseMessage() throws IOException {
        byte[] bomb = zipBomb("word/media/image1.png", InputLimits.MAX_ZIP_ENTRY_BYTES + (4 << 20));
        assertTrue(bomb.length < 1_000_000, "small on disk: " + bomb.length);
        InputLimits.TooLarge e = assertThrows(InputLimits.TooLarge.class,
                () -> InputLimits.readZipEntries(new ByteArrayInputStream(bomb), n -> true));
        assertEquals("Word 文書（zip）の中の「word/media/image1.png」を展開すると大きすぎます（100 MB を超えます）。"
                + "壊れているか、意図的に作られたファイルの可能性があります。Word で開いて保存し直した文書を指定してください。",
                e.getMessage());
        // an entry nobody reads is inflated and counted all the same
        assertThrows(InputLimits.TooLarge.class, () -> InputLimits.checkZip(new ByteArrayInputStream(bomb)));
    }

    @Test
    void manyEntriesTogetherPastTheTotalStop() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 3; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                for (int mb = 0; mb < 70; mb++) {
                    zip.write(zeros);
                }
            }
        }
        InputLimits.TooLarge e = assertThrows(InputLimits.TooLarge.class,
                () -> InputLimits.checkZip(new ByteArrayInputStream(bytes.toByteArray())));
        assertTrue(e.getMessage().startsWith("Word 文書（zip）を展開すると大きすぎます（合わせて 200 MB を超えます）。"),
                e.getMessage());
    }

    @Test
    void tooManyEntriesStop() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i <= InputLimits.MAX_ZIP_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("e" + i));
            }
        }
        InputLimits.TooLarge e = assertThrows(InputLimits.TooLarge.class,
                () -> InputLimits.checkZip(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals("Word 文書（zip）の中のファイルが多すぎます（10000 を超えています）。"
                + "Word で開いて保存し直した文書を指定してください。", e.getMessage());
    }

    @Test
    void anOrdinaryZipReadsWhole() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a.xml"));
            zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("b.xml"));
            zip.write("<b/>".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, byte[]> got = InputLimits.readZipEntries(new ByteArrayInputStream(bytes.toByteArray()),
                n -> n.startsWith("b"));
        assertEquals(1, got.size());
        assertArrayEquals("<b/>".getBytes(StandardCharsets.UTF_8), got.get("b.xml"));
    }

    @Test
    void aHugeFileIsRefusedBeforeReading() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1_600_000_000L); // sparse: nothing on disk
        }
        InputLimits.TooLarge e = assertThrows(InputLimits.TooLarge.class, () -> InputLimits.readFile(huge));
        assertEquals("ファイルが大きすぎます（50 MB を超えています）。policygen が読むのは 50 MB までのファイルです。"
                + "正しいファイルを指定したか確かめてください。", e.getMessage());
    }

    @Test
    void aBoundedStreamStopsAtItsLimit() throws IOException {
        var in = InputLimits.bounded(new ByteArrayInputStream(new byte[100]), 99, "大きすぎます。");
        InputLimits.TooLarge e = assertThrows(InputLimits.TooLarge.class, in::readAllBytes);
        assertEquals("大きすぎます。", e.getMessage());
        assertEquals(100, InputLimits.bounded(new ByteArrayInputStream(new byte[100]), 100, "x").readAllBytes().length);
    }

    @Test
    void theXmlParserIsSilentAndRefusesADtd() throws Exception {
        var err = System.err;
        var captured = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThrows(org.xml.sax.SAXException.class,
                    () -> SafeXml.documentBuilder().parse(new ByteArrayInputStream("not xml".getBytes(StandardCharsets.UTF_8))));
            assertThrows(org.xml.sax.SAXException.class, () -> SafeXml.documentBuilder().parse(new ByteArrayInputStream(
                    "<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>".getBytes(StandardCharsets.UTF_8))));
        } finally {
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "no [Fatal Error] line on the terminal");
    }

    @Test
    void messagesShowControlCharactersAsCodes() {
        assertEquals("a[U+001B][2Jb[U+202E]c", Messages.escape("a\u001b[2Jb\u202Ec"));
        assertEquals("一行目\n二行目[U+0007]", Messages.escapeMessage("一行目\n二行目\u0007"));
    }
}
