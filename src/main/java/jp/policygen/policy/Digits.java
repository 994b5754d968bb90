package jp.policygen.policy;

/** Digits as a 例規 prints them: 全角 (第１３条, 令和８年) when its numbers are 全角, as written otherwise. */
public final class Digits {
    private Digits() {
    }

    /** The ASCII digits of a text made 全角 when the rule's numbers are: 令和8年 → 令和８年. */
    public static String widen(String text, boolean fullWidth) {
        if (!fullWidth) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            sb.append(ch >= '0' && ch <= '9' ? (char) ('０' + (ch - '0')) : ch);
        }
        return sb.toString();
    }

    /** A number in the rule's digits: ２ or 2. */
    public static String of(int n, boolean fullWidth) {
        return widen(Integer.toString(n), fullWidth);
    }
}
