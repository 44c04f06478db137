package org.zhibiao.score;

import java.math.BigDecimal;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Kind;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/** Short builders for score lines in tests: a quantitative row, a qualitative row, a funds line. */
final class Lines {

    static final Position AT = Position.of("selfeval.yaml", 12, 5);

    private Lines() {}

    /** A 指标值 or 实际完成值 the test knows to be well-formed. */
    static Target t(String value) {
        try {
            return Targets.parse(value);
        } catch (TargetException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    static BigDecimal d(String number) {
        return number == null ? null : new BigDecimal(number);
    }

    /** A 定量 row in 产出指标: 指标值, 实际完成值 (null for empty), 分值, typed 得分 (null), 偏差原因 (null). */
    static ScoreLine quantity(String target, String actual, String points, String typed, String deviation) {
        return new ScoreLine(
                "产出指标",
                "产出指标 › 数量指标 › 测试",
                Kind.QUANTITATIVE,
                t(target),
                actual == null ? null : t(actual),
                d(points),
                d(typed),
                null,
                deviation,
                AT);
    }

    static ScoreLine quantity(String level1, String target, String actual, String points) {
        return new ScoreLine(
                level1, level1 + " › 测试", Kind.QUANTITATIVE, t(target), t(actual), d(points), null, null, "说明", AT);
    }

    /** A 定性 row: 指标值, 实际完成值, 分值, typed 得分, band, 偏差原因. */
    static ScoreLine quality(String target, String actual, String points, String typed, Band band, String deviation) {
        return new ScoreLine(
                "效益指标",
                "效益指标 › 社会效益指标 › 测试",
                Kind.QUALITATIVE,
                t(target),
                actual == null ? null : t(actual),
                d(points),
                d(typed),
                band,
                deviation,
                AT);
    }

    static BudgetLine funds(String budget, String spent, String points, String typed) {
        return new BudgetLine(d(budget), d(spent), d(points), d(typed), Position.of("selfeval.yaml", 40, 3));
    }
}
