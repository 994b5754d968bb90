package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.policy.Document;
import jp.policygen.policy.Section;

/**
 * The 別表 of a 例規: after the 附則, headed as a 例規 heads it — 「別表（第１３６条、第１４４条関係）」 with the
 * articles whose text refers to it — and its own name (外部サービス一覧) kept after the heading.
 */
final class Appendix {
    static final String PREFIX = "std.appendix.";

    private Appendix() {
    }

    static List<Document> captioned(List<Document> documents) {
        List<Document> out = new ArrayList<>();
        for (Document d : documents) {
            List<Section> sections = d.sections();
            if (sections.stream().noneMatch(s -> s.id().startsWith(PREFIX))) {
                out.add(d);
                continue;
            }
            List<Section> top = new ArrayList<>();
            for (Section s : sections) {
                top.add(s.id().startsWith(PREFIX) ? caption(s, citing(d)) : s);
            }
            out.add(new Document(d.kind(), d.title(), d.info(), top));
        }
        return out;
    }

    /** The articles (第N条, without 項 and 号) whose own text names the 別表, in document order. */
    private static List<String> citing(Document d) {
        List<String> out = new ArrayList<>();
        for (Section s : d.flatten()) {
            if (s.id().startsWith(PREFIX) || !s.plainText().contains("別表")) {
                continue;
            }
            int end = s.number().indexOf('条');
            if (s.number().startsWith("第") && end > 0) {
                String article = s.number().substring(0, end + 1);
                if (!out.contains(article)) {
                    out.add(article);
                }
            }
        }
        return out;
    }

    /** 「別表　外部サービス一覧」 → 「別表（第１３６条、第１４４条関係）　外部サービス一覧」. */
    private static Section caption(Section s, List<String> articles) {
        if (articles.isEmpty() || !s.title().startsWith("別表")) {
            return s;
        }
        String name = s.title().substring("別表".length()).strip();
        String title = "別表（" + String.join("、", articles) + "関係）" + (name.isEmpty() ? "" : "　" + name);
        return new Section(s.id(), s.level(), s.label(), s.number(), title, s.source(), s.origin(), s.reason(),
                s.blocks(), s.children());
    }
}
