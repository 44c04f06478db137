package org.zhibiao.target;

/**
 * How one 指标值 relates to another as a demand on the actual value (see
 * {@link Targets#compare(Target, Target)}): a target is stricter when every actual value that meets
 * it also meets the other one.
 */
public enum Strictness {
    /** Both accept exactly the same actual values ({@code ≥95%} and {@code ≥0.95比例}). */
    SAME,
    /** The first accepts a proper subset of what the second accepts ({@code ≥96%} vs {@code ≥95%}). */
    STRICTER,
    /** The first accepts a proper superset ({@code ≤15分钟} vs {@code ≤10分钟}). */
    LOOSER,
    /**
     * Neither contains the other: opposite directions ({@code ≥95%} vs {@code ≤95%}), different
     * exact values, units that do not convert ({@code 天} vs {@code 元}), a missing operator, or text.
     */
    INCOMPARABLE
}
