package jp.policygen.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * What this run made and has not yet handed over to the user: a run's work folders and the output folders it
 * created. When the process is stopped (Ctrl+C, a closed console, {@code kill}) before a run finished, a shutdown
 * hook undoes these, newest first, so that an interrupted {@code generate} or {@code upgrade} leaves nothing
 * behind (issue 25 item 6). Each undo only touches what its own run created: a work folder, or an output folder
 * that did not exist before the run and is still empty; a folder that existed before, and the user's files, are
 * never registered here.
 *
 * <p>One registry per process, because a shutdown hook is per process: this is the one piece of static state, and
 * it holds only undo actions of live runs, each removed as soon as its run committed or cleaned up itself.
 */
public final class RunCleanup {
    /** A registered undo; {@link #close()} drops it once the run committed or cleaned up by itself. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private static final RunCleanup PROCESS = new RunCleanup();

    private final List<Runnable> undos = new ArrayList<>();
    private boolean hookInstalled;
    private boolean shuttingDown;

    private RunCleanup() {
    }

    /** The registry of this process; its shutdown hook is installed with the first registration. */
    public static RunCleanup process() {
        return PROCESS;
    }

    /**
     * Registers an undo to run if the process stops before {@link Registration#close()}. The undo must be safe to
     * run while the run's own threads are still working (the JVM does not stop them for its hooks) and must never
     * remove anything the run did not create.
     */
    public Registration register(Runnable undo) {
        synchronized (undos) {
            if (!hookInstalled) {
                hookInstalled = true;
                Runtime.getRuntime().addShutdownHook(new Thread(this::undoAll, "policygen-cleanup"));
            }
            undos.add(undo);
        }
        return () -> {
            synchronized (undos) {
                if (!shuttingDown) {
                    undos.remove(undo);
                }
            }
        };
    }

    /** Runs every undo still registered, newest first. Not holding the lock meanwhile: an undo may wait for a commit. */
    void undoAll() {
        List<Runnable> todo;
        synchronized (undos) {
            shuttingDown = true;
            todo = new ArrayList<>(undos);
        }
        for (int i = todo.size() - 1; i >= 0; i--) {
            try {
                todo.get(i).run();
            } catch (RuntimeException | Error e) {
                // best effort: a leftover work folder is finished or removed by the next run (OutputFolder.recover)
            }
        }
    }
}
