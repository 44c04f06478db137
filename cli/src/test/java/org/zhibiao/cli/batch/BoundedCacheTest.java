package org.zhibiao.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 13 §3: a batch's caches hold a few entries, whatever the number of files. */
class BoundedCacheTest {

    @Test
    void issue13_the_cache_never_holds_more_than_its_capacity() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(8);
        for (int i = 0; i < 10_000; i++) {
            cache.get(i, String::valueOf);
        }
        assertThat(cache.size()).isEqualTo(8);
    }

    @Test
    void a_value_used_again_and_again_is_loaded_once() {
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        AtomicInteger loads = new AtomicInteger();
        for (int i = 0; i < 100; i++) {
            cache.get("shared", k -> "v" + loads.incrementAndGet());
            cache.get("own-" + i, k -> "x");
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void a_null_is_not_remembered() {
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        AtomicInteger loads = new AtomicInteger();
        cache.get("missing", k -> {
            loads.incrementAndGet();
            return null;
        });
        cache.get("missing", k -> {
            loads.incrementAndGet();
            return null;
        });
        assertThat(loads).hasValue(2);
        assertThat(cache.size()).isZero();
    }
}
