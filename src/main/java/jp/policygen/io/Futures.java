package jp.policygen.io;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work done on a second thread (a body's PDFs, the older version of a diff, the 対照表 of an upgrade), with
 * what stopped it rethrown as it was thrown, so a command reports the same message whichever thread met the problem.
 * An interrupt does not cut the wait short (the files being written would be left half done); it is kept for the
 * caller.
 */
public final class Futures {
    private Futures() {
    }

    /** The result of the work; an exception or error it threw is rethrown itself. */
    public static <T> T get(Future<T> f) throws Exception {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception x) {
                        throw x;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IOException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for work that writes files: an I/O or unchecked problem is rethrown itself, any other as an I/O one. */
    public static void await(Future<?> f) throws IOException {
        try {
            get(f);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
