package org.zhibiao.cli.batch;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A least-recently-used cache of at most a fixed number of entries, shared by a batch's threads.
 *
 * <p>Why (#13): a bulk {@code new} kept every profile's last-year declaration it had read, so
 * 8,500 profiles each with its own {@code previous:} ran a 512 MB heap out. A batch's caches
 * exist for the values many files share (one province-wide previous form, one template); a
 * handful of entries keeps those, and memory no longer grows with the number of files.
 */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The cached value for {@code key}, else {@code load}'s, remembered unless null. {@code load}
     * runs outside the lock, so two threads may load the same key at once; both get a value.
     */
    public V get(K key, Function<K, V> load) {
        synchronized (entries) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V loaded = load.apply(key);
        if (loaded != null) {
            synchronized (entries) {
                entries.putIfAbsent(key, loaded);
            }
        }
        return loaded;
    }

    /** How many entries are held now; for tests. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
