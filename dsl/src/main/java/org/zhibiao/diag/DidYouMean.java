package org.zhibiao.diag;

import java.util.Collection;

/**
 * The one "did you mean …?" of zhibiao (#17): commands, options, template ids, library refs, rule
 * codes, column headers, keys and keywords all pick their suggestion here, so a near miss is
 * treated the same wherever it is typed.
 *
 * <p>The measure is the optimal-string-alignment form of Damerau-Levenshtein: swapping two
 * neighbouring letters ({@code chekc}) is one slip, as it is for the person typing. Letters are
 * compared ignoring case ({@code Check} is {@code check}).
 *
 * <p>How far a suggestion may be depends on the script. An ASCII name may be one letter off per
 * three ({@code --fromat}, {@code funds-sun}). A Chinese character carries a whole morpheme, and an
 * input-method slip replaces one whole character ({@code 预算执形率}); two wrong characters in a
 * five-character name make another name ({@code 预算完成率}), so a name with Chinese in it may be
 * only one character off per four. Either may always be one off, and never more than three
 * ({@code hubei/public-security} is not a slip of {@code jiangsu/public-security}).
 */
public final class DidYouMean {

    /** No suggestion is more than three slips away, however long the name: beyond, it is another name. */
    private static final int MOST = 3;

    private DidYouMean() {}

    /** A hint naming the closest candidate, or {@link Hint#NONE} when none is close enough. */
    public static Hint hint(String typed, Collection<String> candidates) {
        return Hint.didYouMean(closest(typed, candidates));
    }

    /**
     * The candidate nearest to {@code typed} if it is close enough to be a slip of it, else null.
     * A candidate equal to {@code typed} is never suggested; on a tie the first one listed wins.
     */
    public static String closest(String typed, Collection<String> candidates) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate == null || candidate.isEmpty() || candidate.equals(typed)) {
                continue;
            }
            int d = distance(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= limit(typed, best) ? best : null;
    }

    /** The most edits a slip of {@code typed} for {@code candidate} may have; see the class comment. */
    public static int limit(String typed, String candidate) {
        int shorter = Math.min(typed.length(), candidate.length());
        int limit = hasIdeograph(typed) || hasIdeograph(candidate) ? shorter / 4 : shorter / 3;
        return Math.min(MOST, Math.max(1, limit));
    }

    private static boolean hasIdeograph(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isIdeographic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Edits (insert, delete, replace, swap two neighbours) that turn {@code a} into {@code b}, case
     * ignored; three rows of memory.
     *
     * <p>[#14] Both strings are lowered once, not per cell: the near-duplicate 三级 check compares
     * every pair of a declaration's names, and per-cell {@code Character.toLowerCase} and
     * {@code charAt} were a sixth of {@code zhibiao check}'s samples on 2,000 JSON declarations
     * (35 of 219 JFR execution samples in this method, 23 of them in {@code CharacterData}).
     */
    public static int distance(String a, String b) {
        char[] x = lower(a);
        char[] y = lower(b);
        int[] before = new int[y.length + 1];
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            char xi = x[i - 1];
            for (int j = 1; j <= y.length; j++) {
                char yj = y[j - 1];
                int cost = xi == yj ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && xi == y[j - 2] && x[i - 2] == yj) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] swap = before;
            before = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    /**
     * Whether {@code a} and {@code b} are different names within a slip of each other: what
     * {@code closest(a, List.of(b)) != null} says for two non-blank names, for a caller that
     * compares many pairs.
     *
     * <p>[#14] The near-duplicate 三级 check compares every pair of a declaration's names; the full
     * distance per pair, with both names lowered and scanned for ideographs each time, was a sixth
     * of {@code zhibiao check}'s samples on 2,000 JSON declarations. A {@link Word} is lowered
     * once, and only the band of the alignment a slip can use (at most {@link #MOST} edits) is
     * computed.
     */
    public static boolean isSlip(Word a, Word b) {
        int shorter = Math.min(a.lowered.length, b.lowered.length);
        int most = Math.min(MOST, Math.max(1, a.ideographic || b.ideographic ? shorter / 4 : shorter / 3));
        // cheapest first, as most pairs are far apart: lengths further apart than the edits allow;
        // then each edit brings in or takes out at most one letter, so more letters of one missing
        // from the other than that is no slip, and two different names mostly differ in more
        if (Math.abs(a.lowered.length - b.lowered.length) > most
                || Long.bitCount(a.letters & ~b.letters) > most
                || Long.bitCount(b.letters & ~a.letters) > most
                || a.text.equals(b.text)) {
            return false;
        }
        return within(a.lowered, b.lowered, most) <= most;
    }

    /** A name prepared once for many {@link #isSlip} comparisons: lowered as the distance lowers it. */
    public static final class Word {
        private final String text;
        private final char[] lowered;
        private final boolean ideographic;
        /**
         * The letters it has, one bit each by {@code letter % 64}: a bit one word has and the other
         * lacks stands for at least one letter the other lacks.
         */
        private final long letters;

        private Word(String text) {
            this.text = text;
            this.lowered = lower(text);
            this.ideographic = hasIdeograph(text);
            long bits = 0;
            for (char c : lowered) {
                bits |= 1L << (c & 63);
            }
            this.letters = bits;
        }

        public static Word of(String text) {
            return new Word(text);
        }

        public String text() {
            return text;
        }
    }

    /**
     * {@code min(distance, most + 1)} of two lowered names: the distance computed only within
     * {@code most} of the diagonal, every cell beyond counted as {@code most + 1}. Exact up to
     * {@code most}, since each step off the diagonal costs an edit (a swap stays on it).
     */
    static int within(char[] x, char[] y, int most) {
        int over = most + 1;
        if (Math.abs(x.length - y.length) > most) {
            return over;
        }
        int[] before = new int[y.length + 1];
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= x.length; i++) {
            int from = Math.max(1, i - most);
            int to = Math.min(y.length, i + most);
            current[from - 1] = from == 1 ? Math.min(i, over) : over;
            char xi = x[i - 1];
            for (int j = from; j <= to; j++) {
                char yj = y[j - 1];
                int cost = xi == yj ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && xi == y[j - 2] && x[i - 2] == yj) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = Math.min(d, over);
            }
            if (to < y.length) {
                current[to + 1] = over;
            }
            int[] swap = before;
            before = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    /** Each char lowered on its own, as the comparison has always done (not {@code String.toLowerCase}, which maps some to two). */
    private static char[] lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return chars;
    }
}
