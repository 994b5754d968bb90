package jp.policygen.cli;

import java.io.PrintWriter;

/** A one-line progress bar for batch runs, shown only on a terminal and only for more than one profile. */
final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean show;
    private int done;

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
        this.show = total > 1 && System.console() != null;
    }

    synchronized void step(String name) {
        done++;
        if (show) {
            int width = 30;
            int filled = done * width / total;
            err.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + " " + name
                    + "        ");
            err.flush();
        }
    }

    synchronized void finish() {
        if (show) {
            err.println();
        }
    }
}
