package org.zhibiao.target;

/**
 * A parsed 指标值 (target value): a quantity such as {@code ≥95%}, a qualitative level such as
 * {@code 健全}, descriptive text, or the placeholder {@code 定性}.
 *
 * <p>Closed on purpose: every consumer switches over the four kinds exhaustively.
 */
public sealed interface Target permits Quantity, Level, Description, Placeholder {

    /** The canonical printed form, e.g. {@code ≥95%}; {@code Targets.parse(print())} equals this. */
    String print();

    /** Whether this is a number with an operator/unit (定量) rather than text (定性). */
    default boolean isQuantitative() {
        return this instanceof Quantity;
    }
}
