package jp.policygen.render.docx;

import static jp.policygen.render.docx.DocxFixtures.load;
import static jp.policygen.render.docx.DocxFixtures.paragraphStartingWith;
import static jp.policygen.render.docx.DocxFixtures.styleOf;
import static jp.policygen.render.docx.DocxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.ThemePart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.openpackaging.parts.WordprocessingML.StyleDefinitionsPart;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.Style;
import org.docx4j.utils.ResourceUtils;
import org.docx4j.wml.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.policy.SampleDocuments;
import jp.policygen.render.RenderOptions;

/** --reference-docx: the user's house style from a .docx replaces ours. */
class DocxWriterReferenceTest {
    private static final String HOUSE_FONT = "HGS創英角ゴシックUB";

    @TempDir
    Path dir;

    @Test
    void heading1OfTheReferenceTakesEffect() throws Exception {
        Path reference = referenceWithHeading1Font(HOUSE_FONT);
        byte[] docx = write(SampleDocuments.standard(), RenderOptions.defaults().withReferenceDocx(reference));

        WordprocessingMLPackage pkg = load(docx);
        Style heading1 = style(pkg, "Heading1");
        assertEquals(HOUSE_FONT, heading1.getRPr().getRFonts().getEastAsia());
        assertEquals("Heading1", styleOf(paragraphStartingWith(pkg, "1. 組織体制")));
        assertTrue(DocxFixtures.parts(docx).get("word/styles.xml").contains(HOUSE_FONT));
    }

    @Test
    void referenceFromJapaneseWordIsMatchedByStyleName() throws Exception {
        // Japanese Word saves "heading 1" under the id "1" and Normal under "a".
        Path reference = referenceWithStyles("""
                <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
                  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
                    <w:pPr><w:outlineLvl w:val="0"/></w:pPr>
                    <w:rPr><w:rFonts w:eastAsia="%s"/></w:rPr></w:style>
                </w:styles>""".formatted(HOUSE_FONT));
        WordprocessingMLPackage pkg = load(write(SampleDocuments.standard(),
                RenderOptions.defaults().withReferenceDocx(reference)));

        assertEquals("1", styleOf(paragraphStartingWith(pkg, "1. 組織体制")));
        Style heading2 = style(pkg, "Heading2");
        assertNotNull(heading2, "styles the reference lacks are added from ours");
        assertEquals("a", heading2.getBasedOn().getVal());
        assertEquals("a", styleOf(paragraphStartingWith(pkg, "告示第78号")));
    }

    @Test
    void themeNumberingAndFontTableOfTheReferenceComeAlong() throws Exception {
        // A file saved by Word always has these; its styles name theme fonts and may use its list definitions.
        WordprocessingMLPackage pkg = load(write(SampleDocuments.basicPolicy()));
        ThemePart theme = new ThemePart();
        try (InputStream in = ResourceUtils.getResource("org/docx4j/openpackaging/parts/PresentationML/theme.xml")) {
            theme.setJaxbElement(theme.unmarshal(in));
        }
        pkg.getMainDocumentPart().addTargetPart(theme);
        NumberingDefinitionsPart numbering = new NumberingDefinitionsPart();
        numbering.setJaxbElement(numbering.unmarshalDefaultNumbering());
        pkg.getMainDocumentPart().addTargetPart(numbering);
        pkg.getMainDocumentPart().getFontTablePart().getJaxbElement().getFont().get(0).setName(HOUSE_FONT);
        Path reference = dir.resolve("word-made.docx");
        pkg.save(reference.toFile());

        RenderOptions options = RenderOptions.defaults().withReferenceDocx(reference);
        byte[] docx = write(SampleDocuments.standard(), options);
        Map<String, String> parts = DocxFixtures.parts(docx);
        assertTrue(parts.containsKey("word/theme/theme1.xml"), parts.keySet().toString());
        assertTrue(parts.containsKey("word/numbering.xml"), parts.keySet().toString());
        assertTrue(parts.get("word/fontTable.xml").contains(HOUSE_FONT));
        assertNotNull(load(docx).getMainDocumentPart().getThemePart());

        // a writer's later files carry the same parts as its first (it keeps them), byte for byte
        DocxWriter writer = new DocxWriter(options,
                new jp.policygen.render.pdf.PdfWriter(options, jp.policygen.render.Warnings.NONE));
        java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
        writer.write(SampleDocuments.basicPolicy(), first);
        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        writer.write(SampleDocuments.standard(), second);
        assertArrayEquals(docx, second.toByteArray());
    }

    @Test
    void writesWithAReferenceAreByteIdentical() throws Exception {
        RenderOptions options = RenderOptions.defaults().withReferenceDocx(referenceWithHeading1Font(HOUSE_FONT));
        assertArrayEquals(write(SampleDocuments.standard(), options), write(SampleDocuments.standard(), options));
    }

    @Test
    void missingReferenceIsReportedInJapanese() {
        RenderOptions options = RenderOptions.defaults().withReferenceDocx(dir.resolve("missing.docx"));
        IOException e = assertThrows(IOException.class, () -> write(SampleDocuments.standard(), options));
        assertTrue(e.getMessage().contains("見つかりません"), e.getMessage());
        assertTrue(e.getMessage().contains("missing.docx"), e.getMessage());
    }

    @Test
    void referenceThatIsNotADocxIsReportedInJapanese() throws Exception {
        Path notDocx = Files.writeString(dir.resolve("styles.docx"), "not a zip");
        RenderOptions options = RenderOptions.defaults().withReferenceDocx(notDocx);
        IOException e = assertThrows(IOException.class, () -> write(SampleDocuments.standard(), options));
        assertTrue(e.getMessage().contains("読み込めません"), e.getMessage());
    }

    /** A reference made the way a user would: our own output, with Heading 1 changed. */
    private Path referenceWithHeading1Font(String font) throws Exception {
        WordprocessingMLPackage pkg = load(write(SampleDocuments.basicPolicy()));
        RFonts fonts = style(pkg, "Heading1").getRPr().getRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(font);
        Path path = dir.resolve("reference.docx");
        pkg.save(path.toFile());
        return path;
    }

    private Path referenceWithStyles(String stylesXml) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage();
        StyleDefinitionsPart part = pkg.getMainDocumentPart().getStyleDefinitionsPart();
        part.setJaxbElement((Styles) XmlUtils.unmarshalString(stylesXml));
        Path path = dir.resolve("japanese-word.docx");
        pkg.save(path.toFile());
        return path;
    }

    private static Style style(WordprocessingMLPackage pkg, String id) {
        return pkg.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement().getStyle().stream()
                .filter(s -> id.equals(s.getStyleId())).findFirst().orElse(null);
    }
}
