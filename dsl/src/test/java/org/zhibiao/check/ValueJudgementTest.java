package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.check.Findings.assertNone;
import static org.zhibiao.check.Findings.assertOnly;
import static org.zhibiao.check.TemplateFixture.level1;
import static org.zhibiao.check.TemplateFixture.level2;
import static org.zhibiao.check.TemplateFixture.row;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Direction;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Template;
import org.zhibiao.target.Operator;

/** Kind, unit, operator, range, direction, Excel dates and template floors. */
class ValueJudgementTest extends ExtraRowCheck {

    private List<Diagnostic> edit(String level3, Consumer<RowSpec> change) {
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").stream().filter(r -> level3.equals(r.level3)).forEach(change);
        declaration = fixture.build();
        table = DeclarationFixture.table(declaration, "长期");
        row = DeclarationFixture.row(declaration, "长期", level3);
        return Checker.check(Fixtures.hubei(), declaration);
    }

    private static RowSpec person(String level2, String name, String target) {
        return RowSpec.of("履职效能", level2, name, target).origin(Origin.PERSON, "core-output");
    }

    /** The Hubei framework plus a 管理效率 › 时效 二级 with a typed template row. */
    private static Template withRow(Inline templateRow) {
        List<Level1> framework = new ArrayList<>(Fixtures.hubeiFramework());
        framework.add(level1("可持续发展能力", false, level2("人才支撑", templateRow)));
        return TemplateFixture.template(TemplateFixture.hubeiForm(), framework);
    }

    private String path() {
        return Facts.path(table, row);
    }

    @Test
    void a_qualitative_value_for_a_quantitative_template_row_is_an_error() {
        // when
        List<Diagnostic> found = edit("预算执行率", r -> r.target("良好"));

        // then
        assertOnly(found, KindRules.KIND_MISMATCH.at(row.pos(), path(), Hint.NONE, "预算执行率", "定量", "良好", "定性"));
    }

    @Test
    void a_quantity_for_a_quantitative_row_matches_its_kind() {
        assertNone(edit("预算执行率", r -> r.target("=100%")), "kind-mismatch");
    }

    @Test
    void a_rate_with_a_word_value_is_a_warning() {
        // when
        List<Diagnostic> found = check(person("核心业务产出2", "抓拍功能准确率", "实现"));

        // then
        assertOnly(found, KindRules.RATE_NOT_QUANTITATIVE.at(row.pos(), path(), Hint.NONE, "抓拍功能准确率", "实现"));
    }

    @Test
    void a_rate_with_a_percentage_is_fine() {
        assertNone(check(person("核心业务产出2", "抓拍功能准确率", "≥95%")), "rate-not-quantitative");
    }

    @Test
    void a_quantity_without_operator_is_a_warning_with_the_templates_form() {
        // when
        List<Diagnostic> found = edit("预算执行率", r -> r.target("100%"));

        // then
        assertOnly(
                found,
                KindRules.MISSING_OPERATOR.at(
                        row.pos(), path(), Hints.of("模板为 =100%", "the template says =100%"), "100%"));
    }

    @Test
    void a_quantity_with_operator_is_fine() {
        assertNone(edit("预算执行率", r -> r.target("=100%")), "missing-operator");
    }

    @Test
    void a_quantity_without_unit_is_a_warning_naming_the_templates_unit() {
        // when
        List<Diagnostic> found = edit("预算执行率", r -> r.target("=100"));

        // then
        assertOnly(found, KindRules.MISSING_UNIT.at(row.pos(), path(), Hints.of("单位应为“%”", "the unit is %"), "=100"));
    }

    @Test
    void a_quantity_with_unit_is_fine() {
        assertNone(edit("预算执行率", r -> r.target("=100%")), "missing-unit");
    }

    @Test
    void a_unit_other_than_the_templates_is_an_error() {
        // when
        List<Diagnostic> found = edit("预算执行率", r -> r.target("=28.8万元"));

        // then
        assertOnly(
                found,
                KindRules.UNIT_MISMATCH.at(
                        row.pos(), path(), Hint.NONE, new Object[] {"=28.8万元", "万元", "%", "%"}, new Object[] {
                            "万元", "=28.8万元", "%", "%"
                        }));
    }

    @Test
    void a_full_width_percent_sign_is_the_same_unit() {
        // given
        Template template = withRow(row("人才储备率", "≥95%", Kind.QUANTITATIVE, null, "％"));

        // when
        List<Diagnostic> found = check(template, RowSpec.of("可持续发展能力", "人才支撑", "人才储备率", "≥95%"));

        // then
        assertNone(found, "unit-mismatch");
    }

    @Test
    void a_percentage_above_100_is_a_warning() {
        // when
        List<Diagnostic> found = check(person("核心业务产出2", "警力下沉比例", "≥120%"));

        // then
        assertOnly(found, JudgementRules.PERCENT_RANGE.at(row.pos(), path(), Hint.NONE, "≥120%"));
    }

    @Test
    void issue14_a_rate_that_cannot_exceed_100_above_100_is_an_error_not_also_a_range_warning() {
        // when
        List<Diagnostic> found = check(person("核心业务产出2", "出租房屋登记率", "≥120%"));

        // then
        assertOnly(
                found,
                JudgementRules.RATE_ABOVE_100.at(
                        row.pos(), path(), Hints.of("是否应为“=100%”？", "did you mean '=100%'?"), "出租房屋登记率", "≥120%"));
        assertNone(found, "percent-range");
        assertThat(found.stream()
                        .filter(d -> d.code().equals("rate-above-100"))
                        .findFirst()
                        .orElseThrow()
                        .severity())
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void issue14_a_capped_rate_at_least_100_is_a_warning_that_it_can_only_be_equal() {
        // when
        List<Diagnostic> found = check(person("核心业务产出2", "电信诈骗拦截覆盖率", "≥100%"));

        // then
        assertOnly(
                found,
                JudgementRules.RATE_AT_LEAST_100.at(
                        row.pos(), path(), Hints.of("是否应为“=100%”？", "did you mean '=100%'?"), "电信诈骗拦截覆盖率", "≥100%"));
        assertNone(found, "rate-above-100");
    }

    @Test
    void issue14_a_capped_rate_at_or_below_100_is_fine() {
        assertNone(check(person("核心业务产出2", "电信诈骗拦截覆盖率", "=100%")), "rate-at-least-100");
        assertNone(check(person("核心业务产出2", "电信诈骗拦截覆盖率", "≥98%")), "rate-above-100");
    }

    @Test
    void issue14_growth_change_and_completion_rates_are_exempt_from_the_cap() {
        for (String name : List.of("案件办结增长率", "非税收入预算完成率", "警情变动率")) {
            List<Diagnostic> found = check(person("核心业务产出2", name, "≥120%"));
            assertNone(found, "rate-above-100");
            assertNone(found, "rate-at-least-100");
        }
    }

    @Test
    void issue14_the_cap_follows_the_templates_capped_parameter() {
        // given
        Template template = Fixtures.hubei(TemplateFixture.setting("rate-above-100", null, null, "capped", "警力下沉比例"));

        // when
        List<Diagnostic> found = check(template, person("核心业务产出2", "警力下沉比例", "≥120%"));

        // then
        assertThat(Findings.withCode(found, "rate-above-100")).hasSize(1);
    }

    @Test
    void a_completion_rate_may_exceed_100_and_a_change_rate_may_be_negative() {
        // when
        List<Diagnostic> above = check(person("核心业务产出2", "非税收入预算完成率", "≥105%"));
        List<Diagnostic> below = check(person("核心业务产出2", "“三公”经费变动率", "≤-5%"));

        // then
        assertNone(above, "percent-range");
        assertNone(below, "percent-range");
    }

    @Test
    void a_positive_indicator_with_less_or_equal_is_a_warning_with_the_fix() {
        // when
        List<Diagnostic> found = check(person("核心业务产出2", "政务服务满意度", "≤95%"));

        // then
        assertOnly(
                found,
                JudgementRules.DIRECTION.at(
                        row.pos(),
                        path(),
                        JudgementRules.directionHint("政务服务满意度", Direction.POSITIVE, Operator.LE),
                        new Object[] {"政务服务满意度", "正向", "≤95%"},
                        new Object[] {"政务服务满意度", "higher-is-better", "≤95%"}));
        assertThat(Findings.withCode(found, "direction-operator").get(0).en())
                .isEqualTo("'政务服务满意度' is a higher-is-better indicator but the operator of '≤95%' points the other way");
        assertThat(JudgementRules.directionHint("群众满意度", Direction.POSITIVE, Operator.LE))
                .isEqualTo(Hint.of("应为 ≥ 而非 ≤：群众满意度是正向指标", "use ≥ rather than ≤: 群众满意度 is higher-is-better"));
    }

    @Test
    void the_template_rows_direction_wins_over_the_name() {
        // given: 人才流失率 looks like nothing; the template says 反向
        Template template = withRow(row("人才流失率", "≤5%", null, Direction.NEGATIVE, null));

        // when
        List<Diagnostic> ok = check(template, RowSpec.of("可持续发展能力", "人才支撑", "人才流失率", "≤5%"));
        List<Diagnostic> wrong = check(template, RowSpec.of("可持续发展能力", "人才支撑", "人才流失率", "≥5%"));

        // then
        assertNone(ok, "direction-operator");
        assertOnly(
                wrong,
                JudgementRules.DIRECTION.at(
                        row.pos(),
                        path(),
                        JudgementRules.directionHint("人才流失率", Direction.NEGATIVE, Operator.GE),
                        new Object[] {"人才流失率", "反向", "≥5%"},
                        new Object[] {"人才流失率", "lower-is-better", "≥5%"}));
    }

    @Test
    void a_negative_indicator_with_less_or_equal_is_fine() {
        assertNone(check(person("核心业务产出2", "电信诈骗预警处置响应时间", "≤15分钟")), "direction-operator");
    }

    @Test
    void an_excel_serial_in_a_time_indicator_is_a_warning_with_the_date() {
        // when
        List<Diagnostic> found = check(person("核心业务产出2", "居住证制证周期", "44,561"));

        // then
        assertOnly(found, JudgementRules.EXCEL_DATE.at(row.pos(), path(), Hint.NONE, "44,561", "2021-12-31"));
    }

    @Test
    void a_plausible_time_limit_is_fine() {
        assertNone(check(person("核心业务产出2", "居住证制证周期", "≤15天")), "excel-date");
    }

    @Test
    void a_satisfaction_target_below_the_templates_floor_is_an_error() {
        // when
        List<Diagnostic> found = edit("群众满意度", r -> r.target("≥90%"));

        // then
        assertOnly(found, JudgementRules.WEAKER.at(row.pos(), path(), Hint.NONE, "群众满意度", "≥90%", "≥95%"));
    }

    @Test
    void an_equal_target_is_a_floor_in_the_indicators_direction() {
        // when
        List<Diagnostic> lower = edit("预算执行率", r -> r.target("=90%"));
        List<Diagnostic> ceiling = edit("公用经费控制率", r -> r.target("≤110%"));

        // then
        assertThat(Findings.withCode(lower, "weaker-than-template")).hasSize(1);
        assertThat(Findings.withCode(ceiling, "weaker-than-template")).hasSize(1);
    }

    @Test
    void an_exact_target_at_the_end_of_its_scale_is_missed_one_way_only() {
        // given template rows marked 等于, as the libraries mark 出警率 =100% and 逃脱数 =0人
        Template full = withRow(row("出警率", "=100%", null, Direction.EXACT, null));
        Template none = withRow(row("在押人员逃脱数", "=0人", null, Direction.EXACT, null));

        // when
        List<Diagnostic> below = check(full, RowSpec.of("可持续发展能力", "人才支撑", "出警率", "≤68%"));
        List<Diagnostic> almost = check(full, RowSpec.of("可持续发展能力", "人才支撑", "出警率", "≥99%"));
        List<Diagnostic> met = check(full, RowSpec.of("可持续发展能力", "人才支撑", "出警率", "=100%"));
        List<Diagnostic> above = check(none, RowSpec.of("可持续发展能力", "人才支撑", "在押人员逃脱数", "≤1人"));
        List<Diagnostic> zero = check(none, RowSpec.of("可持续发展能力", "人才支撑", "在押人员逃脱数", "=0人"));

        // then
        assertThat(Findings.withCode(below, "weaker-than-template"))
                .singleElement()
                .satisfies(d -> assertThat(d.zh()).isEqualTo("“出警率”的指标值“≤68%”低于模板要求的“=100%”；请不低于模板"));
        assertThat(Findings.withCode(almost, "weaker-than-template")).hasSize(1);
        assertNone(met, "weaker-than-template");
        assertThat(Findings.withCode(above, "weaker-than-template")).hasSize(1);
        assertNone(zero, "weaker-than-template");
    }

    @Test
    void a_stricter_target_and_history_years_are_not_weaker() {
        // when
        List<Diagnostic> stricter = edit("群众满意度", r -> r.target("≥98%"));

        // then: the clean annual row has 前年 ≥90%, which is history, not a target
        assertNone(stricter, "weaker-than-template");
    }
}
