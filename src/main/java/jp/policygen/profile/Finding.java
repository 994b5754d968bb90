package jp.policygen.profile;

/**
 * One problem found in a profile, with where it is and what to write instead.
 *
 * @param severity error or warning
 * @param code     stable machine-readable code (unknown-key, wrong-type …)
 * @param file     the profile file as the user named it
 * @param line     1-based line, 0 when the whole file is meant
 * @param column   1-based column, 0 when the whole file is meant
 * @param key      dotted key path (network.model), or "" for the file
 * @param message  Japanese message saying what is wrong and what to write instead
 */
public record Finding(Severity severity, String code, String file, int line, int column, String key, String message) {

    public enum Severity {
        ERROR("error", "エラー"), WARNING("warning", "警告");

        private final String json;
        private final String label;

        Severity(String json, String label) {
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

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * A file name or path as every message prints it: control characters (a terminal escape sequence in a file
     * name) and direction overrides as [U+001B], never sent to the terminal raw.
     */
    public static String printable(String name) {
        return Text.shownName(name);
    }

    /** file:line:column: エラー: message — the form compilers use, which editors can jump to. */
    public String format() {
        String shownFile = Text.shownName(file);
        String where = line > 0 ? shownFile + ":" + line + ":" + column : shownFile;
        return where + ": " + severity.label() + ": " + message;
    }
}
