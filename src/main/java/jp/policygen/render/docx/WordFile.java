package jp.policygen.render.docx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.render.RenderOptions;
import jp.policygen.render.ReproducibleZip;

/**
 * A Word file of our built-in styles assembled from its parts' bytes, without docx4j's package: the bytes docx4j's
 * save gives the package DocxWriter (or SheetDocxWriter) builds of the same content, then rewritten by
 * ReproducibleZip — the same entries, names and bytes. The body is still built as docx4j's {@code org.docx4j.wml}
 * objects and written by {@link WmlXml}; the parts alike in every file come from docx4j's marshalling made at build
 * time ({@link JaxbParts}); the relationships, content types and core properties from {@link OpcXml}.
 *
 * <p>docx4j's package, parts and save need its JAXB context (every part class sets it up, and
 * {@code org.docx4j.jaxb.Context.<clinit>} creates all of docx4j's contexts at once): 0.4–0.65 s of CPU and ≈565
 * JAXB methods for the JIT in every cold run that wrote a Word file. docx4j's way stays for what this does not
 * cover (a reference .docx, content WmlXml does not know, titles with control characters) and as the tests'
 * oracle (WordFileTest: every sample document, byte for byte).
 */
final class WordFile {
    static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /** The ids of the header's and footer's relationships in a file with settings (see {@link #zip}). */
    static final String HEADER_ID = "rId4";
    static final String FOOTER_ID = "rId5";

    private WordFile() {
    }

    /**
     * The parts that depend on the options alone: styles, font table, settings (null for a file without); made
     * once per writer.
     */
    record Constant(byte[] styles, byte[] fonts, byte[] settings) {
        /** Null when a font name holds what JAXB might write otherwise. */
        static Constant of(RenderOptions options, boolean settings) {
            byte[] styles = StyleSheet.builtInBytes(options);
            byte[] fonts = FontTable.bytes(options);
            if (styles == null || fonts == null) {
                return null;
            }
            return new Constant(styles, fonts, settings ? JaxbParts.of(JaxbParts.SETTINGS) : null);
        }
    }

    /**
     * The .docx: the main document, the header and footer (both or neither), the core properties, and the
     * snapshot's custom XML part (or null), with the relationships and content types docx4j writes for them.
     */
    static byte[] zip(Constant constant, byte[] document, byte[] header, byte[] footer, byte[] core, byte[] snapshot)
            throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        List<OpcXml.Rel> wordRels = new ArrayList<>();
        put(entries, types, "word/document.xml", document, MAIN);
        put(entries, types, "word/styles.xml", constant.styles(), WML + "styles+xml");
        wordRels.add(new OpcXml.Rel("styles.xml", OpcXml.STYLES));
        put(entries, types, "word/fontTable.xml", constant.fonts(), WML + "fontTable+xml");
        wordRels.add(new OpcXml.Rel("fontTable.xml", OpcXml.FONT_TABLE));
        if (constant.settings() != null) {
            put(entries, types, "word/settings.xml", constant.settings(), WML + "settings+xml");
            wordRels.add(new OpcXml.Rel("settings.xml", OpcXml.SETTINGS));
        }
        if (header != null) {
            if (constant.settings() == null || !HEADER_ID.equals("rId" + (wordRels.size() + 1))) {
                throw new IllegalStateException("the header's id is " + HEADER_ID + " only in a file with settings");
            }
            put(entries, types, "word/header.xml", header, WML + "header+xml");
            wordRels.add(new OpcXml.Rel("header.xml", OpcXml.HEADER));
            put(entries, types, "word/footer.xml", footer, WML + "footer+xml");
            wordRels.add(new OpcXml.Rel("footer.xml", OpcXml.FOOTER));
        }
        if (snapshot != null) {
            put(entries, types, SnapshotPart.PART, snapshot, "application/xml");
            wordRels.add(new OpcXml.Rel("../" + SnapshotPart.PART, OpcXml.CUSTOM_XML));
            put(entries, types, "customXml/itemProps1.xml", OpcXml.itemProperties(SnapshotPart.ITEM_ID),
                    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
            entries.put("customXml/_rels/item1.xml.rels",
                    OpcXml.rels(List.of(new OpcXml.Rel("itemProps1.xml", OpcXml.CUSTOM_XML_PROPS))));
        }
        put(entries, types, "docProps/core.xml", core, "application/vnd.openxmlformats-package.core-properties+xml");
        entries.put("word/_rels/document.xml.rels", OpcXml.rels(wordRels));
        entries.put("_rels/.rels", OpcXml.rels(List.of(new OpcXml.Rel("word/document.xml", OpcXml.OFFICE_DOCUMENT),
                new OpcXml.Rel("docProps/core.xml", OpcXml.CORE_PROPERTIES))));
        entries.put("[Content_Types].xml", OpcXml.contentTypes(types));
        // the snapshot is one array in each of a policy's files: deflated once (see ReproducibleZip)
        return ReproducibleZip.zip(entries, snapshot != null ? Set.of(SnapshotPart.PART) : Set.of());
    }

    private static void put(Map<String, byte[]> entries, Map<String, String> types, String name, byte[] bytes,
            String type) {
        entries.put(name, bytes);
        types.put("/" + name, type);
    }
}
