package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogCommandsTest {

    @Test
    void editionsLists2024_10() {
        Cli r = Cli.run("editions");
        assertEquals(0, r.status());
        assertEquals("2024-10\t令和6年10月版\n", r.out());
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
        assertEquals("features.telework", telework.get("condition").asText());
    }

    @Test
    void unknownEditionIsBadInput() {
        Cli r = Cli.run("sections", "--edition", "2019-01");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("引数が正しくありません: 版「2019-01」は収録されていません。"), r.err());
    }
}
