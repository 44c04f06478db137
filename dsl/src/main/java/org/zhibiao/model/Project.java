package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.zhibiao.diag.Position;

/**
 * One line of 项目支出情况, in 万元.
 *
 * @param name 项目名称
 * @param category 支出项目类别 (常年性项目, 延续性项目, 一次性项目)
 * @param total 项目总预算
 * @param currentYear 项目本年度预算 (Jiangsu: 全年预算数)
 * @param halfYear 半年计划执行数 (Jiangsu)
 * @param purpose 项目主要支出方向和用途
 * @param places where each value was written, so findings point at the value (issue 14)
 */
public record Project(
        @Required String name,
        String category,
        @NonNegative BigDecimal total,
        @NonNegative BigDecimal currentYear,
        @NonNegative BigDecimal halfYear,
        String purpose,
        @JsonIgnore Places places,
        @JsonIgnore Position pos) {

    public Project {
        places = places == null ? Places.NONE : places;
        pos = pos == null ? Position.NONE : pos;
    }

    /** A project with no places, as code builds one. */
    public Project(
            String name,
            String category,
            BigDecimal total,
            BigDecimal currentYear,
            BigDecimal halfYear,
            String purpose,
            Position pos) {
        this(name, category, total, currentYear, halfYear, purpose, Places.NONE, pos);
    }

    /** Where the value of {@code key} was written, or the record's own position when it was not. */
    public Position at(String key) {
        return places.of(key, pos);
    }
}
