package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.upgrade.UpgraderTestProfiles;

/** A 2023-03 town moves to 2024-10 in one command: profile, documents, 対照表 and report in one folder. */
class UpgradeCommandTest {
    @Test
    void aTownOfTheOlderEditionUpgradesInOneCommand(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("town.yaml");
        Files.writeString(profile, UpgraderTestProfiles.TOWN_2023);
        Cli r = Cli.run("upgrade", profile.toString(), "--to", "2024-10", "-o", dir.resolve("out").toString(),
                "--format", "html");
        assertEquals(0, r.status(), r.err());
        Path folder = dir.resolve("out/town_2024-10移行");
        assertTrue(r.out().contains("独自の変更 2件（要確認 1件）"), r.out());

        String upgraded = Files.readString(folder.resolve("town.yaml"));
        assertEquals(UpgraderTestProfiles.TOWN_2023.replace("guideline: '2023-03'", "guideline: '2024-10'"), upgraded);
        assertEquals(UpgraderTestProfiles.TOWN_2023, Files.readString(profile), "the user's file is left as it was");

        String standard = Files.readString(folder.resolve("town/02_情報セキュリティ対策基準.html"));
        assertTrue(standard.contains("8.2") && standard.contains("情報システムに関する業務委託"));

        JsonNode rows = new ObjectMapper().readTree(folder.resolve("town_新旧対照表/新旧対照表.json").toFile()).get("rows");
        List<String> systems = new ArrayList<>();
        rows.forEach(row -> {
            if (row.get("id").asText().equals("std.outsourcing.systems")) {
                systems.add(row.get("kind").asText());
            }
        });
        assertEquals(List.of("added"), systems);

        JsonNode report = new ObjectMapper().readTree(folder.resolve("upgrade-report.json").toFile());
        List<String> statuses = new ArrayList<>();
        report.get("overrides").forEach(o -> statuses.add(o.get("id").asText() + "=" + o.get("status").asText()));
        assertEquals(List.of("std.outsourcing.contracts.selection=review", "std.human.passwords=unchanged"), statuses);

        String html = Files.readString(folder.resolve("移行報告.html"));
        assertTrue(html.contains("要確認") && html.contains("そのまま適用"), html);
        assertTrue(html.contains("町内の事業者を優先して選定することができる。") && html.contains("地域の事業者の育成のため"), html);
        assertEquals(2, html.split("委託事業者の情報セキュリティ水準が", -1).length - 1, "old and new guideline text side by side");
        assertTrue(html.contains("運用規程"), "the new wording, underlined as a change");
    }

    @Test
    void anEditionThatIsNotLaterIsBadInput(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("town.yaml");
        Files.writeString(profile, UpgraderTestProfiles.TOWN_2023);
        Cli r = Cli.run("upgrade", profile.toString(), "--to", "2023-03", "-o", dir.resolve("out").toString());
        assertEquals(2, r.status());
        assertEquals(profile + ": エラー: このプロファイルはすでに 令和5年3月版（guideline: \"2023-03\"）です。移行は必要ありません。\n",
                r.err());
        assertFalse(Files.exists(dir.resolve("out/town_2023-03移行")));
    }

    /**
     * The answers of this year's revision as options (issue 20 item 8): the upgraded profile carries the new 施行日, 版
     * and the 改定履歴 row with the amending number; the 対照表's new side is headed with them (not last year's), and
     * the to-do list shows those lines done and the rest — re-classifying the 機密性3 assets, the new obligations — to
     * do. Without the options the same lines are to do (the first test).
     */
    @Test
    void theAnswersOfThisYearsRevisionAreOptions(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("town.yaml");
        Files.writeString(profile, UpgraderTestProfiles.TOWN_2023);
        Cli r = Cli.run("upgrade", profile.toString(), "--to", "2024-10", "-o", dir.resolve("out").toString(),
                "--format", "html", "--effective", "2025-04-01", "--policy-version", "第2版", "--adoption", "訓令第8号");
        assertEquals(0, r.status(), r.err());
        Path folder = dir.resolve("out/town_2024-10移行");
        String upgraded = Files.readString(folder.resolve("town.yaml"));
        assertTrue(upgraded.contains("  effective: 2025-04-01\n") && upgraded.contains("  version: 第2版\n"), upgraded);
        assertTrue(upgraded.contains("adoption: 訓令第8号"), upgraded);

        JsonNode table = new ObjectMapper().readTree(folder.resolve("town_新旧対照表/新旧対照表.json").toFile());
        assertEquals("令和6年4月1日", table.get("old").get("effective").asText());
        assertEquals("令和7年4月1日", table.get("new").get("effective").asText());
        assertEquals("第2版", table.get("new").get("version").asText());

        JsonNode report = new ObjectMapper().readTree(folder.resolve("upgrade-report.json").toFile());
        List<String> done = new ArrayList<>();
        List<String> open = new ArrayList<>();
        report.get("tasks").forEach(t -> (t.get("done").asBoolean() ? done : open).add(t.get("id").asText()));
        assertEquals(List.of("effective", "version", "history", "adoption"), done);
        assertTrue(open.contains("2024-10:1"), open.toString());
        String html = Files.readString(folder.resolve("移行報告.html"));
        assertTrue(html.contains("やることの一覧") && html.contains("情報資産の分類を見直す"), html);
        assertTrue(html.contains("令和7年4月1日（policy.effective に書きました）"), html);
    }

    /** An answer the profile could not take: exit 2, in Japanese, naming what to write, and nothing written. */
    @Test
    void aBadAnswerIsBadInputAndWritesNothing(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("town.yaml");
        Files.writeString(profile, UpgraderTestProfiles.TOWN_2023);
        Cli date = Cli.run("upgrade", profile.toString(), "--to", "2024-10", "-o", dir.resolve("out").toString(),
                "--effective", "2025/04/01");
        assertEquals(2, date.status());
        assertTrue(date.err().contains("--effective") && date.err().contains("年-月-日の形で書いてください"), date.err());
        assertFalse(date.err().contains("Exception") || date.err().contains("java."), date.err());
        Cli number = Cli.run("upgrade", profile.toString(), "--to", "2024-10", "-o", dir.resolve("out").toString(),
                "--effective", "2025-04-01", "--adoption", "8号");
        assertEquals(2, number.status());
        assertEquals(profile + ": エラー: 改正する訓令等の番号「8号」は、種類と番号で書いてください（例: 訓令第8号、告示第12号）。\n",
                number.err());
        assertFalse(Files.exists(dir.resolve("out/town_2024-10移行")));
    }
}
