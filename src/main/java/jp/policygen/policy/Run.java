package jp.policygen.policy;

/** A stretch of text with one look. Underlined runs mark changed words (傍線) in a 新旧対照表. */
public record Run(String text, boolean underline) {
    public static Run plain(String text) {
        return new Run(text, false);
    }
}
