package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The 選定基準 (総行サ第42号 別紙1) of the 2026-03 edition: filled from procurement:, cited by the 対策基準. */
class SelectionCriteriaTest {
    static final String TITLE = "機器等及び役務の調達に係る選定基準";

    private static Path profile(Path dir, String extra) throws Exception {
        String yaml = Files.readString(Path.of("profiles/kakuu-shi.yaml"), StandardCharsets.UTF_8)
                .replace("guideline: \"2024-10\"", "guideline: \"2026-03\"") + extra;
        Files.createDirectories(dir);
        Path p = dir.resolve("shi.yaml");
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theCriteriaAreWrittenAfterTheOtherDocumentsAndTheStandardCitesThemByNumber(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("generate", profile(dir, "").toString(), "-o", dir.resolve("out").toString(), "--format", "html,docx");
        assertEquals(0, r.status(), r.err());
        Path folder = dir.resolve("out/shi");
        String sel = DocumentText.html(folder.resolve("08_" + TITLE + ".html"));
        for (String s : new String[] {"JC-STAR", "ISMAP", "デジタルマーケットプレイス（DMP）", "総合評価一般競争入札",
                "外国の法令に基づく命令", "仕様書に次に掲げる事項", "契約書に次に掲げる事項",
                "区分Ａ　機密性２以上の情報を取り扱い", "ISMAP-LIUのクラウドサービスリストのみに登録されたサービスを選定しない"}) {
            assertTrue(sel.contains(s), s);
        }
        assertTrue(sel.contains("この基準は、総務部情報政策課が所管し"), "the department defaults to organization.it_department");
        assertTrue(Files.exists(folder.resolve("05_独自変更一覧.html")), "earlier files keep their names");
        assertTrue(Files.exists(folder.resolve("07_情報セキュリティ基本方針（公表用）.html")));
        String standard = DocumentText.html(folder.resolve("02_情報セキュリティ対策基準.html"));
        assertTrue(standard.contains("機器等及び役務の調達に係る選定基準（以下「選定基準」という。）"), "defined at first use");
        assertTrue(standard.matches("(?s).*選定基準 ?6の規定による。.*"), "6.3 cites the exclusion rule by number");
        assertFalse(standard.contains("SBOM"), "the standard no longer restates what the criteria say");
        String word = ConformityTableTest.documentXml(folder.resolve("08_" + TITLE + ".docx"));
        assertTrue(word.contains("JC-STAR"), "the Word file too");
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertTrue(manifest.toString().contains("\"selection-criteria\""), manifest.toString());
    }

    @Test
    void theBodysChoicesFillTheCriteriaAndCheckListsTheDefaults(@TempDir Path dir) throws Exception {
        Path p = profile(dir, "procurement:\n  department: デジタル推進課\n  ismap_liu: true\n  registered_from: \"3\"\n");
        Cli r = Cli.run("generate", p.toString(), "-o", dir.resolve("out").toString(), "--format", "html");
        assertEquals(0, r.status(), r.err());
        String sel = DocumentText.html(dir.resolve("out/shi/08_" + TITLE + ".html"));
        assertTrue(sel.contains("区分Ａ　機密性３の情報を取り扱い"), sel);
        assertTrue(sel.contains("ISMAP-LIUのクラウドサービスリストに登録されたサービスを選定することができる"), sel);
        assertTrue(sel.contains("この基準は、デジタル推進課が所管し"), sel);

        Cli set = Cli.run("check", "--format", "json", p.toString());
        Cli unset = Cli.run("check", "--format", "json", profile(dir.resolve("b"), "")
                .toString());
        assertEquals("declared", status(set, "procurement.ismap_liu"));
        assertEquals("default", status(unset, "procurement.ismap_liu"));
        assertEquals("default", status(unset, "procurement.department"));
        assertEquals("default", status(unset, "procurement.registered_from"));
    }

    private static String status(Cli r, String id) throws Exception {
        for (JsonNode req : new ObjectMapper().readTree(r.out()).get("profiles").get(0).get("requirements")) {
            if (req.get("id").asText().equals(id)) {
                return req.get("status").asText();
            }
        }
        return "absent: " + r.out() + r.err();
    }
}
