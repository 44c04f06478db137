package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * What a template says about one stage's form ({@code form.stages} in a template): the columns its
 * indicator tables get beyond the declaration's, the columns its funds lines get, and the
 * monitoring period. Every field left out takes the national default
 * ({@code org.zhibiao.shape.StageForms}), so Hubei writes only {@code period: 1–6月, months: 6}.
 *
 * @param stage which form this describes
 * @param title the form's title (绩效运行监控表, 绩效自评表)
 * @param period the monitoring period as the form prints it in its headers (1–7月; Hubei 2019: 1–6月)
 * @param months how many months of the year the period covers (7), for the execution-pace rule
 * @param tolerance how many percentage points execution may lag the calendar (months/12) before
 *     it is reported
 * @param tables the indicator tables the stage's form carries; empty means all of them
 * @param columns the columns the stage adds to each indicator table, in form order; a column the
 *     declaration's table already has (分值, 备注) is not added twice
 * @param funds the columns the stage adds to each expenditure line of the funds block
 * @param scoring how the self-evaluation is scored; null takes the national rules (read by
 *     {@code org.zhibiao.score.ScoringRules#of}); the monitoring form has no score
 */
public record StageForm(
        @Required Stage stage,
        String title,
        String period,
        Integer months,
        BigDecimal tolerance,
        List<String> tables,
        List<Column> columns,
        List<Column> funds,
        Scoring scoring,
        @JsonIgnore Position pos) {

    public StageForm {
        tables = Lists.copy(tables);
        columns = columns == null
                ? List.of()
                : columns.stream().map(StandardColumns::expand).toList();
        funds = Lists.copy(funds);
        pos = pos == null ? Position.NONE : pos;
    }
}
