package jp.policygen.compare;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.BlockVisitor;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.policy.Run;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

class ComparerTest {
    private static final Resolver RESOLVER = new Resolver(new TemplateEngine());
    private static final String BASE = TestProfiles.MINIMAL;
    private static final Policy OLD = resolve(BASE);

    static Policy resolve(String yaml) {
        return RESOLVER.resolve(TestProfiles.profile(yaml), TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();
    }

    static Comparison compare(Policy o, Policy n) {
        return Comparer.compare(o, "old", n, "new");
    }

    static Row row(Comparison c, String id) {
        return c.rows().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + id + " in " + c.rows().stream().map(Row::id).toList()));
    }

    /** The underlined stretches of a cell, in order. */
    static List<String> underlined(List<Run> cell, Run.Underline kind) {
        return cell.stream().filter(r -> r.underline() == kind).map(Run::text).toList();
    }

    /**
     * The clause's body as the profile's Markdown, rebuilt from the resolved policy (so the test does not depend on
     * how the template words it, or on its parameters); the precondition checks the words to change are there.
     */
    static String markdown(Policy p, String id) {
        Section s = p.documents().stream().flatMap(d -> d.flatten().stream()).filter(x -> x.id().equals(id))
                .findFirst().orElseThrow();
        StringBuilder sb = new StringBuilder();
        for (Block b : s.blocks()) {
            b.accept(new BlockVisitor<Void, RuntimeException>() {
                @Override
                public Void paragraph(Block.Paragraph para) {
                    sb.append(para.text()).append("\n\n");
                    return null;
                }

                @Override
                public Void list(Block.ItemList list) {
                    items(list.items(), "");
                    sb.append("\n");
                    return null;
                }

                private void items(List<Block.ListItem> items, String indent) {
                    for (Block.ListItem i : items) {
                        sb.append(indent).append("- ").append(i.text()).append("\n");
                        items(i.children(), indent + "  ");
                    }
                }

                @Override
                public Void table(Block.Table t) {
                    sb.append("|").append(String.join("|", t.header())).append("|\n|")
                            .append("---|".repeat(t.columns())).append("\n");
                    t.rows().forEach(r -> sb.append("|").append(String.join("|", r)).append("|\n"));
                    sb.append("\n");
                    return null;
                }
            });
        }
        return sb.toString();
    }

    static String text(List<Run> cell) {
        return cell.stream().map(Run::text).collect(Collectors.joining());
    }

    @Test
    void aPolicyAgainstItselfHasNoRows() {
        Comparison c = compare(OLD, resolve(BASE));
        assertTrue(c.isEmpty());
        assertEquals(List.of(), c.rows());
    }

    @Test
    void aReplacedClauseIsChangedWithTheChangedWordsUnderlinedInBothColumns() {
        String before = markdown(OLD, "std.human.passwords");
        assertTrue(before.contains("12文字以上"), before);
        String body = before.replace("12文字以上", "15文字以上");
        Comparison c = compare(OLD, resolve(BASE + "overrides:\n  std.human.passwords:\n    replace: |\n"
                + body.indent(6) + "    reason: 本市パスワード規程に合わせるため\n"));
        Row r = row(c, "std.human.passwords");
        assertEquals(ChangeKind.CHANGED, r.kind());
        assertEquals(List.of("15"), underlined(r.newCell(), Run.Underline.SINGLE));
        assertEquals(List.of("12"), underlined(r.oldCell(), Run.Underline.SINGLE));
        assertTrue(text(r.newCell()).startsWith("5.4(3)　パスワードの取扱い\n"), text(r.newCell()));
        assertTrue(text(r.newCell()).contains(Comparer.OMITTED), "unchanged lines shortened: " + text(r.newCell()));
        assertEquals("変更\n本市パスワード規程に合わせるため", r.note());
        assertEquals(1, c.rows().size(), c.rows().toString());
    }

    @Test
    void anOmittedClauseIsDeletedAndTheClausesAfterItAreMovedWithDoubleUnderlinedNumbers() {
        Comparison c = compare(OLD, resolve(BASE
                + "overrides:\n  std.physical.servers.offsite:\n    omit: true\n    reason: 庁外に設置しない\n"));
        Row deleted = row(c, "std.physical.servers.offsite");
        assertEquals(ChangeKind.DELETED, deleted.kind());
        assertEquals(List.of(Run.plain(Comparer.DELETED_MARK)), deleted.newCell());
        assertTrue(text(deleted.oldCell()).startsWith("4.1(6)　庁外への機器の設置"), text(deleted.oldCell()));
        assertEquals(text(deleted.oldCell()).replaceFirst("　", ""),
                String.join("", underlined(deleted.oldCell(), Run.Underline.SINGLE)),
                "a deleted clause is underlined whole, but for the gap after its number");

        Row next = row(c, "std.physical.servers.disposal");
        assertEquals(ChangeKind.MOVED, next.kind());
        assertEquals("4.1(7)", next.oldNumber());
        assertEquals("4.1(6)", next.newNumber());
        assertEquals(List.of("4.1(6)"), underlined(next.newCell(), Run.Underline.DOUBLE));
        assertEquals(List.of("4.1(7)"), underlined(next.oldCell(), Run.Underline.DOUBLE));
        assertEquals(List.of(), underlined(next.newCell(), Run.Underline.SINGLE), "only the number changed");
        // the deleted clause's row stands where it stood, before the clause that took its number
        List<String> ids = c.rows().stream().map(Row::id).toList();
        assertEquals(ids.indexOf("std.physical.servers.offsite") + 1, ids.indexOf("std.physical.servers.disposal"));
    }

    @Test
    void anAppendedParagraphIsUnderlinedAndTheUnchangedTextShortened() {
        Comparison c = compare(OLD, resolve(BASE + "overrides:\n  std.tech.email.security:\n    append: |\n"
                + "      送信時の宛先確認を徹底する。\n    reason: 誤送信事案を踏まえて\n"));
        Row r = row(c, "std.tech.email.security");
        assertEquals(ChangeKind.CHANGED, r.kind());
        assertEquals("送信時の宛先確認を徹底する。", String.join("", underlined(r.newCell(), Run.Underline.SINGLE)).strip());
        assertEquals(List.of(), underlined(r.oldCell(), Run.Underline.SINGLE));
        String cell = text(r.newCell());
        assertTrue(cell.matches("(?s)6\\.1\\(14\\)①　電子メールサーバの設定\n（略）\n送信時の宛先確認を徹底する。"), cell);
    }

    @Test
    void inArticlesFormTheArticlesRenumberedByAnOmitAreMovedWithDoubleUnderlinedNumbers() {
        String articles = BASE.replace("  effective: 2026-04-01\n", "  effective: 2026-04-01\n  form: articles\n");
        Policy before = resolve(articles);
        Comparison c = compare(before, resolve(articles
                + "overrides:\n  std.physical.servers.offsite:\n    omit: true\n    reason: 庁外に設置しない\n"));
        Row deleted = row(c, "std.physical.servers.offsite");
        assertEquals(ChangeKind.DELETED, deleted.kind());
        Row next = row(c, "std.physical.servers.disposal");
        assertEquals(ChangeKind.MOVED, next.kind());
        // article numbers may be written in half- or full-width digits (第3条, 第３条)
        String was = java.text.Normalizer.normalize(next.oldNumber(), java.text.Normalizer.Form.NFKC);
        String now = java.text.Normalizer.normalize(next.newNumber(), java.text.Normalizer.Form.NFKC);
        assertTrue(was.matches("第[0-9]+条"), next.oldNumber());
        assertEquals("第" + (Integer.parseInt(was.replaceAll("[^0-9]", "")) - 1) + "条", now);
        assertEquals(List.of(next.newNumber()), underlined(next.newCell(), Run.Underline.DOUBLE));
        assertEquals(List.of(next.oldNumber()), underlined(next.oldCell(), Run.Underline.DOUBLE));
        // every later article moves up by one; none is shown as deleted and added
        long moved = c.rows().stream().filter(r -> r.kind() == ChangeKind.MOVED).count();
        assertTrue(moved > 10, "later articles renumbered: " + moved);
        assertEquals(1, c.rows().stream().filter(r -> r.kind() == ChangeKind.DELETED).count());
        assertEquals(0, c.rows().stream().filter(r -> r.kind() == ChangeKind.ADDED).count());
    }

    @Test
    void aChangedTableCellIsUnderlinedInsideItsCell() {
        String before = markdown(OLD, "std.assets.classification.availability");
        assertTrue(before.contains("定期的に復旧の確認"), before);
        String body = before.replace("定期的に復旧の確認", "年1回以上復旧の確認");
        Comparison c = compare(OLD, resolve(BASE + "overrides:\n  std.assets.classification.availability:\n"
                + "    replace: |\n" + body.indent(6) + "    reason: 復旧確認の頻度を定めるため\n"));
        Row r = row(c, "std.assets.classification.availability");
        assertEquals(ChangeKind.CHANGED, r.kind());
        assertEquals(List.of("年1回以上"), underlined(r.newCell(), Run.Underline.SINGLE));
        assertEquals(List.of("定期的に"), underlined(r.oldCell(), Run.Underline.SINGLE));
        // the underlined words stand in their row, in the third cell (取扱いの基本)
        String line = text(r.newCell()).lines().filter(l -> l.contains("年1回以上")).findFirst().orElseThrow();
        String[] cells = line.split(ClauseText.CELL_SEPARATOR);
        assertEquals("可用性２", cells[0]);
        assertTrue(cells[2].contains("年1回以上復旧の確認"), line);
        assertFalse(cells[1].contains("年1回以上"), line);
    }

    @Test
    void aNewEffectiveDateAndVersionAreRowsOfEveryDocument() {
        Comparison c = compare(OLD, resolve(BASE.replace("effective: 2026-04-01",
                "effective: 2027-04-01\n  version: 第2版")));
        assertFalse(c.isEmpty());
        for (Comparison.DocumentChanges d : c.documents()) {
            List<String> ids = d.rows().stream().map(Row::id).toList();
            assertTrue(ids.contains("document.effective"), d.title() + ": " + ids);
            assertTrue(ids.contains("document.version"), d.title() + ": " + ids);
        }
        Row effective = c.documents().get(0).rows().stream().filter(r -> r.id().equals("document.effective"))
                .findFirst().orElseThrow();
        assertEquals("施行日　令和9年4月1日", text(effective.newCell()));
        assertEquals(List.of("9"), underlined(effective.newCell(), Run.Underline.SINGLE));
    }

    @Test
    void aRuleInArticlesFormHasNoBookletRows() {
        Comparison c = compare(resolve(BASE.replace("effective: 2026-04-01", "effective: 2026-04-01\n  form: articles")),
                resolve(BASE.replace("effective: 2026-04-01", "effective: 2027-04-01\n  version: 第2版\n  form: articles")));
        for (Comparison.DocumentChanges d : c.documents()) {
            List<String> ids = d.rows().stream().map(Row::id).toList();
            assertFalse(ids.contains("document.effective") || ids.contains("document.version"), d.title() + ": " + ids);
        }
    }

    /**
     * The sample prefecture moving from 2024-10 to 2025-03 (issue 20 item 3): in 7.3(2) the 2025-03 edition widens ウ
     * and エ and inserts a new オ, so the old オ to ケ become カ to コ. The 改正前 column shows the old ウ and エ
     * opposite the new (「（略）」 only for the unchanged ア and イ), and the 号 that only moved show their numbers
     * double-underlined, as one range each side.
     */
    @Test
    void changedItemsShowTheirOldTextOppositeTheNewAndMovedItemsTheirNumbersDoubleUnderlined() throws Exception {
        for (String form : List.of("outline", "articles")) {
            String yaml = TestProfiles.prefecture("form: " + form);
            Policy before = RESOLVER.resolve(TestProfiles.profile(yaml), TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();
            Policy after = RESOLVER.resolve(TestProfiles.profile(yaml.replace("guideline: \"2024-10\"",
                    "guideline: \"2025-03\"")), TestProfiles.CATALOG.edition(EditionId.of("2025-03"))).policy();
            Row r = row(compare(before, after), "std.ops.incident-response.contents");
            // (in articles form the article also moves: 6.3's new 号 gives the articles after it new numbers)
            assertEquals(form.equals("outline") ? ChangeKind.CHANGED : ChangeKind.MOVED, r.kind(), form);
            List<String> oldLines = text(r.oldCell()).lines().toList();
            List<String> newLines = text(r.newCell()).lines().toList();
            String was = "発生した事案に関して報告すべき事項及び報告の期限";
            String initial = "初動の対応措置（ネットワークからの切り離し、アカウントの停止、証拠の保全等）及びその判断権者";
            // the old ウ and エ, whole, on the old side; the new ones opposite, the added words underlined
            assertTrue(oldLines.stream().anyMatch(l -> l.endsWith("　" + was)), form + ": " + oldLines);
            assertTrue(oldLines.stream().anyMatch(l -> l.endsWith("　" + initial)), form + ": " + oldLines);
            assertEquals(List.of(), underlined(r.oldCell(), Run.Underline.SINGLE), form);
            assertEquals(List.of("（法令に基づき個人情報保護委員会その他の機関に報告する場合の判断の基準を含む。）",
                    "並びに判断権者が不在の場合の代行者"), underlined(r.newCell(), Run.Underline.SINGLE).subList(0, 2),
                    form);
            assertTrue(underlined(r.newCell(), Run.Underline.SINGLE).get(2).contains("証拠として保全するログ等の範囲"),
                    form + ": the new 号 underlined whole");
            // ア and イ are unchanged: one 「（略）」 between the heading and ウ, on each side (in articles form after
            // the article's number, 「第２１０条　（略）」)
            assertTrue(oldLines.get(oldLines.size() - 4).endsWith(Comparer.OMITTED), form + ": " + oldLines);
            assertTrue(newLines.get(newLines.size() - 5).endsWith(Comparer.OMITTED), form + ": " + newLines);
            // the five 号 after them only moved: their numbers as one range, double-underlined, words 「（略）」
            List<String> oldMoved = underlined(r.oldCell(), Run.Underline.DOUBLE);
            List<String> newMoved = underlined(r.newCell(), Run.Underline.DOUBLE);
            String oldRange = oldMoved.get(oldMoved.size() - 1);
            String newRange = newMoved.get(newMoved.size() - 1);
            assertEquals(oldRange + "　" + Comparer.OMITTED, oldLines.get(oldLines.size() - 1).strip(), form);
            assertEquals(newRange + "　" + Comparer.OMITTED, newLines.get(newLines.size() - 1).strip(), form);
            assertEquals(form.equals("outline") ? "オ～ケ" : "（５）～（９）", oldRange);
            assertEquals(form.equals("outline") ? "カ～コ" : "（６）～（１０）", newRange);
        }
    }

    /**
     * Rows of the 例規 form are labelled with the exact 条・項・号 that changed (issue 20 item 5), and the cell lays the
     * article out as a 法規担当 does: the caption on its own line, the number starting the first line, unchanged
     * stretches 「（略）」.
     */
    @Test
    void inArticlesFormARowIsLabelledWithTheExactArticleParagraphAndItem() {
        String articles = BASE.replace("  effective: 2026-04-01\n", "  effective: 2026-04-01\n  form: articles\n");
        String body = "パスワードは、次の各号に掲げる事項を守って管理しなければならない。\n\n"
                + "情報システム管理者は、次に掲げる措置を講じなければならない。\n\n"
                + "- 初期パスワードを速やかに変更させること。\n- 使い回しを禁止すること。\n- 12文字以上とすること。\n";
        String override = "overrides:\n  std.human.passwords:\n    replace: |\n%s    reason: 本県の規程に合わせるため\n";
        Policy before = resolve(articles + override.formatted(body.indent(6)));
        Policy after = resolve(articles + override.formatted(body.replace("12文字以上", "15文字以上").indent(6)));
        Row r = row(compare(before, after), "std.human.passwords");
        assertEquals(ChangeKind.CHANGED, r.kind());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(第[０-９]+条)").matcher(text(r.newCell()));
        assertTrue(m.find(), text(r.newCell()));
        String expected = m.group(1) + "第２項第３号";
        assertEquals(expected, r.newNumber());
        assertEquals(expected, r.oldNumber());
        List<String> lines = text(r.newCell()).lines().toList();
        assertTrue(lines.get(0).matches("　（.+）"), "the caption on its own line: " + lines);
        assertEquals(m.group(1) + "　（略）", lines.get(1), "the article number starts the first line: " + lines);
        assertEquals("（３）　15文字以上とすること。", lines.get(lines.size() - 1), lines.toString());
        assertEquals(List.of("15"), underlined(r.newCell(), Run.Underline.SINGLE));
        assertEquals(List.of("12"), underlined(r.oldCell(), Run.Underline.SINGLE));
    }

    /**
     * {@link Comparer#changes} (upgrade's plan: what changed and where) gives the rows of the whole comparison — the
     * same ids, kinds and numbers in the same order — only without cells: the sample prefecture under 2024-10 against
     * 2026-03 in both forms (every kind of row: added, deleted, changed, moved, exact 条・項・号 labels).
     */
    @Test
    void changesAreTheComparisonsRowsWithoutCells() throws Exception {
        for (String form : List.of("form: outline", "form: articles")) {
            String ken = TestProfiles.prefecture(form);
            Policy before = RESOLVER.resolve(TestProfiles.profile(ken),
                    TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();
            Policy after = RESOLVER.resolve(TestProfiles.profile(ken.replaceFirst("(?m)^guideline: .*$",
                    "guideline: \"2026-03\"")), TestProfiles.CATALOG.edition(EditionId.of("2026-03"))).policy();
            List<Row> whole = compare(before, after).rows();
            List<Row> changes = Comparer.changes(before, after);
            assertTrue(whole.stream().map(Row::kind).collect(Collectors.toSet()).containsAll(
                    List.of(ChangeKind.ADDED, ChangeKind.CHANGED, ChangeKind.MOVED)), form);
            assertEquals(whole.stream().map(r -> List.of(r.id(), r.kind().name(), r.oldNumber(), r.newNumber(),
                    r.oldText(), r.newText(), r.note())).toList(), changes.stream().map(r -> List.of(r.id(),
                    r.kind().name(), r.oldNumber(), r.newNumber(), r.oldText(), r.newText(), r.note())).toList(), form);
            assertTrue(changes.stream().allMatch(r -> r.oldCell().isEmpty() && r.newCell().isEmpty()), form);
        }
    }
}
