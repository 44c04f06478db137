package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * The points one 一级 carries in a self-evaluation's total ({@code scoring.weights} of a template),
 * and where they go when a document has no such 一级. National: 产出 50, 效益 30, 满意度 10 (to
 * 产出 and 效益 when absent), 预算执行 10.
 *
 * @param level1 the 一级 without the 指标 suffix (产出 also names 产出指标 on the form)
 * @param points its share of the total
 * @param to the 一级 that take its points, pro rata, when it is absent; empty: every present
 *     indicator 一级 (the budget-execution one excepted)
 */
public record ScoreWeight(
        @Required String level1,
        @Required BigDecimal points,
        List<String> to,
        @JsonIgnore Position pos) {

    public ScoreWeight {
        to = Lists.copy(to);
        pos = pos == null ? Position.NONE : pos;
    }
}
