package org.zhibiao.groovy;

import java.util.Collection;
import org.zhibiao.diag.Hint;

/** "Did you mean …?" for near-miss keywords (picocli's suggestions). */
final class Spelling {

    private Spelling() {
    }

    /** A hint naming the closest candidate within edit distance 2, or none when none is close. */
    static Hint suggest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : candidates) {
            int d = distance(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Hint.didYouMean(best);
    }

    static int distance(String a, String b) {
        return org.zhibiao.yaml.Names.distance(a, b);
    }
}
