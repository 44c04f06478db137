package org.zhibiao.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.score.Lines.funds;
import static org.zhibiao.score.Lines.quality;
import static org.zhibiao.score.Lines.quantity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Result;
import org.zhibiao.groovy.GroovyReader;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * Scoring rules are template data (issue 16): a template that declares its own weights, bands,
 * grades and tolerance scores by them, in YAML and Groovy alike; a template that says nothing
 * scores by the national rules.
 */
class TemplateScoringTest {

    /** Hubei 2020 style: 预算执行 20, 产出 45, 效益 25, 满意度 10 (to 产出 only); 优 from 85; 达成 from 90%. */
    private static final String YAML = """
            kind: template
            id: test/own-scoring
            version: '1'
            form:
              stages:
                - stage: self-evaluation
                  scoring:
                    weights:
                      - {level1: 产出, points: 45}
                      - {level1: 效益, points: 25}
                      - {level1: 满意度, points: 10, to: [产出]}
                      - {level1: 预算执行, points: 20}
                    bands:
                      - {band: 达成, low: 90, high: 100}
                    grades:
                      - {grade: 优, floor: 85}
                      - {grade: 良, floor: 75}
                      - {grade: 中, floor: 60}
                      - {grade: 差, floor: 0}
                    fundsLevel1: 预算执行
                    tolerance: 0.1
            """;

    private static final String GROOVY = """
            template('test/own-scoring') {
                version '1'
                form {
                    stage('self-evaluation') {
                        scoring {
                            weight '产出', 45
                            weight '效益', 25
                            weight '满意度', 10, to: ['产出']
                            weight '预算执行', 20
                            band '达成', 90, 100
                            grade '优', 85
                            grade '良', 75
                            grade '中', 60
                            grade '差', 0
                            fundsLevel1 '预算执行'
                            tolerance 0.1
                        }
                    }
                }
            }
            """;

    private static Template yaml(String text) {
        Result<Object> read = Documents.read("own.yaml", text.getBytes(StandardCharsets.UTF_8));
        assertThat(read.diagnostics()).isEmpty();
        return (Template) read.value();
    }

    @Test
    void yaml_and_groovy_declare_the_same_scoring() {
        Result<Template> groovy = new GroovyReader().readTemplate("own.groovy", GROOVY);
        assertThat(groovy.diagnostics()).isEmpty();
        assertThat(groovy.value()).isEqualTo(yaml(YAML));
        assertThat(ScoringRules.of(groovy.value())).isEqualTo(ScoringRules.of(yaml(YAML)));
    }

    @Test
    void a_template_without_scoring_scores_by_the_national_rules() {
        assertThat(ScoringRules.of(yaml("kind: template\nid: test/plain\n"))).isEqualTo(ScoringRules.NATIONAL);
    }

    @Test
    void the_templates_own_grades_give_another_grade_for_the_same_total() {
        // 产出 4 × 90/100 = 3.6 of 4, budget 20 × 0.87 (A 100, B 87) = 17.4 … the total is what the grades see:
        // 86 is 良 nationally (80–89) but 优 from 85 by this template
        ScoringRules own = ScoringRules.of(yaml(YAML));
        assertThat(ScoringRules.NATIONAL.grade(new BigDecimal("86"))).isEqualTo(Grade.GOOD);
        assertThat(own.grade(new BigDecimal("86"))).isEqualTo(Grade.EXCELLENT);
        assertThat(own.grade(new BigDecimal("74.99"))).isEqualTo(Grade.FAIR);
        assertThat(own.grade(new BigDecimal("75"))).isEqualTo(Grade.GOOD);
    }

    @Test
    void the_templates_own_band_moves_a_qualitative_score() {
        // 达成 is 90–100% here: a typed 8 of 10 lies outside it (nationally 80–100%: inside)
        ScoreLine line = quality("健全", "健全", "10", "8", Band.ACHIEVED, null);
        Scorecard national = Scorer.score(ScoringRules.NATIONAL, List.of(line), null);
        Scorecard own = Scorer.score(ScoringRules.of(yaml(YAML)), List.of(line), null);
        assertThat(national.findings()).isEmpty();
        assertThat(national.total()).isEqualByComparingTo("8");
        assertThat(own.findings()).extracting(Diagnostic::code).containsExactly("score-outside-band");
        assertThat(own.total()).isEqualByComparingTo("9"); // moved to the band's nearer end, 90% of 10
        // the bands the template does not name stay national
        assertThat(ScoringRules.of(yaml(YAML)).band(Band.PARTIAL)).isEqualTo(ScoringRules.NATIONAL.band(Band.PARTIAL));
    }

    @Test
    void the_templates_weights_and_redistribution_give_other_subtotal_weights() {
        // 满意度 absent: its 10 goes to 产出 alone here (45 + 10 = 55), to 产出 and 效益 nationally (56.25, 33.75)
        ScoringRules own = ScoringRules.of(yaml(YAML));
        assertThat(own.weightsFor(Set.of("产出", "效益", "预算执行")))
                .extracting(
                        w -> w.level1() + "=" + w.points().stripTrailingZeros().toPlainString())
                .containsExactly("产出=55", "效益=25", "预算执行=20");
        Scorecard card = Scorer.score(
                own,
                List.of(quantity("产出指标", "=100%", "90%", "4"), quantity("效益指标", "≥95%", "97%", "5")),
                funds("100", "87", "20", null));
        // 4 × 90/100 = 3.6; 5 (met); 20 × 0.87 = 17.4 → 26
        assertThat(card.subtotals())
                .extracting(
                        s -> s.level1() + "=" + s.weight().stripTrailingZeros().toPlainString() + ":"
                                + s.score().stripTrailingZeros().toPlainString())
                .containsExactly("产出指标=55:3.6", "效益指标=25:5", "预算执行=20:17.4");
        assertThat(card.total()).isEqualByComparingTo("26");
    }

    @Test
    void the_templates_tolerance_decides_when_a_typed_score_disagrees() {
        // 4 × 90/100 = 3.6; a typed 3.5 is 0.1 off: within this template's 0.1, beyond the national 0.05
        ScoreLine line = Lines.quantity("=100%", "90%", "4", "3.5", "说明");
        assertThat(Scorer.score(ScoringRules.NATIONAL, List.of(line), null).findings())
                .extracting(Diagnostic::code)
                .containsExactly("score-disagrees");
        assertThat(Scorer.score(ScoringRules.of(yaml(YAML)), List.of(line), null)
                        .findings())
                .isEmpty();
    }
}
