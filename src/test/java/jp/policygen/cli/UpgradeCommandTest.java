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
}
