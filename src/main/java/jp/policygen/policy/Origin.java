package jp.policygen.policy;

/** Where a section's text comes from: the catalog, a local replacement, or a local addition. */
public enum Origin {
    GUIDELINE("guideline"), OVERRIDE("override"), APPENDED("appended");

    private final String json;

    Origin(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
