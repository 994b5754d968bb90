package jp.policygen.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.Block;
import jp.policygen.policy.Block.ItemList;
import jp.policygen.policy.Block.Paragraph;
import jp.policygen.policy.Block.Table;

class BodyMarkupTest {

    @Test
    void paragraphsSplitOnBlankLinesAndJoinWithoutSpaces() {
        List<Block> blocks = BodyMarkup.parse("一行目の文、\n二行目の文。\n\n次の段落。\n");
        assertEquals(2, blocks.size());
        assertEquals("一行目の文、二行目の文。", ((Paragraph) blocks.get(0)).text());
        assertEquals("次の段落。", ((Paragraph) blocks.get(1)).text());
    }

    @Test
    void listItemsAreLabelledInKanaOrderAndNestedOnesInParentheses() {
        List<Block> blocks = BodyMarkup.parse("次の事項を守る。\n- 一つ目\n- 二つ目\n  - 細目\n  - 細目二\n- 三つ目\n");
        ItemList list = assertInstanceOf(ItemList.class, blocks.get(1));
        assertEquals(List.of("ア", "イ", "ウ"), list.items().stream().map(Block.ListItem::label).toList());
        assertEquals(List.of("(ア)", "(イ)"), list.items().get(1).children().stream().map(Block.ListItem::label).toList());
        assertEquals("細目二", list.items().get(1).children().get(1).text());
    }

    @Test
    void pipeLinesMakeATableWithAHeaderRow() {
        List<Block> blocks = BodyMarkup.parse("| 分類 | 取扱い |\n|---|---|\n| 自治体機密性３Ａ | 持出し禁止 |\n| 自治体機密性２ | 暗号化 |\n");
        Table t = assertInstanceOf(Table.class, blocks.get(0));
        assertEquals(List.of("分類", "取扱い"), t.header());
        assertEquals(List.of("自治体機密性２", "暗号化"), t.rows().get(1));
    }

    @Test
    void templateSyntaxInTextIsJustText() {
        List<Block> blocks = BodyMarkup.parse("${7*7}<#assign x=1>&<b>");
        assertEquals("${7*7}<#assign x=1>&<b>", ((Paragraph) blocks.get(0)).text());
    }

    /** Every clause of a sample's documents, written as markup, reads back as the same text: the editor's start. */
    @org.junit.jupiter.api.Test
    void writtenMarkupReadsBackAsTheSameBlocksForEveryClauseOfASample() throws Exception {
        jp.policygen.catalog.Catalog catalog = new jp.policygen.catalog.Catalog();
        jp.policygen.profile.ProfileReader.Result r = new jp.policygen.profile.ProfileReader(catalog)
                .read(java.nio.file.Path.of("profiles/kakuu-ken.yaml"));
        jp.policygen.profile.Profile p = r.profile().orElseThrow();
        jp.policygen.policy.Policy policy = new jp.policygen.resolve.Resolver(new jp.policygen.catalog.TemplateEngine())
                .resolve(p, catalog.edition(p.guideline())).policy();
        int checked = 0;
        for (jp.policygen.policy.Document d : policy.documents()) {
            if (d.kind() == jp.policygen.policy.DocumentKind.ROLES) {
                continue;
            }
            for (jp.policygen.policy.Section s : d.flatten()) {
                List<Block> back = BodyMarkup.parse(BodyMarkup.write(s.blocks()));
                assertEquals(s.blocks().stream().map(Block::plainText).toList(), back.stream().map(Block::plainText).toList(),
                        s.id());
                checked++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 300, "clauses: " + checked);
        assertEquals("前文\n\n- 一つ目\n  - 細目\n- 二つ目\n\n| 分類 | 取扱い |\n|---|---|\n| 3A | 持出し禁止 |",
                BodyMarkup.write(BodyMarkup.parse("前文\n\n- 一つ目\n  - 細目\n- 二つ目\n\n| 分類 | 取扱い |\n|---|---|\n| 3A | 持出し禁止 |")));
    }
}
