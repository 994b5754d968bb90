package jp.policygen.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ReproducibleZipTest {
    private static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** About a megabyte of snapshot-like JSON in an XML part: several deflate blocks, Japanese text, repeats. */
    private static byte[] snapshot(long seed) {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><snapshot xmlns=\"urn:x\">{");
        while (json.length() < 400_000) {
            json.append("\"std.clause.").append(random.nextInt(5000)).append("\":\"職員は、情報資産を")
                    .append(random.nextInt(3) == 0 ? "適切に管理" : "保護").append("する。").append(random.nextLong())
                    .append("\",");
        }
        return json.append("}</snapshot>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A part shared by several zips (a policy's snapshot in each of its Word files) is deflated once and its deflated
     * bytes written again: every zip is byte for byte the zip written without sharing, and reads back whole.
     */
    @Test
    void sharedContentGivesTheBytesOfDeflatingItAfresh() throws Exception {
        byte[] raw = zip("word/document.xml", "<w:document xmlns:w=\"urn:w\" xmlns:a=\"urn:a\"/>");
        byte[] first = snapshot(1);
        byte[] second = snapshot(2);
        for (byte[] content : new byte[][] {first, second, first, first, second}) {
            Map<String, byte[]> replaced = Map.of("customXml/item1.xml", content);
            byte[] alone = ReproducibleZip.normalize(raw, replaced);
            byte[] shared = ReproducibleZip.normalize(raw, replaced, Set.of("customXml/item1.xml"));
            assertArrayEquals(alone, shared);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(shared))) {
                assertEquals("customXml/item1.xml", in.getNextEntry().getName());
                assertArrayEquals(content, in.readAllBytes());
                assertEquals("word/document.xml", in.getNextEntry().getName());
                assertEquals("<w:document xmlns:a=\"urn:a\" xmlns:w=\"urn:w\"/>",
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The root tag found on the bytes is the one the regular expressions found on the decoded text: declarations,
     * comments, end tags and white space before it, empty elements, attributes with '/' and '>' around them,
     * multi-byte names and values, and bytes that are not UTF-8 (the text's way then).
     */
    @Test
    void namespacesAreSortedOnTheBytesAsOnTheText() {
        String[] cases = {
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"w\" mc:Ignorable=\"w14\""
                    + " xmlns:mc=\"mc\" xmlns:a=\"a\"><w:body/></w:document>",
            "<?xml version=\"1.0\"?><!-- <x> --><w:document xmlns:w=\"w\" xmlns:a=\"a\"/>",
            "<?xml version=\"1.0\"?><!DOCTYPE x><Types xmlns=\"t\" xmlns:b=\"b\"/>",
            "< x xmlns:b=\"b\" xmlns:a=\"a\">",
            "</x><y xmlns:b=\"b\" xmlns:a=\"a\"/>",
            "<a/b xmlns:b=\"b\" xmlns:a=\"a\">",
            "<a xmlns:b=\"b/\" xmlns:a=\"a\" />",
            "<a\txmlns:b=\"b\"\r\nxmlns:a=\"a\"/>",
            "<要素 xmlns:ん=\"ん\" xmlns:あ=\"あ\" 属性=\"値\">本文</要素>",
            "<<a xmlns:b=\"b\" xmlns:a=\"a\">",
            "<a",
            "<",
            "",
            "text only",
            "<?x?><a xmlns:b=\"b\" xmlns:a=\"a\"",
        };
        for (String c : cases) {
            byte[] xml = c.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(ReproducibleZip.sortRootNamespacesOfText(xml), ReproducibleZip.sortRootNamespaces(xml), c);
        }
        byte[][] malformed = {
            {'<', 'a', ' ', 'x', '=', '"', (byte) 0x80, '"', ' ', 'x', 'm', 'l', 'n', 's', '=', '"', 'n', '"', '>', (byte) 0xE3},
            {(byte) 0xFF, '<', 'a', ' ', 'x', 'm', 'l', 'n', 's', ':', 'b', '=', '"', 'b', '"', ' ', 'x', 'm', 'l', 'n', 's',
                ':', 'a', '=', '"', 'a', '"', '>'},
            {'<', 'a', '>', (byte) 0xC3},
        };
        for (byte[] xml : malformed) {
            // the text's way may fail on such bytes (its lengths are of the re-encoded text): then so does this
            byte[] expected;
            try {
                expected = ReproducibleZip.sortRootNamespacesOfText(xml);
            } catch (RuntimeException e) {
                org.junit.jupiter.api.Assertions.assertThrows(e.getClass(), () -> ReproducibleZip.sortRootNamespaces(xml));
                continue;
            }
            assertArrayEquals(expected, ReproducibleZip.sortRootNamespaces(xml));
        }
    }
}
