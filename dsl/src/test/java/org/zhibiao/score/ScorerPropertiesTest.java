package org.zhibiao.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Kind;
import org.zhibiao.target.Operator;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;

/** What must hold for any self-evaluation, whatever was typed into it. */
class ScorerPropertiesTest {

    @Property
    void no_score_exceeds_its_points_or_falls_below_zero(
            @ForAll("lines") List<ScoreLine> lines, @ForAll("funds") BudgetLine funds) {
        Scorecard card = Scorer.score(ScoringRules.NATIONAL, lines, funds);
        for (LineScore line : card.lines()) {
            assertThat(line.score()).isLessThanOrEqualTo(line.points()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        }
    }

    @Property
    void the_total_is_the_sum_of_the_rows_and_of_the_subtotals(
            @ForAll("lines") List<ScoreLine> lines, @ForAll("funds") BudgetLine funds) {
        Scorecard card = Scorer.score(ScoringRules.NATIONAL, lines, funds);
        BigDecimal rows = card.lines().stream().map(LineScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal subtotals = card.subtotals().stream().map(Subtotal::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(card.total()).isEqualByComparingTo(rows).isEqualByComparingTo(subtotals);
        assertThat(card.grade()).isEqualTo(ScoringRules.NATIONAL.grade(card.total()));
    }

    @Property
    void for_a_higher_is_better_target_a_higher_actual_never_scores_less(
            @ForAll("percent") BigDecimal target,
            @ForAll("percent") BigDecimal actual,
            @ForAll("percent") BigDecimal more,
            @ForAll("points") BigDecimal points) {
        BigDecimal higher = actual.add(more);
        Target t = new Quantity(Operator.GE, target, "%");
        BigDecimal low = one(t, new Quantity(null, actual, "%"), points);
        BigDecimal high = one(t, new Quantity(null, higher, "%"), points);
        assertThat(high).isGreaterThanOrEqualTo(low);
    }

    private static BigDecimal one(Target target, Target actual, BigDecimal points) {
        ScoreLine line =
                new ScoreLine("产出指标", "", Kind.QUANTITATIVE, target, actual, points, null, null, "x", Position.NONE);
        return Scorer.score(ScoringRules.NATIONAL, List.of(line), null).total();
    }

    @Provide
    Arbitrary<BigDecimal> percent() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("200"))
                .ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> points() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("50"))
                .ofScale(2);
    }

    @Provide
    Arbitrary<List<ScoreLine>> lines() {
        return line().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<BudgetLine> funds() {
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals()
                .between(new BigDecimal("-5"), new BigDecimal("5000"))
                .ofScale(2)
                .injectNull(0.1);
        return Combinators.combine(money, money, points(), points().injectNull(0.5))
                .as((a, b, p, typed) -> new BudgetLine(a, b, p, typed, Position.NONE))
                .injectNull(0.2);
    }

    private Arbitrary<ScoreLine> line() {
        Arbitrary<String> level1 = Arbitraries.of("产出指标", "效益指标", "满意度指标", "履职效能");
        Arbitrary<Kind> kind = Arbitraries.of(Kind.values());
        Arbitrary<Target> target = Arbitraries.oneOf(quantity(), Arbitraries.of(Lines.t("健全")));
        Arbitrary<Target> actual = Arbitraries.oneOf(quantity(), Arbitraries.of(Lines.t("健全"), Lines.t("基本健全")))
                .injectNull(0.1);
        Arbitrary<Band> band = Arbitraries.of(Band.values()).injectNull(0.3);
        Arbitrary<BigDecimal> typed = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1"), new BigDecimal("60"))
                .ofScale(3)
                .injectNull(0.5);
        return Combinators.combine(level1, kind, target, actual, points(), typed, band, Arbitraries.of("", "说明"))
                .as((l1, k, t, a, p, ty, b, why) -> new ScoreLine(l1, l1, k, t, a, p, ty, b, why, Position.NONE));
    }

    private Arbitrary<Target> quantity() {
        Arbitrary<Operator> op = Arbitraries.of(Operator.values()).injectNull(0.05);
        Arbitrary<BigDecimal> number = Arbitraries.bigDecimals()
                .between(new BigDecimal("-10"), new BigDecimal("500"))
                .ofScale(2);
        Arbitrary<String> unit = Arbitraries.of("%", "分钟", "小时", "万元", "元", "");
        return Combinators.combine(op, number, unit).as(Quantity::new);
    }
}
