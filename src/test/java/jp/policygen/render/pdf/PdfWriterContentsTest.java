package jp.policygen.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
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

/** The printed 目次: where it stands, what it lists, that its page numbers are those of the file, its links. */
class PdfWriterContentsTest {
    private static final Pattern ENTRY = Pattern.compile("(.+?)\\s+(\\d+)");
    private static final Pattern FOOTER = Pattern.compile("\\d+ / \\d+");

    private final PdfWriter writer = new PdfWriter(RenderOptions.defaults(), Warnings.NONE);
    private final Document standard = SampleDocuments.standard();

    @Test
    void contentsFollowTheHistoryAndListChaptersSectionsAndTheSupplementaryProvisions() throws IOException {
        PdfPages pdf = PdfPages.write(writer, standard);
        List<String> pages = pdf.pageTexts();
        assertTrue(pages.get(1).contains(CoverPage.HISTORY_TITLE));
        assertTrue(lines(pages.get(2)).contains(TableOfContents.TITLE), pages.get(2));
        Contents toc = contents(pages, standard.title());
        assertEquals(List.of(2), toc.pages());
        // the document has a 節 (6.1), so its items ((1), (2)) are not listed; the untitled ① never is
        assertEquals(List.of("1. 組織体制", "2. 技術的セキュリティ", "6.1 アクセス制御", "附則"), toc.headings());
        assertNumbersAreThePagesOfTheHeadings(pdf, toc, standard.title());
        assertEquals(4, toc.lines().get(0).number(), "cover, 改定履歴, 目次, then the body");
    }

    @Test
    void contentsFollowTheCoverWhenThereIsNoHistory() throws IOException {
        DocumentInfo i = standard.info();
        Document doc = new Document(standard.kind(), standard.title(), new DocumentInfo(i.bodyName(), i.version(),
                i.effective(), i.adoption(), i.marking(), List.of(), i.form(), i.landscape()), standard.sections());
        PdfPages pdf = PdfPages.write(writer, doc);
        List<String> pages = pdf.pageTexts();
        assertFalse(pdf.text().contains(CoverPage.HISTORY_TITLE));
        Contents toc = contents(pages, doc.title());
        assertEquals(List.of(1), toc.pages());
        assertEquals(3, toc.lines().get(0).number());
        assertNumbersAreThePagesOfTheHeadings(pdf, toc, doc.title());
    }

    @Test
    void numbersStayRightWhenTheContentsRunOverSeveralPages() throws IOException {
        Document doc = manySections();
        PdfPages pdf = PdfPages.write(writer, doc);
        List<String> pages = pdf.pageTexts();
        Contents toc = contents(pages, doc.title());
        assertTrue(toc.pages().size() >= 2, "the 目次 runs over " + toc.pages());
        assertEquals(121, toc.lines().size());
        assertEquals(expectedHeadings(doc), toc.headings());
        assertNumbersAreThePagesOfTheHeadings(pdf, toc, doc.title());
        // the body starts on the page after the 目次, and the headings spread over many pages
        int last = toc.pages().get(toc.pages().size() - 1);
        assertEquals(last + 2, toc.lines().get(0).number());
        assertTrue(toc.lines().get(120).number() > toc.lines().get(0).number() + 10);
        // and the bookmarks, made in the same rendering, agree
        for (PdfPages.Bookmark b : pdf.bookmarks()) {
            int printed = toc.lines().stream().filter(l -> l.heading().equals(b.title())).findFirst()
                    .orElseThrow(() -> new AssertionError(b + " not in the 目次")).number();
            assertEquals(printed, b.page() + 1, b.toString());
        }
    }

    @Test
    void eachLineOfTheContentsLinksToItsHeading() throws IOException {
        for (Document doc : List.of(standard, manySections())) {
            PdfPages pdf = PdfPages.write(writer, doc);
            Contents toc = contents(pdf.pageTexts(), doc.title());
            for (int page : toc.pages()) {
                List<Integer> printed = toc.lines().stream().filter(l -> l.tocPage() == page)
                        .map(l -> l.number() - 1).toList();
                List<Integer> targets = pdf.links(page).stream().map(PdfPages.Link::page).toList();
                assertEquals(printed, targets, doc.title() + ", page " + (page + 1));
            }
        }
    }

    @Test
    void aWrappedEntryHangsUnderItsTitleAndLinksEveryLine() throws IOException {
        String longTitle = "外部サービス（クラウドサービス）の利用（自治体機密性２以上の情報を取り扱う場合）の特例に関する経過措置";
        List<Section> chapters = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            chapters.add(PdfWriterTest.chapter(i + ".", i == 2 ? longTitle : "章" + i, "本文です。".repeat(300)));
        }
        Document doc = new Document(standard.kind(), "折り返し", SampleDocuments.info(""), chapters);
        PdfPages pdf = PdfPages.write(writer, doc);
        String tocPage = pdf.pageTexts().get(2);
        // the title's second line, then the number: the number stands on the last line
        Matcher m = Pattern.compile("(?m)^2\\. 外部サービス.*\\R\\s*(\\S+)\\s+(\\d+)\\s*$").matcher(tocPage);
        assertTrue(m.find(), tocPage);
        assertTrue(longTitle.endsWith(m.group(1)), m.group(1));
        List<PdfPages.Link> links = pdf.links(2);
        assertEquals(4, links.size(), "one link per line: " + links);
        assertEquals(links.get(1).page(), links.get(2).page());
        assertEquals(Integer.parseInt(m.group(2)) - 1, links.get(2).page());
        // and no line of it starts with a character kinsoku keeps off the start of a line
        for (String line : lines(tocPage)) {
            assertFalse(KinsokuSplitter.NO_LINE_START.indexOf(line.charAt(0)) >= 0, line);
        }
    }

    @Test
    void aScreenReaderReadsTheContentsAfterTheHistoryAndBeforeTheBody() throws IOException {
        // the 目次 is written after the body and its pages put in front: its place in the reading order must not move
        Document doc = manySections();
        PdfPages pdf = PdfPages.write(writer, doc);
        Contents toc = contents(pdf.pageTexts(), doc.title());
        try (PDDocument d = pdf.open()) {
            PDStructureNode document = (PDStructureNode) d.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<String> roles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (Object kid : document.getKids()) {
                PDStructureNode node = kid instanceof COSDictionary c ? PDStructureNode.create(c) : (PDStructureNode) kid;
                if (node instanceof PDStructureElement e) {
                    roles.add(e.getStructureType());
                    pages.add(e.getPage() == null ? -1 : d.getPages().indexOf(e.getPage()));
                }
            }
            int at = roles.indexOf("TOC");
            assertEquals("H2", roles.get(at - 1), "the 目次's heading, then the 目次: " + roles);
            assertEquals(toc.pages().get(0), pages.get(at - 1), "the heading 目次 on the 目次's first page");
            int last = toc.pages().get(toc.pages().size() - 1);
            for (int i = 0; i < at - 1; i++) {
                assertTrue(pages.get(i) < toc.pages().get(0), roles.get(i) + " before the 目次 is on page " + pages.get(i));
            }
            int before = last + 1;
            for (int i = at + 1; i < roles.size(); i++) {
                if (pages.get(i) >= 0) {
                    assertTrue(pages.get(i) >= before, roles.get(i) + " after the 目次 is on page " + pages.get(i));
                    before = pages.get(i);
                }
            }
            assertTrue(roles.size() - at > 100, "the body follows the 目次: " + roles.size());
            // and each of its lines is a TOCI
            PDStructureNode contentsElement = (PDStructureNode) structureKids(document).get(at);
            assertEquals(toc.lines().size(), structureKids(contentsElement).size());
        }
        // "X / Y": the pages in the file's order
        List<String> pageTexts = pdf.pageTexts();
        for (int i = 0; i < pageTexts.size(); i++) {
            assertTrue(pageTexts.get(i).contains((i + 1) + " / " + pageTexts.size()), "page " + (i + 1));
        }
    }

    private static List<PDStructureNode> structureKids(PDStructureNode node) {
        List<PDStructureNode> out = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof COSDictionary c) {
                out.add(PDStructureNode.create(c));
            } else if (kid instanceof PDStructureElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The sample bodies' documents with a page-numbered 目次 (booklets, not rules). */
    static java.util.stream.Stream<Document> sampleBooklets() throws IOException {
        jp.policygen.resolve.Resolver resolver = new jp.policygen.resolve.Resolver(new jp.policygen.catalog.TemplateEngine());
        List<Document> all = new ArrayList<>();
        for (String sample : List.of("kakuu-ken.yaml", "kakuu-shi.yaml", "kakuu-machi.yaml", "kakuu-mura.yaml")) {
            jp.policygen.profile.Profile p = jp.policygen.profile.TestProfiles.sample(sample);
            for (Document d : resolver.resolve(p, jp.policygen.profile.TestProfiles.CATALOG.edition(p.guideline())).policy().documents()) {
                if (!d.isRule() && d.hasFrontMatter() && TableOfContents.entries(d.sections()).size() >= TableOfContents.MIN_ENTRIES) {
                    all.add(d);
                }
            }
        }
        return all.stream();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("sampleBooklets")
    void theContentsTakeThePagesCountedAhead(Document document) throws IOException {
        // counted by measuring the 目次's lines without writing them: a wrong count would cost a second rendering
        int counted = writer.contentsPageCount(document);
        List<String> pages = PdfPages.write(writer, document).pageTexts();
        int contents = 0;
        while (!pages.get(contents).contains(TableOfContents.TITLE)) {
            contents++;
        }
        int firstHeading = writer.contents(document).get(0).page();
        assertEquals(firstHeading - 1 - contents, counted, document.title());
        assertTrue(counted >= 1);
    }

    @Test
    void aLongContentsIsCountedOverSeveralPages() throws IOException {
        assertTrue(sampleBooklets().anyMatch(d -> {
            try {
                return writer.contentsPageCount(d) >= 2;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }), "some sample document has a 目次 of two pages or more");
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        PdfPages.assertDeterministic(writer, manySections());
    }

    @Test
    void documentsWithFewerThanThreeEntriesHaveNone() throws IOException {
        assertFalse(PdfPages.write(writer, SampleDocuments.basicPolicy()).text().contains(TableOfContents.TITLE));
        Document two = withChapters(2);
        PdfPages pdf = PdfPages.write(writer, two);
        assertFalse(pdf.text().contains(TableOfContents.TITLE));
        assertTrue(pdf.pageTexts().get(2).contains("1. 章1"), "the body follows the 改定履歴");
        Document three = withChapters(3);
        assertEquals(List.of("1. 章1", "2. 章2", "3. 章3"),
                contents(PdfPages.write(writer, three).pageTexts(), three.title()).headings());
    }

    @Test
    void entriesAreChaptersSectionsAndUnnumberedPartsAndItemsOnlyWithoutSections() {
        Section point = section("p", SectionLevel.POINT, "①", "", List.of());
        Section titledPoint = section("p2", SectionLevel.POINT, "②", "小見出し", List.of());
        Section item = section("i", SectionLevel.ITEM, "(1)", "項目", List.of(point, titledPoint));
        Section untitledItem = section("i2", SectionLevel.ITEM, "(2)", "", List.of());
        Section chapter = section("c", SectionLevel.CHAPTER, "1.", "章", List.of(item, untitledItem));
        Section supplementary = section("s", SectionLevel.UNNUMBERED, "", "附則", List.of());
        List<TableOfContents.Entry> withoutSections = TableOfContents.entries(List.of(chapter, supplementary));
        assertEquals(List.of(new TableOfContents.Entry(0, 0, "1. 章", "1. ", chapter),
                new TableOfContents.Entry(1, 1, "(1) 項目", "(1) ", item),
                new TableOfContents.Entry(5, 0, "附則", "", supplementary)), withoutSections);

        Section sect = section("s1", SectionLevel.SECTION, "1.1", "節", List.of(item));
        Section sectioned = section("c", SectionLevel.CHAPTER, "1.", "章", List.of(sect));
        assertEquals(List.of(new TableOfContents.Entry(0, 0, "1. 章", "1. ", sectioned),
                        new TableOfContents.Entry(1, 1, "1.1 節", "1.1 ", sect)),
                TableOfContents.entries(List.of(sectioned)));

        Section article = section("a", SectionLevel.ITEM, "第3条", "アクセス制御", List.of());
        assertEquals(List.of(new TableOfContents.Entry(0, 0, "第3条（アクセス制御）", "", article)),
                TableOfContents.entries(List.of(article)), "an article's title is in brackets: no hanging label");
    }

    // --- reading the 目次 back ---

    /** The lines of the printed 目次, and the (0-based) pages it takes. */
    record Contents(List<Line> lines, List<Integer> pages) {
        List<String> headings() {
            return lines.stream().map(Line::heading).toList();
        }
    }

    /** One line: the heading, the page number printed after it, and the 0-based page the line is on. */
    record Line(String heading, int number, int tocPage) {
    }

    /**
     * From the page with the line 目次, each line "heading number"; the 目次 goes on over the following pages as
     * long as they hold nothing else (besides header and footer).
     */
    static Contents contents(List<String> pages, String title) {
        List<Line> lines = new ArrayList<>();
        List<Integer> tocPages = new ArrayList<>();
        int start = -1;
        for (int p = 0; p < pages.size() && start < 0; p++) {
            if (lines(pages.get(p)).contains(TableOfContents.TITLE)) {
                start = p;
            }
        }
        assertTrue(start >= 0, "no page titled " + TableOfContents.TITLE);
        for (int p = start; p < pages.size(); p++) {
            List<Line> found = new ArrayList<>();
            boolean other = false;
            for (String line : lines(pages.get(p))) {
                Matcher m = ENTRY.matcher(line);
                if (line.equals(TableOfContents.TITLE) || line.contains(title) || line.equals("取扱注意")
                        || FOOTER.matcher(line).matches()) {
                    continue;
                }
                if (m.matches()) {
                    found.add(new Line(m.group(1), Integer.parseInt(m.group(2)), p));
                } else {
                    other = true;
                }
            }
            if (other || found.isEmpty()) {
                break;
            }
            lines.addAll(found);
            tocPages.add(p);
        }
        return new Contents(lines, tocPages);
    }

    /**
     * Each printed number is the page on which the heading's line first appears after the 目次 (found by the
     * page's text, not by anything the writer says), and the footer of that page shows the same number.
     */
    private static void assertNumbersAreThePagesOfTheHeadings(PdfPages pdf, Contents toc, String title)
            throws IOException {
        List<String> pages = pdf.pageTexts();
        List<String> footers = pdf.footers();
        int bodyStart = toc.pages().get(toc.pages().size() - 1) + 1;
        for (Line line : toc.lines()) {
            int found = -1;
            for (int p = bodyStart; p < pages.size() && found < 0; p++) {
                if (lines(pages.get(p)).contains(line.heading())) {
                    found = p;
                }
            }
            assertTrue(found >= 0, line + ": heading not found after the 目次");
            assertEquals(found + 1, line.number(), line + " is on page " + (found + 1));
            assertTrue(footers.get(found).startsWith(line.number() + " / "), footers.get(found));
        }
    }

    private static List<String> lines(String page) {
        return page.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // --- documents ---

    /** 30 chapters of 3 sections each and a 附則: 121 entries, headings spread over many pages. */
    static Document manySections() {
        List<Section> chapters = new ArrayList<>();
        for (int c = 1; c <= 30; c++) {
            List<Section> sections = new ArrayList<>();
            for (int s = 1; s <= 3; s++) {
                int sentences = 3 + (c * 7 + s * 13) % 40;
                sections.add(new Section("m." + c + "." + s, SectionLevel.SECTION, c + "." + s, c + "." + s,
                        "第" + c + "章の節" + s, "", Origin.GUIDELINE, "",
                        List.of(Block.Paragraph.of("この節の本文である。".repeat(sentences))), List.of()));
            }
            chapters.add(new Section("m." + c, SectionLevel.CHAPTER, c + ".", String.valueOf(c), "見出し" + c, "",
                    Origin.GUIDELINE, "", List.of(Block.Paragraph.of("章の趣旨を述べる。")), sections));
        }
        chapters.add(new Section("m.supplementary", SectionLevel.UNNUMBERED, "", "", "附則", "", Origin.GUIDELINE,
                "", List.of(Block.Paragraph.of("この文書は、令和8年4月1日から施行する。")), List.of()));
        return new Document(SampleDocuments.standard().kind(), "多くの節がある文書", SampleDocuments.info("取扱注意"),
                chapters);
    }

    private static List<String> expectedHeadings(Document doc) {
        List<String> out = new ArrayList<>();
        for (Section s : doc.flatten()) {
            if (s.level() == SectionLevel.CHAPTER || s.level() == SectionLevel.SECTION
                    || s.level() == SectionLevel.UNNUMBERED) {
                out.add(s.heading());
            }
        }
        return out;
    }

    private Document withChapters(int n) {
        List<Section> chapters = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            chapters.add(PdfWriterTest.chapter(i + ".", "章" + i, "本文です。"));
        }
        return new Document(standard.kind(), n + "章の文書", standard.info(), chapters);
    }

    private static Section section(String id, SectionLevel level, String label, String title, List<Section> children) {
        return new Section(id, level, label, label, title, "", Origin.GUIDELINE, "",
                List.of(Block.Paragraph.of("本文。")), children);
    }
}
