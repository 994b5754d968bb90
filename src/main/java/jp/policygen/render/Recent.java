package jp.policygen.render;

import java.util.ArrayDeque;
import java.util.function.Function;

/**
 * What was made for the last few objects, by object identity: a value generate needs several times for one body
 * (the snapshot of a policy, once beside the documents and once in each Word file) is made once, and an equal
 * object of another body is still made afresh. Thread-safe; a value may be null. Two threads asking for a new
 * key at once may each make it: use it only for values that are the same whoever makes them.
 */
public final class Recent<K, V> {
    private record Entry<K, V>(K key, V value) {
    }

    private final int kept;
    private final ArrayDeque<Entry<K, V>> entries = new ArrayDeque<>();

    /** @param kept how many keys are remembered, the oldest forgotten first */
    public Recent(int kept) {
        this.kept = kept;
    }

    public V get(K key, Function<K, V> make) {
        synchronized (entries) {
            for (Entry<K, V> e : entries) {
                if (e.key() == key) {
                    return e.value();
                }
            }
        }
        V value = make.apply(key);
        synchronized (entries) {
            entries.addLast(new Entry<>(key, value));
            if (entries.size() > kept) {
                entries.removeFirst();
            }
        }
        return value;
    }
}
