package jp.policygen.profile;

import java.util.List;

import jp.policygen.policy.ValueId;

/**
 * The ways a file from the internet is made harmless before it enters the LGWAN side (network.sanitization), by
 * their ids in a profile, in the order profiles and the schema list them. The name is what the documents print;
 * the wording around it lives in the templates.
 */
public enum Sanitization implements ValueId {
    TEXT_EXTRACTION("text-extraction", "テキスト抽出"),
    IMAGE_PDF("image-pdf", "画像PDF化"),
    SANITIZE("sanitize", "ファイル無害化（サニタイズ）"),
    SANDBOX("sandbox", "サンドボックス");

    private final String id;
    private final String label;

    Sanitization(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** As a profile writes it. */
    public String id() {
        return id;
    }

    /** As the documents name it. */
    public String label() {
        return label;
    }

    /** The ids in the order profiles and the schema list them. */
    public static List<String> ids() {
        return ValueId.ids(Sanitization.class);
    }

    /** The way of an id the profile reader accepted; any other id is a programming error. */
    public static Sanitization of(String id) {
        return ValueId.of(Sanitization.class, id);
    }
}
