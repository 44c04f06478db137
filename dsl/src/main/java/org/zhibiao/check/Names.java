package org.zhibiao.check;

import java.util.Collection;

/** Comparing the names people type: normalised equality and edit distance for "did you mean". */
final class Names {

    private Names() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Strips spaces (including the full-width one) and trailing punctuation, for matching only. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String out = text.replaceAll("[\\s\u3000]+", "");
        return out.replaceAll("[。；;，,.、]+$", "");
    }

    /** The candidate nearest to {@code typed}, if it is close enough to be a typo; else null. */
    static String closest(String typed, Collection<String> candidates) {
        if (isBlank(typed)) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate == null || candidate.equals(typed)) {
                continue;
            }
            int d = distance(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int limit = Math.max(1, Math.min(typed.length(), best == null ? 0 : best.length()) / 3);
        return bestDistance <= limit ? best : null;
    }

    /** Levenshtein distance, two rows of memory. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Dice coefficient of character bigrams, 0..1: how much two long phrases share. */
    static double similarity(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        java.util.Map<String, Integer> grams = new java.util.HashMap<>();
        for (int i = 0; i + 1 < a.length(); i++) {
            grams.merge(a.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            Integer n = grams.get(b.substring(i, i + 2));
            if (n != null && n > 0) {
                shared++;
                grams.put(b.substring(i, i + 2), n - 1);
            }
        }
        return 2.0 * shared / (a.length() - 1 + b.length() - 1);
    }
}
