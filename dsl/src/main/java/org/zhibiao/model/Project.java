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
 */
public record Project(
        @Required String name,
        String category,
        @NonNegative BigDecimal total,
        @NonNegative BigDecimal currentYear,
        @NonNegative BigDecimal halfYear,
        String purpose,
        @JsonIgnore Position pos) {

    public Project {
        pos = pos == null ? Position.NONE : pos;
    }
}
