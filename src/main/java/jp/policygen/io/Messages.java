package jp.policygen.io;

import java.util.Locale;

/**
 * The one escaping of text that reaches the user's terminal or a page from outside (a file name, a zip entry's
 * name, a value the user typed): control characters — a terminal escape sequence hidden in a file name — and the
 * invisible direction overrides ("Trojan source") are shown as {@code [U+001B]}, never sent raw.
 */
public final class Messages {
    private Messages() {
    }

    /** The text with every control character, direction override and line/paragraph separator as [U+XXXX]. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (unsafe(cp)) {
                b.append(String.format(Locale.ROOT, "[U+%04X]", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /**
     * A whole message line: like {@link #escape} but keeping line breaks and tabs, which a message may hold on
     * purpose (the final line break is the writer's).
     */
    public static String escapeMessage(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp != '\n' && cp != '\t' && cp != '\r' && unsafe(cp)) {
                b.append(String.format(Locale.ROOT, "[U+%04X]", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /**
     * A writer that escapes, as {@link #escapeMessage}, everything written through it: every command's terminal
     * output goes through one, so no message — whatever file name or value it quotes — sends a control sequence
     * raw. Line breaks, tabs and the carriage return of a progress bar pass.
     */
    public static java.io.Writer escaping(java.io.Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void write(int c) throws java.io.IOException {
                if (c != '\n' && c != '\t' && c != '\r' && unsafe(c)) {
                    out.write(String.format(Locale.ROOT, "[U+%04X]", c));
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                write(new String(buf, off, len), 0, len);
            }

            @Override
            public void write(String str, int off, int len) throws java.io.IOException {
                out.write(escapeMessage(str.substring(off, off + len))); // a lone half of a pair passes as it came
            }
        };
    }

    static boolean unsafe(int cp) {
        return Character.getType(cp) == Character.CONTROL || bidi(cp) || cp == 0x2028 || cp == 0x2029;
    }

    /** Invisible characters that reverse or isolate the direction of the text around them. */
    public static boolean bidi(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
