package jp.policygen.policy;

/** The kinds of document, named as in manifest.json and snapshot.json. */
public enum DocumentKind {
    BASIC_POLICY("basic-policy"),
    STANDARD("standard"),
    CLOUD_PROVISIONS("cloud-provisions"),
    ROLES("roles"),
    COMPARISON("comparison"),
    UPGRADE_REPORT("upgrade-report");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    /** The name used in JSON and in the catalog's edition.yaml. */
    public String id() {
        return id;
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
