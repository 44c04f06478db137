package org.zhibiao.groovy;

import java.util.Collection;

/** "Did you mean …?" for near-miss keywords (picocli's suggestions). */
final class Spelling {

    private Spelling() {
    }

    /** A hint naming the closest candidate within edit distance 2, or "" when none is close. */
    static String suggest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int d = distance(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best == null ? "" : "did you mean " + best + "? / 是否应为 " + best + "？";
    }

    static int distance(String a, String b) {
        return org.zhibiao.yaml.Names.distance(a, b);
    }
}
