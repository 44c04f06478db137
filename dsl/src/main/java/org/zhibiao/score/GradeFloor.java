package org.zhibiao.score;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The lowest total that earns a grade: 优 from 90, 良 from 80 (10号: "90(含)-100 优").
 *
 * @param grade the grade
 * @param floor the lowest total (inclusive) that earns it
 */
public record GradeFloor(Grade grade, BigDecimal floor) {

    public GradeFloor {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(floor, "floor");
    }
}
