package org.zhibiao.check;

import java.math.BigDecimal;
import org.zhibiao.model.Direction;
import org.zhibiao.target.Operator;
import org.zhibiao.target.Quantity;

/**
 * Whether a declared quantity asks less than the template's: ≥90% is weaker than ≥95%, ≤20天 is
 * weaker than ≤15天, ≥95% is weaker than >95%. Only same-unit quantities compare; an "=" target
 * takes its sense from the indicator's direction, and where the direction is 等于 or unknown, from
 * the end of the scale it sits at: =100% (预算执行率, 出警率) can only be missed from below, so it is
 * a floor, and =0 (调整率, 逃脱数) can only be missed from above, so it is a ceiling. The libraries
 * mark such rows 等于 after the forms' 指标方向(=) column, which names the operator, and that had
 * left ≤68% against =100% 出警率 unreported.
 */
final class Strength {

    private enum Sense {
        HIGHER,
        LOWER
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Strength() {}

    /** True when {@code value} is weaker than {@code floor}; false when as strict or not comparable. */
    static boolean weaker(Quantity value, Quantity floor, Direction direction) {
        if (!KindRules.unit(value.unit()).equals(KindRules.unit(floor.unit()))) {
            return false;
        }
        Sense sense = sense(floor, direction);
        if (sense == null) {
            return false;
        }
        Operator op = value.operator();
        int cmp = value.number().compareTo(floor.number());
        if (sense == Sense.HIGHER) {
            return (op != null && op.favoursLower())
                    || cmp < 0
                    || (cmp == 0 && floor.operator() == Operator.GT && op != Operator.GT);
        }
        return (op != null && op.favoursHigher())
                || cmp > 0
                || (cmp == 0 && floor.operator() == Operator.LT && op != Operator.LT);
    }

    private static Sense sense(Quantity floor, Direction direction) {
        Operator op = floor.operator();
        if (op != null && op.favoursHigher()) {
            return Sense.HIGHER;
        }
        if (op != null && op.favoursLower()) {
            return Sense.LOWER;
        }
        if (direction == Direction.POSITIVE) {
            return Sense.HIGHER;
        }
        if (direction == Direction.NEGATIVE) {
            return Sense.LOWER;
        }
        if ("%".equals(KindRules.unit(floor.unit())) && floor.number().compareTo(HUNDRED) == 0) {
            return Sense.HIGHER;
        }
        return floor.number().signum() == 0 ? Sense.LOWER : null;
    }
}
