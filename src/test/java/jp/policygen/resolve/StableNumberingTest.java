package jp.policygen.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.compare.ChangeKind;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.Row;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Position;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;

/** Stable numbering of an adopted 例規 (issue 20 item 2): 枝番 for what is new, 「削除」 for what is gone, no 条ずれ. */
class StableNumberingTest {
    private static final Resolver RESOLVER = new Resolver(new TemplateEngine());

    /** The sample prefecture as an articles-form rule with stable numbers, on the given edition, plus extra YAML. */
    private static Profile prefecture(String edition, String extra) throws IOException {
        String y = Files.readString(Path.of("profiles/kakuu-ken.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^guideline: .*$", "guideline: \"" + edition + "\"")
                .replaceFirst("(?m)^policy:\\n", "policy:\n  form: articles\n  renumber: false\n") + extra;
        return TestProfiles.profile(y);
    }

    private static Policy resolve(Profile p, Map<String, Map<String, Position>> earlier) {
        return RESOLVER.resolve(p, TestProfiles.CATALOG.edition(p.guideline()), earlier).policy();
    }

    private static List<Row> rows(Comparison c, ChangeKind kind) {
        List<Row> out = new ArrayList<>();
        c.documents().forEach(d -> d.rows().stream().filter(r -> r.kind() == kind).forEach(out::add));
        return out;
    }

    private static final String INSERT = """
            overrides:
              local.usb-ban:
                insert: { after: std.physical.devices.theft, title: 私物の電磁的記録媒体, text: "私物のUSBメモリを業務に使ってはならない。" }
                reason: 県独自の規定
            """;

    @Test
    void aLocalInsertIsOneNewArticleWithABranchNumberAndMovesNothing() throws IOException {
        Policy adopted = resolve(prefecture("2024-10", ""), Map.of());
        Policy revised = resolve(prefecture("2024-10", INSERT), StableNumbering.of(adopted));
        Comparison c = Comparer.compare(adopted, "old", revised, "new");
        List<Row> added = rows(c, ChangeKind.ADDED);
        assertEquals(List.of("local.usb-ban"), added.stream().map(Row::id).toList());
        assertEquals(List.of(), rows(c, ChangeKind.MOVED).stream().map(r -> r.id() + " " + r.oldNumber() + "→"
                + r.newNumber()).toList());
        Section theft = section(adopted, "std.physical.devices.theft");
        Section usb = section(revised, "local.usb-ban");
        assertEquals(theft.label() + "の２", usb.label(), "the new article takes a branch number after the one it follows");
        // without the earlier numbering the same insert shifts every later article (the 条ずれ the issue reports)
        Comparison shifted = Comparer.compare(adopted, "old", resolve(prefecture("2024-10", INSERT), Map.of()), "new");
        assertTrue(rows(shifted, ChangeKind.MOVED).size() > 20, "without stable numbering: " + shifted.counts());
    }

    @Test
    void thePinInTheProfileKeepsTheNumbersToo() throws IOException {
        Policy adopted = resolve(prefecture("2024-10", ""), Map.of());
        StringBuilder pin = new StringBuilder("  numbering:\n");
        StableNumbering.of(adopted).forEach((doc, ids) -> {
            pin.append("    ").append(doc).append(":\n");
            ids.forEach((id, p) -> pin.append("      ").append(id).append(": ").append(p).append('\n'));
        });
        String yaml = Files.readString(Path.of("profiles/kakuu-ken.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^policy:\\n", "policy:\n  form: articles\n" + pin) + INSERT;
        Policy revised = resolve(TestProfiles.profile(yaml), Map.of()); // renumber left true: the pin alone keeps them
        Comparison c = Comparer.compare(adopted, "old", revised, "new");
        assertEquals(1, rows(c, ChangeKind.ADDED).size(), c.counts().toString());
        assertEquals(0, rows(c, ChangeKind.MOVED).size(), c.counts().toString());
        // a 全部改正 sets the pin aside: the catalog's numbers again
        Policy full = resolve(TestProfiles.profile(yaml.replace("  form: articles\n", "  form: articles\n  full_revision: true\n")),
                Map.of());
        assertTrue(rows(Comparer.compare(adopted, "old", full, "new"), ChangeKind.MOVED).size() > 20);
    }

    @Test
    void theUpgradeTo202503MovesNoArticleAndTheCitationsOfTheSpecialProvisionsStay() throws IOException {
        Policy adopted = resolve(prefecture("2024-10", ""), Map.of());
        Policy upgraded = resolve(prefecture("2025-03", ""), StableNumbering.of(adopted));
        Comparison c = Comparer.compare(adopted, "old", upgraded, "new");
        List<String> moved = rows(c, ChangeKind.MOVED).stream().map(r -> r.id() + " " + r.oldNumber() + "→"
                + r.newNumber()).toList();
        assertEquals(List.of(), moved, c.counts().toString());
        // the 特則 cites 対策基準 articles by number: the same numbers before and after
        assertEquals(citations(adopted), citations(upgraded));
        assertTrue(!citations(adopted).isEmpty());
        Comparison unstable = Comparer.compare(adopted, "old", resolve(prefecture("2025-03", ""), Map.of()), "new");
        assertTrue(rows(unstable, ChangeKind.MOVED).size() > rows(c, ChangeKind.MOVED).size(), unstable.counts().toString());
    }

    /**
     * 号 keep their numbers too (issue 20 item 2, 号 under the pin): last year's 基本方針 was adopted without one of
     * the guideline's definitions, so its 第２条 has eleven 号; this year the body adds it. Under stable numbers the
     * new 号 goes after the last one — 「第２条に次の１号を加える。」, one 新設 row — and the 号 after the place the
     * guideline gives it keep theirs: no 移動 row, no renumbering sentence. The adopted 号 come from the earlier
     * version, or from a pin in the profile (第2条第11号).
     */
    @Test
    void aNew号GoesAfterTheLastOneAndThe号OfTheAdoptedRuleKeepTheirNumbers() throws IOException {
        String yaml = Files.readString(Path.of("profiles/kakuu-ken.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^policy:\\n", "policy:\n  form: articles\n");
        String omit = """
                overrides:
                  basic.definitions.segmentation:
                    omit: true
                    reason: 昨年度は定めていなかった
                """;
        Policy adopted = resolve(TestProfiles.profile(yaml + omit), Map.of());
        assertEquals("（１１）", section(adopted, "basic.definitions.sanitized-transfer").label());
        Profile thisYear = TestProfiles.profile(yaml.replace("  form: articles\n", "  form: articles\n  renumber: false\n"));
        Policy revised = resolve(thisYear, StableNumbering.of(adopted));
        assertEquals("（１１）", section(revised, "basic.definitions.sanitized-transfer").label());
        assertEquals("（１２）", section(revised, "basic.definitions.segmentation").label());
        assertEquals("第２条（１２）", section(revised, "basic.definitions.segmentation").number());
        Comparison c = Comparer.compare(adopted, "old", revised, "new");
        assertEquals(List.of("basic.definitions.segmentation"), rows(c, ChangeKind.ADDED).stream().map(Row::id).toList());
        assertEquals(List.of(), rows(c, ChangeKind.MOVED).stream().map(r -> r.id() + " " + r.oldNumber() + "→"
                + r.newNumber()).toList());
        String text = jp.policygen.compare.AmendingText.plainText(jp.policygen.compare.AmendingText.of(adopted, revised, c));
        assertTrue(text.contains("第２条に次の１号を加える。"), text);
        assertTrue(!text.contains("とし、"), "no renumbering sentence: " + text);

        // the same from a pin in the profile, 号 written as 第2条第11号
        StringBuilder pin = new StringBuilder("  numbering:\n");
        StableNumbering.of(adopted).forEach((doc, ids) -> {
            pin.append("    ").append(doc).append(":\n");
            ids.forEach((id, p) -> pin.append("      ").append(id).append(": ").append(p).append('\n'));
        });
        assertTrue(pin.toString().contains("basic.definitions.sanitized-transfer: 第2条第11号"), pin.toString());
        Policy pinned = resolve(TestProfiles.profile(yaml.replace("  form: articles\n", "  form: articles\n" + pin)),
                Map.of());
        assertEquals("（１２）", section(pinned, "basic.definitions.segmentation").label());
        assertEquals(0, rows(Comparer.compare(adopted, "old", pinned, "new"), ChangeKind.MOVED).size());
        // without stable numbers the guideline's order comes back and the 号 after it move
        Policy unstable = resolve(TestProfiles.profile(yaml), Map.of());
        assertEquals("（１２）", section(unstable, "basic.definitions.sanitized-transfer").label());
    }

    /**
     * 章 and 節 keep their numbers too (issue 20 item 2): the 2024-10 edition adds a 節 to the 対策基準's 第９章 between
     * its 第１節 and 第２節. Under stable numbers the new 節 is 第９章第１節の２ and the 節 after it keep theirs — no 移動
     * row at all for the prefecture's upgrade from 2023-03 — and the 改め文 adds it after the 節 it follows, its
     * heading with its title. The year after, the 節 keeps its branch number.
     */
    @Test
    void aNew節TakesABranchNumberAndTheLaterOnesKeepTheirs() throws IOException {
        Policy adopted = resolve(prefecture("2023-03", ""), Map.of());
        Policy upgraded = resolve(prefecture("2024-10", ""), StableNumbering.of(adopted));
        Comparison c = Comparer.compare(adopted, "old", upgraded, "new");
        assertEquals(List.of(), rows(c, ChangeKind.MOVED).stream().map(r -> r.id() + " " + r.oldNumber() + "→"
                + r.newNumber()).toList());
        assertEquals("第９章第１節の２", section(upgraded, "std.outsourcing.systems").number());
        assertEquals(section(adopted, "std.outsourcing.cloud-confidential").number(),
                section(upgraded, "std.outsourcing.cloud-confidential").number());
        String text = jp.policygen.compare.AmendingText.plainText(jp.policygen.compare.AmendingText.of(adopted, upgraded, c));
        assertTrue(text.contains("第９章第１節の次に次の１節を加える。\n　第１節の２　"
                + section(upgraded, "std.outsourcing.systems").title() + "\n"), text);
        // an article that becomes 「削除」 is one sentence, its caption going with it
        Matcher caption = Pattern.compile("(第[０-９]+条(の[０-９]+)*)の見出しを削る。\n\\1を次のように改める。").matcher(text);
        assertTrue(!caption.find(), caption.toMatchResult().toString());

        Policy nextYear = resolve(prefecture("2025-03", ""), StableNumbering.of(upgraded));
        assertEquals("第９章第１節の２", section(nextYear, "std.outsourcing.systems").number());
        assertEquals(List.of(), rows(Comparer.compare(upgraded, "old", nextYear, "new"), ChangeKind.MOVED).stream()
                .map(Row::id).toList());
    }

    /**
     * A provision the catalog renamed (issue 20, an adopted structure the catalog has since moved): 令和5年3月版's
     * 履行状況の確認 (std.outsourcing.contracts.during.confirmation) is continued in 令和6年10月版 by
     * std.outsourcing.contracts.during.checks (履行状況の確認及び是正), beside a new article on reports. Under stable
     * numbers the continuation keeps the adopted article's number and is one 変更 row, rewritten by one sentence of the
     * 改め文; only the reports are new (第２１１条の２), and no article reads 「削除」.
     */
    @Test
    void aProvisionTheCatalogRenamedKeepsItsNumberAndIsOneChange() throws IOException {
        Policy adopted = resolve(prefecture("2023-03", ""), Map.of());
        Map<String, String> renamed = jp.policygen.catalog.Lineage.renamed(TestProfiles.CATALOG, "2023-03", "2024-10");
        assertEquals("std.outsourcing.contracts.during.checks", renamed.get("std.outsourcing.contracts.during.confirmation"));
        Policy upgraded = resolve(prefecture("2024-10", ""), StableNumbering.carried(StableNumbering.of(adopted), renamed));
        String number = section(adopted, "std.outsourcing.contracts.during.confirmation").label();
        assertEquals(number, section(upgraded, "std.outsourcing.contracts.during.checks").label());
        Policy earlier = Comparer.continued(adopted, renamed);
        Comparison c = Comparer.compare(earlier, "old", upgraded, "new");
        List<String> rows = new ArrayList<>();
        c.documents().forEach(d -> d.rows().stream().filter(r -> r.id().startsWith("std.outsourcing.contracts.during"))
                .forEach(r -> rows.add(r.kind() + " " + r.id())));
        assertEquals(List.of("ADDED std.outsourcing.contracts.during.reports", "CHANGED std.outsourcing.contracts.during.checks"),
                rows);
        String text = jp.policygen.compare.AmendingText.plainText(jp.policygen.compare.AmendingText.of(earlier, upgraded, c));
        assertTrue(text.contains(number + "を次のように改める。\n　（履行状況の確認及び是正）\n　" + number + "　"), text);
        assertTrue(!text.contains(number + "の見出し中"), "the rewrite says the caption too: " + text);
        assertTrue(!text.contains("　削除\n"), text);
    }

    private static final Pattern CITATION = Pattern.compile("対策基準第[０-９]+条(の[０-９]+)?");

    private static TreeSet<String> citations(Policy p) {
        TreeSet<String> out = new TreeSet<>();
        for (Document d : p.documents()) {
            if (d.kind() == DocumentKind.CLOUD_PROVISIONS) {
                for (Section s : d.flatten()) {
                    Matcher m = CITATION.matcher(s.plainText());
                    while (m.find()) {
                        out.add(s.id() + " " + m.group());
                    }
                }
            }
        }
        return out;
    }

    private static Section section(Policy p, String id) {
        return p.documents().stream().flatMap(d -> d.flatten().stream()).filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id));
    }
}
