package org.zhibiao.score;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhibiao.diag.Position;

/**
 * The funds line of a self-evaluation: 全年预算数(A) | 全年执行数(B) | 分值 | 得分, in 万元.
 *
 * @param budget 全年预算数 (A); null when empty
 * @param spent 全年执行数 (B); null when empty
 * @param points 分值 of budget execution
 * @param typed the 得分 the department typed; null when empty
 * @param position where the line (or its 得分 cell) is
 */
public record BudgetLine(BigDecimal budget, BigDecimal spent, BigDecimal points, BigDecimal typed, Position position) {

    public BudgetLine {
        Objects.requireNonNull(points, "points");
        position = position == null ? Position.NONE : position;
    }
}
