package jp.policygen.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.Block.Paragraph;

/** The lines of a rule's 目次, from hand-built rules: article ranges with 枝番, 節, 附則, no 目次 without 章. */
class RuleContentsTest {
    private static Section article(String label, String title) {
        return new Section("a" + label, SectionLevel.ITEM, label, label, title, "", Origin.GUIDELINE, "",
                List.of(Paragraph.of("……とする。")), List.of());
    }

    private static Section part(String id, SectionLevel level, String label, String title, List<Section> children) {
        return new Section(id, level, label, label, title, "", Origin.GUIDELINE, "", List.of(), children);
    }

    private static Section supplement(String title) {
        return new Section("supp" + title, SectionLevel.UNNUMBERED, "", "", title, "", Origin.GUIDELINE, "",
                List.of(Paragraph.of("この訓令は、令和８年４月１日から施行する。")), List.of());
    }

    private static Document rule(DocumentKind kind, NumberingForm form, List<Section> sections) {
        DocumentInfo info = new DocumentInfo("架空県", "", "令和8年4月1日", "訓令第21号", "", List.of(), form, false);
        return new Document(kind, "情報セキュリティ対策基準", info, sections);
    }

    @Test
    void each章And節WithItsArticlesAsTheRulePrintsThemThen附則() {
        Section general = part("c1", SectionLevel.CHAPTER, "第１章", "総則",
                List.of(article("第１条", "趣旨"), article("第２条", "定義")));
        Section one = part("c2", SectionLevel.CHAPTER, "第２章", "組織体制", List.of(article("第３条", "CISO")));
        // a subject split into articles: a container without label or title, whose articles count for the 節
        Section split = part("split", SectionLevel.ITEM, "", "", List.of(article("第３７条の２", ""), article("第３８条", "")));
        Section first = part("c3s1", SectionLevel.SECTION, "第１節", "サーバ等の管理",
                List.of(article("第３７条", "機器の取付け"), split));
        Section second = part("c3s2", SectionLevel.SECTION, "第２節", "管理区域の管理",
                List.of(article("第３９条", "構造"), article("第３９条の２", "入退室")));
        Section physical = part("c3", SectionLevel.CHAPTER, "第３章", "物理的セキュリティ", List.of(first, second));
        Section appendix = part("appendix", SectionLevel.UNNUMBERED, "別表（第３８条関係）", "外部サービス一覧", List.of());
        Document doc = rule(DocumentKind.STANDARD, NumberingForm.ARTICLES, List.of(general, one, physical,
                supplement("附則"), supplement("附則（令和９年３月３１日訓令第５号）"), appendix));

        List<RuleContents.Line> lines = RuleContents.of(doc);
        assertEquals(List.of(
                "第１章　総則（第１条・第２条）",
                "第２章　組織体制（第３条）",
                "第３章　物理的セキュリティ（第３７条－第３９条の２）",
                "第１節　サーバ等の管理（第３７条－第３８条）",
                "第２節　管理区域の管理（第３９条・第３９条の２）",
                "附則"), lines.stream().map(RuleContents.Line::text).toList());
        assertEquals(List.of(0, 0, 0, 1, 1, 0), lines.stream().map(RuleContents.Line::depth).toList());
        assertEquals("第３章　", lines.get(2).label(), "the number and its space, for the hanging indent");
        assertEquals(physical, lines.get(2).section(), "each line links to its heading");
    }

    @Test
    void noContentsForARuleWithout章OrForTheOutlineForm() {
        // the 基本方針: articles at the top of its tree, at the level the outline form gives its chapters
        Section purpose = new Section("p1", SectionLevel.CHAPTER, "第１条", "1", "目的", "", Origin.GUIDELINE, "",
                List.of(Paragraph.of("この訓令は、……目的とする。")), List.of());
        Section definitions = new Section("p2", SectionLevel.CHAPTER, "第２条", "2", "定義", "", Origin.GUIDELINE, "",
                List.of(Paragraph.of("この訓令において……")), List.of());
        assertEquals(List.of(), RuleContents.of(rule(DocumentKind.BASIC_POLICY, NumberingForm.ARTICLES,
                List.of(purpose, definitions, supplement("附則")))));
        // the booklet's 目次 is made by the writers, with page numbers
        assertEquals(List.of(), RuleContents.of(SampleDocuments.standard()));
    }
}
