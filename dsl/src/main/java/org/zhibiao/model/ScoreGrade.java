package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import org.zhibiao.diag.Position;
import org.zhibiao.score.Grade;

/**
 * The lowest total that earns a grade ({@code scoring.grades} of a template): national 优 90,
 * 良 80, 中 60, 差 0.
 *
 * @param grade 优, 良, 中 or 差
 * @param floor the lowest total (inclusive) that earns it
 */
public record ScoreGrade(
        @Required Grade grade,
        @Required BigDecimal floor,
        @JsonIgnore Position pos) {

    public ScoreGrade {
        pos = pos == null ? Position.NONE : pos;
    }
}
