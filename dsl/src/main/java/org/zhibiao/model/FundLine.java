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
 */
public record FundLine(
        @Required String name,
        @NonNegative BigDecimal amount,
        @NonNegative BigDecimal share,
        @NonNegative BigDecimal prev1,
        @NonNegative BigDecimal prev2,
        @NonNegative BigDecimal halfYear,
        List<String> computed,
        @JsonIgnore Position pos) {

    public FundLine {
        computed = Lists.copy(computed);
        pos = pos == null ? Position.NONE : pos;
    }
}
