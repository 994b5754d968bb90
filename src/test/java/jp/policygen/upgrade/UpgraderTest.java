package jp.policygen.upgrade;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.policygen.catalog.Catalog;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.profile.TestProfiles;

/** upgrade's plan: what becomes of each local change, the changes that reach the body, the profile text. */
class UpgraderTest {
    static final String TOWN_2023 = """
            # 架空町（令和5年3月版のガイドラインに準拠）
            guideline: '2023-03'   # 版
            municipality:
              name: 架空町
              kind: town
            policy:
              effective: 2024-04-01
            organization:
              ciso: 副町長
              chief_officer: 総務課長
              security_officers: 各課長
              security_managers: 各課長
              system_managers: 各情報システム所管課長
              committee: 架空町情報セキュリティ委員会
              csirt: { name: 架空町CSIRT, lead: 総務課長 }
              it_department: 総務課
            network:
              model: beta
              edr: true
            overrides:
              # 2024-10 で本文が変わった条項
              std.outsourcing.contracts.selection:
                append: |
                  町内の事業者を優先して選定することができる。
                reason: 地域の事業者の育成のため
              # 2024-10 でも変わらない条項
              std.human.passwords:
                replace: |
                  パスワードは12文字以上とする。
                reason: 本町の規程に合わせるため
            """;

    private Upgrade plan(Catalog catalog, String yaml, String target) throws UpgradeException {
        ProfileReader.Result r = new ProfileReader(catalog).read("town.yaml", "town", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Profile p = r.profile().orElseThrow(() -> new AssertionError(r.findings().toString()));
        return new Upgrader(catalog).plan(p, yaml, EditionId.of(target));
    }

    private static Map<String, Upgrade.Status> statuses(Upgrade u) {
        return u.overrides().stream().collect(Collectors.toMap(Upgrade.OverrideResult::id, Upgrade.OverrideResult::status));
    }

    @Test
    void anOverrideOnAChangedClauseIsToReviewAndOneOnAKeptClauseAppliesAsIs() throws Exception {
        Upgrade u = plan(TestProfiles.CATALOG, TOWN_2023, "2024-10");
        assertEquals(Map.of("std.outsourcing.contracts.selection", Upgrade.Status.REVIEW,
                "std.human.passwords", Upgrade.Status.UNCHANGED), statuses(u));
        Upgrade.OverrideResult review = u.overrides().get(0);
        assertTrue(review.oldGuideline().contains("あらかじめ定めた選定の基準"), review.oldGuideline());
        assertTrue(review.newGuideline().contains("業務委託に係る運用規程に定める選定の基準"), review.newGuideline());
        assertTrue(u.profileText().contains("std.outsourcing.contracts.selection:") && u.profileText().contains("std.human.passwords:"));
    }

    @Test
    void aClauseOfTheBodysOwnMovesWithTheClauseItFollows() throws Exception {
        String own = """
                  local.usb-ban:
                    insert:
                      after: std.human.passwords
                      title: 私物の電磁的記録媒体
                      text: 私物のUSBメモリを業務に使ってはならない。
                    reason: 町独自の規定
                """;
        String yaml = TOWN_2023 + own;
        Upgrade u = plan(TestProfiles.CATALOG, yaml, "2025-03");
        assertEquals(Upgrade.Status.UNCHANGED, statuses(u).get("local.usb-ban"), "kept, not dropped as a removed clause");
        assertTrue(u.profileText().contains(own), u.profileText());
        ProfileReader.Result again = new ProfileReader(TestProfiles.CATALOG).read("town.yaml", "town",
                u.profileText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("local.usb-ban", again.profile().orElseThrow(() -> new AssertionError(again.findings().toString()))
                .overrides().get("local.usb-ban").clauseId());
    }

    @Test
    void theChangesListedAreThoseThatReachThisBody() throws Exception {
        Upgrade u = plan(TestProfiles.CATALOG, TOWN_2023, "2024-10");
        List<String> ids = u.changes().stream().map(Upgrade.Change::id).toList();
        assertTrue(ids.contains("std.outsourcing.systems"), ids.toString());
        assertFalse(ids.stream().anyMatch(i -> i.contains("alpha-prime")), "a β town gets no α' clauses");
        assertEquals("8.2", u.changes().get(ids.indexOf("std.outsourcing.systems")).number());
    }

    @Test
    void twoStepsAtOnceFollowTheBases() throws Exception {
        Upgrade u = plan(TestProfiles.CATALOG, TOWN_2023, "2025-03");
        assertEquals("2025-03", u.to());
        assertEquals(List.of("network.mynumber_screen_transfer", "features.wireless_lan_mynumber"),
                u.newKeys().stream().map(Upgrade.NewKey::key).toList());
        assertTrue(u.changes().stream().anyMatch(c -> c.topic().equals("インシデント対応の強化")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kakuu-ken.yaml", "kakuu-machi.yaml", "kakuu-mura.yaml", "kakuu-shi.yaml"})
    void eachSampleUpgradedTo2026NamesTheThreePointsAndWhereTheyComeFrom(String sample) throws Exception {
        String text = Files.readString(Path.of("profiles", sample));
        Upgrade u = plan(TestProfiles.CATALOG, text, "2026-03");
        List<String> topics = u.changes().stream().map(Upgrade.Change::topic).distinct().toList();
        assertTrue(topics.contains("マイナンバー利用事務系の記録媒体の消去（物理的破壊以外の方法）と立会いの範囲（解説の改定点）"),
                topics.toString());
        assertTrue(topics.contains("USBメモリ等の外部記録媒体の管理（解説の改定点）"), topics.toString());
        assertTrue(topics.contains("DNS設定を悪用した攻撃への対策（ドメイン名及びDNSレコードの管理）（例文の改定）"),
                topics.toString());
        List<String> ids = u.changes().stream().map(Upgrade.Change::id).toList();
        assertTrue(ids.contains("std.tech.systems.dns.registrar"), ids.toString());
        // the erasure without destruction is the body's choice (a new key, suggested false): not a change it gets
        assertFalse(ids.contains("std.physical.servers.disposal-mynumber-erasure"), ids.toString());
        assertTrue(u.newKeys().stream().anyMatch(k -> k.key().equals("features.mynumber_media_erasure")),
                u.newKeys().toString());
    }

    @Test
    void aSampleUpgradedToTheLatestReportsOnlyTheRevisionsPointsThatApplyToIt() throws Exception {
        String text = Files.readString(Path.of("profiles/kakuu-shi.yaml"));
        Upgrade u = plan(TestProfiles.CATALOG, text, "2025-03");
        assertEquals(List.of("機器等の調達におけるサプライチェーン・リスクへの対応", "インシデント対応の強化"),
                u.changes().stream().map(Upgrade.Change::topic).distinct().toList());
        assertEquals(List.of("network.mynumber_screen_transfer", "features.wireless_lan_mynumber"),
                u.newKeys().stream().map(Upgrade.NewKey::key).toList());
        assertTrue(u.overrides().stream().allMatch(o -> o.status() == Upgrade.Status.UNCHANGED), u.overrides().toString());
    }

    @Test
    void aRenamedClauseCarriesTheOverrideAndARemovedOneIsReportedAndDropped() throws Exception {
        Catalog fixture = jp.policygen.catalog.CatalogFixture.delta();
        String yaml = TestProfiles.MINIMAL.replace("guideline: \"2024-10\"", "guideline: \"2000-01\"")
                + "overrides:\n"
                + "  a.two:\n    replace: 本団体の二。\n    reason: 理由二\n"
                + "  a.three:\n    omit: true\n    reason: 理由三\n";
        Upgrade u = plan(fixture, yaml, "2001-01");
        assertEquals(Map.of("a.two", Upgrade.Status.REVIEW, "a.three", Upgrade.Status.REMOVED), statuses(u));
        assertEquals("a.second", u.overrides().get(0).newId());
        assertTrue(u.profileText().contains("  a.second:\n    replace: 本団体の二。"), u.profileText());
        assertFalse(u.profileText().contains("a.three"), u.profileText());
        assertTrue(u.profileText().contains("# 新版で加わった項目。要確認: Xを使うかどうか\n  x: false"), u.profileText());
    }

    @Test
    void anEarlierOrTheSameEditionIsRefused() {
        UpgradeException same = assertThrows(UpgradeException.class,
                () -> plan(TestProfiles.CATALOG, TOWN_2023, "2023-03"));
        assertEquals("このプロファイルはすでに 令和5年3月版（guideline: \"2023-03\"）です。移行は必要ありません。", same.getMessage());
        String v2024 = TOWN_2023.replace("'2023-03'", "'2024-10'");
        UpgradeException back = assertThrows(UpgradeException.class, () -> plan(TestProfiles.CATALOG, v2024, "2023-03"));
        assertEquals("令和5年3月版は 令和6年10月版より前の版のため、移行できません。--to には 令和6年10月版より後の版を指定してください。",
                back.getMessage());
    }

    @Test
    void commentsKeyOrderAndQuotingAreKept() throws Exception {
        Upgrade u = plan(TestProfiles.CATALOG, TOWN_2023, "2024-10");
        assertEquals(TOWN_2023.replace("guideline: '2023-03'", "guideline: '2024-10'"), u.profileText());
    }

    /** Every line of the sample is still there, in order; only guideline changed and the new keys came in. */
    @ParameterizedTest
    @ValueSource(strings = {"kakuu-ken.yaml", "kakuu-machi.yaml", "kakuu-mura.yaml", "kakuu-shi.yaml"})
    void aSampleChangesOnlyInGuidelinePlusCommentedNewKeys(String sample) throws IOException, UpgradeException {
        String text = Files.readString(Path.of("profiles", sample));
        Upgrade u = plan(TestProfiles.CATALOG, text, "2025-03");
        List<String> before = new ArrayList<>(text.lines().toList());
        List<String> after = new ArrayList<>(u.profileText().lines().toList());
        List<String> added = new ArrayList<>(after);
        for (String line : before) {
            String expected = line.equals("guideline: \"2024-10\"") ? "guideline: \"2025-03\"" : line;
            assertTrue(added.remove(expected), sample + ": lost line " + line);
        }
        assertEquals(4, added.size(), added.toString());
        assertTrue(added.get(0).strip().startsWith("# 令和7年3月版で加わった項目。要確認: "), added.get(0));
        assertEquals("mynumber_screen_transfer: false", added.get(1).strip());
        assertEquals("wireless_lan_mynumber: false", added.get(3).strip());
        assertTrue(new ProfileReader(TestProfiles.CATALOG).read("x.yaml", "x",
                u.profileText().getBytes(java.nio.charset.StandardCharsets.UTF_8)).profile().isPresent());
    }

    private static List<String> open(Upgrade u) {
        return u.tasks().stream().filter(t -> !t.done()).map(Upgrade.Task::id).toList();
    }

    /**
     * The to-do list (issue 20 item 8): without answers, a town moving from 2023-03 is asked for this year's 施行日,
     * 版, 改定履歴 row and amending number, to re-classify its 機密性3 assets, and to set up what the new clauses of
     * its documents oblige it to (運用規程, 外部監査, isolated backups); the upgraded profile keeps last year's 施行日.
     */
    @Test
    void theReportIsAToDoListOfWhatTheNewEditionAndThisYearsRevisionNeed() throws Exception {
        Upgrade u = plan(TestProfiles.CATALOG, TOWN_2023, "2024-10");
        List<String> ids = u.tasks().stream().map(Upgrade.Task::id).toList();
        assertEquals(ids, open(u), "nothing answered, nothing done");
        assertEquals(List.of("overrides", "effective", "version", "history", "adoption", "2024-10:1",
                "2024-10:std.outsourcing.contracts.rules", "2024-10:std.review.audit.external",
                "2024-10:std.tech.systems.backup.isolation"), ids);
        Upgrade.Task reclassify = u.tasks().get(5);
        assertEquals("情報資産の分類を見直す", reclassify.title());
        assertTrue(reclassify.detail().contains("3A・3B・3C"), reclassify.detail());
        assertTrue(u.tasks().get(1).detail().contains("令和6年4月1日 のまま"), u.tasks().get(1).detail());
        assertTrue(u.profileText().contains("effective: 2024-04-01"), "the 施行日 stays as it was");
        // the list is in the JSON and in the report a reader prints
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> json = (List<Map<String, Object>>) UpgradeReport.json(u).get("tasks");
        assertEquals(ids, json.stream().map(m -> m.get("id")).toList());
        jp.policygen.policy.Section todo = UpgradeReport.document(u).sections().stream()
                .filter(x -> x.id().equals("upgrade.tasks")).findFirst().orElseThrow();
        jp.policygen.policy.Block.Table table = (jp.policygen.policy.Block.Table) todo.blocks().get(1);
        assertEquals("施行日を決める", table.rows().get(1).get(1));
        assertEquals("□", table.rows().get(1).get(3));
    }

    /** The answers given to upgrade go into the profile as the 法規担当 would write them, and their lines are done. */
    @Test
    void answersGoIntoTheUpgradedProfileAndTheirTasksAreDone() throws Exception {
        ProfileReader.Result r = new ProfileReader(TestProfiles.CATALOG).read("town.yaml", "town",
                TOWN_2023.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Profile p = r.profile().orElseThrow();
        Upgrade u = new Upgrader(TestProfiles.CATALOG).plan(p, TOWN_2023, EditionId.of("2024-10"), new Upgrade.Answers(
                java.util.Optional.of(java.time.LocalDate.of(2025, 4, 1)), java.util.Optional.of("第2版"),
                java.util.Optional.empty(), java.util.Optional.of("訓令第8号")));
        assertEquals(List.of("overrides", "2024-10:1", "2024-10:std.outsourcing.contracts.rules",
                "2024-10:std.review.audit.external", "2024-10:std.tech.systems.backup.isolation"), open(u));
        assertTrue(u.profileText().contains("  effective: 2025-04-01\n"), u.profileText());
        assertTrue(u.profileText().contains("  version: 第2版\n"), u.profileText());
        // the upgraded profile reads back with this revision's row of the 改定履歴
        ProfileReader.Result back = new ProfileReader(TestProfiles.CATALOG).read("town.yaml", "town",
                u.profileText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Profile upgraded = back.profile().orElseThrow(() -> new AssertionError(back.findings() + "\n" + u.profileText()));
        assertEquals(java.time.LocalDate.of(2025, 4, 1), upgraded.policy().effective());
        Profile.HistoryEntry row = upgraded.policy().history().get(upgraded.policy().history().size() - 1);
        assertEquals(java.time.LocalDate.of(2025, 4, 1), row.date());
        assertEquals("令和6年10月版ガイドラインに準拠して改定", row.note());
        assertEquals(java.util.Optional.of("第2版"), row.version());
        assertEquals(java.util.Optional.of("訓令第8号"), row.adoption());
    }

    /**
     * Answers the upgraded profile could not take are refused with what to write instead, before anything is planned:
     * a 施行日 not after last year's, a number without its kind, a number or note without the row's 施行日.
     */
    @Test
    void answersTheProfileCouldNotTakeAreRefusedInJapanese() throws Exception {
        Profile p = new ProfileReader(TestProfiles.CATALOG).read("town.yaml", "town",
                TOWN_2023.getBytes(java.nio.charset.StandardCharsets.UTF_8)).profile().orElseThrow();
        java.util.Optional<String> none = java.util.Optional.empty();
        Upgrader u = new Upgrader(TestProfiles.CATALOG);
        UpgradeException early = assertThrows(UpgradeException.class, () -> u.plan(p, TOWN_2023, EditionId.of("2024-10"),
                new Upgrade.Answers(java.util.Optional.of(java.time.LocalDate.of(2024, 4, 1)), none, none, none)));
        assertEquals("今回の改定の施行日（令和6年4月1日）は、これまでの施行日（令和6年4月1日）より後の日にしてください"
                + "（例: 2025-04-01）。", early.getMessage());
        UpgradeException kind = assertThrows(UpgradeException.class, () -> u.plan(p, TOWN_2023, EditionId.of("2024-10"),
                new Upgrade.Answers(java.util.Optional.of(java.time.LocalDate.of(2025, 4, 1)), none, none,
                        java.util.Optional.of("第8号"))));
        assertEquals("改正する訓令等の番号「第8号」は、種類と番号で書いてください（例: 訓令第8号、告示第12号）。",
                kind.getMessage());
        UpgradeException row = assertThrows(UpgradeException.class, () -> u.plan(p, TOWN_2023, EditionId.of("2024-10"),
                new Upgrade.Answers(java.util.Optional.empty(), none, none, java.util.Optional.of("訓令第8号"))));
        assertTrue(row.getMessage().startsWith("改正する訓令等の番号と改定内容は改定履歴の今回の行に書くため"),
                row.getMessage());
    }

    /**
     * A rule whose numbering is pinned in the profile (import writes it) keeps it through a rename of the catalog:
     * 令和5年3月版's std.outsourcing.contracts.during.confirmation is continued by
     * std.outsourcing.contracts.during.checks, so the upgraded pin names the new id with the adopted number, and the
     * upgraded rule prints that number for it.
     */
    @Test
    void thePinnedNumberingFollowsTheCatalogsRenames() throws Exception {
        String yaml = java.nio.file.Files.readString(Path.of("profiles/kakuu-ken.yaml"))
                .replaceFirst("(?m)^guideline: .*$", "guideline: \"2023-03\"")
                .replaceFirst("(?m)^policy:\\n", "policy:\n  form: articles\n");
        jp.policygen.resolve.Resolver resolver = new jp.policygen.resolve.Resolver(new jp.policygen.catalog.TemplateEngine());
        jp.policygen.policy.Policy adopted = resolver.resolve(TestProfiles.profile(yaml),
                TestProfiles.CATALOG.edition(EditionId.of("2023-03"))).policy();
        StringBuilder pin = new StringBuilder("  numbering:\n");
        jp.policygen.resolve.StableNumbering.of(adopted).forEach((doc, ids) -> {
            pin.append("    ").append(doc).append(":\n");
            ids.forEach((id, p) -> pin.append("      ").append(id).append(": ").append(p).append('\n'));
        });
        String pinned = yaml.replace("  form: articles\n", "  form: articles\n" + pin);
        String number = jp.policygen.resolve.StableNumbering.of(adopted).get("standard")
                .get("std.outsourcing.contracts.during.confirmation").toString();
        Upgrade u = plan(TestProfiles.CATALOG, pinned, "2024-10");
        assertTrue(u.profileText().contains("      std.outsourcing.contracts.during.checks: " + number + "\n"),
                u.profileText());
        assertFalse(u.profileText().contains("std.outsourcing.contracts.during.confirmation:"), "the old id is gone");
        Profile upgraded = TestProfiles.profile(u.profileText());
        jp.policygen.policy.Policy after = resolver.resolve(upgraded, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();
        String label = after.documents().stream().flatMap(d -> d.flatten().stream())
                .filter(x -> x.id().equals("std.outsourcing.contracts.during.checks")).findFirst().orElseThrow().label();
        assertEquals(jp.policygen.policy.Position.parse(number).orElseThrow(),
                jp.policygen.policy.Position.parse(label).orElseThrow());
    }

    /** Every task of templates/editions.yaml that names a clause names one of its edition. */
    @Test
    void everyEditionTaskNamesAClauseOfItsEdition() {
        for (EditionId id : TestProfiles.CATALOG.editionIds()) {
            for (jp.policygen.catalog.EditionInfo.Task t : TestProfiles.CATALOG.info(id).orElseThrow().tasks()) {
                t.clause().ifPresent(c -> assertTrue(TestProfiles.CATALOG.edition(id).clause(c).isPresent(), id + ": " + c));
            }
        }
    }
}
