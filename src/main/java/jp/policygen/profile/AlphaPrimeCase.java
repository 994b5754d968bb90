package jp.policygen.profile;

import java.util.Arrays;
import java.util.List;

/** The cases of the α' model (network.alpha_prime.case): （ア）, （イ） and （ウ）, by their ids in a profile. */
public enum AlphaPrimeCase {
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
        return Arrays.stream(values()).map(AlphaPrimeCase::id).toList();
    }

    /** The case of an id the profile reader accepted; any other id is a programming error. */
    public static AlphaPrimeCase of(String id) {
        for (AlphaPrimeCase c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown α' case: " + id);
    }
}
