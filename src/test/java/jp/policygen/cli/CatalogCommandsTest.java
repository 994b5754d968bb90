package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogCommandsTest {

    @Test
    void editionsListsEachEditionWithItsBaseAndCounts() {
        Cli r = Cli.run("editions");
        assertEquals(0, r.status());
        List<String> lines = r.out().lines().filter(l -> !l.startsWith("\t")).toList();
        assertEquals(List.of("2023-03\t令和5年3月版\t2023年3月公表\t収録している最も古い版",
                "2024-10\t令和6年10月版\t2024年10月公表\t2023-03 からの改定: 新設 112・変更 13・削除 0",
                "2025-03\t令和7年3月版\t2025年3月公表\t2024-10 からの改定: 新設 5・変更 2・削除 0",
                "2026-03\t令和8年3月版（最新）\t2026年3月公表\t2025-03 からの改定: 新設 27・変更 7・削除 0"), lines);
        assertTrue(r.out().contains("\tマイナンバー利用事務系の画面転送（団体の選択）と無線LAN"), r.out());
    }

    @Test
    void sectionsOfTheCurrentEditionSayWhereEachChangeComesFrom() throws Exception {
        Cli r = Cli.run("sections", "--edition", "2026-03", "--format", "json");
        assertEquals(0, r.status(), r.err());
        java.util.Map<String, String> origin = new java.util.HashMap<>();
        java.util.Map<String, String> change = new java.util.HashMap<>();
        for (JsonNode row : new ObjectMapper().readTree(r.out())) {
            origin.put(row.get("id").asText(), row.get("origin").asText());
            change.put(row.get("id").asText(), row.get("change").asText());
        }
        assertEquals("解説の改定点", origin.get("std.physical.servers.disposal-mynumber-erasure"));
        assertEquals("新設", change.get("std.physical.servers.disposal-mynumber-erasure"));
        assertEquals("解説の改定点", origin.get("std.physical.devices.media.registration"));
        assertEquals("変更", change.get("std.physical.devices.media.registration"));
        assertEquals("例文の改定", origin.get("std.tech.systems.dns.registrar"));
        assertEquals("", origin.get("std.org.ciso"), "an unchanged clause has no origin");
        Cli text = Cli.run("sections", "--edition", "2026-03", "--grep", "DNS");
        assertTrue(text.out().lines().anyMatch(l -> l.contains("\tstd.tech.systems.dns.changes\t")
                && l.endsWith("\t新設\t例文の改定")), text.out());
    }

    @Test
    void sectionsMarksEachClauseAgainstTheBase() throws Exception {
        Cli r = Cli.run("sections", "--edition", "2025-03", "--format", "json");
        assertEquals(0, r.status(), r.err());
        java.util.Map<String, String> change = new java.util.HashMap<>();
        for (JsonNode row : new ObjectMapper().readTree(r.out())) {
            change.put(row.get("id").asText(), row.get("change").asText());
        }
        assertEquals("新設", change.get("std.ops.incident-response.exercises"));
        assertEquals("変更", change.get("std.ops.incident-response.contents"));
        assertEquals("そのまま", change.get("std.org.ciso"));
        Cli text = Cli.run("sections", "--edition", "2024-10");
        assertTrue(text.out().lines().anyMatch(l -> l.contains("\tstd.outsourcing.systems\t") && l.endsWith("\t新設")),
                text.out());
    }

    @Test
    void sectionsJsonListsEveryClauseWithItsFields() throws Exception {
        Cli r = Cli.run("sections", "--edition", "2024-10", "--format", "json");
        assertEquals(0, r.status(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertTrue(rows.size() > 400, "clauses: " + rows.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode row : rows) {
            for (String field : new String[] {"id", "number", "title", "source", "condition", "document"}) {
                assertTrue(row.has(field), field + " in " + row);
            }
            assertTrue(ids.add(row.get("id").asText()), "unique id " + row.get("id"));
        }
        JsonNode access = null;
        for (JsonNode row : rows) {
            if (row.get("id").asText().equals("std.tech.access-control")) {
                access = row;
            }
        }
        assertEquals("6.2", access.get("number").asText());
        assertEquals("アクセス制御", access.get("title").asText());
        assertEquals("standard", access.get("document").asText());
        JsonNode telework = null;
        for (JsonNode row : rows) {
            if (row.get("id").asText().equals("std.tech.access-control.remote.telework-approval")) {
                telework = row;
            }
        }
        assertEquals("テレワーク：はい（features.telework）", telework.get("condition").asText(), "in the form's words");
    }

    @Test
    void unknownEditionIsBadInput() {
        Cli r = Cli.run("sections", "--edition", "2019-01");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("引数が正しくありません: 版「2019-01」は収録されていません。"), r.err());
    }
}
