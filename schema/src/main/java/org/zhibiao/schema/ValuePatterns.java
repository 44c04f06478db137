package org.zhibiao.schema;

import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Level2;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetSyntax;

/**
 * The {@code pattern} a 指标值 must match in one template row: a quantitative row needs an
 * operator, a number and the row's unit ({@code ≥95%}); a qualitative row any non-empty text.
 *
 * <p>Every pattern keeps to the subset of ECMA-262 that ajv, @hyperjump, Python's {@code re} (the
 * {@code jsonschema} package) and Java's regular expressions read alike: explicit character
 * classes ({@code [0-9０-９]}, not {@code \d} or {@code \p{Nd}}, whose meaning differs between
 * engines), backslash-u escapes, no lookbehind, possessive quantifiers, named groups or inline
 * flags. Only syntax characters are escaped. {@code PortablePatternsTest} scans every exported
 * schema for anything else.
 */
final class ValuePatterns {
    // The grammar's tokens come from the reader's own tables (issue 17: the target syntax defined once).
    private static final String OPERATOR = TargetSyntax.OPERATOR;
    private static final String NUMBER = TargetSyntax.NUMBER;
    /** A digit as the 指标值 reader takes it: ASCII or full-width ({@code Chars.isDigit} after folding). */
    static final String DIGIT = TargetSyntax.DIGIT;
    /**
     * A space between tokens as the reader skips it: tab and the Unicode space separators (Zs),
     * spelled out because {@code \s} means ASCII only in Java and all of Unicode elsewhere.
     */
    static final String SPACE = "[\\t \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]";

    private static final String SYNTAX = "\\^$.|?*+()[]{}";

    private ValuePatterns() {}

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
        return TargetSyntax.OPERATOR_START + SPACE + "*-?" + DIGIT + "|" + DIGIT + SPACE + "*[%％‰]|^" + SPACE + "*-?"
                + DIGIT;
    }

    /** A history column (前年, 上年) holds what happened: the operator may be left out. */
    static String history(String unit) {
        return "^" + OPERATOR + "?" + NUMBER + escape(unit) + "$";
    }

    /**
     * {@code 核心业务产出{n}} → {@code ^核心业务产出[0-9０-９]+$}: ASCII or full-width digits (３ too,
     * and 0). The checker takes any Unicode decimal digit ({@code Character.isDigit}); the schema
     * names the two a Chinese keyboard types, since no portable class spells all of Unicode's.
     */
    static String numbered(String level2) {
        int at = level2.indexOf(Level2.NUMBERED);
        String after = level2.substring(at + Level2.NUMBERED.length());
        return "^" + escape(level2.substring(0, at)) + DIGIT + "+" + escape(after) + "$";
    }

    /**
     * The Chinese message an editor shows for a 指标值 that does not match {@link #target} or
     * {@link #history} ({@code patternErrorMessage}), instead of the regular expression.
     */
    static String explain(String row, String unit, boolean history) {
        String example = (history ? "" : "≥") + "95" + unit;
        String parts = history ? "数字和单位（运算符可省略）" : "运算符（≥ ≤ = < >）、数字和单位";
        String unitText = unit.isEmpty() ? "不带单位" : "单位为“" + unit + "”";
        return "“" + row + "”的指标值应由" + parts + "组成，" + unitText + "，如 " + example + "；不低于、＞＝等写法请改为 ≥";
    }

    /** The hover text of a quantitative value ({@code markdownDescription}). */
    static String hover(String column, String unit, boolean history, Target value) {
        String shape = history ? "数字 + 单位" : "运算符 + 数字 + 单位";
        String shown = unit.isEmpty() ? "" : "，单位 `" + unit + "`";
        String fallback = value == null || history ? "" : "；模板默认 `" + value.print() + "`";
        return "**" + column + "**（定量）：" + shape + shown + fallback;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SYNTAX.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
