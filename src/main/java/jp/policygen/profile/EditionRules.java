package jp.policygen.profile;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the profile reader needs to know about the guideline editions the tool ships (templates/editions.yaml, read
 * by the catalog): the profile code names no edition itself.
 */
public interface EditionRules {
    /** Edition ids, oldest first. */
    List<EditionId> editionIds();

    /** The edition a profile without {@code guideline} gets. */
    EditionId latestEdition();

    /** 令和6年10月版 for 2024-10. */
    String editionName(EditionId id);

    /** The clause ids of an edition, or null when the tool does not ship it. */
    Set<String> clauseIdsOrNull(EditionId edition);

    /**
     * The rows (and groups) of the 権限・責任等一覧表 of an edition by id (roles.org.policy-decision → its 事項), in
     * the order of the table; empty when the edition has none.
     */
    default java.util.Map<String, String> roleRows(EditionId edition) {
        return java.util.Map.of();
    }

    /** The roles (columns) of the 一覧表 by key (ciso → 最高情報セキュリティ責任者（CISO）), in the order of the table. */
    default java.util.Map<String, String> roleKeys(EditionId edition) {
        return java.util.Map.of();
    }

    /** The edition that introduced this profile key (dotted path), if a later edition than the oldest did. */
    Optional<EditionId> keyIntroducedBy(String key);

    /** The edition that introduced this value of a key (network.model = alpha-prime), if a later edition did. */
    Optional<EditionId> valueIntroducedBy(String key, String value);

    /** True when {@code edition} is {@code other} or comes after it. */
    default boolean atLeast(EditionId edition, EditionId other) {
        return edition.compareTo(other) >= 0;
    }
}
