package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.profile.TestProfiles;

/**
 * The 目次 of a rule as a 法規担当 reads it (the sample prefecture in articles form): the 対策基準's 章, with their 節
 * under them, each with the articles it holds in brackets and no page number, then 附則; the same lines in the PDF,
 * the Word file and the HTML page; no 目次 at all in a rule without 章 (the 基本方針, the 特則).
 */
class RuleContentsTest {
    private static final String BASIC = "01_情報セキュリティ基本方針";
    private static final String STANDARD = "02_情報セキュリティ対策基準";
    private static final String CLOUD = "03_標準準拠システム等のクラウド利用に関する特則";
    /** 「第１章　総則（第１条・第２条）」, 「第１節　監査（第２６４条－第２７２条）」, 「第５節　法令遵守（第２１６条）」 */
    private static final Pattern LINE = Pattern.compile(
            "第([０-９]+)(章|節)　(\\S+)（第([０-９]+)条(?:([・－])第([０-９]+)条)?）");

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void render() throws IOException {
        TestProfiles.write(dir, "ken.yaml", TestProfiles.prefecture("form: articles"));
        Cli r = Cli.run("generate", dir.resolve("ken.yaml").toString(), "-o", dir.resolve("out").toString(),
                "--format", "pdf,docx,html,md");
        assertEquals(0, r.status(), r.err());
        out = dir.resolve("out").resolve("ken");
    }

    @Test
    void theStandardsContentsListsEach章And節WithItsArticlesAndNoPageNumbers() throws IOException {
        List<String> pdf = pdfContents(DocumentText.pdf(out.resolve(STANDARD + ".pdf")));
        assertEquals("第１章　総則（第１条・第２条）", pdf.get(0), "two articles: 第１条・第２条");
        assertTrue(pdf.get(1).matches("第２章　組織体制（第３条－第[０-９]+条）"), "more than two: 第３条－… " + pdf.get(1));
        assertEquals("附則", pdf.get(pdf.size() - 1), "the 附則 last, the 別表 not listed");
        int chapters = 0;
        int next = 1; // the articles of the 章 follow one another: each 章 starts where the one before ended
        int chapterEnd = 0;
        int nextInChapter = 0; // and so do the 節 of a 章
        for (String line : pdf.subList(0, pdf.size() - 1)) {
            Matcher m = LINE.matcher(line);
            assertTrue(m.matches(), "a 章 or 節 with its articles, no page number: " + line);
            int first = number(m.group(4));
            int last = m.group(6) == null ? first : number(m.group(6));
            assertTrue(m.group(5) == null || m.group(5).equals(last == first + 1 ? "・" : "－"),
                    "two articles joined by ・, more by －: " + line);
            if (m.group(2).equals("章")) {
                chapters++;
                assertEquals(chapters, number(m.group(1)), line);
                assertEquals(next, first, "the 章 starts after the one before: " + line);
                next = last + 1;
                chapterEnd = last;
                nextInChapter = first;
            } else {
                assertEquals(nextInChapter, first, "the 節 starts after the one before, inside its 章: " + line);
                assertTrue(last <= chapterEnd, "the 節 inside its 章: " + line);
                nextInChapter = last + 1;
            }
        }
        assertEquals(10, chapters, "the ten 章 of the 対策基準: " + pdf);
        assertTrue(pdf.stream().anyMatch(l -> l.startsWith("第１節　サーバ等の管理（第")), "a 節 with its articles: " + pdf);

        // the last article of the last 章 is the last article of the rule (before its 附則)
        String body = DocumentText.pdf(out.resolve(STANDARD + ".pdf"));
        Matcher last = LINE.matcher(pdf.stream().filter(l -> l.startsWith("第１０章")).findFirst().orElseThrow());
        assertTrue(last.matches());
        List<String> starts = body.lines().map(String::strip).toList();
        assertTrue(starts.stream().anyMatch(l -> l.startsWith("第" + last.group(6) + "条")), "第" + last.group(6) + "条 in the text");
        String following = "第" + fullWidth(number(last.group(6)) + 1) + "条";
        assertTrue(starts.stream().noneMatch(l -> l.startsWith(following)), "no " + following + " in the text");

        // the Word file and the HTML page list the same lines, with no tab to a page number
        List<String> word = DocumentText.wordContents(out.resolve(STANDARD + ".docx"));
        assertEquals(pdf, word, "Word's 目次");
        assertTrue(word.stream().noneMatch(l -> l.contains("\t")), "no page numbers in Word: " + word);
        String docxXml = documentXml(out.resolve(STANDARD + ".docx"));
        assertFalse(docxXml.contains("TOC \\o"), "no TOC field, which Word would refill with page numbers");
        assertEquals(pdf, htmlContents(Files.readString(out.resolve(STANDARD + ".html"))), "the HTML page's 目次");
        assertEquals(pdf, markdownContents(Files.readString(out.resolve(STANDARD + ".md"))), "the Markdown file's 目次");
        assertTrue(Files.readString(out.resolve(STANDARD + ".md")).contains("\n\n　　第１節　サーバ等の管理（第"),
                "a 節 one step further in than its 章 in Markdown");
    }

    /** The lines between 「目次」 and the first article of the Markdown file, as printed, without their indent. */
    private static List<String> markdownContents(String md) {
        List<String> lines = md.lines().toList();
        int start = lines.indexOf("目次");
        assertTrue(start >= 0, "a 目次 in the Markdown file");
        List<String> out = new java.util.ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#") || line.startsWith("**") || line.startsWith("　（")) {
                break; // the text begins: a heading, an article or a caption
            }
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    @Test
    void aRuleWithout章HasNoContents() throws Exception {
        for (String rule : List.of(BASIC, CLOUD)) {
            String pdf = DocumentText.pdf(out.resolve(rule + ".pdf"));
            assertFalse(pdf.lines().anyMatch(l -> l.strip().equals("目次")), rule + ": no 目次 in the PDF");
            assertTrue(pdf.contains("第１条"), rule);
            assertEquals(List.of(), DocumentText.wordContents(out.resolve(rule + ".docx")), rule + ": no 目次 lines in Word");
            assertFalse(DocumentText.docx(out.resolve(rule + ".docx")).contains("目次"), rule + ": no 目次 in Word");
            assertFalse(Files.readString(out.resolve(rule + ".html")).contains("<nav"), rule + ": no 目次 in HTML");
            assertFalse(Files.readString(out.resolve(rule + ".md")).lines().anyMatch(l -> l.equals("目次")), rule + ": no 目次 in Markdown");
        }
        // the body starts on the first page, under the 題名 (no page of its own for the 題名)
        List<String> firstPage = DocumentText.pdf(out.resolve(BASIC + ".pdf")).lines().limit(12).toList();
        assertTrue(firstPage.stream().anyMatch(l -> l.startsWith("第１条")), "第１条 on the first page: " + firstPage);
    }

    /** The lines of the PDF's 目次 as read back, each line's wrapped rest joined to it, spaces as the rule prints them. */
    static List<String> pdfContents(String text) {
        List<String> lines = text.lines().map(String::strip).toList();
        int start = lines.indexOf("目次");
        assertTrue(start >= 0, "a 目次: " + text.substring(0, Math.min(600, text.length())));
        List<String> out = new ArrayList<>();
        for (String raw : lines.subList(start + 1, lines.size())) {
            // the running header and footer of the next page, and blank lines
            if (raw.isEmpty() || raw.equals("取扱注意") || raw.matches("\\d+ / \\d+") || raw.startsWith("情報セキュリティ対策基準")) {
                continue;
            }
            String line = raw.replaceAll("^(第[０-９]+[章節])[\\s　]+", "$1　");
            if (line.startsWith("第") || line.equals("附則")) {
                out.add(line);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + line); // a title wrapped under itself
            }
            if (line.equals("附則")) {
                break;
            }
        }
        return out;
    }

    private static List<String> htmlContents(String html) {
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<a href=\"#[^\"]+\">([^<]*)</a>").matcher(nav);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String documentXml(Path docx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        Integer.toString(n).chars().forEach(c -> sb.append((char) ('０' + c - '0')));
        return sb.toString();
    }

    private static int number(String fullWidth) {
        return Integer.parseInt(Normalizer.normalize(fullWidth, Normalizer.Form.NFKC));
    }
}
