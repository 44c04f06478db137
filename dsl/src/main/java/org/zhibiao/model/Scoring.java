package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * How a template scores its self-evaluation form ({@code scoring} of the self-evaluation stage in
 * {@code form.stages}). Scoring is template data because provinces differ (Hubei 2020 weighted
 * 预算执行 20; local manuals grade on other floors); every field left out is the national rule
 * (财预〔2020〕10号, {@code org.zhibiao.score.ScoringRules.NATIONAL}), each list replaced as a whole.
 *
 * @param weights the points per 一级, in form order, the budget-execution one among them
 * @param bands the share of 分值 each qualitative band allows
 * @param grades the grade floors
 * @param fundsLevel1 the 一级 under which budget execution is scored (预算执行)
 * @param tolerance how many points a typed 得分 may differ from the computed one (national 0.05)
 */
public record Scoring(
        List<ScoreWeight> weights,
        List<ScoreBand> bands,
        List<ScoreGrade> grades,
        String fundsLevel1,
        BigDecimal tolerance,
        @JsonIgnore Position pos) {

    public Scoring {
        weights = Lists.copy(weights);
        bands = Lists.copy(bands);
        grades = Lists.copy(grades);
        pos = pos == null ? Position.NONE : pos;
    }
}
