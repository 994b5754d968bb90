package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published 基本方針 as a screen reader meets it (JIS X 8341-3 practice): a tagged PDF with its language,
 * its title in the window and a structure tree of headings, paragraphs, lists and tables whose text is the text
 * of the pages (running header and footer left out), read by pdfbox and by poppler's pdfinfo; and the HTML
 * with lang="ja", heading levels that never skip one and the 目次 as a nav.
 */
class AccessibleOutputTest {
    private static final String BASIC = "01_情報セキュリティ基本方針";
    private static final String STANDARD = "02_情報セキュリティ対策基準";

    @TempDir
    static Path dir;
    static Path city;

    @BeforeAll
    static void generate() {
        Cli r = Cli.run("generate", "profiles/kakuu-shi.yaml", "-o", dir.toString(), "--format", "pdf,html");
        assertEquals(0, r.status(), r.err());
        city = dir.resolve("kakuu-shi");
    }

    @Test
    void basicPolicyPdfIsTaggedInJapaneseAndShowsItsTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(city.resolve(BASIC + ".pdf").toFile())) {
            var catalog = pdf.getDocumentCatalog();
            assertEquals("ja-JP", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked(), "/MarkInfo /Marked true");
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "the title, not the file name, in the window");
            assertEquals("情報セキュリティ基本方針", pdf.getDocumentInformation().getTitle());
            List<String> roles = new ArrayList<>();
            for (Object kid : catalog.getStructureTreeRoot().getKids()) {
                roles((PDStructureNode) kid, 0, roles);
            }
            assertEquals("Document", roles.get(0));
            assertEquals("  H1", roles.get(1), "the title comes first, as the one H1");
            for (String role : List.of("  H2", "  P", "  L", "    LI", "      LBody", "  Table", "    TR", "      TH",
                    "      TD", "  TOC", "    TOCI")) {
                assertTrue(roles.contains(role), role + " in " + roles);
            }
            assertEquals(1, roles.stream().filter(r -> r.strip().equals("H1")).count(), "one H1");
            assertHeadingsNeverSkipALevel(roles.stream().map(String::strip).filter(r -> r.matches("H\\d")).toList());
        }
    }

    @Test
    void popplerReadsTheStructureTreeWithTheTextOfThePages() throws Exception {
        Assumptions.assumeTrue(Cli.onPath("pdfinfo"), "poppler-utils (installed by .ci/run)");
        for (String name : List.of(BASIC, STANDARD)) {
            Path pdf = city.resolve(name + ".pdf");
            String struct = run("pdfinfo", "-struct-text", pdf.toString());
            assertTrue(struct.startsWith("Document\n"), struct.substring(0, Math.min(200, struct.length())));
            // the text in the structure tree, in reading order
            StringBuilder tagged = new StringBuilder();
            Matcher quoted = Pattern.compile("(?m)^\\s*\"(.*)\"$").matcher(struct);
            while (quoted.find()) {
                tagged.append(quoted.group(1));
            }
            String inTree = tagged.toString().replaceAll("\\s", "");
            assertTrue(inTree.startsWith("情報セキュリティ"), inTree.substring(0, 40));
            // every line of every page is in it, but the running header and the page numbers "3 / 8" are not
            String title = name.substring(3);
            List<String> pages;
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                pages = List.of(new PDFTextStripper().getText(d).split("\f"));
            }
            int checked = 0;
            for (String page : pages) {
                for (String shown : page.lines().toList()) {
                    String line = shown.replaceAll("\\s", "");
                    if (line.isEmpty() || line.equals(title) || line.equals(title + "取扱注意") || line.equals("取扱注意")
                            || line.matches("\\d+/\\d+")) {
                        continue;
                    }
                    // a table row reads across its cells, which the tree has one by one
                    assertTrue(inTree.contains(line) || List.of(shown.strip().split("\\s+")).stream()
                            .allMatch(inTree::contains), name + ": not in the structure tree: " + shown);
                    checked++;
                }
            }
            assertTrue(checked > 50, name + ": " + checked + " lines");
            assertFalse(inTree.matches(".*\\d+/" + (pages.size() - (pages.get(pages.size() - 1).isBlank() ? 1 : 0))
                    + ".*"), name + ": a page number is an artifact");
            String roles = run("pdfinfo", "-struct", pdf.toString());
            assertTrue(roles.contains("\n  H1 (block)\n"), roles);
            assertTrue(roles.contains("\n      TH\n"), "the 改定履歴 table has header cells: " + roles);
        }
    }

    @Test
    void htmlIsJapaneseWithHeadingsInOrderAndTheContentsAsANav() throws IOException {
        for (String name : List.of(BASIC, STANDARD)) {
            String html = Files.readString(city.resolve(name + ".html"), StandardCharsets.UTF_8);
            assertTrue(html.contains("<html lang=\"ja\">"), name);
            assertTrue(html.matches("(?s).*<nav class=\"toc\" aria-labelledby=\"toc-title\">\\s*<h2 id=\"toc-title\">目次</h2>.*"),
                    name);
            List<String> levels = new ArrayList<>();
            Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html);
            while (m.find()) {
                levels.add("H" + m.group(1));
            }
            assertEquals("H1", levels.get(0), name);
            assertEquals(1, levels.stream().filter("H1"::equals).count(), name);
            assertHeadingsNeverSkipALevel(levels);
            assertTrue(levels.contains("H3"), name + ": " + levels);
        }
    }

    /** Going deeper, each heading is at most one level below the one before it (h2 → h4 is a skip). */
    private static void assertHeadingsNeverSkipALevel(List<String> headings) {
        for (int i = 1; i < headings.size(); i++) {
            int before = headings.get(i - 1).charAt(1) - '0';
            int now = headings.get(i).charAt(1) - '0';
            assertTrue(now <= before + 1, "heading " + i + ": " + headings.get(i - 1) + " then " + headings.get(i)
                    + " in " + headings);
        }
    }

    /** The structure types under a node, indented two spaces per level, in reading order. */
    private static void roles(PDStructureNode node, int depth, List<String> out) {
        if (node instanceof PDStructureElement e) {
            out.add("  ".repeat(depth) + e.getStructureType());
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                roles(child, node instanceof PDStructureElement ? depth + 1 : depth, out);
            } else if (kid instanceof COSDictionary d && COSName.STRUCT_ELEM.equals(d.getCOSName(COSName.TYPE))) {
                roles(PDStructureNode.create(d), depth + 1, out);
            }
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
