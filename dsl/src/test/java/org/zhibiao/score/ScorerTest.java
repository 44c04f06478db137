package org.zhibiao.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.score.Lines.d;
import static org.zhibiao.score.Lines.funds;
import static org.zhibiao.score.Lines.quality;
import static org.zhibiao.score.Lines.quantity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;

/** The national scoring rules (财预〔2020〕10号), one test per rule, figures worked by hand in each. */
class ScorerTest {

    private static Scorecard score(ScoreLine... lines) {
        return Scorer.score(ScoringRules.NATIONAL, List.of(lines), null);
    }

    private static LineScore only(Scorecard card) {
        assertThat(card.lines()).hasSize(1);
        return card.lines().get(0);
    }

    @Test
    void an_exact_target_missed_scores_points_times_actual_over_target() {
        // given 分值 4, 指标值 =100%, 实际 90%: 4 × 90/100 = 3.6
        Scorecard card = score(quantity("=100%", "90%", "4", null, "经费不足"));
        // then
        assertThat(only(card).score()).isEqualByComparingTo("3.60");
        assertThat(only(card).reason()).isEqualTo(Reason.EXACT_RATIO);
        assertThat(card.findings()).isEmpty();
    }

    @Test
    void an_exact_target_overshot_scores_points_times_target_over_actual() {
        // 分值 5, =4类, 实际 5类: 5 × 4/5 = 4
        assertThat(only(score(quantity("=4类", "5类", "5", null, "超出"))).score()).isEqualByComparingTo("4");
    }

    @Test
    void a_cost_target_beaten_gets_full_marks() {
        // 分值 6, ≤28.8万元, 实际 25万元: met → 6
        LineScore line = only(score(quantity("≤28.8万元", "25万元", "6", null, null)));
        assertThat(line.score()).isEqualByComparingTo("6");
        assertThat(line.reason()).isEqualTo(Reason.MET);
    }

    @Test
    void a_lower_is_better_target_missed_scores_points_times_target_over_actual() {
        // 分值 9, ≤15分钟, 实际 20分钟: 9 × 15/20 = 6.75
        LineScore line = only(score(quantity("≤15分钟", "20分钟", "9", null, "警力不足")));
        assertThat(line.score()).isEqualByComparingTo("6.75");
        assertThat(line.reason()).isEqualTo(Reason.LOWER_RATIO);
    }

    @Test
    void units_convert_before_the_ratio() {
        // 分值 3, ≤1小时, 实际 90分钟: 3 × 60/90 = 2
        assertThat(only(score(quantity("≤1小时", "90分钟", "3", null, "说明"))).score())
                .isEqualByComparingTo("2");
    }

    @Test
    void a_higher_is_better_target_exceeded_gets_full_marks() {
        // 分值 5, ≥95%, 实际 97%: met → 5
        assertThat(only(score(quantity("≥95%", "97%", "5", null, null))).score())
                .isEqualByComparingTo("5");
    }

    @Test
    void a_higher_is_better_target_missed_scores_points_times_actual_over_target_rounded_once_half_up() {
        // 分值 5, ≥95%, 实际 85%: 5 × 85/95 = 4.4736… → 4.47
        LineScore line = only(score(quantity("≥95%", "85%", "5", null, "说明")));
        assertThat(line.score()).isEqualByComparingTo("4.47");
        assertThat(line.reason()).isEqualTo(Reason.HIGHER_RATIO);
    }

    @Test
    void an_actual_typed_without_unit_takes_the_targets_unit() {
        // 分值 4, ≥95%, 实际 "76": 4 × 76/95 = 3.2
        assertThat(only(score(quantity("≥95%", "76", "4", null, "说明"))).score()).isEqualByComparingTo("3.2");
    }

    @Test
    void budget_execution_scores_points_times_rate() {
        // A 100, B 87: 执行率 0.87, 分值 10 → 8.7
        Scorecard card = Scorer.score(ScoringRules.NATIONAL, List.of(), funds("100", "87", "10", null));
        assertThat(card.executionRate()).isEqualByComparingTo("0.87");
        assertThat(only(card).score()).isEqualByComparingTo("8.7");
        assertThat(only(card).reason()).isEqualTo(Reason.EXECUTION);
    }

    @Test
    void budget_execution_above_the_budget_earns_no_more_than_its_points() {
        // A 200, B 230: 执行率 1.15, capped at 1 → 10
        Scorecard card = Scorer.score(ScoringRules.NATIONAL, List.of(), funds("200", "230", "10", null));
        assertThat(card.executionRate()).isEqualByComparingTo("1.15");
        assertThat(only(card).score()).isEqualByComparingTo("10");
    }

    @Test
    void a_typed_score_above_its_points_is_an_error_at_the_row() {
        Scorecard card = score(quantity("≥95%", "97%", "5", "6", null));
        assertThat(card.findings())
                .containsExactly(ScoreFindings.ABOVE_POINTS.at(Lines.AT, "产出指标 › 数量指标 › 测试", Hint.NONE, "6", "5"));
        assertThat(card.findings().get(0).render(Lang.ZH)).startsWith("selfeval.yaml:12:5: error[score-above-points]");
        assertThat(only(card).score()).isEqualByComparingTo("5");
    }

    @Test
    void a_typed_score_that_disagrees_beyond_the_tolerance_is_reported_and_the_rules_score_counts() {
        // 4 × 90/100 = 3.6; typed 4 is 0.4 off (> 0.05)
        Scorecard card = score(quantity("=100%", "90%", "4", "4", "说明"));
        assertThat(codes(card.findings())).containsExactly("score-disagrees");
        assertThat(card.findings().get(0).message(Lang.ZH))
                .isEqualTo(ScoreFindings.DISAGREES.format(Lang.ZH, "4", "3.60", "0.05"));
        assertThat(card.total()).isEqualByComparingTo("3.6");
    }

    @Test
    void a_typed_score_rounded_to_one_decimal_is_within_the_tolerance() {
        // 5 × 85/95 = 4.47; printed as 4.5 (0.03 off) is rounding, 4.4 (0.07 off) is not
        assertThat(score(quantity("≥95%", "85%", "5", "4.5", "说明")).findings()).isEmpty();
        assertThat(codes(score(quantity("≥95%", "85%", "5", "4.4", "说明")).findings()))
                .containsExactly("score-disagrees");
    }

    @Test
    void a_missing_actual_value_is_an_error_and_scores_zero() {
        Scorecard card = score(quantity("≥95%", null, "5", null, null));
        assertThat(codes(card.findings())).containsExactly("actual-missing");
        assertThat(only(card).score()).isEqualByComparingTo("0");
        assertThat(only(card).reason()).isEqualTo(Reason.MISSING);
    }

    @Test
    void a_shortfall_without_a_deviation_reason_is_a_warning() {
        Scorecard card = score(quantity("≥95%", "85%", "5", null, " "));
        assertThat(card.findings())
                .containsExactly(ScoreFindings.SHORTFALL_UNEXPLAINED.at(
                        Lines.AT, "产出指标 › 数量指标 › 测试", Hint.NONE, d("4.47"), "5"));
    }

    @Test
    void a_qualitative_score_inside_its_band_is_taken() {
        // 分值 10, 部分达成 (60–80%): 7 lies in [6, 8)
        LineScore line = only(score(quality("健全", "基本健全", "10", "7", Band.PARTIAL, "说明")));
        assertThat(line.score()).isEqualByComparingTo("7");
        assertThat(line.reason()).isEqualTo(Reason.BAND);
    }

    @Test
    void a_qualitative_score_outside_its_band_is_an_error_and_moves_to_the_bands_nearer_end() {
        // 分值 10, 部分达成 allows [6, 8); 9 is outside
        Scorecard card = score(quality("健全", "基本健全", "10", "9", Band.PARTIAL, "说明"));
        assertThat(codes(card.findings())).containsExactly("score-outside-band");
        assertThat(card.findings().get(0).message(Lang.ZH))
                .isEqualTo(ScoreFindings.OUTSIDE_BAND.format(Lang.ZH, "部分达成", "6.00", "8.00", "9"));
        assertThat(only(card).score()).isEqualByComparingTo("8");
    }

    @Test
    void the_band_boundaries_follow_10hao_inclusive_at_the_lower_end() {
        // 达成 includes 80% (8 of 10); 部分达成 does not reach 80%
        assertThat(score(quality("健全", "健全", "10", "8", Band.ACHIEVED, null)).findings())
                .isEmpty();
        assertThat(codes(score(quality("健全", "较健全", "10", "8", Band.PARTIAL, "说明"))
                        .findings()))
                .containsExactly("score-outside-band");
        assertThat(score(quality("健全", "不健全", "10", "0", Band.MISSED, "说明")).findings())
                .isEmpty();
    }

    @Test
    void a_qualitative_band_without_a_typed_score_counts_its_lower_end_and_says_so() {
        // 分值 10, 达成: 8 until the evaluator types a score
        Scorecard card = score(quality("健全", "健全", "10", null, Band.ACHIEVED, null));
        assertThat(only(card).score()).isEqualByComparingTo("8");
        assertThat(only(card).reason()).isEqualTo(Reason.BAND_FLOOR);
        assertThat(codes(card.findings())).containsExactly("qualitative-unscored");
    }

    @Test
    void a_qualitative_actual_equal_to_its_target_is_achieved_without_a_stated_band() {
        Scorecard card = score(quality("健全", "健全", "10", "10", null, null));
        assertThat(only(card).reason()).isEqualTo(Reason.BAND);
        assertThat(only(card).score()).isEqualByComparingTo("10");
    }

    @Test
    void units_that_do_not_convert_are_scored_by_hand_with_a_warning() {
        // ≥95% against 20分钟: no ratio; the typed 3 stands
        Scorecard card = score(quantity("≥95%", "20分钟", "5", "3", "说明"));
        assertThat(codes(card.findings())).containsExactly("score-by-hand");
        assertThat(only(card).score()).isEqualByComparingTo("3");
        assertThat(only(card).reason()).isEqualTo(Reason.BY_HAND);
    }

    @Test
    void subtotals_per_level1_and_the_total_add_the_rows() {
        // 产出: 4 × 90/100 = 3.6 and 5; 效益: 8 (达成 floor); 预算执行: 10 × 87/100 = 8.7 → 25.3
        Scorecard card = Scorer.score(
                ScoringRules.NATIONAL,
                List.of(
                        quantity("=100%", "90%", "4", null, "说明"),
                        quantity("≥95%", "97%", "5", null, null),
                        quality("健全", "健全", "10", null, Band.ACHIEVED, null)),
                funds("100", "87", "10", null));
        assertThat(card.subtotals()).extracting(Subtotal::level1).containsExactly("产出指标", "效益指标", "预算执行");
        assertThat(card.subtotals())
                .extracting(Subtotal::score)
                .map(s -> s.stripTrailingZeros().toPlainString())
                .containsExactly("8.6", "8", "8.7");
        assertThat(card.total()).isEqualByComparingTo("25.3");
        assertThat(card.grade()).isEqualTo(Grade.POOR);
    }

    private static List<String> codes(List<Diagnostic> findings) {
        return findings.stream().map(Diagnostic::code).toList();
    }
}
