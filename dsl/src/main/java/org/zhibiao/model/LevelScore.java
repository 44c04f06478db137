package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.zhibiao.diag.Position;

/**
 * One 一级's line of a scored self-evaluation (自评表小计): written into the document by {@code zhibiao
 * score} so that a reviewer reads the subtotals where the form prints them, not only in the
 * summary on the terminal.
 *
 * @param level1 the 一级 as the form prints it (产出指标; 预算执行 for budget execution)
 * @param weight the points the scoring rules give this 一级 after redistribution; null when they
 *     do not weight it
 * @param points the sum of its rows' 分值
 * @param score the sum of its rows' 得分
 * @param pos where it was read
 */
public record LevelScore(
        @Required String level1,
        BigDecimal weight,
        BigDecimal points,
        BigDecimal score,
        @JsonIgnore Position pos) {

    public LevelScore {
        pos = pos == null ? Position.NONE : pos;
    }
}
