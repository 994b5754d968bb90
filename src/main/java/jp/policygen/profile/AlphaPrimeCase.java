package jp.policygen.profile;

import java.util.List;

import jp.policygen.policy.ValueId;

/** The cases of the α' model (network.alpha_prime.case): （ア）, （イ） and （ウ）, by their ids in a profile. */
public enum AlphaPrimeCase implements ValueId {
    AUTH_ONLY("auth-only"),
    NO_FILE_IMPORT("no-file-import"),
    FILE_EXCHANGE("file-exchange");

    private final String id;

    AlphaPrimeCase(String id) {
        this.id = id;
    }

    /** As a profile writes it. */
    public String id() {
        return id;
    }

    /** The ids in the order profiles and the schema list them. */
    public static List<String> ids() {
        return ValueId.ids(AlphaPrimeCase.class);
    }

    /** The case of an id the profile reader accepted; any other id is a programming error. */
    public static AlphaPrimeCase of(String id) {
        return ValueId.of(AlphaPrimeCase.class, id);
    }
}
