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

    /** Every section of the tree in reading order (parents before their children). */
    public List<Section> flatten() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            s.collect(out);
        }
        return out;
    }
}
