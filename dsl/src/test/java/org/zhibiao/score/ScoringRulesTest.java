package org.zhibiao.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national defaults as data: grade floors, weights and how an absent 一级's weight moves. */
class ScoringRulesTest {

    @ParameterizedTest
    @CsvSource({
        "100, EXCELLENT",
        "90, EXCELLENT",
        "89.99, GOOD",
        "80, GOOD",
        "79.99, FAIR",
        "60, FAIR",
        "59.99, POOR",
        "0, POOR"
    })
    void grade_thresholds_are_inclusive_at_90_80_and_60(String total, Grade grade) {
        assertThat(ScoringRules.NATIONAL.grade(new BigDecimal(total))).isEqualTo(grade);
    }

    @Test
    void with_every_level1_present_the_national_weights_stand() {
        assertThat(weights(Set.of("产出", "效益", "满意度", "预算执行"))).containsExactly("产出=50", "效益=30", "满意度=10", "预算执行=10");
    }

    @Test
    void a_missing_satisfaction_weight_goes_to_output_and_effect_pro_rata() {
        // 满意度 10 split 50:30 → 6.25 and 3.75; 预算执行 keeps its 10
        assertThat(weights(Set.of("产出", "效益", "预算执行"))).containsExactly("产出=56.25", "效益=33.75", "预算执行=10");
    }

    @Test
    void an_unlisted_absent_level1_gives_to_every_present_indicator_level1_and_the_total_is_kept() {
        // 效益 30 absent, no rule for it: to 产出 and 满意度 (50:10) → 25 and 5; budget execution takes nothing
        assertThat(weights(Set.of("产出", "满意度", "预算执行"))).containsExactly("产出=75", "满意度=15", "预算执行=10");
        // 满意度 and 效益 absent: 满意度's 10 has no listed receiver present but 产出
        assertThat(weights(Set.of("产出", "预算执行"))).containsExactly("产出=90", "预算执行=10");
    }

    @Test
    void remainders_of_rounding_go_to_the_largest_receiver() {
        // 10 split 1:1:1 → 3.33 each and 0.01 left, given to the first largest
        ScoringRules rules = new ScoringRules(
                ScoringRules.NATIONAL.grades(),
                ScoringRules.NATIONAL.bands(),
                List.of(
                        new Weight("甲", BigDecimal.ONE),
                        new Weight("乙", BigDecimal.ONE),
                        new Weight("丙", BigDecimal.ONE),
                        new Weight("丁", BigDecimal.TEN)),
                Map.of(),
                "戊",
                BigDecimal.ONE,
                ScoringRules.NATIONAL.tolerance(),
                2,
                RoundingMode.HALF_UP);
        assertThat(rules.weightsFor(Set.of("甲", "乙", "丙")).stream()
                        .map(w -> w.points().toPlainString()))
                .containsExactly("4.34", "4.33", "4.33");
    }

    @Test
    void printed_level1_labels_find_their_weight() {
        assertThat(ScoringRules.NATIONAL.keyOf("产出指标")).contains("产出");
        assertThat(ScoringRules.NATIONAL.keyOf("服务对象满意度指标")).contains("满意度");
        assertThat(ScoringRules.NATIONAL.keyOf("履职效能")).isEmpty();
    }

    private static List<String> weights(Set<String> present) {
        return ScoringRules.NATIONAL.weightsFor(present).stream()
                .map(w -> w.level1() + "=" + w.points().stripTrailingZeros().toPlainString())
                .toList();
    }
}
