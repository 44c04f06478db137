package org.zhibiao.score;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Kind;
import org.zhibiao.target.Target;

/**
 * One indicator row of a self-evaluation (自评表), as the scorer needs it. The reader of the form
 * builds it from the row's cells; the scorer never sees the form.
 *
 * @param level1 一级指标 as printed (产出指标)
 * @param path {@code 一级 › 二级 › 三级}, how findings name the row
 * @param kind 定量 or 定性; a quantitative row's direction is its 指标值's operator (≥, ≤, =)
 * @param target 年度指标值, parsed by {@link org.zhibiao.target.Targets#parse}
 * @param actual 实际完成值, parsed the same way; null when the cell is empty
 * @param points 分值
 * @param typed the 得分 the department typed; null when empty
 * @param band the evaluator's band for a qualitative row; null when not stated
 * @param deviation 偏差原因分析及改进措施; null or blank when empty
 * @param position where the row (or its 得分 cell) is
 */
public record ScoreLine(
        String level1,
        String path,
        Kind kind,
        Target target,
        Target actual,
        BigDecimal points,
        BigDecimal typed,
        Band band,
        String deviation,
        Position position) {

    public ScoreLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(points, "points");
        path = path == null ? "" : path;
        position = position == null ? Position.NONE : position;
    }

    /** Whether the department explained a shortfall. */
    public boolean explained() {
        return deviation != null && !deviation.isBlank();
    }
}
