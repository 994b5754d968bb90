package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        TestProfiles.write(dir, "ken.yaml", TestProfiles.prefecture("form: articles", "rules: one"));
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
    void eachPartCallsItselfThisPartAndATermIsDefinedOnce() throws IOException {
        String md = Files.readString(out.resolve(RULE + ".md"));
        // the 第１編 is the 地方自治法's 方針 and is published; inside it, it is この編 (not 「第１編は」)
        assertTrue(md.contains("２　この編は、地方自治法（昭和22年法律第67号）第244条の6第1項に規定する"), "第１条第２項");
        assertTrue(md.contains("本県は、この編を公表するものとする。"), "the 第１編 published");
        assertFalse(md.contains("第１編は、") || md.contains("第１編を公表"), "no part citing itself by its number");
        // 職員等 is defined by 第６条 (以下同じ) for the whole rule: the 第２編's definitions add 職員 only
        assertEquals(1, md.split("その他の職員以外の者をいう", -1).length - 1, "職員等 defined once: " + md.lines()
                .filter(l -> l.contains("その他の職員以外の者をいう")).toList());
        assertTrue(md.contains("（１）　職員　本県の職員（会計年度任用職員、臨時的に任用された職員その他の非常勤の職員を含む。）をいう。"),
                "the 第２編's first term");
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

    /**
     * A revision of one rule in parts keeps its numbers (policy.renumber: false): the next edition's generation into the
     * same folder keeps the 第２編's first article at 第１２条 and gives new articles branch numbers; the snapshot holds
     * the one rule ("policy"), and diff of the two versions amends it by one 改め文 headed by the rule's own 題名.
     */
    @Test
    void aRevisionKeepsTheNumbersAndIsAmendedAsOneRule(@TempDir Path work) throws Exception {
        String ken = TestProfiles.prefecture("form: articles", "rules: one", "renumber: false");
        TestProfiles.write(work, "ken.yaml", ken);
        Path folder = work.resolve("out");
        assertEquals(0, Cli.run("generate", work.resolve("ken.yaml").toString(), "-o", folder.toString(), "--format", "md")
                .status());
        String revised = ken.replace("guideline: \"2024-10\"", "guideline: \"2026-03\"")
                .replace("  effective: 2026-04-01\n", "  effective: 2027-04-01\n")
                .replace("    - { date: 2026-04-01, note: 令和6年10月版ガイドラインに準拠して改定 }\n",
                        "    - { date: 2026-04-01, note: 令和6年10月版ガイドラインに準拠して改定 }\n    - { date: 2027-04-01, note: 改定 }\n");
        TestProfiles.write(work, "ken.yaml", revised);
        Cli second = Cli.run("generate", work.resolve("ken.yaml").toString(), "-o", folder.toString(), "--format", "md");
        assertEquals(0, second.status(), second.err());
        Path now = folder.resolve("ken");
        String md = Files.readString(now.resolve(RULE + ".md"));
        assertTrue(md.contains("**第１２条**　この編は、第１０条の規定に基づき"), "the 第２編 still starts at 第１２条");
        assertTrue(Pattern.compile("(?m)^\\*\\*第[０-９]+条の２\\*\\*").matcher(md).find(), "a new article takes a branch number");
        String snapshot = Files.readString(now.resolve("snapshot.json"));
        assertTrue(snapshot.contains("\"policy\""), "the snapshot holds the one rule");

        Path earlier;
        try (Stream<Path> s = Files.list(now.resolve("history"))) {
            earlier = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Cli diff = Cli.run("diff", earlier.resolve("snapshot.json").toString(), now.resolve("snapshot.json").toString(),
                "-o", work.resolve("diff").toString(), "--format", "json");
        assertEquals(0, diff.status(), diff.err());
        Path amendment;
        try (Stream<Path> s = Files.walk(work.resolve("diff"))) {
            amendment = s.filter(p -> p.getFileName().toString().equals("改め文.txt")).findFirst().orElseThrow();
        }
        String text = Files.readString(amendment);
        assertTrue(text.startsWith("架空県情報セキュリティポリシーの一部を改正する訓令"), text.substring(0, 60));
        assertTrue(text.contains("架空県情報セキュリティポリシー（令和　年架空県訓令第２１号）の一部を次のように改正する。"), text);
        assertFalse(text.contains("対策基準の一部を改正"), "no amending rule of a 対策基準 of its own");
    }

    /**
     * import reads one rule in parts back: its 第１編 and 第２編 headings tell the documents their articles belong to, the
     * profile it writes says rules: one with the numbers pinned part by part, and no provision reads as a change.
     */
    @Test
    void importReadsTheRuleInPartsBack(@TempDir Path work) throws Exception {
        Cli r = Cli.run("import", out.resolve(RULE + ".docx").toString(), "-o", work.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("変更 0 件"), r.out());
        String yaml = Files.readString(work.resolve(RULE + ".yaml"));
        assertTrue(yaml.contains("\n  rules: one"), "rules: one in the profile");
        assertTrue(yaml.matches("(?s).*\n    (# )?basic-policy:\n.*\n    (# )?standard:\n.*"), "the numbers pinned by part");
        assertTrue(yaml.matches("(?s).*\n      (# )?std\\.general\\.purpose: 第12条\n.*"),
                "the 第２編's numbers as the rule prints them");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
