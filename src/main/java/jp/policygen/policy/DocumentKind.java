package jp.policygen.policy;

/** The kinds of document, named as in manifest.json and snapshot.json. */
public enum DocumentKind {
    BASIC_POLICY("basic-policy", "basic-policy"),
    STANDARD("standard", "standard"),
    CLOUD_PROVISIONS("cloud-provisions", "cloud-provisions"),
    ROLES("roles", "roles"),
    COMPARISON("comparison", "comparison");

    private final String id;
    private final String fileStem;

    DocumentKind(String id, String fileStem) {
        this.id = id;
        this.fileStem = fileStem;
    }

    /** The name used in JSON and in the catalog's edition.yaml. */
    public String id() {
        return id;
    }

    public String fileStem() {
        return fileStem;
    }

    public static DocumentKind fromId(String id) {
        for (DocumentKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown document kind: " + id);
    }
}
