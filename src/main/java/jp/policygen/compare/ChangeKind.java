package jp.policygen.compare;

/** What happened to a clause between two versions, as the 備考 column and the JSON name it. */
public enum ChangeKind {
    ADDED("added", "新設"), DELETED("deleted", "削除"), CHANGED("changed", "変更"), MOVED("moved", "移動");

    private final String json;
    private final String label;

    ChangeKind(String json, String label) {
        this.json = json;
        this.label = label;
    }

    /** The name in diff's JSON output. */
    public String json() {
        return json;
    }

    /** The word in the 備考 column and the summary. */
    public String label() {
        return label;
    }
}
