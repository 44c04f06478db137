package org.zhibiao.cli.batch;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    /** The loads under way, by key; guarded by {@link #entries}. */
    private final Map<K, CompletableFuture<V>> loading = new HashMap<>();

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
     * runs outside the lock, once per key at a time: a thread that asks for a key another thread
     * is loading waits for that load instead of repeating it (#14: every batch's first two files
     * resolved and compiled their template twice at once, on a machine with two cores, while the
     * compiler thread waited for one).
     */
    public V get(K key, Function<K, V> load) {
        CompletableFuture<V> pending;
        boolean mine = false;
        synchronized (entries) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
            pending = loading.get(key);
            if (pending == null) {
                pending = new CompletableFuture<>();
                loading.put(key, pending);
                mine = true;
            }
        }
        return mine ? load(key, load, pending) : awaited(pending);
    }

    /** The other thread's value, or what it threw, as it threw it. */
    private static <V> V awaited(CompletableFuture<V> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private V load(K key, Function<K, V> load, CompletableFuture<V> pending) {
        V loaded = null;
        try {
            loaded = load.apply(key);
        } catch (RuntimeException | Error e) {
            pending.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (entries) {
                loading.remove(key);
                if (loaded != null) {
                    entries.putIfAbsent(key, loaded);
                }
            }
        }
        pending.complete(loaded);
        return loaded;
    }

    /** How many entries are held now; for tests. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
