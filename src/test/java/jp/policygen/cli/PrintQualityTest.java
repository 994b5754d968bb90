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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.profile.TestProfiles;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.pdf.FontLocator;

/** The sample prefecture rendered in both numbering forms, checked as a user's PDF tools would. */
class PrintQualityTest {
    private static final String LINE_START_FORBIDDEN = "、。，．」』）】〕ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ！？";

    @TempDir
    static Path dir;

    @BeforeAll
    static void render() throws IOException {
        String ken = Files.readString(Path.of("profiles/kakuu-ken.yaml"), StandardCharsets.UTF_8);
        TestProfiles.write(dir, "outline.yaml", ken);
        TestProfiles.write(dir, "articles.yaml", TestProfiles.prefecture("form: articles"));
        for (String form : List.of("outline", "articles")) {
            Cli r = Cli.run("generate", dir.resolve(form + ".yaml").toString(), "-o", dir.resolve("out").toString(),
                    "--format", "pdf,docx");
            assertEquals(0, r.status(), r.err());
        }
    }

    private static List<Path> pdfs(String form) throws IOException {
        try (var s = Files.list(dir.resolve("out").resolve(form))) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"outline", "articles"})
    void everyPdfEmbedsItsJapaneseFontAndHasABookmarkPerSection(String form) throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"))
                || Files.exists(Path.of("/usr/share/fonts/truetype/ipaexfont-mincho/ipaexm.ttf")), "IPAex installed");
        JsonNode snapshot = new ObjectMapper().readTree(dir.resolve("out").resolve(form).resolve("snapshot.json").toFile());
        for (Path pdf : pdfs(form)) {
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : d.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), pdf.getFileName() + ": " + font.getName());
                    }
                }
                int sections = 0;
                for (JsonNode doc : snapshot.get("documents")) {
                    if (pdf.getFileName().toString().contains(doc.get("title").asText())) {
                        // a section prints a heading (and so gets a bookmark) when it has a label or a title; a
                        // subject split into articles (「第４条から第５条まで」) is a container that prints none
                        for (JsonNode section : doc.get("sections")) {
                            if (!section.path("label").asText().isEmpty() || !section.path("title").asText().isEmpty()) {
                                sections++;
                            }
                        }
                    }
                }
                if (pdf.getFileName().toString().contains("独自変更一覧") || pdf.getFileName().toString().contains("適合表")) {
                    sections = 1; // papers around the policy, not in the snapshot: their chapter at least
                }
                assertTrue(sections > 0, pdf.toString());
                assertTrue(count(d.getDocumentCatalog().getDocumentOutline()) >= sections,
                        pdf.getFileName() + ": bookmarks " + count(d.getDocumentCatalog().getDocumentOutline()) + " < " + sections);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"outline", "articles"})
    void qpdfAcceptsEveryPdfAndNoLineStartsWithAKinsokuCharacter(String form) throws Exception {
        Assumptions.assumeTrue(Cli.onPath("qpdf") && Cli.onPath("pdftotext"), "qpdf and poppler-utils (installed by .ci/run)");
        for (Path pdf : pdfs(form)) {
            Process q = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
            String qOut = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(q.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, q.exitValue(), pdf.getFileName() + ": " + qOut);
            Process t = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").start();
            String text = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(t.waitFor(60, TimeUnit.SECONDS));
            List<String> bad = new ArrayList<>();
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && LINE_START_FORBIDDEN.indexOf(l.charAt(0)) >= 0) {
                    bad.add(l);
                }
            }
            assertEquals(List.of(), bad, pdf.getFileName().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"outline", "articles"})
    void coverHistoryAndMarkingShowWhereTheyBelong(String form) throws Exception {
        Path out = dir.resolve("out").resolve(form);
        String basic = DocumentText.pdf(out.resolve("01_情報セキュリティ基本方針.pdf"));
        String standard = DocumentText.pdf(out.resolve("02_情報セキュリティ対策基準.pdf"));
        for (String text : List.of(basic, standard)) {
            if (form.equals("articles")) {
                // a rule: its 題名 with the body's name, its 制定日 and number under it; no 版 or 改定履歴 (booklet language)
                assertTrue(text.contains("○架空県情報セキュリティ"), "題名");
                assertTrue(text.contains("架空県訓令第"), "the full number");
                assertFalse(text.contains("第5版") || text.contains("改定履歴"), "no booklet cover");
                assertTrue(text.contains("令和８年４月１日から施行する"), "the 附則 says when it takes effect");
                continue;
            }
            assertTrue(text.contains("架空県") && text.contains("第5版") && text.contains("令和8年4月1日"), "cover");
            assertTrue(text.contains("改定履歴") && text.contains("平成27年4月1日") && text.contains("令和元年5月1日"), "改定履歴 in 和暦");
        }
        assertFalse(basic.contains("取扱注意"), "the 基本方針 is published");
        assertTrue(standard.contains("取扱注意"));
        if (form.equals("articles")) {
            // 例規: the caption on its own line above the article, whose number starts its text
            List<String> lines = basic.lines().map(String::strip).toList();
            int first = 0;
            // the article itself, not its entry in the 目次
            while (first < lines.size() && !(lines.get(first).startsWith("第１条") && lines.get(first).contains("この訓令は"))) {
                first++;
            }
            assertTrue(first > 0 && first < lines.size(), "第１条 in the 基本方針");
            assertEquals("（目的）", lines.get(first - 1), "the caption on the line above 第１条");
            assertTrue(lines.get(first).matches("第１条[\\s　]*この訓令は.*"), lines.get(first));
            assertTrue(standard.contains("第１章") && standard.contains("（趣旨）"), "article form in the 対策基準");
            // 共通見出し: one caption line above three articles, none above the second and third
            List<String> std = standard.lines().map(String::strip).toList();
            int login = std.indexOf("（端末の認証）");
            assertTrue(login > 0 && std.get(login + 1).matches("第[０-９]+条.*"), "the shared caption above an article");
            assertEquals(login, std.lastIndexOf("（端末の認証）"), "printed once");
            int number = Integer.parseInt(java.text.Normalizer.normalize(std.get(login + 1).replaceAll("^第([０-９]+)条.*", "$1"),
                    java.text.Normalizer.Form.NFKC));
            String following = "第" + Integer.toString(number + 1).chars().mapToObj(c -> String.valueOf((char) ('０' + c - '0')))
                    .collect(java.util.stream.Collectors.joining()) + "条";
            int next = login + 1;
            while (!std.get(next).startsWith(following)) {
                next++;
            }
            assertFalse(std.get(next - 1).startsWith("（"), "no caption above " + following + ": " + std.get(next - 1));
        } else {
            assertTrue(basic.contains("1. 目的"));
            assertTrue(standard.contains("6.2 アクセス制御"));
        }
        String docx = DocumentText.docx(out.resolve("02_情報セキュリティ対策基準.docx"));
        assertTrue(docx.contains(form.equals("articles") ? "（趣旨）" : "6.2 アクセス制御"), "docx in the same form");
        if (form.equals("articles")) {
            assertTrue(docx.contains("第１条　この訓令は"), "docx: the number starts the article's text");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"outline"})
    void standardOfTheFullyFeaturedPrefecturePrintsToAtLeast40Pages(String form) throws IOException {
        try (PDDocument d = Loader.loadPDF(dir.resolve("out").resolve(form).resolve("02_情報セキュリティ対策基準.pdf").toFile())) {
            assertTrue(d.getNumberOfPages() >= 40, "pages: " + d.getNumberOfPages());
        }
    }

    /**
     * Word files open in LibreOffice and print to about as many pages as our PDFs (skipped without soffice).
     * LibreOffice is given the faces our PDF embeds under the names the Word files ask for (a fontconfig of its
     * own): which other Japanese fonts the machine has (BIZ UD明朝 under another family name, IPAex, Noto …)
     * would otherwise decide what LibreOffice substitutes, and the page count would measure the machine, not the
     * Word file's layout.
     */
    @ParameterizedTest
    @ValueSource(strings = {"outline", "articles"})
    void libreOfficeConvertsEveryDocxToAboutAsManyPagesAsOurPdf(String form) throws Exception {
        Assumptions.assumeTrue(Cli.onPath("soffice"), "LibreOffice (soffice) installed");
        var fonts = FontLocator.system().locate();
        Assumptions.assumeTrue(fonts.isPresent(), "a Japanese font the PDF embeds");
        Path out = dir.resolve("out").resolve(form);
        Path converted = dir.resolve("lo-" + form);
        Files.createDirectories(converted);
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://"
                + dir.resolve("lo-profile").toAbsolutePath(), "--convert-to", "pdf", "--outdir", converted.toString()));
        for (Path pdf : pdfs(form)) {
            command.add(pdf.toString().replaceFirst("\\.pdf$", ".docx"));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FONTCONFIG_FILE", fontconfig(fonts.get()).toString());
        Process p = builder.start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "soffice finished");
        assertEquals(0, p.exitValue(), log);
        for (Path pdf : pdfs(form)) {
            Path fromWord = converted.resolve(pdf.getFileName());
            assertTrue(Files.exists(fromWord), "converted: " + pdf.getFileName() + "\n" + log);
            try (PDDocument ours = Loader.loadPDF(pdf.toFile()); PDDocument theirs = Loader.loadPDF(fromWord.toFile())) {
                int a = ours.getNumberOfPages();
                int b = theirs.getNumberOfPages();
                assertTrue(Math.abs(a - b) <= Math.max(2, a / 7), pdf.getFileName() + ": PDF " + a + " pages, Word " + b);
            }
        }
    }

    /** A fontconfig file that offers LibreOffice only the PDF's faces, under the family names the Word files use. */
    private static Path fontconfig(FontLocator.FontChoice fonts) throws IOException {
        RenderOptions defaults = RenderOptions.defaults();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n");
        for (FontLocator.FontFile f : List.of(fonts.body(), fonts.heading())) {
            xml.append("  <dir>").append(escape(f.path().getParent().toString())).append("</dir>\n");
        }
        xml.append("  <cachedir>").append(escape(dir.resolve("fontconfig-cache").toString())).append("</cachedir>\n");
        xml.append(alias(defaults.bodyFont(), family(fonts.body())));
        xml.append(alias(defaults.headingFont(), family(fonts.heading())));
        xml.append("</fontconfig>\n");
        Path conf = dir.resolve("fonts.conf");
        Files.writeString(conf, xml, StandardCharsets.UTF_8);
        return conf;
    }

    private static String alias(String asked, String given) {
        return "  <alias binding=\"same\"><family>" + escape(asked) + "</family><prefer><family>" + escape(given)
                + "</family></prefer></alias>\n";
    }

    /** The family name fontconfig knows the face by (its naming table), e.g. IPAexMincho, BIZ UDMincho. */
    private static String family(FontLocator.FontFile f) throws IOException {
        if (f.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            try (var collection = new org.apache.fontbox.ttf.TrueTypeCollection(f.path().toFile())) {
                List<String> names = new ArrayList<>();
                collection.processAllFonts(font -> names.add(font.getNaming().getFontFamily()));
                return names.get(f.index());
            }
        }
        try (var read = new org.apache.pdfbox.io.RandomAccessReadBufferedFile(f.path().toFile());
                var font = new org.apache.fontbox.ttf.TTFParser().parse(read)) {
            return font.getNaming().getFontFamily();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int count(PDOutlineNode node) {
        int n = 0;
        if (node == null) {
            return 0;
        }
        for (PDOutlineItem item : node.children()) {
            n += 1 + count(item);
        }
        return n;
    }
}
