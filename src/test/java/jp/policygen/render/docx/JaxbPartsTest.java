package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.docx4j.openpackaging.parts.DocPropsCorePart;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.WordprocessingML.FontTablePart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.SampleDocuments;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.ReproducibleZip;

/**
 * The parts written without JAXB give JAXB's bytes: the build's resources are docx4j's marshalling of the moment;
 * styles.xml and fontTable.xml with the font names put in (tricky names: & < > " ', non-BMP, a sentinel as a name);
 * docProps/core.xml with tricky titles and body names; and whole files with those titles, relationships and
 * content types included. Values JAXB might write otherwise are left to docx4j (null).
 */
class JaxbPartsTest {
    /** JAXB varies the order of the root's namespace declarations from run to run: the zip sorts them. */
    private static String sorted(byte[] xml) {
        return new String(ReproducibleZip.sortRootNamespaces(xml), StandardCharsets.UTF_8);
    }

    private static byte[] marshalled(JaxbXmlPart<?> part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.marshal(out);
        return out.toByteArray();
    }

    @Test
    void theBuildsPartsAreDocx4jsMarshallingOfNow() {
        for (String name : JaxbParts.NAMES) {
            assertNotNull(JaxbParts.class.getClassLoader().getResource(JaxbParts.FOLDER + name),
                    name + " is made by the build (pom.xml, process-classes)");
            assertEquals(sorted(JaxbParts.marshalled(name)), sorted(JaxbParts.of(name)), name);
        }
    }

    static List<String[]> fonts() {
        List<String[]> pairs = new ArrayList<>();
        String[] names = {RenderOptions.DEFAULT_BODY_FONT, RenderOptions.DEFAULT_HEADING_FONT, "Yu & Gothic", "a<b>c",
            "say \"hi\"", "it's", "𠮷野家明朝", "丸ゴ 😀 Pro", "@HEADING_FONT@", "@BODY_FONT@", "&amp;", "ＭＳ 明朝"};
        for (String body : names) {
            for (String heading : names) {
                pairs.add(new String[] {body, heading});
            }
        }
        return pairs;
    }

    private static RenderOptions options(String body, String heading) {
        return new RenderOptions(Optional.empty(), Optional.empty(), body, heading);
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void stylesAndFontTableWithTheFontsPutInAreJaxbs(String body, String heading) throws Exception {
        RenderOptions options = options(body, heading);
        StyleDefinitionsPart styles = new StyleDefinitionsPart();
        styles.setJaxbElement(StyleSheet.builtInStyles(options));
        assertEquals(sorted(marshalled(styles)), sorted(StyleSheet.builtInBytes(options)), body + " / " + heading);
        FontTablePart fonts = new FontTablePart();
        fonts.setJaxbElement(FontTable.forOptions(options));
        assertEquals(sorted(marshalled(fonts)), sorted(FontTable.bytes(options)), body + " / " + heading);
    }

    @Test
    void namesWithControlsAreLeftToDocx4j() {
        for (String name : List.of("a\tb", "a\nb", "a\u0085b", "a\u007Fb", "a\uD800b", "a\uFFFEb")) {
            assertNull(StyleSheet.builtInBytes(options(name, "x")), name);
            assertNull(FontTable.bytes(options("x", name)), name);
            assertNull(OpcXml.coreProperties(name, "x"), name);
            assertNull(OpcXml.coreProperties("x", name), name);
        }
        assertNull(OpcXml.coreProperties("", "x"));
    }

    static List<String> titles() {
        return List.of("情報セキュリティ対策基準", "A & B <C> \"D\" 'E'", "𠮷田町の方針 😀", "]]>", "&amp;", " 前後に空白 ",
                "葛\uDB40\uDD00城市", "\u2028改行\u2029", "タブ無し", "x".repeat(300));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void corePropertiesAreJaxbs(String title) throws Exception {
        DocPropsCorePart core = DocxWriter.coreProperties(title, title + "町");
        assertEquals(sorted(marshalled(core)), sorted(OpcXml.coreProperties(title, title + "町")), title);
    }

    /** A whole file with a tricky title and body name: core properties, header, relationships, content types. */
    @ParameterizedTest
    @MethodSource("titles")
    void wholeFilesWithTrickyTitlesAreDocx4js(String title) throws Exception {
        Document sample = SampleDocuments.standard();
        DocumentInfo i = sample.info();
        Document d = new Document(sample.kind(), title, new DocumentInfo(title + "村", i.version(), i.effective(),
                i.adoption(), title, i.history(), i.form(), i.landscape()), sample.sections());
        for (byte[] snapshot : new byte[][] {null, ("{\"title\":\"" + title + "\"}").getBytes(StandardCharsets.UTF_8)}) {
            ByteArrayOutputStream direct = new ByteArrayOutputStream();
            DocxWriter writer = new DocxWriter(RenderOptions.defaults(), doc -> List.of());
            if (!title.contains("\u2028")) { // WmlXml leaves a line separator in the header's text to JAXB
                assertNotNull(writer.direct(d, snapshot, List.of()), title + ": written without docx4j's package");
            }
            writer.write(d, snapshot, direct);
            ByteArrayOutputStream docx4j = new ByteArrayOutputStream();
            DocxWriter.viaDocx4j(RenderOptions.defaults(), doc -> List.of()).write(d, snapshot, docx4j);
            assertEquals(WordFileTest.entries(docx4j.toByteArray()), WordFileTest.entries(direct.toByteArray()), title);
            assertArrayEquals(docx4j.toByteArray(), direct.toByteArray(), title);
        }
    }
}
