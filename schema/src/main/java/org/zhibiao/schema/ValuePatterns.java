package org.zhibiao.schema;

import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;

/**
 * The {@code pattern} a 指标值 must match in one template row: a quantitative row needs an
 * operator, a number and the row's unit ({@code ≥95%}); a qualitative row any non-empty text.
 * Patterns are ECMA-262 in unicode mode, so only syntax characters are escaped.
 */
final class ValuePatterns {
    private static final String OPERATOR = "[≥≤=<>]";
    private static final String NUMBER = "-?\\d+(\\.\\d+)?";
    private static final String SYNTAX = "\\^$.|?*+()[]{}";

    private ValuePatterns() {
    }

    /** Whether the row is measured by a number: declared 定量, or its target is a quantity. */
    static boolean quantitative(Inline row) {
        return row.kind() == Kind.QUANTITATIVE || row.target() instanceof Quantity;
    }

    /** The unit a quantitative row's values carry: the target's, else the row's declared unit. */
    static String unit(Inline row, Target value) {
        if (value instanceof Quantity quantity) {
            return quantity.unit();
        }
        return row.unit() == null ? "" : row.unit();
    }

    /** A target column: operator required. */
    static String target(String unit) {
        return "^" + OPERATOR + NUMBER + escape(unit) + "$";
    }

    /**
     * What a qualitative row's value must not look like: an operator before a number, a number
     * before a percent sign, or a leading number, which the checker reads as a quantity
     * ({@code kind-mismatch}, {@code qualitative-with-number}).
     */
    static String quantityLike() {
        return "[≥≤=<>＝≧≦]\\s*-?\\p{Nd}|\\p{Nd}\\s*[%％‰]|^\\s*-?\\p{Nd}";
    }

    /** A history column (前年, 上年) holds what happened: the operator may be left out. */
    static String history(String unit) {
        return "^" + OPERATOR + "?" + NUMBER + escape(unit) + "$";
    }

    /**
     * {@code 核心业务产出{n}} → {@code ^核心业务产出\p{Nd}+$}: any decimal digits, as the checker
     * matches them ({@code Character.isDigit}, so full-width ３ too, and 0).
     */
    static String numbered(String level2) {
        int at = level2.indexOf(org.zhibiao.model.Level2.NUMBERED);
        String after = level2.substring(at + org.zhibiao.model.Level2.NUMBERED.length());
        return "^" + escape(level2.substring(0, at)) + "\\p{Nd}+" + escape(after) + "$";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SYNTAX.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
