package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.docx4j.model.datastorage.CustomXmlDataStorageImpl;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.PartName;
import org.junit.jupiter.api.Test;

import jp.policygen.render.ReproducibleZip;

/** The snapshot part written directly is byte for byte what docx4j's serializer writes from the parsed XML. */
class SnapshotPartTest {

    private static final List<String> TEXTS = List.of(
            "{\n  \"body\" : \"架空県\",\n  \"text\" : \"職員等は、「機密性２以上」の情報を取り扱う。\"\n}",
            "{ \"a\" : \"<tag> & 'quote' \\\"x\\\" ]]> --> <!-- \" }",
            "{ \"name\" : \"𠮷野家 髙橋 😀 é ß Ω ￥ ～ 〜 \u00A0 \uFEFF \uE000\" }",
            "{ \"tab\" : \"a\tb\", \"ctl\" : \"\\u0001\\r\" }");

    @Test
    void directBytesAreWhatTheSerializerWrites() throws Exception {
        for (String json : TEXTS) {
            assertTrue(SnapshotPart.writtenAsIs(json), json);
            byte[] viaDom = savedPart(SnapshotPart.xml(json));
            assertArrayEquals(viaDom, SnapshotPart.xml(json).getBytes(StandardCharsets.UTF_8),
                    () -> new String(viaDom, StandardCharsets.UTF_8));
        }
    }

    /**
     * docx4j's serializer wrote the variation selector U+E0100 of 葛󠄀 as U+20100 (𠄀, another character), so a
     * Word file's snapshot changed a body's 異体字 name; written directly it stays as it is.
     */
    @Test
    void aVariationSelectorStaysInTheWordFilesSnapshot() throws Exception {
        String json = "{ \"name\" : \"葛\uDB40\uDD00城市\" }";
        assertTrue(new String(savedPart(SnapshotPart.xml(json)), StandardCharsets.UTF_8).contains("葛\uD840\uDD00城市"),
                "what the serializer did");
        assertTrue(new String(written(json), StandardCharsets.UTF_8).contains("葛\uDB40\uDD00城市"));
    }

    @Test
    void charactersTheSerializerMightWriteOtherwiseTakeTheDomPath() {
        for (String s : List.of("\u0085", "\u2028", "\u2029", "\r", "\u0001", "\uFDD2", "\uFFFF")) {
            assertFalse(SnapshotPart.writtenAsIs("{ \"a\" : \"" + s + "\" }"), Integer.toHexString(s.charAt(0)));
        }
    }

    /**
     * The part made from the UTF-8 bytes (no decoding) is what the text's way gives: the check's decision on each
     * refused character's byte pattern and on its neighbours, the escaping, and bytes that are not UTF-8 at all.
     */
    @Test
    void theBytesWayDecidesAndEscapesAsTheTextWay() {
        List<String> cases = new java.util.ArrayList<>(TEXTS);
        for (int c : new int[] {0x00, 0x01, 0x08, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x85, 0x9F, 0xA0,
                0xFF, 0x7FF, 0x800, 0x2027, 0x2028, 0x2029, 0x202A, 0xFDCF, 0xFDD0, 0xFDE0, 0xFDEF, 0xFDF0, 0xFFFD, 0xFFFE,
                0xFFFF, 0x10000, 0x1FFFE, 0xE0100, 0x10FFFF}) {
            cases.add("{ \"a\" : \"x" + new String(Character.toChars(c)) + "y&<>\" }");
            cases.add(new String(Character.toChars(c)));
        }
        cases.add("&&<<>>");
        cases.add("");
        for (String text : cases) {
            byte[] expected = SnapshotPart.writtenAsIs(text) ? SnapshotPart.xml(text).getBytes(StandardCharsets.UTF_8) : null;
            assertArrayEquals(expected, SnapshotPart.partBytes(text.getBytes(StandardCharsets.UTF_8)), () -> text.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
        // not UTF-8: decoded (each bad byte a U+FFFD) as before; the refusals still hold
        int[][] malformed = {{0x80}, {0xC0, 0x80}, {0xC2}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xE3, 0x81},
                {0xF0, 0x80, 0x80, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xFF}, {0xE3, 0x41, 0x42}};
        for (int[] bad : malformed) {
            for (String after : List.of("", "a&b", "\u0001", "\u2028")) {
                byte[] tail = after.getBytes(StandardCharsets.UTF_8);
                byte[] json = new byte[bad.length + tail.length + 2];
                json[0] = '<';
                for (int i = 0; i < bad.length; i++) {
                    json[i + 1] = (byte) bad[i];
                }
                json[bad.length + 1] = '>';
                System.arraycopy(tail, 0, json, bad.length + 2, tail.length);
                String text = new String(json, StandardCharsets.UTF_8);
                byte[] expected = SnapshotPart.writtenAsIs(text) ? SnapshotPart.xml(text).getBytes(StandardCharsets.UTF_8)
                        : null;
                assertArrayEquals(expected, SnapshotPart.partBytes(json), () -> java.util.Arrays.toString(bad) + after);
            }
        }
    }

    /** A policy's Word files carry one snapshot array: its part is made once, for the first (the same array back). */
    @Test
    void thePartOfOneSnapshotIsMadeOnce() throws Exception {
        byte[] snapshot = TEXTS.get(1).getBytes(StandardCharsets.UTF_8);
        byte[] first = SnapshotPart.attach(WordprocessingMLPackage.createPackage().getMainDocumentPart(), snapshot);
        byte[] second = SnapshotPart.attach(WordprocessingMLPackage.createPackage().getMainDocumentPart(), snapshot);
        org.junit.jupiter.api.Assertions.assertSame(first, second);
        byte[] equal = snapshot.clone();
        org.junit.jupiter.api.Assertions.assertNotSame(first,
                SnapshotPart.attach(WordprocessingMLPackage.createPackage().getMainDocumentPart(), equal), "by array");
    }

    @Test
    void aWordFileCarriesTheSnapshotWhicheverPathItTook() throws Exception {
        String plain = TEXTS.get(0);
        assertEquals(SnapshotPart.xml(plain), new String(written(plain), StandardCharsets.UTF_8));
        String separator = "{ \"a\" : \"x\u2028y\" }";
        assertArrayEquals(savedPart(SnapshotPart.xml(separator)), written(separator), "the DOM path, as before");
    }

    /** The part as DocxWriter writes it: attached, saved, normalised. */
    private static byte[] written(String json) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        byte[] direct = SnapshotPart.attach(pkg.getMainDocumentPart(), json.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        pkg.save(raw);
        byte[] zip = ReproducibleZip.normalize(raw.toByteArray(),
                direct == null ? Map.of() : Map.of(SnapshotPart.PART, direct));
        return entry(zip, SnapshotPart.PART);
    }

    /** What docx4j writes for a custom XML part made from the text, as the writer did before. */
    private static byte[] savedPart(String xml) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        CustomXmlDataStoragePart part = new CustomXmlDataStoragePart(new PartName("/" + SnapshotPart.PART));
        CustomXmlDataStorageImpl data = new CustomXmlDataStorageImpl();
        data.setDocument(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        part.setData(data);
        pkg.getMainDocumentPart().addTargetPart(part);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        pkg.save(raw);
        return entry(raw.toByteArray(), SnapshotPart.PART);
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void namespacesOfTheRootAreSortedAndTheRestIsKeptAsBytes() {
        String plain = "<?xml version=\"1.0\"?><w:document xmlns:w=\"w\" a=\"1\" xmlns:a=\"a\"><w:body>本文 &gt; 〓</w:body>"
                + "</w:document>";
        assertEquals("<?xml version=\"1.0\"?><w:document xmlns:a=\"a\" xmlns:w=\"w\" a=\"1\"><w:body>本文 &gt; 〓</w:body>"
                + "</w:document>", sorted(plain));
        // as with the regular expression over the whole text, the first tag after the declaration counts, even
        // one inside a comment (docx4j writes none there)
        String commented = "<?xml version=\"1.0\"?><!-- <x> --><w:document xmlns:w=\"w\" xmlns:a=\"a\"/>";
        assertEquals(commented, sorted(commented));
        assertEquals("no tag at all", sorted("no tag at all"));
    }

    private static String sorted(String xml) {
        return new String(ReproducibleZip.sortRootNamespaces(xml.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
