package jp.policygen.upgrade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.compare.TextDiff;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/** The upgrade report: upgrade-report.json (shape in ../shared/spec/cli.md) and the readable document (docx, html). */
public final class UpgradeReport {
    public static final String TITLE = "ガイドラインの版の移行報告";

    private UpgradeReport() {
    }

    public static Map<String, Object> json(Upgrade u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", u.profile().name());
        m.put("from", u.from());
        m.put("to", u.to());
        List<Object> overrides = new ArrayList<>();
        for (Upgrade.OverrideResult o : u.overrides()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", o.id());
            r.put("status", o.status().json());
            r.put("new_id", o.newId());
            r.put("successors", o.successors());
            r.put("kind", o.kind());
            r.put("reason", o.reason());
            r.put("old_guideline", o.oldGuideline());
            r.put("new_guideline", o.newGuideline());
            r.put("local", o.local());
            overrides.add(r);
        }
        m.put("overrides", overrides);
        List<Object> changes = new ArrayList<>();
        for (Upgrade.Change c : u.changes()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", c.id());
            r.put("kind", c.kind().json());
            r.put("number", c.number());
            r.put("title", c.title());
            r.put("topic", c.topic());
            changes.add(r);
        }
        m.put("changes", changes);
        List<Object> keys = new ArrayList<>();
        for (Upgrade.NewKey k : u.newKeys()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("key", k.key());
            r.put("edition", k.edition());
            r.put("suggested", k.suggested());
            r.put("decide", k.decide());
            keys.add(r);
        }
        m.put("new_keys", keys);
        List<Object> tasks = new ArrayList<>();
        for (Upgrade.Task t : u.tasks()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", t.id());
            r.put("title", t.title());
            r.put("detail", t.detail());
            r.put("done", t.done());
            tasks.add(r);
        }
        m.put("tasks", tasks);
        return m;
    }

    public static Document document(Upgrade u) {
        List<Section> sections = new ArrayList<>();
        String body = u.guidelineAfter().documents().isEmpty() ? "" : u.guidelineAfter().documents().get(0).info().bodyName();
        long review = u.overrides().stream().filter(o -> o.status() == Upgrade.Status.REVIEW).count();
        sections.add(section("upgrade", SectionLevel.CHAPTER, body + "　" + TITLE, List.of(
                Block.Paragraph.of("移行前：" + u.fromName() + "（guideline: \"" + u.from() + "\"）"),
                Block.Paragraph.of("移行後：" + u.toName() + "（guideline: \"" + u.to() + "\"）"),
                Block.Paragraph.of("独自の変更 " + u.overrides().size() + "件（うち要確認 " + review + "件）、この団体に関係する"
                        + "ガイドラインの改定 " + u.changes().size() + "件、新しく決める項目 " + u.newKeys().size() + "件"))));

        sections.add(section("upgrade.tasks", SectionLevel.SECTION, "やることの一覧", todo(u)));

        List<Block> overview = new ArrayList<>();
        if (u.overrides().isEmpty()) {
            overview.add(Block.Paragraph.of("このプロファイルには独自の変更（overrides）はありません。"));
        } else {
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (Upgrade.OverrideResult o : u.overrides()) {
                rows.add(List.of(Block.Cell.of(place(o)), Block.Cell.of(o.status().label()), Block.Cell.of(note(o))));
            }
            overview.add(new Block.Table(List.of(Block.Cell.of("条項"), Block.Cell.of("扱い"), Block.Cell.of("説明")), rows,
                    List.of(3.0, 1.0, 4.0)));
        }
        List<Section> details = new ArrayList<>();
        for (Upgrade.OverrideResult o : u.overrides()) {
            if (o.status() == Upgrade.Status.UNCHANGED) {
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            List<TextDiff.Segment> diff = TextDiff.diff(o.oldGuideline(), o.newGuideline());
            List<Run> oldRuns = new ArrayList<>();
            List<Run> newRuns = new ArrayList<>();
            for (TextDiff.Segment s : diff) {
                switch (s.op()) {
                    case EQUAL -> {
                        oldRuns.add(Run.plain(s.text()));
                        newRuns.add(Run.plain(s.text()));
                    }
                    case DELETE -> oldRuns.add(Run.single(s.text()));
                    case INSERT -> newRuns.add(Run.single(s.text()));
                }
            }
            if (newRuns.isEmpty()) {
                newRuns.add(Run.plain("（この条項はありません）"));
            }
            String local = switch (o.kind()) {
                case "omit" -> "（この条項を削除）";
                case "append" -> "（ガイドラインの本文に追記）" + o.local();
                default -> o.local();
            };
            blocks.add(new Block.Table(List.of(Block.Cell.of("前の版のガイドライン（" + u.fromName() + "）"),
                    Block.Cell.of("新しい版のガイドライン（" + u.toName() + "）"), Block.Cell.of("団体の変更")),
                    List.of(List.of(new Block.Cell(oldRuns), new Block.Cell(newRuns), Block.Cell.of(local))),
                    List.of(1.0, 1.0, 1.0)));
            blocks.add(Block.Paragraph.of("変更の理由：" + (o.reason().isEmpty() ? "（記載なし）" : o.reason())));
            details.add(section("upgrade.override." + o.id(), SectionLevel.ITEM, place(o) + "（" + o.status().label() + "）", blocks));
        }
        sections.add(new Section("upgrade.overrides", SectionLevel.SECTION, "", "", "独自の変更（overrides）の扱い", "",
                Origin.GUIDELINE, "", overview, details));

        List<Block> changes = new ArrayList<>();
        if (u.changes().isEmpty()) {
            changes.add(Block.Paragraph.of("この団体の文書に関係するガイドラインの改定はありません。"));
        } else {
            changes.add(Block.Paragraph.of("ネットワーク構成と機能の設定によって、この団体の文書に入る条項のうち、改定されたものです。"));
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (Upgrade.Change c : u.changes()) {
                rows.add(List.of(Block.Cell.of(c.number() + " " + c.title()), Block.Cell.of(c.kind().label()),
                        Block.Cell.of(c.topic())));
            }
            changes.add(new Block.Table(List.of(Block.Cell.of("条項"), Block.Cell.of("改定"), Block.Cell.of("改定の項目")),
                    rows, List.of(3.0, 1.0, 3.0)));
        }
        sections.add(section("upgrade.changes", SectionLevel.SECTION, "この団体に関係するガイドラインの改定", changes));

        List<Block> keys = new ArrayList<>();
        if (u.newKeys().isEmpty()) {
            keys.add(Block.Paragraph.of("新しく決める項目はありません。"));
        } else {
            keys.add(Block.Paragraph.of("移行後のプロファイルに、次の項目を仮の値で書き加えました（各行の上のコメントを参照）。"
                    + "団体として決めて値を直してから、文書を作り直してください。"));
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (Upgrade.NewKey k : u.newKeys()) {
                rows.add(List.of(Block.Cell.of(k.key()), Block.Cell.of(k.decide()), Block.Cell.of(k.suggested())));
            }
            keys.add(new Block.Table(List.of(Block.Cell.of("項目"), Block.Cell.of("決めること"), Block.Cell.of("仮の値")), rows,
                    List.of(2.0, 4.0, 1.0)));
        }
        sections.add(section("upgrade.keys", SectionLevel.SECTION, "新しく決める項目", keys));

        DocumentInfo info = new DocumentInfo(body, "", "", "", "", List.of(), NumberingForm.OUTLINE, true);
        return new Document(DocumentKind.UPGRADE_REPORT, TITLE, info, sections);
    }

    /**
     * The to-do list as a table a 情報政策課 ticks off: number, what to do, how (or what was answered), and 済 for
     * what upgrade's options already answered.
     */
    private static List<Block> todo(Upgrade u) {
        long open = u.tasks().stream().filter(t -> !t.done()).count();
        List<Block> out = new ArrayList<>();
        out.add(Block.Paragraph.of("移行の後に行うことを、行う順に並べました（残り " + open + "件）。「済」は upgrade の"
                + "オプションで指定した項目です。終えたものに印を付けながら進めてください。"));
        List<List<Block.Cell>> rows = new ArrayList<>();
        int n = 0;
        for (Upgrade.Task t : u.tasks()) {
            rows.add(List.of(Block.Cell.of(Integer.toString(++n)), Block.Cell.of(t.title()), Block.Cell.of(t.detail()),
                    Block.Cell.of(t.done() ? "済" : "□")));
        }
        out.add(new Block.Table(List.of(Block.Cell.of("番号"), Block.Cell.of("やること"), Block.Cell.of("内容"),
                Block.Cell.of("状況")), rows, List.of(0.5, 2.0, 5.0, 0.6)));
        return out;
    }

    private static String place(Upgrade.OverrideResult o) {
        String head = (o.number().isEmpty() ? "" : o.number() + " ") + (o.title().isEmpty() ? "" : o.title() + " ");
        return head + "（" + o.id() + "）";
    }

    private static String note(Upgrade.OverrideResult o) {
        return switch (o.status()) {
            case UNCHANGED -> "ガイドラインのこの条項は変わっていないため、独自の変更をそのまま適用します。";
            case REVIEW -> (o.newId().equals(o.id()) ? "" : "新しい版では " + String.join("、", o.successors())
                    + " に引き継がれています。") + "ガイドラインの本文が変わったため、独自の変更がそのままでよいか確かめてください。";
            case REMOVED -> "新しい版にこの条項はなく、内容を引き継ぐ条項もありません。移行後のプロファイルからこの変更を"
                    + "外しました。必要なら別の条項への変更として書き直してください。";
        };
    }

    private static Section section(String id, SectionLevel level, String title, List<Block> blocks) {
        return new Section(id, level, "", "", title, "", Origin.GUIDELINE, "", blocks, List.of());
    }
}
