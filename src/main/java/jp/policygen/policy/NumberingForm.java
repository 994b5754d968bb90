package jp.policygen.policy;

import java.util.List;
import java.util.Locale;

/**
 * How clause numbers look: the guideline's outline (1. / (1) / ①) or 例規 articles (第1条 / 項 / 号). Also the
 * profile's policy.form, by {@link #id()}: one type from the profile to the writers, never a string compared.
 */
public enum NumberingForm implements ValueId {
    OUTLINE, ARTICLES;

    /** As a profile (policy.form) and the snapshot write it: outline, articles. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The ids in the order the schema lists them. */
    public static List<String> ids() {
        return ValueId.ids(NumberingForm.class);
    }

    /** The form of an id the profile reader accepted; any other id is a programming error. */
    public static NumberingForm of(String id) {
        return ValueId.of(NumberingForm.class, id);
    }
}
