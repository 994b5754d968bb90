package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;

/**
 * The scope of a term defined for part of a rule (「（以下この条において「ログ」という。）」), derived from where the
 * term is used rather than written by hand: a template writes {@code 以下<@within/>「ログ」という}, and once the
 * documents are numbered the mark becomes 「この項において」 when the term is used in the defining 項 only, and
 * 「この条において」 when another 項 of the article uses it too, or the article has a single 項 (a drafter writes
 * この項 only where the article has several). A template cannot know this: the form, the body's omissions and
 * the split of captioned subjects into articles decide which 項 end up together. The outline form has no 条:
 * its scope stays the numbered item (この項), as before.
 */
final class DefinitionScopes {
    static final String ARTICLE = "この条において";
    static final String PARAGRAPH = "この項において";

    private DefinitionScopes() {
    }

    static List<Document> apply(List<Document> documents, NumberingForm form) {
        return documents.stream().map(d -> new Document(d.kind(), d.title(), d.info(), d.sections().stream()
                .map(s -> section(s, form)).toList())).toList();
    }

    /** Text standing outside the documents (the 独自変更一覧's): the item's scope, as the outline has it. */
    static String standalone(String text) {
        return text.replace(String.valueOf(TemplateEngine.SCOPE), PARAGRAPH);
    }

    private static Section section(Section s, NumberingForm form) {
        if (form == NumberingForm.ARTICLES && s.isArticle()) {
            return article(s);
        }
        List<Block> blocks = s.blocks().stream().map(b -> block(b, t -> standalone(t))).toList();
        return copy(s, blocks, s.children().stream().map(c -> section(c, form)).toList());
    }

    /** An article: its 項 (with the 号 that belong to them) as texts, then each mark replaced by its derived scope. */
    private static Section article(Section s) {
        List<StringBuilder> units = new ArrayList<>();
        collect(s, units);
        if (units.stream().noneMatch(u -> u.indexOf(String.valueOf(TemplateEngine.SCOPE)) >= 0)) {
            return articleChildren(s);
        }
        List<String> texts = units.stream().map(u -> u.toString().replace(String.valueOf(TemplateEngine.SCOPE), ""))
                .toList();
        int[] unit = {-1};
        return rewrite(s, unit, units.size() == 1, texts);
    }

    /** Articles below a container article (a subject split into articles) are rewritten on their own. */
    private static Section articleChildren(Section s) {
        return copy(s, s.blocks(), s.children().stream().map(c -> c.isArticle() ? article(c) : c).toList());
    }

    /** Appends the article's text unit by unit: a paragraph opens a 項; lists, tables and 号 belong to the last one. */
    private static void collect(Section s, List<StringBuilder> units) {
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph || units.isEmpty()) {
                units.add(new StringBuilder());
            }
            units.get(units.size() - 1).append(b.plainText()).append('\n');
        }
        for (Section c : s.children()) {
            if (c.isArticle()) {
                continue;
            }
            if (c.label().isEmpty()) {
                collect(c, units); // a further 項
            } else {
                if (units.isEmpty()) {
                    units.add(new StringBuilder());
                }
                appendAll(c, units.get(units.size() - 1));
            }
        }
    }

    private static void appendAll(Section s, StringBuilder out) {
        out.append(s.plainText()).append('\n');
        s.children().forEach(c -> appendAll(c, out));
    }

    private static Section rewrite(Section s, int[] unit, boolean single, List<String> texts) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph || unit[0] < 0) {
                unit[0]++;
            }
            int here = unit[0];
            blocks.add(block(b, t -> scoped(t, here, single, texts)));
        }
        List<Section> children = new ArrayList<>();
        for (Section c : s.children()) {
            if (c.isArticle()) {
                children.add(article(c));
            } else if (c.label().isEmpty()) {
                children.add(rewrite(c, unit, single, texts));
            } else {
                int here = Math.max(unit[0], 0);
                children.add(mapTexts(c, t -> scoped(t, here, single, texts)));
            }
        }
        return copy(s, blocks, children);
    }

    /** Each mark of {@code text} (in 項 {@code unit}) as 「この条において」 or 「この項において」. */
    private static String scoped(String text, int unit, boolean single, List<String> texts) {
        int at = text.indexOf(TemplateEngine.SCOPE);
        if (at < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (at >= 0) {
            sb.append(text, from, at);
            String term = term(text, at + 1);
            boolean elsewhere = false;
            for (int i = 0; i < texts.size() && !term.isEmpty(); i++) {
                elsewhere |= i != unit && texts.get(i).contains(term);
            }
            sb.append(single || elsewhere ? ARTICLE : PARAGRAPH);
            from = at + 1;
            at = text.indexOf(TemplateEngine.SCOPE, from);
        }
        return sb.append(text.substring(from)).toString();
    }

    /** The term in 「」 right after the mark, or "" when the template wrote none. */
    private static String term(String text, int from) {
        if (from >= text.length() || text.charAt(from) != '「') {
            return "";
        }
        int end = text.indexOf('」', from);
        return end < 0 ? "" : text.substring(from + 1, end);
    }

    private static Section mapTexts(Section s, java.util.function.UnaryOperator<String> f) {
        return copy(s, s.blocks().stream().map(b -> block(b, f)).toList(),
                s.children().stream().map(c -> mapTexts(c, f)).toList());
    }

    private static Section copy(Section s, List<Block> blocks, List<Section> children) {
        return new Section(s.id(), s.level(), s.label(), s.number(), s.title(), s.source(), s.origin(), s.reason(),
                blocks, children);
    }

    private static Block block(Block b, java.util.function.UnaryOperator<String> f) {
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(p.number(), runs(p.runs(), f));
        }
        if (b instanceof Block.ItemList l) {
            return new Block.ItemList(items(l.items(), f));
        }
        if (b instanceof Block.Table t) {
            return new Block.Table(t.headerCells().stream().map(c -> new Block.Cell(runs(c.runs(), f))).toList(),
                    t.rowCells().stream().map(r -> r.stream().map(c -> new Block.Cell(runs(c.runs(), f))).toList())
                            .toList(), t.weights());
        }
        return b;
    }

    private static List<Block.ListItem> items(List<Block.ListItem> items, java.util.function.UnaryOperator<String> f) {
        return items.stream().map(i -> new Block.ListItem(i.label(), runs(i.runs(), f), items(i.children(), f)))
                .toList();
    }

    private static List<Run> runs(List<Run> runs, java.util.function.UnaryOperator<String> f) {
        return runs.stream().map(r -> r.text().indexOf(TemplateEngine.SCOPE) < 0 ? r
                : new Run(f.apply(r.text()), r.underline())).toList();
    }
}
