package org.zhibiao.cli.batch;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The output file names of a bulk {@code new}: one per profile, safe on every file system, and
 * never the same twice in one run (a second claim is refused rather than racing the first).
 */
public final class OutputNames {

    private final Set<String> taken = new HashSet<>();

    /** {@code wanted} made safe as a file name (no separators, controls or reserved characters). */
    public static String safe(String wanted) {
        StringBuilder name = new StringBuilder();
        wanted.strip()
                .codePoints()
                .forEach(c -> name.appendCodePoint(c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
        String result = name.toString();
        return result.isEmpty() || result.startsWith(".") ? "_" + result : result;
    }

    /** True when {@code name} was free (compared ignoring case, as Windows and macOS do); it is now taken. */
    public boolean claim(String name) {
        return taken.add(name.toLowerCase(Locale.ROOT));
    }
}
