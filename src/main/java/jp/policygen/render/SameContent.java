package jp.policygen.render;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What was made for the last few kinds of content, by equal keys: bytes many files have alike (a part's
 * marshalling, a root tag sorted) made once per run. Unlike {@link Recent}, which tells objects apart by identity,
 * an equal key of another body finds the value too, so use it only for values that depend on nothing but the key.
 * Thread-safe; two threads may each make a new key's value. When {@code kept} kinds have been met, all are forgotten
 * and kept afresh: a run meets few kinds, and a bound keeps a long-lived server from growing.
 */
public final class SameContent<K, V> {
    private final int kept;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

    public SameContent(int kept) {
        this.kept = kept;
    }

    /** The value kept for the key, or null. */
    public V get(K key) {
        return values.get(key);
    }

    /** Keeps the value for the key (not null), forgetting every other when the bound is reached. */
    public void keep(K key, V value) {
        if (values.size() >= kept) {
            values.clear();
        }
        values.put(key, value);
    }
}
