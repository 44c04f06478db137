package org.zhibiao.diff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Labelled;
import org.zhibiao.target.Target;

/** How compared values are printed, and how two orderings merge into one walk. */
final class Values {

    private Values() {
    }

    static String print(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Target t) {
            return t.print();
        }
        if (value instanceof Labelled l) {
            return l.label();
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return String.join("、", list.stream().map(Values::print).toList());
        }
        return value.toString();
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
