package org.zhibiao.groovy.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhibiao.groovy.GroovyReader;
import org.zhibiao.groovy.GroovyWriter;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Template;

/**
 * Cold and warm time to load a 500-indicator Groovy template, for the closing note.
 * A plain main method, not a timed unit test: run it in a fresh JVM so that "cold" means cold.
 *
 * <pre>java -cp dsl/target/classes:dsl/target/test-classes:$(deps) org.zhibiao.groovy.bench.LoadBenchmark</pre>
 *
 * <ul>
 *   <li>cold: the first read in the JVM — Groovy runtime start-up, compile, run;</li>
 *   <li>warm compile: a script with different text (so not cached), after 20 warm-up reads;</li>
 *   <li>cached: the same text again — the content-hash cache skips the compiler, only the run remains.</li>
 * </ul>
 */
public final class LoadBenchmark {

    private static final int INDICATORS = 500;

    private LoadBenchmark() {}

    public static void main(String[] args) {
        GroovyReader reader = new GroovyReader();
        String source = new GroovyWriter().write(template(INDICATORS, 0));

        long cold = time(() -> reader.readTemplate("cold.groovy", source));
        for (int i = 1; i <= 20; i++) {
            String other = new GroovyWriter().write(template(INDICATORS, i));
            reader.readTemplate("warmup.groovy", other);
        }
        long[] warm = new long[10];
        long[] cached = new long[10];
        for (int i = 0; i < warm.length; i++) {
            String fresh = new GroovyWriter().write(template(INDICATORS, 100 + i));
            warm[i] = time(() -> reader.readTemplate("warm.groovy", fresh));
            cached[i] = time(() -> reader.readTemplate("warm.groovy", fresh));
        }
        System.out.printf("indicators: %d, source: %d chars%n", INDICATORS, source.length());
        System.out.printf("cold (first read in a fresh JVM): %d ms%n", cold);
        System.out.printf("warm compile + run (median of 10): %d ms%n", median(warm));
        System.out.printf("cached, run only (median of 10): %d ms%n", median(cached));
    }

    private static long time(Runnable read) {
        long start = System.nanoTime();
        read.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** 5 一级 × 10 二级 × 10 inline rows; {@code salt} changes the text so the cache cannot answer. */
    private static Template template(int indicators, int salt) {
        List<Level1> level1 = new ArrayList<>();
        int n = 0;
        for (int a = 1; a <= 5; a++) {
            List<Level2> level2 = new ArrayList<>();
            for (int b = 1; b <= 10; b++) {
                List<Entry> rows = new ArrayList<>();
                for (int c = 0; c < indicators / 50; c++, n++) {
                    rows.add(new Inline("指标" + n, null, null, null, null, "%", null, null, null, null, null));
                }
                level2.add(new Level2("二级" + a + "-" + b, rows, null));
            }
            level1.add(new Level1("一级" + a, null, null, level2, null));
        }
        return new Template(
                "bench/" + salt, "1", "基准", null, null, null, null, level1, null, null, null, null, null, null);
    }
}
