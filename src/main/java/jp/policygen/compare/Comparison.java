package jp.policygen.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.DocumentKind;

/**
 * Two versions of a body's policy compared clause by clause: what each version is, and per document that changed,
 * its rows.
 */
public record Comparison(Version oldVersion, Version newVersion, List<DocumentChanges> documents,
                         AmendingRule amendingRule) {
    public Comparison {
        documents = List.copyOf(documents);
    }

    public Comparison(Version oldVersion, Version newVersion, List<DocumentChanges> documents) {
        this(oldVersion, newVersion, documents, AmendingRule.NONE);
    }

    /**
     * The rule that makes this amendment, as the 対照表 of a 訓令 is headed (issue 20 item 5): its 題名
     * (「架空県情報セキュリティ対策基準の一部を改正する訓令」) and number (「令和９年訓令第８号」, from the profile's history
     * entry of the new 施行日; 「訓令第　号」 until it has one). Empty for a booklet (outline form), whose table is
     * headed by the versions compared.
     */
    public record AmendingRule(String title, String number) {
        public static final AmendingRule NONE = new AmendingRule("", "");

        public boolean isPresent() {
            return !title.isEmpty();
        }

        /** 「…の一部を改正する訓令（令和９年訓令第８号）」 */
        public String heading() {
            return title + "（" + number + "）";
        }
    }

    /** What a compared version is: edition, 版, 施行日, adoption, and where it was read from. */
    public record Version(String edition, String editionName, String profile, String body, String version,
                          String effective, String adoption, String source) {
    }

    /** The rows of one document (基本方針, 対策基準 …) that changed. */
    public record DocumentChanges(DocumentKind kind, String title, List<Row> rows) {
        public DocumentChanges {
            rows = List.copyOf(rows);
        }
    }

    public List<Row> rows() {
        return documents.stream().flatMap(d -> d.rows().stream()).toList();
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /** How many rows of each kind, every kind present (zero when none). */
    public Map<ChangeKind, Integer> counts() {
        Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, 0);
        }
        for (Row r : rows()) {
            counts.merge(r.kind(), 1, Integer::sum);
        }
        return counts;
    }
}
