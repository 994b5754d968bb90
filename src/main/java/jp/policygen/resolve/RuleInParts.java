package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/**
 * One rule in parts (policy.rules: one), the body's choice against the default of two rules: the 基本方針 and the
 * 対策基準 as the 第１編 and the 第２編 of one rule, under one 題名 and number, their articles numbered through both
 * parts (the resolver numbers the 第２編 on from the 第１編), and one 附則 at the end — the 対策基準's, with the 別表
 * after it, as a rule ends. The 特則 (第4編 of the guideline) stays a rule of its own.
 */
final class RuleInParts {
    /** The 題名 of the one rule, after the body's name: 「○架空県情報セキュリティポリシー」. */
    static final String TITLE = "情報セキュリティポリシー";
    /** The ids of the two parts: the catalog's documents' clause-id prefixes, so no clause has them. */
    static final String BASIC_PART = "basic";
    static final String STANDARD_PART = "std";

    private RuleInParts() {
    }

    /**
     * The documents with the 基本方針 and the 対策基準 made one rule, in the 基本方針's place; as they were when the
     * body's policy lacks either.
     *
     * @param info   the rule's: the 基本方針's number and 制定日, the 対策基準's handling mark
     * @param digits how the body writes numbers (第１編 or 第1編)
     */
    static List<Document> combine(List<Document> documents, DocumentInfo info, IntFunction<String> digits) {
        Optional<Document> basic = documents.stream().filter(d -> d.kind() == DocumentKind.BASIC_POLICY).findFirst();
        Optional<Document> standard = documents.stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst();
        if (basic.isEmpty() || standard.isEmpty()) {
            return documents;
        }
        List<Section> sections = new ArrayList<>();
        sections.add(part(BASIC_PART, 1, basic.get(), provisions(basic.get()), digits));
        sections.add(part(STANDARD_PART, 2, standard.get(), provisions(standard.get()), digits));
        // the 附則 (with those of the revisions) and the 別表 close the rule: the 対策基準's, which the 特則 and the
        // 別表 go with; the 基本方針's own 附則 says the same of the same rule and is left out
        standard.get().sections().stream().filter(RuleInParts::closing).forEach(sections::add);
        Document rule = new Document(DocumentKind.POLICY, TITLE, info, sections);
        List<Document> out = new ArrayList<>();
        for (Document d : documents) {
            if (d == basic.get()) {
                out.add(rule);
            } else if (d != standard.get()) {
                out.add(d);
            }
        }
        return out;
    }

    /** The part's provisions: its 章 and articles, without the 附則 and 別表 that stand unnumbered at its end. */
    private static List<Section> provisions(Document d) {
        return d.sections().stream().filter(s -> !closing(s)).toList();
    }

    /** A 附則 or a 別表: unnumbered, untitled by a number, at the end of a rule. */
    private static boolean closing(Section s) {
        return s.level() == SectionLevel.UNNUMBERED && s.label().isEmpty();
    }

    private static Section part(String id, int n, Document d, List<Section> children, IntFunction<String> digits) {
        String label = "第" + digits.apply(n) + "編";
        return new Section(id, SectionLevel.CHAPTER, label, label, d.title(), "", Origin.GUIDELINE, "", List.of(),
                children);
    }
}
