package org.zhibiao.model;

import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.target.Target;

/**
 * How a model value reads to a person: 指标值 in canonical form, vocabularies by their label,
 * numbers without trailing zeros, lists joined with 、, nothing for a blank. The reference pages
 * and the template diff print values the same way.
 */
public final class Display {

    private Display() {}

    public static String of(Object value) {
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
            return String.join("、", list.stream().map(Display::of).toList());
        }
        return value.toString();
    }
}
