package org.zhibiao.check;

import java.util.Collection;

/**
 * Fix suggestions. A {@code Diagnostic} carries one hint string, so hints are written in Chinese
 * then English, separated by {@code " / "}.
 */
final class Hints {

    private Hints() {
    }

    static String of(String zh, String en) {
        return zh + " / " + en;
    }

    /** "did you mean X?" for the closest candidate within a small edit distance; empty if none. */
    static String didYouMean(String typed, Collection<String> candidates) {
        String best = Names.closest(typed, candidates);
        return best == null ? "" : didYouMean(best);
    }

    static String didYouMean(String candidate) {
        return of("是否应为“" + candidate + "”？", "did you mean " + candidate + "?");
    }

    static String oneOf(Collection<String> allowed) {
        String list = String.join("、", allowed);
        return of("应为：" + list, "expected one of: " + String.join(", ", allowed));
    }
}
