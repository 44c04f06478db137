package org.zhibiao.target;

import java.math.BigDecimal;

/**
 * Compares two 指标值 as sets of acceptable actual values: {@code ≥95} is [95, ∞), {@code <24} is
 * (−∞, 24), {@code =0} is [0, 0]. One is stricter when its set lies inside the other's, which gives
 * one answer for every pair of operators instead of a table of special cases.
 */
final class Comparison {

    private Comparison() {}

    static Strictness compare(Target candidate, Target reference) {
        if (!(candidate instanceof Quantity a) || !(reference instanceof Quantity b)) {
            return candidate.equals(reference) ? Strictness.SAME : Strictness.INCOMPARABLE;
        }
        Units.Scale sa = Units.scale(a.unit());
        Units.Scale sb = Units.scale(b.unit());
        if (a.operator() == null || b.operator() == null || !sa.base().equals(sb.base())) {
            return a.equals(b) ? Strictness.SAME : Strictness.INCOMPARABLE;
        }
        BigDecimal x = a.number().multiply(sa.factor());
        BigDecimal y = b.number().multiply(sb.factor());
        boolean inside = contains(b.operator(), y, a.operator(), x);
        boolean outside = contains(a.operator(), x, b.operator(), y);
        if (inside && outside) {
            return Strictness.SAME;
        }
        if (inside || outside) {
            return inside ? Strictness.STRICTER : Strictness.LOOSER;
        }
        return Strictness.INCOMPARABLE;
    }

    /** Whether the set {@code outerOp outer} contains the set {@code innerOp inner}. */
    private static boolean contains(Operator outerOp, BigDecimal outer, Operator innerOp, BigDecimal inner) {
        return lowerWithin(outerOp, outer, innerOp, inner) && upperWithin(outerOp, outer, innerOp, inner);
    }

    private static boolean lowerWithin(Operator outerOp, BigDecimal outer, Operator innerOp, BigDecimal inner) {
        if (!hasLowerBound(outerOp)) {
            return true;
        }
        if (!hasLowerBound(innerOp)) {
            return false;
        }
        int c = inner.compareTo(outer);
        return c > 0 || (c == 0 && (outerOp != Operator.GT || innerOp == Operator.GT));
    }

    private static boolean upperWithin(Operator outerOp, BigDecimal outer, Operator innerOp, BigDecimal inner) {
        if (!hasUpperBound(outerOp)) {
            return true;
        }
        if (!hasUpperBound(innerOp)) {
            return false;
        }
        int c = inner.compareTo(outer);
        return c < 0 || (c == 0 && (outerOp != Operator.LT || innerOp == Operator.LT));
    }

    private static boolean hasLowerBound(Operator op) {
        return op == Operator.GE || op == Operator.GT || op == Operator.EQ;
    }

    private static boolean hasUpperBound(Operator op) {
        return op == Operator.LE || op == Operator.LT || op == Operator.EQ;
    }
}
