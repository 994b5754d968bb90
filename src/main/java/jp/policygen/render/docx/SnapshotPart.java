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
    private static final String ITEM_ID = "{0B5E5F1C-3C55-4A8B-9D1E-70C1C7A1D2E0}";

    private SnapshotPart() {
    }

    /**
     * Adds the part to the package with a stand-in for its content and returns the bytes the saved part must
     * have, which {@link ReproducibleZip#normalize(byte[], java.util.Map)} puts in its place: the same bytes
     * docx4j's serializer writes for the part (declaration, element, the JSON with {@code & < >} escaped), made
     * without parsing half a megabyte of JSON into a DOM and serializing it again for every Word file (a tenth of
     * a batch's Word time). It also keeps the variation selectors of 異体字 (U+E0100…), which that serializer wrote
     * as other characters (U+20100…). For text with characters the serializer might write as references
     * instead (C1 controls, line separators), the DOM path is kept and null returned.
     */
    static byte[] attach(MainDocumentPart main, byte[] snapshotJson) throws InvalidFormatException {
        byte[] content = content(snapshotJson);
        boolean direct = content != null;
        String xml = direct ? DECLARATION + "<" + SnapshotReader.DOCX_ELEMENT + " xmlns=\"" + SnapshotReader.DOCX_NAMESPACE
                + "\"/>" : xml(new String(snapshotJson, StandardCharsets.UTF_8));
        CustomXmlDataStoragePart part = new CustomXmlDataStoragePart(new PartName("/" + PART));
        CustomXmlDataStorageImpl data = new CustomXmlDataStorageImpl();
        try {
            data.setDocument(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Docx4JException e) {
            throw new IllegalStateException("snapshot part", e);
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

    /** The last few snapshots' part bytes, by the snapshot's array: a policy's Word files share one snapshot. */
    private static final Recent<byte[], byte[]> RECENT = new Recent<>(4);

    /** The part's bytes for the snapshot, or null when it must take the DOM path. */
    private static byte[] content(byte[] snapshotJson) {
        return RECENT.get(snapshotJson, bytes -> {
            String json = new String(bytes, StandardCharsets.UTF_8);
            return writtenAsIs(json) ? xml(json).getBytes(StandardCharsets.UTF_8) : null;
        });
    }

    /** The part's name in the zip. */
    static final String PART = "customXml/item1.xml";

    /** The XML declaration docx4j's serializer writes. */
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

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
