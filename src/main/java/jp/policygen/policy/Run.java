package jp.policygen.policy;

import java.util.Objects;

/**
 * A stretch of text with one look. Underlined runs mark changed words (傍線) in a 新旧対照表; a double underline
 * (二重傍線) marks a renumbered clause's number there.
 */
public record Run(String text, Underline underline) {

    /** The underline of a run: none, a single line (傍線) or a double line (二重傍線). */
    public enum Underline {
        NONE, SINGLE, DOUBLE
    }

    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(underline, "underline");
    }

    public static Run plain(String text) {
        return new Run(text, Underline.NONE);
    }

    public static Run single(String text) {
        return new Run(text, Underline.SINGLE);
    }

    public static Run doubled(String text) {
        return new Run(text, Underline.DOUBLE);
    }

    public boolean underlined() {
        return underline != Underline.NONE;
    }
}
