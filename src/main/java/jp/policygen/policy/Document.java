package jp.policygen.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * One document of the policy (基本方針, 対策基準, 第4編, 権限・責任等一覧表), as a tree of sections.
 * Writers walk this and nothing else.
 */
public record Document(DocumentKind kind, String title, DocumentInfo info, List<Section> sections) {
    public Document {
        sections = List.copyOf(sections);
    }

    /**
     * Whether the document opens with a cover, 改定履歴 and 目次, as a policy does; a 新旧対照表 starts with its
     * table on the first page.
     */
    public boolean hasFrontMatter() {
        return kind != DocumentKind.COMPARISON && kind != DocumentKind.UPGRADE_REPORT && kind != DocumentKind.AMENDMENT;
    }

    /**
     * Whether the document is printed as a rule (例規 form): headed by its 題名 and the line with its 制定日 and
     * number ({@link DocumentInfo#adoption()}), without the booklet's cover, 版, 施行日 line or 改定履歴 (its 附則
     * say when it and each revision took effect).
     */
    public boolean isRule() {
        return info.form() == NumberingForm.ARTICLES && (kind == DocumentKind.BASIC_POLICY
                || kind == DocumentKind.STANDARD || kind == DocumentKind.POLICY || kind == DocumentKind.CLOUD_PROVISIONS);
    }

    /** The 題名 as a rule prints it: the body's name before the title, marked as 例規集 mark titles (○架空県…). */
    public String ruleTitle() {
        return "○" + (title.startsWith(info.bodyName()) ? title : info.bodyName() + title);
    }

    /** Every section of the tree in reading order (parents before their children). */
    public List<Section> flatten() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            s.collect(out);
        }
        return out;
    }
}
