package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/**
 * 独自変更一覧: every change the body made to the standard text (置換, 追記, 削除, and the additions and new
 * headings of the 例規 form), first as a table, then one by one with the place, the reason, the standard text
 * and the body's text, so a committee can approve them. Printed by the same writers as the policy.
 */
public final class LocalChangesDocument {
    public static final String TITLE = "独自変更一覧";
    /** The length of a heading made from an untitled item's first words. */
    static final int EXCERPT = 24;

    private LocalChangesDocument() {
    }

    public static Document of(Policy policy) {
        DocumentInfo info = policy.documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD)
                .map(Document::info).findFirst().orElse(policy.documents().get(0).info())
                .asPaper(); // a paper for the committee, not adopted: no 版, 施行日, number or 改定履歴 of its own
        List<LocalChange> changes = policy.localChanges();
        List<Section> sections = new ArrayList<>();
        if (changes.isEmpty()) {
            sections.add(chapter("local-changes.list", 1, "独自の変更", List.of(Block.Paragraph.of(
                    "この団体の文書は、標準の条文から変更していません（プロファイルで条項の変更を指定していません）。")),
                    List.of()));
            return new Document(DocumentKind.LOCAL_CHANGES, TITLE, info, sections);
        }
        List<List<String>> rows = new ArrayList<>();
        List<Section> details = new ArrayList<>();
        int n = 0;
        for (LocalChange c : changes) {
            n++;
            rows.add(List.of(Integer.toString(n), place(c), heading(c), c.kind().label(), c.reason()));
            details.add(detail(c, n));
        }
        sections.add(chapter("local-changes.list", 1, "変更の一覧", List.of(
                Block.Paragraph.of("標準の条文に対してこの団体が行った変更は、次の " + n + " 件である。"),
                Block.Table.of(List.of("番号", "該当箇所", "見出し", "種類", "理由"), rows)), List.of()));
        sections.add(chapter("local-changes.details", 2, "変更の内容", List.of(), details));
        return new Document(DocumentKind.LOCAL_CHANGES, TITLE, info, sections);
    }

    /** Where the change is: the number the body's document prints, or for an omission the guideline's place. */
    static String place(LocalChange c) {
        if (c.number().isEmpty()) {
            return c.source().isEmpty() ? "（削除）" : "ガイドライン " + c.source();
        }
        return c.document().shortName() + " " + c.number();
    }

    /** The clause's title, or the first words of its text when it is an untitled item. */
    static String heading(LocalChange c) {
        if (!c.title().isEmpty()) {
            return c.title();
        }
        String text = (c.localText().isEmpty() ? c.guidelineText() : c.localText()).strip();
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.length() <= EXCERPT ? first : first.substring(0, EXCERPT) + "…";
    }

    private static Section detail(LocalChange c, int n) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("該当箇所：" + place(c)));
        blocks.add(Block.Paragraph.of("種類：" + c.kind().label()));
        if (!c.source().isEmpty() && !c.number().isEmpty()) {
            blocks.add(Block.Paragraph.of("ガイドライン上の位置：" + c.source()));
        }
        blocks.add(Block.Paragraph.of("理由：" + (c.reason().isEmpty() ? "（記載なし）" : c.reason())));
        text(blocks, "【標準の条文】", c.guidelineText());
        text(blocks, "【この団体の条文】", c.kind() == LocalChange.Kind.OMIT ? "（削除）" : c.localText());
        return new Section("local-changes." + c.id(), SectionLevel.ITEM, "(" + n + ")", "2(" + n + ")",
                heading(c) + "（" + c.kind().label() + "）", c.source(), Origin.GUIDELINE, "", blocks, List.of());
    }

    private static void text(List<Block> blocks, String label, String text) {
        blocks.add(Block.Paragraph.of(label));
        if (text.isEmpty()) {
            blocks.add(Block.Paragraph.of("（なし）"));
            return;
        }
        for (String line : text.split("\n")) {
            blocks.add(Block.Paragraph.of(line));
        }
    }

    private static Section chapter(String id, int n, String title, List<Block> blocks, List<Section> children) {
        return new Section(id, SectionLevel.CHAPTER, n + ".", Integer.toString(n), title, "", Origin.GUIDELINE, "",
                blocks, children);
    }
}
