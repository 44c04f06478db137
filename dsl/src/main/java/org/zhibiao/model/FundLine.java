package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * One line of the funds block, in 万元.
 *
 * @param name e.g. 财政拨款 or 人员类项目支出
 * @param amount 当年金额 (Jiangsu: 全年预算数)
 * @param share 占比 in percent of the block total, 2 decimals
 * @param prev1 上年 amount
 * @param prev2 前年 amount
 * @param halfYear 半年计划执行数 (Jiangsu)
 * @param computed which of the fields zhibiao computed rather than a person entered
 * @param places where each value was written, so findings point at the value (issue 14)
 */
public record FundLine(
        @Required String name,
        @NonNegative BigDecimal amount,
        @NonNegative BigDecimal share,
        @NonNegative BigDecimal prev1,
        @NonNegative BigDecimal prev2,
        @NonNegative BigDecimal halfYear,
        List<String> computed,
        @JsonIgnore Places places,
        @JsonIgnore Position pos) {

    public FundLine {
        computed = Lists.copy(computed);
        places = places == null ? Places.NONE : places;
        pos = pos == null ? Position.NONE : pos;
    }

    /** A line with no places, as code builds one. */
    public FundLine(String name, BigDecimal amount, BigDecimal share, BigDecimal prev1, BigDecimal prev2,
            BigDecimal halfYear, List<String> computed, Position pos) {
        this(name, amount, share, prev1, prev2, halfYear, computed, Places.NONE, pos);
    }

    /** Where the value of {@code key} was written, or the record's own position when it was not. */
    public Position at(String key) {
        return places.of(key, pos);
    }
}
