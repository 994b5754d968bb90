package jp.policygen.policy;

import java.util.Arrays;
import java.util.List;

/**
 * An enum whose constants a profile or a snapshot names by a short id (beta-prime, articles, standard): the list of
 * ids and the lookup they all share, so each enum declares only its constants and their ids.
 */
public interface ValueId {
    /** As a profile or a snapshot writes it. */
    String id();

    /** The ids in the order of the constants, which is the order profiles and the schema list them. */
    static <E extends Enum<E> & ValueId> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ValueId::id).toList();
    }

    /** The constant of an id the reader accepted; any other id is a programming error. */
    static <E extends Enum<E> & ValueId> E of(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + id);
    }
}
