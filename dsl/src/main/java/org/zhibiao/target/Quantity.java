package org.zhibiao.target;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantitative 指标值: operator, number and unit, as in {@code ≥95%}, {@code ≤15分钟}, {@code =0起}.
 *
 * @param operator the comparison; {@code null} when the form omitted it (legacy {@code 95%})
 * @param number the value, with trailing zeros stripped so that {@code 95.0%} equals {@code 95%}
 * @param unit the unit as written after normalisation ({@code %}, {@code 分钟}, {@code 万元}); empty if none
 */
public record Quantity(Operator operator, BigDecimal number, String unit) implements Target {

    public Quantity {
        Objects.requireNonNull(number, "number");
        number = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        unit = unit == null ? "" : unit;
    }

    @Override
    public String print() {
        return (operator == null ? "" : operator.symbol()) + number.toPlainString() + unit;
    }
}
