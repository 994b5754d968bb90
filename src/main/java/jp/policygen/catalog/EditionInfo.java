package jp.policygen.catalog;

import java.util.List;
import java.util.Optional;
import jp.policygen.profile.EditionId;

/**
 * One entry of templates/editions.yaml: what the tool knows about an edition before reading its clauses.
 *
 * @param published   when the ministry published it (year-month as the edition's name gives it)
 * @param base        the edition it revised (its predecessor), for lineage, 対照表 and upgrade; empty for the oldest
 * @param derivedFrom how its folder is stored: empty = a full folder; otherwise a delta over that edition's catalog
 * @param summary     one line saying what the edition changed relative to its base
 * @param newKeys     profile keys this edition introduces, with what the author must decide (upgrade writes them)
 * @param newValues   profile values this edition introduces (key = value), refused under earlier editions
 * @param tasks       work the edition gives a body beyond its documents (the upgrade report's to-do list)
 */
public record EditionInfo(EditionId id, String name, String published, boolean latest, Optional<EditionId> base,
                          Optional<EditionId> derivedFrom, String summary, List<NewKey> newKeys, List<NewValue> newValues,
                          List<Task> tasks) {
    public EditionInfo {
        newKeys = List.copyOf(newKeys);
        newValues = List.copyOf(newValues);
        tasks = List.copyOf(tasks);
    }

    public EditionInfo(EditionId id, String name, String published, boolean latest, Optional<EditionId> base,
                       Optional<EditionId> derivedFrom, String summary, List<NewKey> newKeys, List<NewValue> newValues) {
        this(id, name, published, latest, base, derivedFrom, summary, newKeys, newValues, List.of());
    }

    /**
     * A piece of work the edition brings: for every body moving through it, or ({@code clause} present) only for a
     * body whose documents gain that clause.
     */
    public record Task(Optional<String> clause, String task) {
    }

    /** A profile key the edition introduces: its dotted path, the value to suggest, and the question it answers. */
    public record NewKey(String key, String suggested, String decide) {
    }

    /** A value of an existing key that the edition introduces (network.model = alpha-prime). */
    public record NewValue(String key, String value) {
    }
}
