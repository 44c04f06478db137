package org.zhibiao.check;

import java.util.regex.Pattern;
import org.zhibiao.model.Direction;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Row;

/**
 * Which way an indicator improves: the template row's 指标方向 when it has one, otherwise a guess
 * from the name (DOMAIN.md §7 heuristics). A name matching both lists gives no guess.
 */
final class Directions {

    private static final Pattern NEGATIVE = Pattern.compile("控制率|变动率|偏差率|成本|时间|周期|逃脱数|伤亡|违法行为率|结转结余率|调整率|发案率|事故率|投诉率");
    private static final Pattern POSITIVE =
            Pattern.compile("满意度|覆盖率|完成率|执行率|合格率|达标率|到位率|及时率|破案率|登记率|完好率|利用率|处置率|检验率|换证率|佩戴率");

    private Directions() {}

    /** The direction of a row, or null when neither the template nor the name tells. */
    static Direction of(String name, Inline templateRow) {
        if (templateRow != null && templateRow.direction() != null) {
            return templateRow.direction();
        }
        return guess(name);
    }

    /** As {@link #of}, with the guess remembered across the declarations of a batch. */
    static Direction of(Facts facts, Row row) {
        Inline templateRow = facts.templateRow(row);
        if (templateRow != null && templateRow.direction() != null) {
            return templateRow.direction();
        }
        return facts.framework().guessDirection(row.level3());
    }

    static Direction guess(String name) {
        if (name == null) {
            return null;
        }
        boolean negative = NEGATIVE.matcher(name).find();
        boolean positive = POSITIVE.matcher(name).find();
        if (negative == positive) {
            return null;
        }
        return negative ? Direction.NEGATIVE : Direction.POSITIVE;
    }
}
