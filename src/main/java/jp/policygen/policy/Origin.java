package jp.policygen.policy;

/** Where a section's text comes from: the catalog, a local replacement, a local addition, or a deletion. */
public enum Origin {
    GUIDELINE("guideline"), OVERRIDE("override"), APPENDED("appended"),
    /** An omitted clause kept as 「削除」 so the others keep their numbers ({@code policy.renumber: false}). */
    DELETED("deleted"),
    /** A clause of the body's own (an {@code insert:} under a {@code local.} id). */
    LOCAL("local");

    private final String json;

    Origin(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
