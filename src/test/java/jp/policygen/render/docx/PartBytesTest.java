package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.Body;
import org.junit.jupiter.api.Test;

import jp.policygen.policy.Document;
import jp.policygen.render.RenderOptions;

/**
 * docx4j's save into a map gives every part the bytes its save into a zip gives (relationships, content types,
 * core properties, the snapshot's item properties and data, header and footer), also when the small parts' bytes
 * come from what an earlier file marshalled.
 */
class PartBytesTest {

    private static WordprocessingMLPackage pkg(Document document, String json) throws Exception {
        StyleSheet styles = StyleSheet.forOptions(RenderOptions.defaults());
        WordprocessingMLPackage pkg = new WordprocessingMLPackage();
        MainDocumentPart main = new MainDocumentPart();
        pkg.addTargetPart(main);
        styles.install(main);
        main.setJaxbElement(Context.getWmlObjectFactory().createDocument());
        Body body = DocxWriter.body(document, styles, PageLayout.a4(document.info().landscape()), List.of());
        main.getJaxbElement().setBody(body);
        new HeaderFooter(styles).attach(document, main, body.getSectPr());
        pkg.addTargetPart(DocxWriter.coreProperties(document.title(), document.info().bodyName()));
        SnapshotPart.attach(main, json.getBytes(StandardCharsets.UTF_8));
        return pkg;
    }

    private static Map<String, String> zipped(WordprocessingMLPackage pkg) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        pkg.save(raw);
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void thePartsAreTheBytesOfDocx4jsZip() throws Exception {
        List<Document> documents = WmlXmlTest.documents().limit(6).toList();
        for (int round = 0; round < 2; round++) {
            for (Document d : documents) {
                String json = "{ \"title\" : \"" + d.title() + " <&> \" }";
                Map<String, byte[]> saved = PartBytes.save(pkg(d, json), Set.of());
                assertNotNull(saved, "a new package's parts are all known");
                Map<String, String> mapped = new TreeMap<>();
                saved.forEach((k, v) -> mapped.put(k, new String(v, StandardCharsets.UTF_8)));
                assertEquals(zipped(pkg(d, json)), mapped, d.title());
            }
        }
    }

    @Test
    void partsTheCallerHasAreLeftOut() throws Exception {
        Document d = WmlXmlTest.documents().findFirst().orElseThrow();
        Map<String, byte[]> saved = PartBytes.save(pkg(d, "{}"), Set.of("word/document.xml", SnapshotPart.PART));
        assertEquals(false, saved.containsKey("word/document.xml"));
        assertEquals(false, saved.containsKey(SnapshotPart.PART));
        assertEquals(true, saved.containsKey("word/_rels/document.xml.rels"));
    }
}
