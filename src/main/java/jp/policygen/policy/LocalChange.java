package jp.policygen.policy;

/**
 * One of the body's own changes to the standard text, for the 独自変更一覧 the committee reads and for the
 * snapshot: a clause replaced, added to, left out, inserted or retitled, with the text before and after and the
 * profile's reason.
 *
 * @param id            the clause id (std.human.passwords)
 * @param document      the document the clause belongs to
 * @param number        the number the body's document prints ("6.2(1)", "第54条"); "" for an omitted clause,
 *                      which has none
 * @param title         the clause's heading as printed, "" for an untitled item
 * @param kind          what was changed
 * @param guidelineText the standard text (the catalog's, filled with the profile), "" for an inserted clause
 * @param localText     the text as the body's document prints it, "" for an omitted clause
 * @param reason        the reason the profile gives
 * @param source        where the guideline has the clause (対策基準 6.2(1)); for an omission the only place to
 *                      find it
 */
public record LocalChange(String id, DocumentKind document, String number, String title, Kind kind,
                          String guidelineText, String localText, String reason, String source) {

    /** The kinds of local change, named as in JSON and printed in the 独自変更一覧. */
    public enum Kind {
        REPLACE("replace", "置換"),
        APPEND("append", "追記"),
        OMIT("omit", "削除"),
        INSERT("insert", "追加"),
        TITLE("title", "見出しの変更");

        private final String json;
        private final String label;

        Kind(String json, String label) {
            this.json = json;
            this.label = label;
        }

        public String json() {
            return json;
        }

        public String label() {
            return label;
        }
    }
}
