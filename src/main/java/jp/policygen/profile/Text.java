package jp.policygen.profile;

/** How a value the user wrote is quoted back in a message: shortened, with invisible characters made visible. */
final class Text {
    private Text() {
    }

    static final int SHOWN = 40;

    /** At most {@code max} characters, then 「…（全 N 文字）」. */
    static String shorten(String s, int max) {
        int n = s.codePointCount(0, s.length());
        if (n <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)) + "…（全 " + n + " 文字）";
    }

    /** The value as quoted in a message: control characters as [U+0007], line breaks as ⏎, shortened. */
    static String show(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r') {
                b.append('⏎');
            } else if (firstBad(new String(Character.toChars(cp)), false) >= 0) {
                b.append(String.format(java.util.Locale.ROOT, "[U+%04X]", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return shorten(b.toString(), SHOWN);
    }

    /**
     * A file name as printed: control characters (a terminal escape sequence in a file name) and direction
     * overrides as [U+001B], never sent to the terminal raw; not shortened.
     */
    static String shownName(String name) {
        return jp.policygen.io.Messages.escape(name);
    }

    /** Invisible characters that reverse or isolate the direction of the text around them ("Trojan source"). */
    static boolean bidi(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /**
     * Index of the first character that cannot appear in a document's text: a control character (line breaks
     * allowed when {@code newlines}), a lone surrogate, a BOM, a non-character or a direction override; -1 when
     * there is none.
     */
    static int firstBad(String v, boolean newlines) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean allowed = newlines && (c == '\n' || c == '\r');
            if (allowed) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.getType(c) == Character.CONTROL || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                    || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF' || c >= '\uFDD0' && c <= '\uFDEF' || bidi(c)) {
                return i;
            }
        }
        return -1;
    }
}
