package org.zhibiao.check;

import org.zhibiao.model.Direction;
import org.zhibiao.target.Operator;
import org.zhibiao.target.Quantity;

/**
 * Whether a declared quantity asks less than the template's: ≥90% is weaker than ≥95%, ≤20天 is
 * weaker than ≤15天, ≥95% is weaker than >95%. Only same-unit quantities compare; an "=" target
 * takes its sense from the indicator's direction (=100% 预算执行率 is a floor, =0% 调整率 a ceiling).
 */
final class Strength {

    private enum Sense { HIGHER, LOWER }

    private Strength() {
    }

    /** True when {@code value} is weaker than {@code floor}; false when as strict or not comparable. */
    static boolean weaker(Quantity value, Quantity floor, Direction direction) {
        if (!KindRules.unit(value.unit()).equals(KindRules.unit(floor.unit()))) {
            return false;
        }
        Sense sense = sense(floor.operator(), direction);
        if (sense == null) {
            return false;
        }
        Operator op = value.operator();
        int cmp = value.number().compareTo(floor.number());
        if (sense == Sense.HIGHER) {
            return op != null && op.favoursLower() || cmp < 0 || cmp == 0 && floor.operator() == Operator.GT && op != Operator.GT;
        }
        return op != null && op.favoursHigher() || cmp > 0 || cmp == 0 && floor.operator() == Operator.LT && op != Operator.LT;
    }

    private static Sense sense(Operator op, Direction direction) {
        if (op != null && op.favoursHigher()) {
            return Sense.HIGHER;
        }
        if (op != null && op.favoursLower()) {
            return Sense.LOWER;
        }
        if (direction == Direction.POSITIVE) {
            return Sense.HIGHER;
        }
        return direction == Direction.NEGATIVE ? Sense.LOWER : null;
    }
}
