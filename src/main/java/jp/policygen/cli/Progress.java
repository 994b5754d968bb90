package jp.policygen.cli;

import java.io.PrintWriter;

/**
 * The progress line of long runs (generate of one body takes seconds, a batch minutes): files written and bodies
 * done, on stderr, rewritten in place. Only on a terminal: a script, a log or CI gets none of it.
 */
final class Progress implements jp.policygen.app.Listener {
    private final PrintWriter err;
    private final int total;
    private final boolean show;
    private int done;
    private int files;
    private int width;

    Progress(PrintWriter err, int total) {
        this(err, total, System.console() != null);
    }

    /** @param show whether to print (a terminal); tests pass true */
    Progress(PrintWriter err, int total, boolean show) {
        this.err = err;
        this.total = total;
        this.show = show;
    }

    /** A file of body {@code name} is written. */
    @Override
    public synchronized void file(String name) {
        files++;
        if (show) {
            print(total > 1 ? bar() + " 作成したファイル " + files + "（" + name + "）"
                    : "文書を作成しています（" + name + "）… " + files + " ファイル");
        }
    }

    /** Body {@code name} is done. */
    @Override
    public synchronized void step(String name) {
        done++;
        if (show && total > 1) {
            print(bar() + " " + name);
        }
    }

    private String bar() {
        int w = 30;
        int filled = done * w / total;
        return "[" + "#".repeat(filled) + "-".repeat(w - filled) + "] " + done + "/" + total + " 団体";
    }

    /** Rewrites the line, blanking what a longer earlier line left. */
    private void print(String line) {
        int pad = Math.max(0, width - line.length());
        width = line.length();
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
    }

    @Override
    public synchronized void finish() {
        if (show && (files > 0 || done > 0)) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
