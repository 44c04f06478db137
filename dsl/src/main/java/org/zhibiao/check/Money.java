package org.zhibiao.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;

/** Sums of fund lines in 万元, with the form's tolerance of 0.01 万元 (and 0.01 percentage points). */
final class Money {

    static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A column of the funds block, with its labels. */
    enum Column {
        AMOUNT("金额", "amount", "amount"),
        HALF_YEAR("半年计划执行数", "half-year plan", "halfYear"),
        PREV1("上年金额", "previous-year amount", "prev1"),
        PREV2("前年金额", "amount two years back", "prev2");

        final String zh;
        final String en;
        /** The line's key for this column, where a finding about its value points. */
        final String key;

        Column(String zh, String en, String key) {
            this.zh = zh;
            this.en = en;
            this.key = key;
        }

        BigDecimal of(FundLine line) {
            if (line == null) {
                return null;
            }
            return switch (this) {
                case AMOUNT -> line.amount();
                case HALF_YEAR -> line.halfYear();
                case PREV1 -> line.prev1();
                case PREV2 -> line.prev2();
            };
        }
    }

    private Money() {}

    /** The sum of the items' values in a column, or null when no item has one. */
    static BigDecimal sum(List<FundLine> items, Column column) {
        BigDecimal sum = null;
        for (FundLine line : items) {
            BigDecimal v = column.of(line);
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }

    /** The block's total in a column: 合计 as entered, else the items' sum. */
    static BigDecimal total(FundBlock block, Column column) {
        if (block == null) {
            return null;
        }
        BigDecimal total = column.of(block.total());
        return total != null ? total : sum(block.items(), column);
    }

    static boolean differ(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) > 0;
    }

    /** Plain text with at most two decimals, as the form prints amounts. */
    static String print(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(Math.min(2, Math.max(amount.scale(), 0)), RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }

    static String lineName(FundLine line, String fallback) {
        return line == null || line.name() == null ? fallback : Objects.toString(line.name());
    }
}
