package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param cells the values of the columns a stage's form adds to the line (1–7月执行数, 全年执行数(B),
 *     分值, 得分 …), by column id; documents write them as keys of the line (issue 16)
 */
public record FundLine(
        @Required String name,
        @NonNegative BigDecimal amount,
        @NonNegative BigDecimal share,
        @NonNegative BigDecimal prev1,
        @NonNegative BigDecimal prev2,
        @NonNegative BigDecimal halfYear,
        List<String> computed,
        @Rest @JsonIgnore Map<String, Cell> cells,
        @JsonIgnore Position pos) {

    public FundLine {
        computed = Lists.copy(computed);
        cells = cells == null || cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        pos = pos == null ? Position.NONE : pos;
    }

    /** A line of the declaration's funds block, with no stage columns. */
    public FundLine(String name, BigDecimal amount, BigDecimal share, BigDecimal prev1, BigDecimal prev2,
            BigDecimal halfYear, List<String> computed, Position pos) {
        this(name, amount, share, prev1, prev2, halfYear, computed, Map.of(), pos);
    }

    /** Documents write the stage columns' values as keys of the line, after its own keys. */
    @JsonAnyGetter
    public Map<String, Cell> cellsByKey() {
        return cells;
    }

    /** The text of a stage column, or null when the line has none there. */
    public String text(String columnId) {
        Cell c = cells.get(columnId);
        return c == null ? null : c.text();
    }

    /** Where a stage column's value stands, or the line's own position when it was not written. */
    public Position at(String columnId) {
        Cell c = cells.get(columnId);
        return c != null && c.pos().isKnown() ? c.pos() : pos;
    }

    /** This line with its stage columns replaced. */
    public FundLine withCells(Map<String, Cell> newCells) {
        return new FundLine(name, amount, share, prev1, prev2, halfYear, computed, newCells, pos);
    }
}
