package org.zhibiao.target;

/** The comparison in a quantitative 指标值 (计算符号). */
public enum Operator {
    GE("≥"),
    LE("≤"),
    EQ("="),
    GT(">"),
    LT("<");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a higher actual value is better under this operator (≥, >). */
    public boolean favoursHigher() {
        return this == GE || this == GT;
    }

    /** Whether a lower actual value is better under this operator (≤, <). */
    public boolean favoursLower() {
        return this == LE || this == LT;
    }
}
