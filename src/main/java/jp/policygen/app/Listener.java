package jp.policygen.app;

/**
 * Told of a long job's progress (a terminal's progress line); called from any thread. The page needs none of it.
 */
public interface Listener {
    /** A job that nobody watches. */
    Listener NONE = new Listener() {
    };

    /** A file of body {@code name} is written. */
    default void file(String name) {
    }

    /** Body {@code name} is done. */
    default void step(String name) {
    }

    /** The job is over. */
    default void finish() {
    }
}
