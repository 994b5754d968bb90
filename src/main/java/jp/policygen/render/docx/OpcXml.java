package jp.policygen.render.docx;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The package's plumbing parts — relationships, [Content_Types].xml, docProps/core.xml, the custom XML item's
 * properties — written as docx4j's save writes them for the packages DocxWriter makes (JAXB RI's output: the
 * declaration, the relationships and core properties indented by four spaces, the content types on one line), by
 * a few lines of our own instead of docx4j's package objects, whose every part class needs docx4j's JAXB context.
 * OpcXmlTest compares each with docx4j's marshalling, with tricky titles and names; a value this writer would not
 * write as JAXB does gives null, and the caller lets docx4j write the file.
 */
final class OpcXml {
    static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    static final String CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
    static final String FONT_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
    static final String SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings";
    static final String HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
    static final String FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";
    static final String CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
    static final String CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private OpcXml() {
    }

    /** A relationship of a part (or of the package): its target, relative to the source, and its type. */
    record Rel(String target, String type) {
    }

    /** A relationships part; the ids are rId1, rId2 … in the given order, as docx4j numbers new relationships. */
    static byte[] rels(List<Rel> rels) {
        StringBuilder xml = new StringBuilder(256 + 160 * rels.size()).append(DECLARATION)
                .append("\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int id = 1;
        for (Rel r : rels) {
            xml.append("\n    <Relationship Target=\"").append(JaxbText.attribute(r.target())).append("\" Type=\"")
                    .append(JaxbText.attribute(r.type())).append("\" Id=\"rId").append(id++).append("\"/>");
        }
        return xml.append("\n</Relationships>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * [Content_Types].xml: the default for .rels, then an override per part by part name (docx4j keeps them
     * sorted), keyed by part name ("/word/document.xml").
     */
    static byte[] contentTypes(Map<String, String> overrides) {
        StringBuilder xml = new StringBuilder(2048).append(DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        new TreeMap<>(overrides).forEach((part, type) -> xml.append("<Override ContentType=\"")
                .append(JaxbText.attribute(type)).append("\" PartName=\"").append(JaxbText.attribute(part)).append("\"/>"));
        return xml.append("</Types>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * docProps/core.xml with the title, the author and the language ja-JP (no dates: they would come from the
     * clock); null when the title or author is empty or holds a character JAXB might write otherwise.
     */
    static byte[] coreProperties(String title, String author) {
        String t = title == null || title.isEmpty() ? null : JaxbText.text(title);
        String a = author == null || author.isEmpty() ? null : JaxbText.text(author);
        if (t == null || a == null) {
            return null;
        }
        return (DECLARATION + "\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                + "\n    <dc:creator>" + a + "</dc:creator>\n    <dc:language>ja-JP</dc:language>\n    <dc:title>" + t
                + "</dc:title>\n</cp:coreProperties>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** customXml/itemPropsN.xml: the item's id, no schema references. */
    static byte[] itemProperties(String itemId) {
        return (DECLARATION + "\n<ds:datastoreItem xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\""
                + " ds:itemID=\"" + JaxbText.attribute(itemId) + "\"/>\n").getBytes(StandardCharsets.UTF_8);
    }
}
