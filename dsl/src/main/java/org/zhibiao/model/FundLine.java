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
        @Rest @JsonIgnore Map<String, Cell> cells,
        @JsonIgnore Places places,
        @JsonIgnore Position pos) {

    public FundLine {
        computed = Lists.copy(computed);
        cells = cells == null || cells.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        places = places == null ? Places.NONE : places;
        pos = pos == null ? Position.NONE : pos;
    }

    /** A line of the declaration's funds block, with no stage columns and no places, as code builds one. */
    public FundLine(
            String name,
            BigDecimal amount,
            BigDecimal share,
            BigDecimal prev1,
            BigDecimal prev2,
            BigDecimal halfYear,
            List<String> computed,
            Position pos) {
        this(name, amount, share, prev1, prev2, halfYear, computed, Map.of(), Places.NONE, pos);
    }

    /** A line with stage columns and no places. */
    public FundLine(
            String name,
            BigDecimal amount,
            BigDecimal share,
            BigDecimal prev1,
            BigDecimal prev2,
            BigDecimal halfYear,
            List<String> computed,
            Map<String, Cell> cells,
            Position pos) {
        this(name, amount, share, prev1, prev2, halfYear, computed, cells, Places.NONE, pos);
    }

    /** A line with places and no stage columns. */
    public FundLine(
            String name,
            BigDecimal amount,
            BigDecimal share,
            BigDecimal prev1,
            BigDecimal prev2,
            BigDecimal halfYear,
            List<String> computed,
            Places places,
            Position pos) {
        this(name, amount, share, prev1, prev2, halfYear, computed, Map.of(), places, pos);
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

    /** Where a value stands: a stage column's cell, else the key's place, else the line's own position. */
    public Position at(String key) {
        Cell c = cells.get(key);
        return c != null && c.pos().isKnown() ? c.pos() : places.of(key, pos);
    }

    /** This line with its stage columns replaced. */
    public FundLine withCells(Map<String, Cell> newCells) {
        return new FundLine(name, amount, share, prev1, prev2, halfYear, computed, newCells, places, pos);
    }
}
