package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.zhibiao.diag.Position;

/**
 * One row of an indicator table in a declaration. Values are kept exactly as a person typed
 * them; the checker parses them, the compiler writes canonical ones.
 *
 * @param level1 一级指标
 * @param level2 二级指标
 * @param keyWork 重点工作 (Jiangsu 履职 rows)
 * @param level3 三级指标
 * @param prev2 前年 value
 * @param prev1 上年 value
 * @param target 指标值 (预期当年实现值)
 * @param halfYear 半年指标值
 * @param fullYear 全年指标值
 * @param basis 指标值确定依据
 * @param category 指标分类
 * @param ref the library entry the row came from
 * @param origin who supplied the row
 * @param slot the template slot the row fills, if any
 */
public record Row(
        @Required String level1,
        String level2,
        String keyWork,
        String level3,
        String prev2,
        String prev1,
        String target,
        String halfYear,
        String fullYear,
        String basis,
        String category,
        String ref,
        Origin origin,
        String slot,
        @JsonIgnore Position pos) {

    public Row {
        pos = pos == null ? Position.NONE : pos;
    }

    /**
     * Whether this is still an empty place to fill: a slot row ({@code origin: todo}) whose 三级 no
     * one has written yet. Once a person types a name into it, it counts as theirs even if the
     * {@code origin} line is left as it was — nobody should have to edit bookkeeping to be done.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isToFill() {
        return origin == Origin.TO_FILL && (level3 == null || level3.isBlank());
    }

    /** The value in one column, or null when the row has none there. */
    public String value(ValueColumn column) {
        return switch (column) {
            case PREV2 -> prev2;
            case PREV1 -> prev1;
            case TARGET -> target;
            case HALF_YEAR -> halfYear;
            case FULL_YEAR -> fullYear;
        };
    }

    /** {@code 一级 › 二级 › 三级}, the way diagnostics name a row. */
    public String path() {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {level1, level2, keyWork, level3}) {
            if (part != null && !part.isEmpty()) {
                out.append(out.length() == 0 ? "" : " › ").append(part);
            }
        }
        return out.toString();
    }
}
