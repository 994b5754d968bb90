package jp.policygen.cli;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.ProfileReader;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/** The rows of the 権限・責任等一覧表 are changed by id under overrides:, as clauses are. */
class RolesOverrideTest {
    private static final String OVERRIDES = """
            overrides:
              roles.assets.disposal:
                replace: { manager: 許可, sysmgr: 確認, staff: 実施 }
                reason: 廃棄には情報システム管理者が立ち会うため
              roles.org.segregation:
                omit: true
                reason: 兼務を認めないため
              roles.org.committee:
                title: 情報セキュリティ推進本部の開催及び議事録の保存
                reason: 会議体の名称に合わせるため
              local.roles.media-check:
                insert: { after: roles.physical.devices, title: 私物の電磁的記録媒体の持込みの確認, manager: 確認, staff: 遵守 }
                reason: 本市独自の確認
              local.roles.first-tech:
                insert: { after: roles.tech, title: 情報セキュリティ対策の年間計画, chief: 立案, ciso: 承認 }
                reason: 本市独自の計画
            """;

    private final Resolver resolver = new Resolver(new TemplateEngine());

    private Resolver.Result resolve(String yaml) {
        return resolver.resolve(TestProfiles.profile(yaml), TestProfiles.CATALOG.edition(EditionId.of("2024-10")));
    }

    /** Every row of the duty tables, as cells by column header (事項, 情報セキュリティ管理者 …). */
    private static List<Map<String, String>> rows(Policy policy) {
        Document roles = policy.documents().stream().filter(d -> d.kind() == DocumentKind.ROLES).findFirst().orElseThrow();
        List<Map<String, String>> out = new ArrayList<>();
        for (Section s : roles.flatten()) {
            if (!s.id().startsWith("roles.duties.")) {
                continue;
            }
            for (Block b : s.blocks()) {
                if (b instanceof Block.Table t) {
                    for (List<String> row : t.rows()) {
                        Map<String, String> m = new java.util.LinkedHashMap<>();
                        m.put("group", s.title());
                        for (int i = 0; i < row.size(); i++) {
                            m.put(t.header().get(i), row.get(i));
                        }
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    private static int index(List<Map<String, String>> rows, String duty) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("事項").equals(duty)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aRowIsReplacedOmittedRenamedAndTheBodysOwnRowsAreAdded() {
        Resolver.Result plain = resolve(TestProfiles.MINIMAL);
        List<Map<String, String>> before = rows(plain.policy());
        Resolver.Result r = resolve(TestProfiles.MINIMAL + OVERRIDES);
        List<Map<String, String>> after = rows(r.policy());
        assertTrue(r.warnings().stream().noneMatch(w -> w.code().equals("override-not-used")), r.warnings().toString());

        Map<String, String> disposal = after.get(index(after, "情報資産の廃棄"));
        assertEquals("許可", disposal.get("管理者"));
        assertEquals("確認", disposal.get("システム管理者"));
        assertEquals("実施", disposal.get("職員等"));
        assertEquals("", disposal.get("CISO"), "a role the replace leaves out has no entry");

        assertTrue(index(before, "兼務の禁止及びやむを得ない兼務の承認") >= 0);
        assertEquals(-1, index(after, "兼務の禁止及びやむを得ない兼務の承認"), "the omitted row is gone");

        assertEquals(-1, index(after, "情報セキュリティ委員会の開催及び議事録の保存"));
        Map<String, String> renamed = after.get(index(after, "情報セキュリティ推進本部の開催及び議事録の保存"));
        assertEquals(before.get(index(before, "情報セキュリティ委員会の開催及び議事録の保存")).get("委員会"),
                renamed.get("委員会"), "title: renames the 事項 and keeps the entries");

        int media = index(after, "私物の電磁的記録媒体の持込みの確認");
        assertEquals(index(after, "端末の盗難防止、台帳管理、認証及び暗号化") + 1, media, "right after the row it follows");
        assertEquals("確認", after.get(media).get("管理者"));
        assertEquals("遵守", after.get(media).get("職員等"));
        int plan = index(after, "情報セキュリティ対策の年間計画");
        assertEquals("技術的セキュリティ", after.get(plan).get("group"));
        assertEquals("人的セキュリティ", after.get(plan - 1).get("group"), "after a group's id: the first row of the group");
        assertEquals(before.size() - 1 + 2, after.size());

        List<LocalChange> changes = r.policy().localChanges().stream()
                .filter(c -> c.document() == DocumentKind.ROLES).toList();
        assertEquals(List.of("roles.org.committee", "roles.org.segregation", "roles.assets.disposal",
                "local.roles.media-check", "local.roles.first-tech"), changes.stream().map(LocalChange::id).toList(),
                "in the order of the table");
        LocalChange replaced = changes.get(2);
        assertEquals(LocalChange.Kind.REPLACE, replaced.kind());
        assertEquals("2(2)", replaced.number());
        assertTrue(replaced.guidelineText().contains("情報セキュリティ管理者：許可"), replaced.guidelineText());
        assertTrue(replaced.localText().contains("情報システム管理者：確認"), replaced.localText());
        assertEquals(LocalChange.Kind.OMIT, changes.get(1).kind());
        assertEquals(LocalChange.Kind.TITLE, changes.get(0).kind());
        assertEquals(LocalChange.Kind.INSERT, changes.get(3).kind());
        assertEquals("", changes.get(3).guidelineText());
    }

    @Test
    void theChangedRowsPrintInTheTableAndInTheListOfLocalChanges(@TempDir Path dir) throws Exception {
        Path profile = TestProfiles.write(dir, "roles.yaml", TestProfiles.MINIMAL + OVERRIDES);
        Cli r = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "html");
        assertEquals(0, r.status(), r.err());
        Path folder = dir.resolve("out").resolve("roles");
        String roles;
        String changes;
        try (var files = Files.list(folder)) {
            List<Path> html = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            roles = DocumentText.html(html.stream().filter(f -> f.getFileName().toString().contains("権限・責任等一覧表"))
                    .findFirst().orElseThrow());
            changes = DocumentText.html(html.stream().filter(f -> f.getFileName().toString().contains("独自変更一覧"))
                    .findFirst().orElseThrow());
        }
        assertTrue(roles.contains("私物の電磁的記録媒体の持込みの確認"), roles);
        assertFalse(roles.contains("兼務の禁止及びやむを得ない兼務の承認"));
        assertTrue(changes.contains("権限・責任等一覧表 2(4)"), changes);
        assertTrue(changes.contains("廃棄には情報システム管理者が立ち会うため"));
        assertTrue(changes.contains("情報セキュリティ管理者：確認"), "the inserted row's entries");
    }

    @Test
    void aMistypedRowIdIsAnErrorAtItsLineWithTheNearestId(@TempDir Path dir) throws Exception {
        Path profile = TestProfiles.write(dir, "bad.yaml", TestProfiles.MINIMAL + """
                overrides:
                  roles.assets.disposl:
                    omit: true
                    reason: 独自
                """);
        Path out = dir.resolve("out");
        Cli r = Cli.run("generate", profile.toString(), "-o", out.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("bad.yaml:19:3"), r.err());
        assertTrue(r.err().contains("'roles.assets.disposl' という権限・責任等一覧表の行は 2024-10 版にありません。"
                + "'roles.assets.disposal'（情報資産の廃棄）ですか？"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void wrongShapesAreNamedWithWhatToWrite() {
        ProfileReader.Result r = TestProfiles.read(TestProfiles.MINIMAL + """
                overrides:
                  roles.assets.disposal:
                    replace: { manager: 許可, sysmngr: 確認 }
                    reason: 独自
                  roles.assets:
                    omit: true
                    reason: 独自
                  roles.assets.decision:
                    append: 追記
                    reason: 独自
                  roles.assets.transfer:
                    insert: { after: roles.assets.decision, title: 行 , staff: 実施 }
                    reason: 独自
                """);
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(List.of("unknown-role", "row-group", "row-append", "insert-not-local"),
                errors.stream().map(Finding::code).toList(), errors.toString());
        Finding role = errors.get(0);
        assertEquals(20, role.line());
        assertTrue(role.message().contains("'sysmngr' は一覧表の役割ではありません。'sysmgr'（情報システム管理者）ですか？"),
                role.message());
        assertTrue(role.message().contains("ciso（最高情報セキュリティ責任者（CISO））"), role.message());
        assertTrue(errors.get(1).message().contains("roles.assets.classification"), errors.get(1).message());
        assertTrue(r.profile().isEmpty());
    }

    /** The schema's part for rows (patternProperties of overrides) names the catalog's roles and its examples read. */
    @Test
    void theSchemaDescribesTheRowsWithTheCatalogsRoles() throws Exception {
        com.fasterxml.jackson.databind.JsonNode row = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("schema/profile.schema.json").toFile())
                .at("/properties/overrides/patternProperties").elements().next();
        List<String> roles = List.copyOf(TestProfiles.CATALOG.roleKeys(EditionId.of("2024-10")).keySet());
        List<String> replace = new ArrayList<>();
        row.at("/properties/replace/properties").fieldNames().forEachRemaining(replace::add);
        assertEquals(roles, replace);
        List<String> insert = new ArrayList<>();
        row.at("/properties/insert/properties").fieldNames().forEachRemaining(insert::add);
        List<String> expected = new ArrayList<>(List.of("after", "title"));
        expected.addAll(roles);
        assertEquals(expected, insert);
        List<String> missing = new ArrayList<>();
        List<com.fasterxml.jackson.databind.JsonNode> nodes = new ArrayList<>(List.of(row));
        row.get("properties").forEach(nodes::add);
        row.at("/properties/replace/properties").forEach(nodes::add);
        row.at("/properties/insert/properties").forEach(nodes::add);
        for (var n : nodes) {
            if (n.path("title").asText().isEmpty() || n.path("description").asText().isEmpty()
                    || n.path("examples").isEmpty()) {
                missing.add(n.toString());
            }
        }
        assertEquals(List.of(), missing);
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper();
        String overrides = "overrides:\n  roles.assets.disposal: " + yaml.writeValueAsString(row.at("/examples/0"))
                + "\n  local.roles.example: { insert: " + yaml.writeValueAsString(row.at("/properties/insert/examples/0"))
                + ", reason: 独自 }\n";
        ProfileReader.Result r = TestProfiles.read(TestProfiles.MINIMAL + overrides);
        assertEquals(List.of(), r.findings().stream().filter(Finding::isError).toList(), overrides);
    }

    @Test
    void aRowThisBodysTableDoesNotHaveIsNamedInAWarning() {
        Resolver.Result r = resolve(TestProfiles.MINIMAL + """
                overrides:
                  roles.resilience.alpha-prime.ismap:
                    omit: true
                    reason: 独自
                """);
        List<Finding> unused = r.warnings().stream().filter(w -> w.code().equals("override-not-used")).toList();
        assertEquals(1, unused.size(), r.warnings().toString());
        assertEquals(19, unused.get(0).line());
        assertTrue(unused.get(0).message().contains("文書に含まれない一覧表の行"), unused.get(0).message());
    }
}
