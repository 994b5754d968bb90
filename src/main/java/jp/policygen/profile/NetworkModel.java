package jp.policygen.profile;

import java.util.List;

import jp.policygen.policy.ValueId;

/**
 * The models of the 三層の対策 a body can be built on (network.model), by their ids in a profile. A switch over
 * this type has to name every model, so a new one is a compile error where it is not handled, never a silent β'.
 */
public enum NetworkModel implements ValueId {
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
        return ValueId.ids(NetworkModel.class);
    }

    /** The model of an id the profile reader accepted; any other id is a programming error. */
    public static NetworkModel of(String id) {
        return ValueId.of(NetworkModel.class, id);
    }
}
