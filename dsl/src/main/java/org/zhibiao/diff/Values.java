package org.zhibiao.diff;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Display;

/** How compared values are printed, and how two orderings merge into one walk. */
final class Values {

    private Values() {}

    static String print(Object value) {
        return Display.of(value);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * {@code before} with the members only {@code after} has inserted after their predecessor in
     * {@code after}: the order a reader walks both trees in.
     */
    static List<String> merge(List<String> before, List<String> after) {
        List<String> merged = new ArrayList<>(before);
        String previous = null;
        for (String name : after) {
            if (!merged.contains(name)) {
                merged.add(previous == null ? 0 : merged.indexOf(previous) + 1, name);
            }
            previous = name;
        }
        return merged;
    }
}
