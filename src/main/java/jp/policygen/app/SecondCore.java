package jp.policygen.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.policygen.io.Futures;

/**
 * One thread beside the job's own for a run of diff or upgrade, when the machine has a core for it: the work these
 * commands do is independent in large pieces (resolving the two versions, the PDFs beside the Word files, the
 * 対照表 beside the new edition's documents), and a 2-core 庁内 PC otherwise leaves one core idle. Without a second
 * core everything runs on the calling thread, in the same order. Made per run and closed with it (the page's server
 * runs diff too: no thread outlives its run). What the work writes does not depend on which thread does it.
 */
final class SecondCore implements AutoCloseable {
    private final ExecutorService thread;

    private SecondCore(ExecutorService thread) {
        this.thread = thread;
    }

    /** A second thread when the JVM sees more than one core, else none. */
    static SecondCore open(String name) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return new SecondCore(null);
        }
        return new SecondCore(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true); // a run that fails does not keep the command's JVM alive
            return t;
        }));
    }

    /** The thread, or null when there is none (the generator then writes everything on the calling thread). */
    ExecutorService executor() {
        return thread;
    }

    /** Runs {@code work} on the second thread, or now on this one when there is none. */
    <T> Future<T> submit(Callable<T> work) {
        if (thread != null) {
            return thread.submit(work);
        }
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception | Error e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The result of submitted work, with what stopped it rethrown as it was thrown. */
    static <T> T get(Future<T> f) throws Exception {
        return Futures.get(f);
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
