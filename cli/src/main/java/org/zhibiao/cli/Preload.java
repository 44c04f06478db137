package org.zhibiao.cli;

import java.util.Set;
import org.zhibiao.catalogue.Catalogue;

/**
 * Loads the built-in catalogue on a second thread while picocli builds its command model on the
 * first, for the commands that need it.
 *
 * <p>Both are cold-start costs of about 0.2 s each (class loading, static initialisers, code
 * not yet compiled), and they do not depend on each other, so on two cores they overlap (#7).
 * A failure here is ignored: the command loads the catalogue again and reports the problem the
 * usual way.
 */
final class Preload {

    private static final Set<String> NEEDS_CATALOGUE = Set.of("new", "check");

    private Preload() {}

    static void startFor(String[] args) {
        if (args.length == 0
                || !NEEDS_CATALOGUE.contains(args[0])
                || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(Preload::catalogue, "zhibiao-preload");
        thread.setDaemon(true);
        // whatever escapes (an OutOfMemoryError) is met again, and reported, by the command itself
        thread.setUncaughtExceptionHandler((t, e) -> {});
        thread.start();
    }

    private static void catalogue() {
        try {
            Catalogue.builtIn();
        } catch (RuntimeException | LinkageError e) {
            // the command itself loads it again and reports what is wrong
        }
    }
}
