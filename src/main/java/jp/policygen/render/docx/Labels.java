package jp.policygen.render.docx;

/** The fixed words the writer itself puts on the page (everything else comes from the model). */
final class Labels {
    /** Separates a clause label from its text: 「①　…」, 「ア　…」. */
    static final String LABEL_SEPARATOR = "\u3000";

    static final String HISTORY = "改定履歴";
    static final String EFFECTIVE = "施行日";
    static final String CONTENTS = "目次";

    private Labels() {
    }
}
