package org.zhibiao.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch loop: every item once, results in input order, however items are grouped into tasks. */
class BatchTest {

    @Test
    void a_thousand_items_are_each_done_once_and_emitted_in_input_order() {
        // given
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> emitted = new ArrayList<>();
        // when
        boolean complete = Batch.run(
                items.iterator(),
                i -> {
                    threads.add(Thread.currentThread().getName());
                    return i * 2;
                },
                emitted::add);
        // then
        assertThat(complete).isTrue();
        assertThat(emitted)
                .containsExactlyElementsOf(items.stream().map(i -> i * 2).toList());
        assertThat(threads).allMatch(name -> name.startsWith("zhibiao-batch-"));
    }

    @Test
    void a_handful_of_items_still_spread_over_the_workers() {
        // given: each item waits until two workers have started one, which a single task of all would never see
        assumeTrue(Batch.threads() >= 2, "needs two cores");
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch both = new CountDownLatch(2);
        List<Integer> emitted = new ArrayList<>();
        // when
        boolean complete = Batch.run(
                List.of(1, 2).iterator(),
                i -> {
                    threads.add(Thread.currentThread().getName());
                    both.countDown();
                    try {
                        return both.await(5, TimeUnit.SECONDS) ? i : -i;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return 0;
                    }
                },
                emitted::add);
        // then
        assertThat(complete).isTrue();
        assertThat(emitted).containsExactly(1, 2);
        assertThat(threads).hasSize(2);
    }

    @Test
    void nothing_to_do_is_a_complete_batch() {
        List<Object> emitted = new ArrayList<>();
        assertThat(Batch.run(List.of().iterator(), x -> x, emitted::add)).isTrue();
        assertThat(emitted).isEmpty();
    }
}
