package jp.policygen.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.DocumentKind;

/**
 * Two versions of a body's policy compared clause by clause: what each version is, and per document that changed,
 * its rows.
 */
public record Comparison(Version oldVersion, Version newVersion, List<DocumentChanges> documents) {
    public Comparison {
        documents = List.copyOf(documents);
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
