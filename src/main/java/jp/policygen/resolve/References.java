package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;

/**
 * Cross-references: replaces the marks that {@code <@ref "id"/>} leaves in clause text by the cited clause's
 * computed number, once every document is numbered. Outline form prints the number (6.4, 6.4(1)); article
 * form prints 第94条, 第94条第2項, 第94条第1号, and 前条 / 次条 / 前項 / 次項 when the cited provision is next to
 * the citing one (as rules are drafted). A reference to a clause the body's policy does not hold prints the
 * clause's title in 「」 and is reported, so the resolver can warn and the catalog test can fail.
 */
final class References {
    /** A reference whose target is not in the policy (or a 項 its article does not have). */
    record Unresolved(String citingId, String citingNumber, String citedId, int paragraph) {
    }

    record Result(List<Document> documents, List<Unresolved> unresolved) {
    }

    /** Where a clause stands: its document, its enclosing article (article form) and its absolute citation. */
    private record Place(int document, Section section, Section article, int articleOrdinal, int paragraphs,
                         String cite) {
        boolean isArticle() {
            return article == section;
        }
    }

    private final NumberingForm form;
    private final Predicate<Section> isArticle;
    private final IntFunction<String> digits;
    private final Map<String, String> titles;
    private final Map<String, Place> places = new HashMap<>();
    private final Map<Section, Place> bySection = new IdentityHashMap<>();
    private final List<Unresolved> unresolved = new ArrayList<>();

    /**
     * @param isArticle whether a section is an article (条) in article form
     * @param digits    how numbers are written in this body's form (全角 ２ or 2)
     * @param titles    every clause title of the edition, for references to clauses left out
     */
    References(NumberingForm form, Predicate<Section> isArticle, IntFunction<String> digits,
               Map<String, String> titles) {
        this.form = form;
        this.isArticle = isArticle;
        this.digits = digits;
        this.titles = titles;
    }

    Result resolve(List<Document> documents) {
        for (int d = 0; d < documents.size(); d++) {
            int[] ordinal = {0};
            for (Section s : documents.get(d).sections()) {
                index(d, s, null, 0, ordinal, "");
            }
        }
        List<Document> out = new ArrayList<>();
        for (Document doc : documents) {
            out.add(new Document(doc.kind(), doc.title(), doc.info(), doc.sections().stream().map(this::rewrite)
                    .toList()));
        }
        return new Result(out, List.copyOf(unresolved));
    }

    private void index(int document, Section s, Section article, int articleOrdinal, int[] ordinal, String parentCite) {
        String cite;
        Section art = article;
        int ord = articleOrdinal;
        if (form == NumberingForm.ARTICLES && article == null && isArticle.test(s)) {
            art = s;
            ord = ++ordinal[0];
            cite = s.label();
        } else if (form == NumberingForm.ARTICLES && article != null && s.label().isEmpty()) {
            cite = s.number(); // a further 項 of the article: 第９４条第２項
        } else if (form == NumberingForm.ARTICLES && article != null) {
            // below an article or one of its 項: 号 (第９４条第１号), then its 細目 as printed (第９４条第１号ア)
            boolean item = parentCite.equals(article.label()) || parentCite.endsWith("項");
            cite = parentCite + (item ? "第" + digits.apply(ordinalOf(s.label())) + "号" : s.label());
        } else {
            cite = s.number().isEmpty() ? s.title() : s.number();
        }
        int paragraphs = (int) s.blocks().stream().filter(b -> b instanceof Block.Paragraph).count();
        Place p = new Place(document, s, art, ord, paragraphs, cite);
        if (!isPlaceholder(s)) {
            places.put(s.id(), p);
        }
        bySection.put(s, p);
        for (Section c : s.children()) {
            index(document, c, art, ord, ordinal, cite);
        }
    }

    /** An omitted clause kept as 「削除」 to hold its number: it cannot be cited. */
    private static boolean isPlaceholder(Section s) {
        return s.origin() == jp.policygen.policy.Origin.DELETED;
    }

    /** The number inside a label such as （１）, (1) or 一, or 0. */
    private static int ordinalOf(String label) {
        StringBuilder sb = new StringBuilder();
        for (char ch : label.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                sb.append(ch);
            } else if (ch >= '０' && ch <= '９') {
                sb.append((char) ('0' + (ch - '０')));
            }
        }
        if (sb.length() > 0) {
            return Integer.parseInt(sb.toString());
        }
        return Numbering.fromKanji(label);
    }

    private Section rewrite(Section s) {
        Place here = bySection.get(s);
        List<Block> blocks = new ArrayList<>();
        int paragraph = 0;
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph) {
                paragraph++;
            }
            // the 号 and text after the paragraphs of an article belong to its last paragraph
            int p = here.isArticle() ? paragraph : here.article() != null ? bySection.get(here.article()).paragraphs()
                    : 0;
            blocks.add(rewrite(b, s.id(), here, p));
        }
        List<Section> children = s.children().stream().map(this::rewrite).toList();
        Section out = new Section(s.id(), s.level(), s.label(), s.number(), s.title(), s.source(), s.origin(),
                s.reason(), blocks, children);
        return out;
    }

    private Block rewrite(Block b, String citing, Place here, int paragraph) {
        if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(p.number(), runs(p.runs(), citing, here, paragraph));
        }
        if (b instanceof Block.ItemList l) {
            return new Block.ItemList(items(l.items(), citing, here, paragraph));
        }
        if (b instanceof Block.Table t) {
            return new Block.Table(t.headerCells().stream().map(c -> new Block.Cell(runs(c.runs(), citing, here,
                    paragraph))).toList(), t.rowCells().stream().map(r -> r.stream().map(c -> new Block.Cell(runs(
                    c.runs(), citing, here, paragraph))).toList()).toList(), t.weights());
        }
        return b;
    }

    private List<Block.ListItem> items(List<Block.ListItem> items, String citing, Place here, int paragraph) {
        return items.stream().map(i -> new Block.ListItem(i.label(), runs(i.runs(), citing, here, paragraph),
                items(i.children(), citing, here, paragraph))).toList();
    }

    private List<Run> runs(List<Run> runs, String citing, Place here, int paragraph) {
        return runs.stream().map(r -> r.text().indexOf(TemplateEngine.REF_START) < 0 ? r
                : new Run(text(r.text(), citing, here, paragraph), r.underline())).toList();
    }

    private String text(String text, String citing, Place here, int paragraph) {
        int start = text.indexOf(TemplateEngine.REF_START);
        if (start < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (start >= 0) {
            int sep = text.indexOf(TemplateEngine.REF_SEPARATOR, start);
            int end = text.indexOf(TemplateEngine.REF_END, start);
            sb.append(text, from, start);
            String id = text.substring(start + 1, sep);
            int cited = Integer.parseInt(text.substring(sep + 1, end));
            sb.append(cite(citing, here, paragraph, id, cited));
            from = end + 1;
            start = text.indexOf(TemplateEngine.REF_START, from);
        }
        return sb.append(text.substring(from)).toString();
    }

    /**
     * Text that stands outside the documents (the guideline text of a clause the body left out, as the 独自変更一覧
     * shows it), its marks replaced by absolute citations: no 前条 or 次項, since it sits in no article.
     * Call after {@link #resolve}.
     */
    String standalone(String text, String citing) {
        return text(text, citing, new Place(-1, null, null, 0, 0, ""), 0);
    }

    /** The citation of clause {@code id} (its {@code cited}-th 項 when above 0) as written in {@code here}. */
    String cite(String citing, Place here, int paragraph, String id, int cited) {
        Place target = places.get(id);
        if (target == null || (cited > 0 && target.isArticle() && cited > target.paragraphs())) {
            unresolved.add(new Unresolved(citing, here.cite(), id, cited));
            return "「" + titles.getOrDefault(id, id) + "」";
        }
        if (form == NumberingForm.OUTLINE || target.article() == null) {
            return target.cite();
        }
        boolean sameDocument = target.document() == here.document() && here.article() != null;
        int distance = sameDocument ? target.articleOrdinal() - here.articleOrdinal() : Integer.MAX_VALUE;
        String article = switch (distance) {
            case -1 -> "前条";
            case 1 -> "次条";
            case 0 -> "";
            default -> target.article().label();
        };
        if (!target.isArticle()) {
            // a 号: 前条第２号, 第２号 in the same article
            String item = target.cite().substring(target.article().label().length());
            return article + item;
        }
        if (cited == 0) {
            return distance == 0 ? "この条" : article;
        }
        if (distance == 0 && cited == paragraph - 1) {
            return "前項";
        }
        if (distance == 0 && cited == paragraph + 1) {
            return "次項";
        }
        return article + "第" + digits.apply(cited) + "項";
    }
}
