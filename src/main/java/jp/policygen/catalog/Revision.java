package jp.policygen.catalog;

import java.util.List;
import java.util.Map;

/**
 * What an edition stored as a delta declares beyond its clauses: lineage links (renames, splits, merges) and the
 * topics its changes belong to (the points of the ministry's summary of the revision).
 *
 * @param links   the clauses it continues under another id
 * @param topics  topic id → its title, in the order of the changes file
 * @param topicOf clause id → topic id, for the clauses the delta adds, replaces or renames
 * @param origins  origin id → its label (例文の改定, 解説の改定点, 本ツールの判断), in the order of the changes file
 * @param originOf clause id → origin id, for the clauses the delta adds, replaces or renames (and an added tree's
 *                 children)
 */
public record Revision(List<Link> links, Map<String, String> topics, Map<String, String> topicOf,
                       Map<String, String> origins, Map<String, String> originOf) {
    public static final Revision NONE = new Revision(List.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public Revision {
        links = List.copyOf(links);
        topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
        topicOf = Map.copyOf(topicOf);
        origins = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(origins));
        originOf = Map.copyOf(originOf);
    }
}
