package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.profile.TestProfiles;

/**
 * A body revising its adopted rule under stable numbers (issue 20 item 2), as the 法規担当 runs it: last year's rule
 * generated, this year's profile with one article of its own; generate keeps last year's numbers (the new article is
 * 第N条の２) and diff shows one 新設 row and no 移動 row.
 */
class StableNumberingCliTest {
    @TempDir
    Path dir;

    @Test
    void aRevisionWithOneNewArticleIsOneNewRow() throws IOException {
        String base = TestProfiles.MINIMAL.replace("effective: 2026-04-01",
                "effective: 2026-04-01\n  version: 第1版\n  form: articles\n  renumber: false");
        Path lastYear = TestProfiles.write(dir, "shi.yaml", base);
        Path out = dir.resolve("out");
        Cli g = Cli.run("generate", lastYear.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, g.status(), g.err());

        Files.createDirectories(dir.resolve("new"));
        Path thisYear = TestProfiles.write(dir.resolve("new"), "shi.yaml", base.replace("2026-04-01", "2027-04-01")
                .replace("第1版", "第2版") + """
                overrides:
                  local.usb-ban:
                    insert: { after: std.physical.devices.theft, title: 私物の電磁的記録媒体, text: "私物のUSBメモリを業務に使ってはならない。" }
                    reason: 本市独自の規定
                """);
        Cli g2 = Cli.run("generate", thisYear.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, g2.status(), g2.err());
        JsonNode snapshot = new ObjectMapper().readTree(out.resolve("shi/snapshot.json").toFile());
        String usb = null;
        String theft = null;
        for (JsonNode d : snapshot.get("documents")) {
            for (JsonNode s : d.get("sections")) {
                if (s.get("id").asText().equals("local.usb-ban")) {
                    usb = s.get("label").asText();
                }
                if (s.get("id").asText().equals("std.physical.devices.theft")) {
                    theft = s.get("label").asText();
                }
            }
        }
        assertEquals(theft + "の２", usb);
        String html = Files.list(out.resolve("shi")).filter(p -> p.toString().contains("対策基準") && p.toString()
                .endsWith(".html")).findFirst().map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).orElseThrow();
        assertTrue(html.contains(usb), "the document prints " + usb);

        Cli d = Cli.run("diff", thisYear.toString(), "-o", out.toString(), "--format", "docx,pdf,json");
        assertEquals(0, d.status(), d.err());
        JsonNode rows = new ObjectMapper().readTree(out.resolve("shi_新旧対照表/新旧対照表.json").toFile()).get("rows");
        List<String> kinds = new ArrayList<>();
        rows.forEach(r -> {
            // no booklet rows in a 訓令's table, and the original 附則 is never rewritten (issue 20 items 4, 5)
            kinds.add(r.get("kind").asText() + " " + r.get("id").asText());
        });
        assertEquals(List.of("added local.usb-ban"), kinds);

        // the 改め文 beside it (item 6): the sentence and the new article, read back from each format
        Path folder = out.resolve("shi_新旧対照表");
        String sentence = theft + "の次に次の１条を加える。";
        String txt = Files.readString(folder.resolve("改め文.txt"));
        assertTrue(txt.startsWith("架空市情報セキュリティ対策基準の一部を改正する訓令\n"), txt);
        assertTrue(txt.contains("の一部を次のように改正する。\n" + sentence + "\n　（私物の電磁的記録媒体）\n　"
                + usb + "　私物のUSBメモリを業務に使ってはならない。\n"), txt);
        assertTrue(txt.contains("附　則\nこの訓令は、令和９年４月１日から施行する。"), txt);
        String xml;
        try (var zip = new java.util.zip.ZipFile(folder.resolve("改め文.docx").toFile())) {
            xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(xml.replaceAll("<[^>]+>", "").contains(sentence), "docx");
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", folder.resolve("改め文.pdf").toString(), "-")
                .redirectErrorStream(true).start();
        String pdf = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(pdf.replaceAll("\\s", "").contains(sentence), pdf);
    }

    /**
     * upgrade keeps the adopted numbers too (issue 20 item 2): the sample prefecture as a rule with stable numbers moves
     * to 2025-03; its 対照表 holds the three new articles (branch numbers) and the changed ones, no 移動 row, and the
     * upgraded documents print the numbers the 対照表 shows.
     */
    @Test
    void anUpgradeUnderStableNumbersMovesNoArticle() throws IOException {
        String yaml = Files.readString(Path.of("profiles/kakuu-ken.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("(?m)^policy:\\n", "policy:\n  form: articles\n  renumber: false\n");
        Path profile = TestProfiles.write(dir, "ken.yaml", yaml);
        Path out = dir.resolve("out");
        Cli u = Cli.run("upgrade", profile.toString(), "--to", "2025-03", "-o", out.toString(), "--format", "html",
                "--effective", "2027-04-01", "--adoption", "訓令第8号");
        assertEquals(0, u.status(), u.err());
        Path folder = out.resolve("ken_2025-03移行");
        JsonNode table = new ObjectMapper().readTree(folder.resolve("ken_新旧対照表/新旧対照表.json").toFile());
        assertEquals(0, table.get("counts").get("moved").asInt(), table.get("counts").toString());
        List<String> added = new ArrayList<>();
        table.get("rows").forEach(r -> {
            if (r.get("kind").asText().equals("added")) {
                added.add(r.get("new_number").asText());
            }
        });
        assertEquals(3, added.size(), added.toString());
        assertTrue(added.stream().allMatch(n -> n.matches("第[０-９]+条の[２-９]")), added.toString());
        // the amending rule drafted beside it: its 題名, the number under it as a rule is cited, its 附則
        List<String> amendment = Files.readAllLines(folder.resolve("ken_新旧対照表/改め文.txt"));
        assertEquals("架空県情報セキュリティ対策基準の一部を改正する訓令", amendment.get(0));
        assertEquals("架空県訓令第８号", amendment.get(1), "in full width, as the rule prints its numbers");
        assertTrue(amendment.contains("この訓令は、令和９年４月１日から施行する。"), amendment.toString());
        String standard = Files.readString(folder.resolve("ken/02_情報セキュリティ対策基準.html"));
        for (String n : added) {
            assertTrue(standard.contains(n), "the upgraded 対策基準 prints " + n);
        }
    }
}
