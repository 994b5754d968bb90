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

    static void attach(MainDocumentPart main, byte[] snapshotJson) throws InvalidFormatException {
        String json = new String(snapshotJson, StandardCharsets.UTF_8);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + SnapshotReader.DOCX_ELEMENT
                + " xmlns=\"" + SnapshotReader.DOCX_NAMESPACE + "\">" + escape(json) + "</"
                + SnapshotReader.DOCX_ELEMENT + ">";
        CustomXmlDataStoragePart part = new CustomXmlDataStoragePart(new PartName("/customXml/item1.xml"));
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
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
