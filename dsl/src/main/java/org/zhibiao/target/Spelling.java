package org.zhibiao.target;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One way people write a comparison — {@code >=}, {@code 不低于}, {@code 以内} — and the operator
 * it means. The three tables are the whole operator vocabulary of the 指标值 grammar.
 *
 * <p>Spellings are stored folded (ASCII, see {@link Chars#fold}) and tried longest first, so that
 * {@code 大于等于} wins over {@code 大于} and {@code >=} over {@code >}; the tables are constant, so a
 * lookup costs a bounded number of character comparisons whatever the input.
 *
 * @param text the folded spelling
 * @param operator what it means
 */
record Spelling(String text, Operator operator) {

    /** Operator symbols before the number; a value that starts with one must be a quantity. */
    private static final Spelling[] SYMBOLS = longestFirst(
            s(">=", Operator.GE),
            s("=>", Operator.GE),
            s("<=", Operator.LE),
            s("=<", Operator.LE),
            s("≥", Operator.GE),
            s("≤", Operator.LE),
            s("=", Operator.EQ),
            s(">", Operator.GT),
            s("<", Operator.LT));

    /** Operator words before the number ("不低于 95%"). */
    private static final Spelling[] WORDS = longestFirst(
            s("大于等于", Operator.GE),
            s("大于或等于", Operator.GE),
            s("不低于", Operator.GE),
            s("不少于", Operator.GE),
            s("不小于", Operator.GE),
            s("至少", Operator.GE),
            s("小于等于", Operator.LE),
            s("小于或等于", Operator.LE),
            s("不高于", Operator.LE),
            s("不超过", Operator.LE),
            s("不多于", Operator.LE),
            s("不大于", Operator.LE),
            s("至多", Operator.LE),
            s("最多", Operator.LE),
            s("大于", Operator.GT),
            s("高于", Operator.GT),
            s("超过", Operator.GT),
            s("多于", Operator.GT),
            s("小于", Operator.LT),
            s("低于", Operator.LT),
            s("少于", Operator.LT),
            s("等于", Operator.EQ));

    /**
     * Operator words after the number and unit ("15分钟以内"). 以上/以下 include the number itself,
     * as in Chinese legal usage, so they mean ≥ and ≤.
     */
    private static final Spelling[] SUFFIXES = longestFirst(
            s("以上", Operator.GE),
            s("及以上", Operator.GE),
            s("或以上", Operator.GE),
            s("以下", Operator.LE),
            s("及以下", Operator.LE),
            s("或以下", Operator.LE),
            s("以内", Operator.LE),
            s("之内", Operator.LE),
            s("内", Operator.LE));

    static Spelling symbolAt(CharSequence s, int at, int end) {
        return find(SYMBOLS, s, at, end);
    }

    static Spelling wordAt(CharSequence s, int at, int end) {
        return find(WORDS, s, at, end);
    }

    static Spelling suffixAt(CharSequence s, int at, int end) {
        return find(SUFFIXES, s, at, end);
    }

    int length() {
        return text.length();
    }

    private static Spelling find(Spelling[] table, CharSequence s, int at, int end) {
        for (Spelling candidate : table) {
            if (Chars.foldedMatch(s, at, end, candidate.text)) {
                return candidate;
            }
        }
        return null;
    }

    private static Spelling s(String text, Operator operator) {
        return new Spelling(text, operator);
    }

    private static Spelling[] longestFirst(Spelling... table) {
        Arrays.sort(table, Comparator.comparingInt(Spelling::length).reversed());
        return table;
    }
}
