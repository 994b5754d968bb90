package jp.policygen.profile;

import java.util.Arrays;
import java.util.List;

/**
 * The models of the 三層の対策 a body can be built on (network.model), by their ids in a profile. A switch over
 * this type has to name every model, so a new one is a compile error where it is not handled, never a silent β'.
 */
public enum NetworkModel {
    ALPHA("alpha"),
    ALPHA_PRIME("alpha-prime"),
    BETA("beta"),
    BETA_PRIME("beta-prime");

    private final String id;

    NetworkModel(String id) {
        this.id = id;
    }

    /** As a profile writes it. */
    public String id() {
        return id;
    }

    /** The ids in the order profiles and the schema list them. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(NetworkModel::id).toList();
    }

    /** The model of an id the profile reader accepted; any other id is a programming error. */
    public static NetworkModel of(String id) {
        for (NetworkModel m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown network model: " + id);
    }
}
