package org.zhibiao.score;

import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Diagnostic;

/**
 * A scored self-evaluation: every line's 得分, the subtotals per 一级, 总分 and 等级, and what the
 * scorer found wrong with what the department typed.
 *
 * @param lines the indicator lines in input order, then the funds line if there was one
 * @param executionRate 执行率 = B/A to four decimals (0.8700), or null without a usable funds line
 * @param subtotals one per 一级 in order of first appearance; the funds 一级 last
 * @param total the sum of every line's 得分 (not of rounded subtotals: the two are equal by construction)
 * @param grade the grade of {@code total}
 * @param findings what the department should fix or explain
 */
public record Scorecard(
        List<LineScore> lines,
        BigDecimal executionRate,
        List<Subtotal> subtotals,
        BigDecimal total,
        Grade grade,
        List<Diagnostic> findings) {

    public Scorecard {
        lines = List.copyOf(lines);
        subtotals = List.copyOf(subtotals);
        findings = List.copyOf(findings);
    }
}
