package jp.policygen.render.docx;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.docx4j.customXmlProperties.DatastoreItem;
import org.docx4j.model.datastorage.CustomXmlDataStorageImpl;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePart;
import org.docx4j.openpackaging.parts.CustomXmlDataStoragePropertiesPart;
import org.docx4j.openpackaging.parts.PartName;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

import jp.policygen.render.Recent;
import jp.policygen.render.ReproducibleZip;
import jp.policygen.render.json.SnapshotReader;

/**
 * The policy's snapshot.json stored inside the Word file as a custom XML part (customXml/item1.xml), the place
 * Word keeps data of other programs across saves. A .docx found on a shared drive years later can then still be
 * compared ({@code diff old.docx new.yaml}). The part's bytes and its item id are fixed, so the file stays
 * byte-identical for the same policy.
 */
final class SnapshotPart {
    /** A fixed GUID: the item id Word wants for the part; any constant will do. */
    static final String ITEM_ID = "{0B5E5F1C-3C55-4A8B-9D1E-70C1C7A1D2E0}";

    private SnapshotPart() {
    }

    /**
     * Adds the part to the package and returns the bytes the saved part has (null for the DOM path), which
     * {@link PackageBytes} writes without marshalling (and, being one array for a policy's Word files, deflates once;
     * see {@link ReproducibleZip#zip}): the same bytes
     * docx4j's serializer writes for the part (declaration, element, the JSON with {@code & < >} escaped), made
     * without parsing half a megabyte of JSON into a DOM and serializing it again for every Word file (a tenth of
     * a batch's Word time). It also keeps the variation selectors of 異体字 (U+E0100…), which that serializer wrote
     * as other characters (U+20100…). For text with characters the serializer might write as references
     * instead (C1 controls, line separators), the DOM path is kept and null returned.
     */
    static byte[] attach(MainDocumentPart main, byte[] snapshotJson) throws InvalidFormatException {
        byte[] content = content(snapshotJson);
        CustomXmlDataStoragePart part = new CustomXmlDataStoragePart(new PartName("/" + PART));
        CustomXmlDataStorageImpl data = content != null ? new Written(content) : new CustomXmlDataStorageImpl();
        if (content == null) {
            try {
                data.setDocument(new ByteArrayInputStream(
                        xml(new String(snapshotJson, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
            } catch (Docx4JException e) {
                throw new IllegalStateException("snapshot part", e);
            }
        }
        part.setData(data);
        main.addTargetPart(part);

        CustomXmlDataStoragePropertiesPart props = new CustomXmlDataStoragePropertiesPart(
                new PartName("/customXml/itemProps1.xml"));
        DatastoreItem item = new org.docx4j.customXmlProperties.ObjectFactory().createDatastoreItem();
        item.setItemID(ITEM_ID);
        props.setJaxbElement(item);
        part.addTargetPart(props);
        return content;
    }

    /**
     * The part's data when its bytes are known: docx4j's save writes them as they are (no DOM is made of the JSON,
     * nor of a stand-in); the DOM, should anything ask for it, is parsed from them then.
     */
    private static final class Written extends CustomXmlDataStorageImpl {
        private final byte[] bytes;

        Written(byte[] bytes) throws InvalidFormatException {
            this.bytes = bytes;
        }

        @Override
        public void writeDocument(java.io.OutputStream out) throws Docx4JException {
            try {
                out.write(bytes);
            } catch (java.io.IOException e) {
                throw new Docx4JException("snapshot part", e);
            }
        }

        @Override
        public org.w3c.dom.Document getDocument() throws Docx4JException {
            if (doc == null) {
                setDocument(new ByteArrayInputStream(bytes));
            }
            return super.getDocument();
        }
    }

    /** The last few snapshots' part bytes, by the snapshot's array: a policy's Word files share one snapshot. */
    private static final Recent<byte[], Part> RECENT = new Recent<>(4);

    /** A snapshot's part bytes, or null when it must take the DOM path (a record: Recent keeps null values too). */
    private record Part(byte[] bytes) {
    }

    /** The part's bytes for the snapshot, or null when it must take the DOM path. */
    static byte[] content(byte[] snapshotJson) {
        return RECENT.get(snapshotJson, bytes -> new Part(partBytes(bytes))).bytes();
    }

    /**
     * The part's bytes made from the JSON's UTF-8 bytes without decoding them: the characters the check refuses
     * have fixed byte patterns in UTF-8, and {@code & < >} are single bytes that never occur inside a multi-byte
     * character. Null when the text must take the DOM path. Bytes that are not well-formed UTF-8 (never from
     * the snapshot writer) are decoded as before, so the result is always what the text's way gave.
     */
    static byte[] partBytes(byte[] json) {
        int escapes = scan(json);
        if (escapes == MALFORMED) {
            String text = new String(json, StandardCharsets.UTF_8);
            return writtenAsIs(text) ? xml(text).getBytes(StandardCharsets.UTF_8) : null;
        }
        if (escapes == REFUSED) {
            return null;
        }
        byte[] out = new byte[HEAD.length + json.length + escapes + TAIL.length];
        System.arraycopy(HEAD, 0, out, 0, HEAD.length);
        int o = HEAD.length;
        int from = 0;
        for (int i = 0; escapes > 0 && i < json.length; i++) { // none to escape: copied at once below
            byte b = json[i];
            byte[] entity = b == '&' ? AMP : b == '<' ? LT : b == '>' ? GT : null;
            if (entity != null) {
                System.arraycopy(json, from, out, o, i - from);
                o += i - from;
                System.arraycopy(entity, 0, out, o, entity.length);
                o += entity.length;
                from = i + 1;
            }
        }
        System.arraycopy(json, from, out, o, json.length - from);
        o += json.length - from;
        System.arraycopy(TAIL, 0, out, o, TAIL.length);
        return out;
    }

    private static final int MALFORMED = -1;
    private static final int REFUSED = -2;
    private static final byte[] AMP = "&amp;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LT = "&lt;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GT = "&gt;".getBytes(StandardCharsets.US_ASCII);

    /**
     * What {@link #writtenAsIs(String)} decides, on the bytes: the number of bytes the escaping of {@code & < >}
     * adds, {@link #REFUSED} when a character must take the DOM path, {@link #MALFORMED} when the bytes are not
     * well-formed UTF-8 (as Java's decoder reads it: no overlong forms, no encoded surrogates, nothing past
     * U+10FFFF). The refused characters in UTF-8: C0 controls but tab and line feed, and DEL (one byte);
     * C1 controls U+0080–U+009F (C2 80–C2 9F); U+2028, U+2029 (E2 80 A8, E2 80 A9); the noncharacters U+FDD0–U+FDEF
     * (EF B7 90–EF B7 AF) and U+FFFE, U+FFFF (EF BF BE, EF BF BF).
     */
    private static int scan(byte[] s) {
        int extra = 0;
        int n = s.length;
        int i = 0;
        while (i < n) {
            int b = s[i] & 0xFF;
            if (b < 0x80) {
                if (b < 0x20 && b != '\n' && b != '\t' || b == 0x7F) {
                    return REFUSED;
                }
                if (b == '&') {
                    extra += 4;
                } else if (b == '<' || b == '>') {
                    extra += 3;
                }
                i++;
            } else if (b >= 0xC2 && b <= 0xDF) {
                if (i + 1 >= n || !continuation(s[i + 1])) {
                    return MALFORMED;
                }
                if (b == 0xC2 && (s[i + 1] & 0xFF) < 0xA0) {
                    return REFUSED; // C1 controls
                }
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (i + 2 >= n || !continuation(s[i + 1]) || !continuation(s[i + 2])) {
                    return MALFORMED;
                }
                int b1 = s[i + 1] & 0xFF;
                int b2 = s[i + 2] & 0xFF;
                if (b == 0xE0 && b1 < 0xA0 || b == 0xED && b1 > 0x9F) {
                    return MALFORMED; // overlong, or a surrogate
                }
                if (b == 0xE2 && b1 == 0x80 && (b2 == 0xA8 || b2 == 0xA9)
                        || b == 0xEF && b1 == 0xB7 && b2 >= 0x90 && b2 <= 0xAF
                        || b == 0xEF && b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) {
                    return REFUSED;
                }
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (i + 3 >= n || !continuation(s[i + 1]) || !continuation(s[i + 2]) || !continuation(s[i + 3])) {
                    return MALFORMED;
                }
                int b1 = s[i + 1] & 0xFF;
                if (b == 0xF0 && b1 < 0x90 || b == 0xF4 && b1 > 0x8F) {
                    return MALFORMED; // overlong, or past U+10FFFF
                }
                i += 4;
            } else {
                return MALFORMED;
            }
        }
        return extra;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The part's name in the zip. */
    static final String PART = "customXml/item1.xml";

    /** The XML declaration docx4j's serializer writes. */
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    /** What {@link #xml(String)} puts before and after the escaped JSON, as UTF-8. */
    private static final byte[] HEAD = (DECLARATION + "<" + SnapshotReader.DOCX_ELEMENT + " xmlns=\""
            + SnapshotReader.DOCX_NAMESPACE + "\">").getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = ("</" + SnapshotReader.DOCX_ELEMENT + ">").getBytes(StandardCharsets.UTF_8);

    static String xml(String json) {
        return DECLARATION + "<" + SnapshotReader.DOCX_ELEMENT + " xmlns=\"" + SnapshotReader.DOCX_NAMESPACE + "\">"
                + escape(json) + "</" + SnapshotReader.DOCX_ELEMENT + ">";
    }

    /**
     * True when the serializer writes every character of the text as itself (or {@code & < >} as entities):
     * tabs and line feeds, and everything from U+0020 on but the C1 controls, the line and paragraph separators,
     * and noncharacters, for which it may write a character reference instead (SnapshotPartTest compares both).
     */
    static boolean writtenAsIs(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\n' || c == '\t' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c != 0x2028 && c != 0x2029
                    && !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
