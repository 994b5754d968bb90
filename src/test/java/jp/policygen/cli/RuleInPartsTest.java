package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.profile.TestProfiles;

/**
 * One rule in parts (policy.rules: one), as a 法規担当 reads it in the files (the sample prefecture in articles form):
 * one file per format in place of the 基本方針 and the 対策基準, headed 「○架空県情報セキュリティポリシー」 with one number,
 * a 目次 of its two 編 and the 第２編's 章, articles numbered through both 編, one 附則, the 第２編 citing the 第１編 by
 * its articles; the 特則 a rule of its own that cites the 第２編.
 */
class RuleInPartsTest {
    private static final String RULE = "01_情報セキュリティポリシー";
    private static final String CLOUD = "02_標準準拠システム等のクラウド利用に関する特則";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void render() throws IOException {
        String ken = Files.readString(Path.of("profiles/kakuu-ken.yaml"), StandardCharsets.UTF_8);
        TestProfiles.write(dir, "ken.yaml", ken.replace("  version: 第5版\n", "  version: 第5版\n  form: articles\n  rules: one\n"));
        Cli r = Cli.run("generate", dir.resolve("ken.yaml").toString(), "-o", dir.resolve("out").toString(),
                "--format", "pdf,docx,html,md");
        assertEquals(0, r.status(), r.err());
        out = dir.resolve("out").resolve("ken");
    }

    @Test
    void oneFilePerFormatTakesThePlaceOfTheTwoRules() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String ext : List.of("pdf", "docx", "html", "md")) {
            assertTrue(files.contains(RULE + "." + ext), RULE + "." + ext + " in " + files);
            assertTrue(files.contains(CLOUD + "." + ext), "the 特則 stays a rule of its own: " + files);
        }
        assertTrue(files.stream().noneMatch(f -> f.contains("情報セキュリティ対策基準")), "no file of a 対策基準 rule: " + files);
        assertTrue(files.stream().noneMatch(f -> f.startsWith("01_情報セキュリティ基本方針")), "no 基本方針 rule file: " + files);
    }

    @Test
    void thePdfAndTheWordFileReadAsOneRuleInTwoParts() throws Exception {
        for (String text : List.of(DocumentText.pdf(out.resolve(RULE + ".pdf")),
                DocumentText.docx(out.resolve(RULE + ".docx")))) {
            String joined = text.replaceAll("[\\r\\n]+", "");
            assertTrue(joined.contains("○架空県情報セキュリティポリシー"), "the 題名 with the body's name");
            assertTrue(joined.contains("架空県訓令第２１号"), "the number under it");
            assertTrue(joined.contains("第１編　情報セキュリティ基本方針") || joined.contains("第１編 情報セキュリティ基本方針"),
                    "第１編");
            assertTrue(joined.contains("第２編　情報セキュリティ対策基準") || joined.contains("第２編 情報セキュリティ対策基準"),
                    "第２編");
            // the 第２編 starts with the article after the 第１編's last, and cites the 第１編 as its own provisions
            assertTrue(joined.contains("第１２条　この編は、第１０条の規定に基づき"), "the 第２編's 趣旨 is 第１２条, citing 第１０条");
            assertTrue(joined.contains("第１３条　この編において、次に掲げる用語の意義は、第２条に定めるもののほか"),
                    "the 第２編's terms are added to those of 第２条");
            assertFalse(joined.contains("において使用する用語の例による"), "no term borrowed from another rule");
            assertFalse(joined.contains("情報セキュリティ基本方針（令和"), "the 基本方針 is not cited as another rule");
            assertTrue(joined.contains("この訓令は、令和８年４月１日から施行する。"), "the 附則");
            assertEquals(1, count(joined, "から施行する。"), "one 附則");
            assertFalse(joined.contains("第５版"), "no 版 on a rule");
        }
    }

    @Test
    void articlesRunThroughBothParts() throws IOException {
        // every article number of the text once, 第１条 on without a gap: the md file lists them at the line starts
        String md = Files.readString(out.resolve(RULE + ".md"));
        Matcher m = Pattern.compile("(?m)^\\*\\*第([０-９]+)条\\*\\*").matcher(md);
        int expected = 1;
        while (m.find()) {
            assertEquals(expected, Integer.parseInt(java.text.Normalizer.normalize(m.group(1),
                    java.text.Normalizer.Form.NFKC)), "第" + m.group(1) + "条");
            expected++;
        }
        assertTrue(expected > 200, "the articles of both 編: " + (expected - 1));
    }

    @Test
    void theContentsListsBothPartsAndTheSecondPartsChapters() throws Exception {
        List<String> pdf = RuleContentsTest.pdfContents(DocumentText.pdf(out.resolve(RULE + ".pdf")).replaceAll(
                "(?m)^(第[０-９]+編)[\\s　]+", "$1　"));
        assertEquals("第１編　情報セキュリティ基本方針（第１条－第１１条）", pdf.get(0), "the 第１編 with its articles: " + pdf);
        assertEquals("第２編　情報セキュリティ対策基準", pdf.get(1), "the 第２編, its 章 under it: " + pdf);
        assertEquals("第１章　総則（第１２条・第１３条）", pdf.get(2), "the 第２編's first 章 from 第１２条: " + pdf);
        assertEquals("附則", pdf.get(pdf.size() - 1));
        assertEquals(pdf, DocumentText.wordContents(out.resolve(RULE + ".docx")), "the same lines in Word");
    }

    @Test
    void theCloudProvisionsCiteTheSecondPart() throws Exception {
        String text = DocumentText.docx(out.resolve(CLOUD + ".docx")).replaceAll("[\\r\\n]+", "");
        assertTrue(text.contains("架空県情報セキュリティポリシー（令和　年架空県訓令第２１号）第２編（以下「対策基準」という。）"),
                text.substring(0, Math.min(400, text.length())));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
