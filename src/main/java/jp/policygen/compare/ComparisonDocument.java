package jp.policygen.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/**
 * The 新旧対照表 as a document of the policy model, so that the Word, PDF and HTML writers print it with the table
 * code they print every policy table with: a summary on top (the versions compared, counts per kind), then per
 * document that changed its heading, the note 「（傍線部分は改正部分）」 and a three-column table 改正後 | 改正前 |
 * 備考 (or 改正前 first) whose header row repeats on every page. A4 landscape.
 */
public final class ComparisonDocument {
    public static final String TITLE = "新旧対照表";
    static final String NOTE = "（傍線部分は改正部分）";
    static final String NEW = "改正後";
    static final String OLD = "改正前";
    static final String REMARKS = "備考";
    /** 改正後 and 改正前 share the width equally; 備考 holds a word or a short reason. */
    private static final double WIDE = 44;
    private static final double NARROW = 12;

    /** Which column comes first. */
    public enum Order {
        /** 改正後 | 改正前 | 備考: the national ministries' order, and the default. */
        NEW_OLD,
        /** 改正前 | 改正後 | 備考: the order of many municipal internal rules (旧 | 新). */
        OLD_NEW
    }

    private ComparisonDocument() {
    }

    public static Document of(Comparison c, Order order) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("comparison", SectionLevel.CHAPTER, "", "", title(c), "", Origin.GUIDELINE, "",
                summary(c), List.of()));
        for (Comparison.DocumentChanges d : c.documents()) {
            List<Block> blocks = List.of(Block.Paragraph.of(NOTE), table(d.rows(), order));
            sections.add(new Section("comparison." + d.kind().id(), SectionLevel.SECTION, "", "", d.title(), "",
                    Origin.GUIDELINE, "", blocks, List.of()));
        }
        Comparison.Version n = c.newVersion();
        DocumentInfo info = new DocumentInfo(n.body(), n.version(), n.effective(), "", "", List.of(),
                NumberingForm.OUTLINE, true);
        return new Document(DocumentKind.COMPARISON, TITLE, info, sections);
    }

    private static String title(Comparison c) {
        if (c.amendingRule().isPresent()) {
            return c.amendingRule().title() + "　" + TITLE;
        }
        String body = c.newVersion().body().isEmpty() ? c.oldVersion().body() : c.newVersion().body();
        return (body.isEmpty() ? "" : body + "　") + "情報セキュリティポリシー" + TITLE;
    }

    private static List<Block> summary(Comparison c) {
        List<Block> out = new ArrayList<>();
        if (c.amendingRule().isPresent()) {
            // a 訓令's table is headed by the rule that amends: its 題名 and number, and when it takes effect
            out.add(Block.Paragraph.of("（" + c.amendingRule().number() + "）"));
            if (!c.newVersion().effective().isEmpty()) {
                out.add(Block.Paragraph.of("施行期日：" + c.newVersion().effective()));
            }
        } else {
            out.add(Block.Paragraph.of(OLD + "：" + describe(c.oldVersion())));
            out.add(Block.Paragraph.of(NEW + "：" + describe(c.newVersion())));
        }
        StringBuilder counts = new StringBuilder("改正の件数：");
        Map<ChangeKind, Integer> n = c.counts();
        List<String> parts = new ArrayList<>();
        for (ChangeKind k : List.of(ChangeKind.ADDED, ChangeKind.DELETED, ChangeKind.CHANGED, ChangeKind.MOVED)) {
            parts.add(k.label() + " " + n.get(k) + "件");
        }
        counts.append(String.join("、", parts));
        out.add(Block.Paragraph.of(counts.toString()));
        return out;
    }

    /**
     * 令和6年10月版ガイドライン準拠　第2版　令和8年4月1日施行（告示第78号）. Never the files compared: the table is
     * submitted as it is, and a path on the author's machine means nothing to its readers.
     */
    static String describe(Comparison.Version v) {
        List<String> parts = new ArrayList<>();
        if (!v.editionName().isEmpty()) {
            parts.add(v.editionName() + (v.editionName().contains("ガイドライン") ? "" : "ガイドライン") + "準拠");
        } else if (!v.edition().isEmpty()) {
            parts.add(v.edition() + "版ガイドライン準拠");
        }
        if (!v.version().isEmpty()) {
            parts.add(v.version());
        }
        if (!v.effective().isEmpty()) {
            parts.add(v.effective() + "施行" + (v.adoption().isEmpty() ? "" : "（" + v.adoption() + "）"));
        }
        return String.join("　", parts);
    }

    private static Block.Table table(List<Row> rows, Order order) {
        List<Block.Cell> header = order == Order.NEW_OLD
                ? List.of(Block.Cell.of(NEW), Block.Cell.of(OLD), Block.Cell.of(REMARKS))
                : List.of(Block.Cell.of(OLD), Block.Cell.of(NEW), Block.Cell.of(REMARKS));
        List<List<Block.Cell>> body = new ArrayList<>();
        for (Row r : rows) {
            Block.Cell oldCell = new Block.Cell(r.oldCell());
            Block.Cell newCell = new Block.Cell(r.newCell());
            Block.Cell note = new Block.Cell(List.of(Run.plain(r.note())));
            body.add(order == Order.NEW_OLD ? List.of(newCell, oldCell, note) : List.of(oldCell, newCell, note));
        }
        return new Block.Table(header, body, List.of(WIDE, WIDE, NARROW));
    }
}
