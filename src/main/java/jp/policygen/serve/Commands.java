package jp.policygen.serve;

import java.io.PrintWriter;

/**
 * How the page runs generate, check and diff: the command line's own commands, run in this process, handed in by
 * whoever starts the server (cli.ServeCommand passes cli.Main::run), so this package does not depend on the
 * command line's. An interim step: these jobs are to move to an application layer both call (docs/architecture.md).
 */
@FunctionalInterface
public interface Commands {
    /** Runs one command line with the given streams; returns its exit status. */
    int run(String[] args, PrintWriter out, PrintWriter err);
}
