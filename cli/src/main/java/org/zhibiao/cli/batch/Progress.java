package org.zhibiao.cli.batch;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr, redrawn at most ten times a second. It is drawn only on a
 * terminal ({@code System.console() != null}) and not with {@code --quiet}: piped or logged runs
 * get the summary line alone. All calls come from the batch's emitting thread.
 */
public final class Progress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean on;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long drawnAt;
    private boolean drawn;

    private Progress(PrintWriter err, boolean on, long total) {
        this.err = err;
        this.on = on;
        this.total = total;
    }

    /** A bar when stderr is a terminal and not quiet; {@code total} is only computed then. */
    public static Progress start(PrintWriter err, boolean quiet, LongSupplier total) {
        boolean on = !quiet && Terminal.attached();
        return new Progress(err, on, on ? total.getAsLong() : 0);
    }

    /**
     * One more item done. The bar is redrawn when it was cleared or a tenth of a second has passed;
     * {@code results} (stdout, also the terminal when a bar is shown) is flushed first, so that
     * results and bar do not overwrite each other.
     */
    public void step(PrintWriter results) {
        done++;
        long now = System.nanoTime();
        if (on && (!drawn || now - drawnAt >= REDRAW_NANOS || done == total)) {
            results.flush();
            drawnAt = now;
            draw(now);
        }
    }

    /** Clears the bar, before other text goes to the terminal and at the end. */
    public void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
            drawn = false;
        }
    }

    private void draw(long now) {
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, done * WIDTH / total);
        double seconds = (now - start) / 1e9;
        err.printf(
                "\r[%s%s] %d/%d  %.0f/s",
                "=".repeat(filled), " ".repeat(WIDTH - filled), done, total, seconds > 0 ? done / seconds : 0.0);
        err.flush();
        drawn = true;
    }
}
