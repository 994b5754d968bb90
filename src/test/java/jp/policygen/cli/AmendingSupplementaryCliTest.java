package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.profile.TestProfiles;

/**
 * A body revises its 訓令 (issue 20 item 4): last year's rules made by 訓令第21号, this year's revision 訓令第8号
 * changes the 対策基準 only. The original 附則 of each rule stays as adopted (the 特則's 施行日 does not move to this
 * year's), the 対策基準 gets a 改正附則 for 訓令第8号, the 基本方針 and the 特則 none; the 対照表 holds the one real
 * change and no 附則 row.
 */
class AmendingSupplementaryCliTest {
    @TempDir
    Path dir;

    private static final String LAST_YEAR = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
              effective: 2026-04-01
              form: articles
              renumber: false
              adoption: 訓令第21号
              history:
                - { date: 2026-04-01, note: 制定, adoption: 訓令第21号 }
            """) + """
            cloud:
              government_cloud: true
            """;

    @Test
    void aRevisionKeepsTheOriginal附則AndAddsItsOwnOnlyToTheRuleItAmends() throws IOException {
        Path out = dir.resolve("out");
        Path lastYear = TestProfiles.write(dir, "shi.yaml", LAST_YEAR);
        Cli g = Cli.run("generate", lastYear.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, g.status(), g.err());
        Map<String, String> adopted = supplementary(out.resolve("shi/snapshot.json"));
        assertEquals("この訓令は、令和８年４月１日から施行する。", adopted.get("cloud.supplementary"), adopted.toString());

        Files.createDirectories(dir.resolve("new"));
        String thisYear = LAST_YEAR.replace("effective: 2026-04-01", "effective: 2027-04-01")
                .replace("adoption: 訓令第21号\n  history:", "adoption: 訓令第8号\n  history:")
                .replace("adoption: 訓令第21号 }\n", "adoption: 訓令第21号 }\n    - { date: 2027-04-01, note: 改正, adoption: 訓令第8号 }\n")
                + """
                overrides:
                  local.usb-ban:
                    insert: { after: std.physical.devices.theft, title: 私物の電磁的記録媒体, text: "私物のUSBメモリを業務に使ってはならない。" }
                    reason: 本市独自の規定
                """;
        assertTrue(thisYear.contains("訓令第8号 }"), thisYear);
        Path profile = TestProfiles.write(dir.resolve("new"), "shi.yaml", thisYear);
        Cli g2 = Cli.run("generate", profile.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, g2.status(), g2.err());
        Map<String, String> now = supplementary(out.resolve("shi/snapshot.json"));
        // the original 附則 of every rule, word for word as adopted
        for (String id : List.of("basic.supplementary", "std.supplementary", "cloud.supplementary")) {
            assertEquals(adopted.get(id), now.get(id), id);
        }
        // the 改正附則 of 訓令第8号 in the 対策基準 only: the 基本方針 and the 特則 were not amended
        List<String> revisions = now.keySet().stream().filter(k -> k.contains(".revision-")).toList();
        assertEquals(List.of("std.supplementary.revision-1"), revisions, now.toString());
        assertEquals("この訓令は、令和９年４月１日から施行する。", now.get("std.supplementary.revision-1"));
        String html = Files.list(out.resolve("shi")).filter(p -> p.getFileName().toString().contains("対策基準")
                && p.toString().endsWith(".html")).findFirst().map(AmendingSupplementaryCliTest::read).orElseThrow();
        assertTrue(html.contains("附則（令和９年４月１日訓令第８号）"), "the 改正附則 is headed by its date and number");
        String basic = Files.list(out.resolve("shi")).filter(p -> p.getFileName().toString().contains("基本方針")
                && p.toString().endsWith(".html")).findFirst().map(AmendingSupplementaryCliTest::read).orElseThrow();
        assertFalse(basic.contains("訓令第８号"), "the 基本方針 was not amended");

        Cli d = Cli.run("diff", profile.toString(), "-o", out.toString(), "--format", "json,pdf");
        assertEquals(0, d.status(), d.err());
        JsonNode rows = new ObjectMapper().readTree(out.resolve("shi_新旧対照表/新旧対照表.json").toFile()).get("rows");
        List<String> kinds = new ArrayList<>();
        rows.forEach(r -> kinds.add(r.get("kind").asText() + " " + r.get("id").asText()));
        assertEquals(List.of("added local.usb-ban"), kinds);

        // the table as printed (issue 20 item 5): headed by the amending rule with its number, no file names, no
        // 版 or 施行日 rows, the new article's caption on its own line above 「第Ｎ条の２　…」
        org.junit.jupiter.api.Assumptions.assumeTrue(Cli.onPath("pdftotext"), "pdftotext (poppler-utils)");
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-layout",
                out.resolve("shi_新旧対照表/新旧対照表.pdf").toString(), "-").redirectErrorStream(true).start();
        String pdf = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String flat = pdf.replaceAll("[ \u3000]", "");
        assertTrue(flat.contains("架空市情報セキュリティ対策基準の一部を改正する訓令新旧対照表"), pdf);
        assertTrue(flat.contains("（令和9年訓令第8号）"), pdf);
        assertTrue(flat.contains("施行期日：令和9年4月1日"), pdf);
        assertFalse(pdf.contains("shi.yaml") || pdf.contains(dir.toString()), "no file names: " + pdf);
        assertFalse(flat.contains("版") || flat.contains("施行日"), "no booklet rows: " + pdf);
        String number = rows.get(0).get("new_number").asText();
        assertTrue(number.matches("第[０-９]+条の２"), number);
        List<String> lines = pdf.lines().map(l -> l.strip()).toList();
        int caption = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("（私物の電磁的記録媒体）")) {
                caption = i;
            }
        }
        assertTrue(caption >= 0, "the caption on its own line: " + pdf);
        assertTrue(lines.get(caption + 1).replaceAll("[ \u3000]", "").startsWith(number + "私物のUSBメモリ"),
                "the article number starts the line under its caption: " + lines.get(caption + 1));
    }

    /** Each 附則 section of the snapshot: id → its text. */
    private static Map<String, String> supplementary(Path snapshot) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode d : new ObjectMapper().readTree(snapshot.toFile()).get("documents")) {
            for (JsonNode s : d.get("sections")) {
                if (s.get("id").asText().contains("supplementary")) {
                    out.put(s.get("id").asText(), s.get("text").asText());
                }
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
