package org.zhibiao.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The points a first-level category (一级指标) carries in the total: 产出 50, 效益 30, 满意度 10,
 * 预算执行 10 by default.
 *
 * @param level1 the 一级 name without the 指标 suffix, as {@link ScoringRules#matches} compares it
 * @param points its share of the total
 */
public record Weight(String level1, BigDecimal points) {

    public Weight {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(points, "points");
    }
}
