package org.zhibiao.cli.batch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a batch: the batch's thread is interrupted, so that it takes
 * no new file, lets each running one finish or drop it ({@link Batch}, {@link TempFiles}), and
 * prints the summary of what was done; the JVM's exit waits for that summary. The process then
 * ends as the JVM ends on those signals, with 130 or 143 (128 + the signal's number).
 *
 * <p>Why a shutdown hook (#13): it is the JVM's one portable way to see those signals; without
 * it an interrupted bulk run ended silently, with no word of how far it got.
 */
public final class Signals implements AutoCloseable {

    /** How long the exit waits for the summary: a file's work takes milliseconds, a stuck one must not hold the exit. */
    private static final long GRACE_SECONDS = 10;

    private final Thread hook;
    private final CountDownLatch summarised = new CountDownLatch(1);

    private Signals(Thread batch) {
        this.hook = new Thread(
                () -> {
                    batch.interrupt();
                    try {
                        summarised.await(GRACE_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "zhibiao-stop");
    }

    /** Watches for the signals until {@link #close}; the calling thread is the one interrupted. */
    public static Signals watch() {
        Signals signals = new Signals(Thread.currentThread());
        try {
            Runtime.getRuntime().addShutdownHook(signals.hook);
        } catch (IllegalStateException e) {
            // already stopping: the batch sees no signal, and stops at the first temp file it cannot make
        }
        return signals;
    }

    /** The summary is out: the exit may go on, and the hook is no longer needed. */
    @Override
    public void close() {
        summarised.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is stopping and runs the hook, which now returns at once
        }
    }
}
