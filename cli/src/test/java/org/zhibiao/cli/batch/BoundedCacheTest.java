package org.zhibiao.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    @Test
    void a_thread_asking_for_a_key_being_loaded_waits_for_that_load() throws Exception {
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> cache.get("template", k -> {
                loads.incrementAndGet();
                loading.countDown();
                await(release);
                return "compiled";
            }));
            loading.await();
            Thread second = new Thread(() -> cache.get("template", k -> "v" + loads.incrementAndGet()));
            second.start();
            // the second thread blocks on the first load: it has not loaded anything of its own
            second.join(200);
            assertThat(second.isAlive()).isTrue();
            release.countDown();
            second.join(10_000);
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("compiled");
            assertThat(cache.get("template", k -> "again")).isEqualTo("compiled");
            assertThat(loads).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_load_that_throws_is_not_remembered_and_the_next_ask_loads_again() {
        BoundedCache<String, String> cache = new BoundedCache<>(2);
        assertThatThrownBy(() -> cache.get("broken", k -> {
                    throw new IllegalStateException("corrupt");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("corrupt");
        assertThat(cache.get("broken", k -> "fixed")).isEqualTo("fixed");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
