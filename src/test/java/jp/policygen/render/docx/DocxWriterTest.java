package jp.policygen.render.docx;

import static jp.policygen.render.docx.DocxFixtures.load;
import static jp.policygen.render.docx.DocxFixtures.paragraphStartingWith;
import static jp.policygen.render.docx.DocxFixtures.parts;
import static jp.policygen.render.docx.DocxFixtures.partsStartingWith;
import static jp.policygen.render.docx.DocxFixtures.styleOf;
import static jp.policygen.render.docx.DocxFixtures.visibleText;
import static jp.policygen.render.docx.DocxFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.Tbl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Run;
import jp.policygen.policy.SampleDocuments;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.ReproducibleZip;
import jp.policygen.render.Warnings;
import jp.policygen.render.pdf.PdfWriter;

class DocxWriterTest {
    private static byte[] standard;
    private static WordprocessingMLPackage standardPkg;

    @BeforeAll
    static void writeStandard() throws Exception {
        standard = write(SampleDocuments.standard());
        standardPkg = load(standard);
    }

    @Test
    void coverShowsTitleBodyNameVersionEffectiveDateAndAdoption() {
        String text = visibleText(standardPkg);
        assertTrue(text.startsWith("情報セキュリティ対策基準\n架空市\n第3版\n"), text);
        assertTrue(text.contains("令和8年4月1日"), text);
        assertTrue(text.contains("告示第78号"), text);
        assertEquals("Title", styleOf(paragraphStartingWith(standardPkg, "情報セキュリティ対策基準")));
    }

    @Test
    void historyTableListsEveryRevision() {
        String text = visibleText(standardPkg);
        assertTrue(text.contains("改定履歴\n改定日\n改定内容\n平成28年4月1日\n策定\n"), text);
        assertTrue(text.contains("令和6年10月版ガイドラインに準拠して改定"), text);
    }

    @Test
    void bodyShowsTheClauseText() {
        assertTrue(visibleText(standardPkg).contains("副市長を、最高情報セキュリティ責任者（以下「CISO」という。）とする。"));
    }

    @Test
    void hostileProfileValueAppearsLiterally() {
        assertTrue(visibleText(standardPkg).contains("名称に " + SampleDocuments.HOSTILE + " を含む。"));
    }

    @Test
    void sectionLevelsBecomeHeadingStyles() {
        assertEquals("Heading1", styleOf(paragraphStartingWith(standardPkg, "1. 組織体制")));
        assertEquals("Heading2", styleOf(paragraphStartingWith(standardPkg, "6.1 アクセス制御")));
        assertEquals("Heading3", styleOf(paragraphStartingWith(standardPkg, "(1) 最高情報セキュリティ責任者（CISO）")));
        assertEquals("Heading1", styleOf(paragraphStartingWith(standardPkg, "附則")));
    }

    @Test
    void untitledClauseIsABodyParagraphWithItsLabelAndHangingIndent() {
        P point = paragraphStartingWith(standardPkg, "①\u3000CSIRTは、報告を受けたときは");
        assertEquals("BodyText", styleOf(point));
        assertNotNull(point.getPPr().getInd().getHanging());
    }

    @Test
    void listItemsCarryTheirLabelsAndNestDeeper() {
        P a = paragraphStartingWith(standardPkg, "ア\u3000利用者ごとに必要最小限の権限を付与すること。");
        P i = paragraphStartingWith(standardPkg, "イ\u3000不要となった権限を速やかに削除すること。");
        P nested = paragraphStartingWith(standardPkg, "(ア)\u3000異動の場合");
        assertEquals("ListParagraph", styleOf(a));
        assertEquals(a.getPPr().getInd().getLeft(), i.getPPr().getInd().getLeft());
        assertTrue(nested.getPPr().getInd().getLeft().compareTo(a.getPPr().getInd().getLeft()) > 0);
    }

    @Test
    void tablesAreWordTablesWithARepeatingShadedHeader() throws Exception {
        String documentXml = parts(standard).get("word/document.xml");
        assertTrue(documentXml.contains("<w:tblHeader/>"));
        assertTrue(documentXml.contains("w:fill=\"D9D9D9\""));
        assertTrue(documentXml.contains("<w:tblBorders>"));
        String text = visibleText(standardPkg);
        assertTrue(text.contains("分類\n取扱い\n自治体機密性3A\n持出し禁止\n自治体機密性2\n暗号化して送信\n"), text);
        long tables = standardPkg.getMainDocumentPart().getContent().stream()
                .map(XmlUtils::unwrap).filter(Tbl.class::isInstance).count();
        assertEquals(2, tables, "改定履歴 and the 分類 table");
    }

    @Test
    void stylesSetJapaneseFontsLanguageLineBreakingAndOutlineLevels() throws Exception {
        String styles = parts(standard).get("word/styles.xml");
        assertTrue(styles.contains("w:eastAsia=\"BIZ UD明朝\""), "body font, as fontconfig (LibreOffice) names it");
        assertTrue(styles.contains("w:eastAsia=\"BIZ UDゴシック\""), "heading font");
        assertTrue(styles.contains("w:eastAsia=\"ja-JP\""));
        assertTrue(styles.contains("<w:kinsoku/>"));
        assertTrue(styles.contains("<w:sz w:val=\"21\"/>"), "10.5pt body");
        for (int level = 0; level <= 3; level++) {
            assertTrue(styles.contains("<w:outlineLvl w:val=\"" + level + "\"/>"), "outline level " + level);
        }
    }

    @Test
    void fontTableDeclaresTheFontsAsJapanese() throws Exception {
        String fontTable = parts(standard).get("word/fontTable.xml");
        assertTrue(fontTable.matches("(?s).*<w:font w:name=\"BIZ UD明朝\">\\s*<w:altName w:val=\"BIZ UD明朝 Medium\"/>.*"),
                "the name Windows installs the face under, for Word: " + fontTable);
        assertTrue(fontTable.contains("w:name=\"BIZ UDゴシック\""), fontTable);
        assertTrue(fontTable.contains("<w:charset w:val=\"80\"/>"), fontTable);
    }

    @Test
    void fontsComeFromTheOptions() throws Exception {
        var options = new RenderOptions(Optional.empty(), Optional.empty(), "游明朝", "Yu & Gothic");
        String styles = parts(write(SampleDocuments.basicPolicy(), options)).get("word/styles.xml");
        assertTrue(styles.contains("w:eastAsia=\"游明朝\""));
        assertTrue(styles.contains("w:eastAsia=\"Yu &amp; Gothic\""));
    }

    @Test
    void contentsIsATocFieldThatWordUpdatesOnOpening() throws Exception {
        String documentXml = parts(standard).get("word/document.xml");
        assertTrue(documentXml.contains("TOC \\o \"1-2\" \\h \\z \\u"));
        // the result holds the entries (WordContentsTest checks them against the PDF), not a placeholder
        assertTrue(visibleText(standardPkg).contains("6.1 アクセス制御"));
        assertTrue(parts(standard).get("word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"));
    }

    @Test
    void footerHasAPageNumberField() throws Exception {
        String footer = partsStartingWith(standard, "word/footer");
        assertTrue(footer.contains("PAGE"), footer);
        assertTrue(footer.contains("w:fldCharType=\"begin\""), footer);
    }

    @Test
    void headerShowsTitleAndHandlingMarkOfTheStandard() throws Exception {
        String header = partsStartingWith(standard, "word/header");
        assertTrue(header.contains("取扱注意"), header);
        assertTrue(header.contains("情報セキュリティ対策基準"), header);
        assertTrue(header.contains("<w:jc w:val=\"right\"/>"), header);
    }

    @Test
    void publishedBasicPolicyHasNoHandlingMark() throws Exception {
        String header = partsStartingWith(write(SampleDocuments.basicPolicy()), "word/header");
        assertTrue(header.contains("情報セキュリティ基本方針"), header);
        assertFalse(header.contains("取扱注意"), header);
    }

    @Test
    void sameDocumentGivesIdenticalBytes() throws Exception {
        assertArrayEquals(standard, write(SampleDocuments.standard()));
    }

    @Test
    void aWriterGivesItsLaterFilesTheBytesAFreshWriterGives() throws Exception {
        // a writer keeps the styles, settings and font table of its first file for the later ones
        RenderOptions options = RenderOptions.defaults();
        DocxWriter writer = new DocxWriter(options, new PdfWriter(options, Warnings.NONE));
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        writer.write(SampleDocuments.basicPolicy(), first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        writer.write(SampleDocuments.standard(), second);
        assertArrayEquals(standard, second.toByteArray());
        assertArrayEquals(write(SampleDocuments.basicPolicy()), first.toByteArray());
        assertTrue(DocxFixtures.parts(second.toByteArray()).get("word/styles.xml").contains("Heading1"));
    }

    @Test
    void zipEntriesCarryAFixedTimeAndStableOrder() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(standard))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(ReproducibleZip.ENTRY_TIME, e.getTimeLocal(), e.getName());
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels"), names.subList(0, 2));
        List<String> rest = names.subList(2, names.size());
        assertEquals(rest.stream().sorted().toList(), rest);
    }

    @Test
    void documentPropertiesCarryTitleAndBodyNameButNoClockTime() throws Exception {
        String core = parts(standard).get("docProps/core.xml");
        assertTrue(core.contains(">情報セキュリティ対策基準</dc:title>"), core);
        assertTrue(core.contains(">架空市</dc:creator>"), core);
        assertFalse(core.contains("dcterms:created"), core);
        assertFalse(core.contains("dcterms:modified"), core);
    }

    @Test
    void pagesAreA4PortraitUnlessTheDocumentAsksForLandscape() throws Exception {
        SectPr portrait = standardPkg.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        assertEquals(11906, portrait.getPgSz().getW().intValue());
        assertEquals(16838, portrait.getPgSz().getH().intValue());

        Document wide = withInfo(SampleDocuments.basicPolicy(), true);
        SectPr landscape = load(write(wide)).getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        assertEquals(16838, landscape.getPgSz().getW().intValue());
        assertEquals(STPageOrientation.LANDSCAPE, landscape.getPgSz().getOrient());
    }

    @Test
    void underlinedRunsAreUnderlined() throws Exception {
        Section changed = new Section("x", SectionLevel.CHAPTER, "1.", "1", "改正", "", Origin.GUIDELINE, "",
                List.of(new Block.Paragraph(List.of(Run.plain("前"), Run.single("変更部分"), Run.plain("後")))),
                List.of());
        Document doc = new Document(SampleDocuments.basicPolicy().kind(), "題", SampleDocuments.info(""), List.of(changed));
        P p = paragraphStartingWith(load(write(doc)), "前変更部分後");
        List<R> runs = p.getContent().stream().filter(R.class::isInstance).map(R.class::cast).toList();
        assertEquals(3, runs.size());
        assertNotNull(runs.get(1).getRPr().getU());
        assertNull(runs.get(0).getRPr());
    }

    @Test
    void everyClauseStartsWithABookmarkNamedFromItsId() throws Exception {
        String xml = parts(standard).get("word/document.xml");
        assertTrue(xml.contains("w:name=\"std_org_ciso\""), "titled clause");
        assertTrue(xml.contains("w:name=\"std_org_csirt_report\""), "untitled clause ①");
        assertTrue(xml.contains("w:name=\"std_tech_access_control_rules\""), "hyphens become underscores");
    }

    @Test
    void underlinesAreRunFormattingSingleOrDoubleAlsoInsideATableCell() throws Exception {
        String xml = parts(write(SampleDocuments.underlined())).get("word/document.xml");
        assertTrue(xml.matches("(?s).*<w:u w:val=\"double\"/>.*<w:t[^>]*>第3条</w:t>.*"), "double-underlined number");
        assertTrue(xml.matches("(?s).*<w:u w:val=\"single\"/>.*<w:t[^>]*>毎年度</w:t>.*"), "underlined word");
        int cell = xml.lastIndexOf("<w:tc>");
        assertTrue(xml.substring(cell).matches("(?s).*<w:u w:val=\"single\"/>.*<w:t[^>]*>暗号化</w:t>.*"),
                "underlined word in the last cell");
        assertFalse(xml.contains("<w:t>庁内で暗号化して保管</w:t>"));
    }

    @Test
    void documentWithoutHistoryHasNoHistoryTable() throws Exception {
        Document basic = SampleDocuments.basicPolicy();
        DocumentInfo i = basic.info();
        DocumentInfo noHistory = new DocumentInfo(i.bodyName(), "", i.effective(), "", "", List.of(), i.form(), false);
        String text = visibleText(load(write(new Document(basic.kind(), basic.title(), noHistory, basic.sections()))));
        assertFalse(text.contains("改定履歴"), text);
        assertTrue(text.startsWith("情報セキュリティ基本方針\n架空市\n"), text);
        assertTrue(text.contains("この基本方針は"), text);
    }

    private static Document withInfo(Document d, boolean landscape) {
        DocumentInfo i = d.info();
        return new Document(d.kind(), d.title(), new DocumentInfo(i.bodyName(), i.version(), i.effective(), i.adoption(),
                i.marking(), i.history(), i.form(), landscape), d.sections());
    }
}
