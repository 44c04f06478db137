package org.zhibiao.check;

import java.util.HashMap;
import java.util.Map;

/**
 * Comparing the names people type: normalised equality and phrase similarity. "Did you mean" is
 * {@link org.zhibiao.diag.DidYouMean}, the one every caller shares (#17).
 */
final class Names {

    private Names() {}

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Punctuation a name may end with that does not make it another name. */
    private static final String TRAILING = "。；;，,.、";

    /**
     * Strips spaces (including the full-width one) and trailing punctuation, for matching only.
     * The punctuation goes in a loop: {@code [。…]+$} retried the run at each of its characters, and
     * a name of 50,000 。 and an x took 14 s.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String out = text.replaceAll("[\\s\u3000]+", "");
        int end = out.length();
        while (end > 0 && TRAILING.indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        return out.substring(0, end);
    }

    /** Dice coefficient of character bigrams, 0..1: how much two long phrases share. */
    static double similarity(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        Map<String, Integer> grams = new HashMap<>();
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
