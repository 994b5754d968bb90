package jp.policygen.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Where a job says what it did: its report lines (out) and its warnings, errors and progress (err), in Japanese for
 * the user. The command line passes its standard streams; the page passes a {@link #capture()} and shows the lines
 * as its notice. Either way the job, not the adapter, words every message, so both say the same.
 */
public record Console(PrintWriter out, PrintWriter err) {

    /** A console that keeps what the job says, for a page to show. */
    public static Captured capture() {
        return new Captured(new StringWriter(), new StringWriter());
    }

    /** The lines a job said, kept in memory. */
    public static final class Captured {
        private final StringWriter out;
        private final StringWriter err;
        private final Console console;

        private Captured(StringWriter out, StringWriter err) {
            this.out = out;
            this.err = err;
            // escaped as the command line escapes its streams: a file name's control characters never reach the page raw
            this.console = new Console(new PrintWriter(jp.policygen.io.Messages.escaping(out), true),
                    new PrintWriter(jp.policygen.io.Messages.escaping(err), true));
        }

        public Console console() {
            return console;
        }

        /** The report lines and then the warnings and errors, as one text. */
        public String text() {
            console.out().flush();
            console.err().flush();
            return (out + "\n" + err).strip();
        }
    }
}
