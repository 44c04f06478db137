package org.zhibiao.groovy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Position;
import org.zhibiao.model.ScoreBand;
import org.zhibiao.model.ScoreGrade;
import org.zhibiao.model.ScoreWeight;
import org.zhibiao.model.Scoring;
import org.zhibiao.score.Band;
import org.zhibiao.score.Grade;

/**
 * The body of {@code scoring} in the self-evaluation {@code stage}: the template's own scoring
 * rules; whatever it leaves out is national (10号).
 *
 * @since 0.2
 */
public final class ScoringSpec {

    private final DslContext ctx;
    private final List<ScoreWeight> weights = new ArrayList<>();
    private final List<ScoreBand> bands = new ArrayList<>();
    private final List<ScoreGrade> grades = new ArrayList<>();
    private String fundsLevel1;
    private BigDecimal tolerance;

    ScoringSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** The points of a 一级: {@code weight '产出', 50}. */
    public void weight(String level1, Number points) {
        weight(Map.of(), level1, points);
    }

    /** The points of a 一级 and where they go when it is absent: {@code weight '满意度', 10, to: ['产出', '效益']}. */
    public void weight(Map<String, ?> options, String level1, Number points) {
        Object to = options.get("to");
        List<String> receivers = new ArrayList<>();
        if (to instanceof List<?> list) {
            list.forEach(r -> receivers.add(DslContext.text(r)));
        } else if (to != null) {
            receivers.add(DslContext.text(to));
        }
        weights.add(new ScoreWeight(level1, ctx.decimal(points, "points"), receivers, ctx.here()));
    }

    /** A qualitative band's share of 分值 in percent: {@code band '达成', 80, 100}. */
    public void band(String band, Number low, Number high) {
        Position at = ctx.here();
        bands.add(new ScoreBand(ctx.label(Band.class, band), ctx.decimal(low, "low"), ctx.decimal(high, "high"), at));
    }

    /** A grade's lowest total: {@code grade '优', 90}. */
    public void grade(String grade, Number floor) {
        Position at = ctx.here();
        grades.add(new ScoreGrade(ctx.label(Grade.class, grade), ctx.decimal(floor, "floor"), at));
    }

    /** The 一级 budget execution is scored under: {@code fundsLevel1 '预算执行'}. */
    public void fundsLevel1(String level1) {
        this.fundsLevel1 = level1;
    }

    /** How many points a typed 得分 may differ from the computed one: {@code tolerance 0.05}. */
    public void tolerance(Number points) {
        this.tolerance = ctx.decimal(points, "tolerance");
    }

    Scoring build(Position at) {
        return new Scoring(weights, bands, grades, fundsLevel1, tolerance, at);
    }
}
