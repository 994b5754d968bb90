package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.Origin;
import jp.policygen.policy.SampleDocuments;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;

class PdfWriterTest {
    private final PdfWriter writer = new PdfWriter(RenderOptions.defaults(), Warnings.NONE);
    private final Document standard = SampleDocuments.standard();

    @Test
    void formatIsPdf() {
        assertEquals("pdf", writer.format());
        assertEquals("pdf", writer.extension());
    }

    @Test
    void coverShowsTitleBodyVersionEffectiveDateAndAdoption() throws IOException {
        String cover = PdfPages.write(writer, standard).pageTexts().get(0);
        for (String s : List.of("情報セキュリティ対策基準", "架空市", "第3版", "令和8年4月1日", "告示第78号")) {
            assertTrue(cover.contains(s), () -> s + " missing from cover:\n" + cover);
        }
    }

    @Test
    void revisionHistoryFollowsTheCover() throws IOException {
        String history = PdfPages.write(writer, standard).pageTexts().get(1);
        assertTrue(history.contains(CoverPage.HISTORY_TITLE));
        assertTrue(history.contains("平成28年4月1日"));
        assertTrue(history.contains("令和6年10月版ガイドラインに準拠して改定"));
    }

    @Test
    void noHistoryPageWithoutHistory() throws IOException {
        Document doc = withInfo(standard, info("取扱注意", List.of(), false));
        PdfPages pdf = PdfPages.write(writer, doc);
        assertFalse(pdf.text().contains(CoverPage.HISTORY_TITLE));
        // the document has a 目次 (4 entries), which now stands between the cover and the body
        assertTrue(pdf.pageTexts().get(1).contains(TableOfContents.TITLE), "the 目次 follows the cover");
        assertTrue(pdf.pageTexts().get(2).contains("副市長を"), "the body follows the 目次");
    }

    @Test
    void documentWithoutSectionsOrHistoryIsJustTheCover() throws IOException {
        Document empty = new Document(standard.kind(), "空の文書", info("", List.of(), false), List.of());
        PdfPages pdf = PdfPages.write(writer, empty);
        assertEquals(1, pdf.pageCount());
        assertEquals(List.of("1 / 1"), pdf.footers());
        assertEquals(List.of(), pdf.bookmarks());
    }

    @Test
    void bodyHasHeadingsSentencesListLabelsAndTableCells() throws IOException {
        String text = PdfPages.write(writer, standard).text();
        for (String s : List.of("1. 組織体制", "(1) 最高情報セキュリティ責任者（CISO）",
                "副市長を、最高情報セキュリティ責任者（以下「CISO」という。）とする。",
                "利用者ごとに必要最小限の権限を付与すること。", "異動の場合",
                "分類", "取扱い", "自治体機密性3A", "持出し禁止", "暗号化して送信",
                "附則", "この対策基準は、令和8年4月1日から施行する。")) {
            assertTrue(text.contains(s), () -> s + " missing from:\n" + text);
        }
        assertTrue(Pattern.compile("(?m)^\\s*ア[\\s　]*利用者ごとに").matcher(text).find(), "list label ア leads its item");
        assertTrue(Pattern.compile("(?m)^\\s*イ[\\s　]*不要となった").matcher(text).find());
        assertTrue(Pattern.compile("(?m)^\\s*\\(ア\\)[\\s　]*異動の場合").matcher(text).find());
    }

    @Test
    void untitledClauseStartsWithItsLabelOnTheSameLine() throws IOException {
        String text = PdfPages.write(writer, standard).text();
        assertTrue(Pattern.compile("(?m)^\\s*①[\\s　]*CSIRTは、報告を受けたときは").matcher(text).find(), text);
    }

    @Test
    void profileValuesAppearLiterally() throws IOException {
        assertTrue(PdfPages.write(writer, standard).text().contains(SampleDocuments.HOSTILE));
    }

    @Test
    void headerShowsTitleAfterTheCoverAndMarkingOnEveryPage() throws IOException {
        List<String> headers = PdfPages.write(writer, standard).headers();
        assertTrue(headers.size() >= 3);
        assertFalse(headers.get(0).contains(standard.title()), "no running title on the cover");
        for (int i = 0; i < headers.size(); i++) {
            assertTrue(headers.get(i).contains("取扱注意"), "page " + (i + 1) + ": " + headers.get(i));
            if (i > 0) {
                assertTrue(headers.get(i).contains(standard.title()), "page " + (i + 1) + ": " + headers.get(i));
            }
        }
    }

    @Test
    void publishedBasicPolicyHasNoMarking() throws IOException {
        PdfPages pdf = PdfPages.write(writer, SampleDocuments.basicPolicy());
        assertFalse(pdf.text().contains("取扱注意"));
        assertTrue(pdf.headers().get(pdf.pageCount() - 1).contains("情報セキュリティ基本方針"));
    }

    @Test
    void footerNumbersPagesOutOfTheTotal() throws IOException {
        PdfPages pdf = PdfPages.write(writer, standard);
        int n = pdf.pageCount();
        List<String> footers = pdf.footers();
        List<String> expected = IntStream.rangeClosed(1, n).mapToObj(i -> i + " / " + n).toList();
        assertEquals(expected, footers);
    }

    @Test
    void everySectionHasABookmarkNestedLikeTheTree() throws IOException {
        List<PdfPages.Bookmark> bookmarks = PdfPages.write(writer, standard).bookmarks();
        List<Section> sections = standard.flatten();
        assertTrue(bookmarks.size() >= sections.size(), bookmarks.toString());
        List<String> titles = bookmarks.stream().map(b -> b.depth() + ":" + b.title()).toList();
        assertEquals(List.of("0:1. 組織体制", "1:(1) 最高情報セキュリティ責任者（CISO）", "1:(2) CSIRTの設置・役割",
                "2:①　CSIRTは、報告を受けたときは、遅滞なくCIS…", "0:2. 技術的セキュリティ",
                "1:6.1 アクセス制御", "2:(1) アクセス制御等", "2:(2) 分類と取扱い", "0:附則"), titles);
    }

    @Test
    void bookmarksLeadToThePageWhereTheSectionIs() throws IOException {
        List<Section> sections = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            sections.add(chapter(i + ".", "第" + i + "の章", "本文".repeat(200)));
        }
        PdfPages pdf = PdfPages.write(writer, new Document(standard.kind(), "長い文書", standard.info(), sections));
        List<String> pages = pdf.pageTexts();
        List<PdfPages.Bookmark> bookmarks = pdf.bookmarks();
        assertEquals(12, bookmarks.size());
        for (PdfPages.Bookmark b : bookmarks) {
            assertTrue(pages.get(b.page()).contains(b.title()), b + " not on its page");
        }
        assertTrue(bookmarks.get(11).page() > bookmarks.get(0).page());
    }

    @Test
    void longTableRepeatsItsHeaderOnEveryPage() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 80).mapToObj(i -> List.of("行" + i, "内容" + i)).toList();
        Section s = chapter("1.", "一覧", null);
        s = new Section(s.id(), s.level(), s.label(), s.number(), s.title(), s.source(), s.origin(), s.reason(),
                List.of(Block.Table.of(List.of("見出し甲", "見出し乙"), rows)), List.of());
        PdfPages pdf = PdfPages.write(writer, new Document(standard.kind(), "表", standard.info(), List.of(s)));
        List<String> tablePages = pdf.pageTexts().stream().filter(t -> t.matches("(?s).*内容\\d.*")).toList();
        assertTrue(tablePages.size() >= 2, "the table runs over pages");
        for (String page : tablePages) {
            assertTrue(page.contains("見出し甲") && page.contains("見出し乙"), page);
        }
        assertTrue(pdf.text().contains("行80"));
    }

    @Test
    void everyClauseIsANamedDestinationUnderItsId() throws IOException {
        try (PDDocument pdf = PdfPages.write(writer, standard).open()) {
            var dests = pdf.getDocumentCatalog().getNames().getDests();
            for (String id : List.of("std.org", "std.org.ciso", "std.org.csirt.report", "std.tech.access-control.rules")) {
                var dest = dests.getValue(id);
                assertTrue(dest != null && dest.getPage() != null, id);
            }
        }
    }

    @Test
    void underlinesAreDrawnLinesInTheBodyAndInsideTableCells() throws IOException {
        Document marked = SampleDocuments.underlined();
        Section s = marked.sections().get(0);
        Document plain = new Document(marked.kind(), marked.title(), marked.info(), List.of(new Section(s.id(),
                s.level(), s.label(), s.number(), s.title(), s.source(), s.origin(), s.reason(),
                List.of(Block.Paragraph.of("第3条　職員は、毎年度研修を受ける。"), Block.Table.of(List.of("分類", "取扱い"),
                        List.of(List.of("機密性３", "施錠保管"), List.of("機密性２", "庁内で暗号化して保管")))),
                List.of())));
        // the text reads the same: the underline is not made of characters
        String text = PdfPages.write(writer, marked).text();
        assertTrue(text.contains("庁内で暗号化して保管"), text);
        assertTrue(text.contains("第3条　職員は、毎年度研修を受ける。"), text);
        // 第3条 twice (double), 毎年度 once, 暗号化 once: four more stroked lines than the plain document
        assertEquals(strokes(PdfPages.write(writer, plain)) + 4, strokes(PdfPages.write(writer, marked)));
    }

    private static int strokes(PdfPages pages) throws IOException {
        try (PDDocument pdf = pages.open()) {
            int n = 0;
            for (var page : pdf.getPages()) {
                var parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
                for (Object token : parser.parse()) {
                    if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op && op.getName().equals("S")) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    @Test
    void propertiesNameTheDocumentAndTheBody() throws IOException {
        try (PDDocument pdf = PdfPages.write(writer, standard).open()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("情報セキュリティ対策基準", info.getTitle());
            assertEquals("架空市", info.getAuthor());
            assertEquals(PdfWriter.SUBJECT, info.getSubject());
            assertEquals("policygen", info.getCreator());
            assertEquals("ja-JP", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void datesComeFromTheEffectiveDateNotTheClock() throws IOException {
        try (PDDocument pdf = PdfPages.write(writer, standard).open()) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            assertEquals(2026, created.get(Calendar.YEAR));
            assertEquals(Calendar.APRIL, created.get(Calendar.MONTH));
            assertEquals(1, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(created, pdf.getDocumentInformation().getModificationDate());
        }
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        PdfPages.assertDeterministic(writer, standard);
    }

    @Test
    void differentDocumentsGetDifferentIds() throws IOException {
        try (PDDocument a = PdfPages.write(writer, standard).open();
             PDDocument b = PdfPages.write(writer, SampleDocuments.basicPolicy()).open()) {
            String idA = a.getDocument().getDocumentID().toString();
            String idB = b.getDocument().getDocumentID().toString();
            assertFalse(idA.equals(idB));
        }
    }

    @Test
    void landscapeDocumentsArePrintedOnA4Landscape() throws IOException {
        Document doc = withInfo(standard, info("取扱注意", standard.info().history(), true));
        try (PDDocument pdf = PdfPages.write(writer, doc).open()) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 1f);
            assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 1f);
        }
        try (PDDocument pdf = PdfPages.write(writer, standard).open()) {
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 1f);
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        class Tracking extends java.io.ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking out = new Tracking();
        writer.write(standard, out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    static Section chapter(String label, String title, String text) {
        List<Block> blocks = text == null ? List.of() : List.of(Block.Paragraph.of(text));
        return new Section("t." + label, SectionLevel.CHAPTER, label, label, title, "", Origin.GUIDELINE, "",
                blocks, List.of());
    }

    private static DocumentInfo info(String marking, List<DocumentInfo.HistoryEntry> history, boolean landscape) {
        DocumentInfo i = SampleDocuments.info(marking);
        return new DocumentInfo(i.bodyName(), i.version(), i.effective(), i.adoption(), marking, history, i.form(),
                landscape);
    }

    private static Document withInfo(Document d, DocumentInfo info) {
        return new Document(d.kind(), d.title(), info, d.sections());
    }
}
