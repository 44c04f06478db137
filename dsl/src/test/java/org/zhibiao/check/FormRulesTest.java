package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.check.Findings.assertNone;
import static org.zhibiao.check.Findings.assertOnly;
import static org.zhibiao.check.TemplateFixture.level1;
import static org.zhibiao.check.TemplateFixture.level2;
import static org.zhibiao.check.TemplateFixture.weighted;
import static org.zhibiao.check.TemplateFixture.weightedRow;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;

/** Half-year vs full-year, enumerations, quantitative share, weights, goals, satisfaction. */
class FormRulesTest {

    @Test
    void half_and_full_year_with_different_operators_is_a_warning() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration().change("出租房屋登记率", r -> r.periods("≥90%", "=100%"));
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "履职");
        Row row = DeclarationFixture.row(declaration, "履职", "出租房屋登记率");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertOnly(found, PeriodRules.OPERATOR.at(row.pos(), Facts.path(table, row), Hint.NONE, "≥90%", "=100%"));
    }

    @Test
    void a_cumulative_count_above_the_full_year_is_a_warning() {
        // given
        Declaration declaration = Fixtures.jiangsuDeclaration()
                .change("开展测评服务类型", r -> r.periods("=5类", "=4类"))
                .build();
        Table table = DeclarationFixture.table(declaration, "履职");
        Row row = DeclarationFixture.row(declaration, "履职", "开展测评服务类型");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertOnly(found, PeriodRules.EXCEEDS.at(row.pos(), Facts.path(table, row), Hint.NONE, "=5类", "=4类"));
    }

    @Test
    void zero_then_four_kinds_is_a_normal_mid_year_checkpoint() {
        // when
        List<Diagnostic> found =
                Checker.check(Fixtures.jiangsu(), Fixtures.jiangsuDeclaration().build());

        // then
        assertNone(found, "half-year-exceeds");
        assertNone(found, "half-year-operator");
    }

    @Test
    void a_basis_outside_the_forms_list_is_an_error_with_a_suggestion() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").get(0).basis("计划标");
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "长期");
        Row row = table.rows().get(0);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, EnumRules.BASIS.at(row.pos(), Facts.path(table, row), Hint.didYouMean("计划标准"), "计划标"));
    }

    @Test
    void a_blank_category_is_an_error_listing_the_allowed_values() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").get(0).category("");
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "长期");
        Row row = table.rows().get(0);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, EnumRules.CATEGORY.at(row.pos(), Facts.path(table, row), Hints.oneOf(List.of("绩效基本型")), ""));
    }

    @Test
    void forms_without_basis_or_category_columns_do_not_check_them() {
        // when
        List<Diagnostic> found =
                Checker.check(Fixtures.jiangsu(), Fixtures.jiangsuDeclaration().build());

        // then
        assertNone(found, "bad-basis");
        assertNone(found, "bad-category");
    }

    @Test
    void a_project_category_outside_the_list_is_an_error() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.projects.set(0, new String[] {"警务辅助人员经费", "常年项目", "30", "30"});
        Declaration declaration = fixture.build();
        Project project = declaration.projects().get(0);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(
                found,
                EnumRules.PROJECT_CATEGORY.at(
                        project.pos(), "项目支出 › 警务辅助人员经费", Hint.didYouMean("常年性项目"), "警务辅助人员经费", "常年项目"));
    }

    @Test
    void known_project_categories_are_accepted() {
        assertNone(Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build()), "project-category");
    }

    @Test
    void too_few_quantitative_indicators_is_a_warning_per_whole_table() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").forEach(r -> {
            if (!r.level3.equals("出警率") && !r.level3.equals("预算编制科学性")) {
                r.target("健全");
            }
        });
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "长期");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(
                found,
                ShareRules.SHARE.at(
                        table.pos(),
                        "长期",
                        Hint.NONE,
                        new Object[] {"长期", BigDecimal.valueOf(20), 1, 5, "50"},
                        new Object[] {BigDecimal.valueOf(20), "长期", 1, 5, "50"}));
    }

    @Test
    void four_quantitative_of_five_meet_the_threshold() {
        assertNone(Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build()), "quantitative-share");
    }

    @Test
    void weights_under_a_level1_must_sum_to_its_weight() {
        // given
        List<Level1> framework = List.of(
                weighted(
                        "产出指标",
                        "50",
                        level2("数量指标", weightedRow("出警率", "=100%", "30"), weightedRow("处置率", "=100%", "10"))),
                weighted("满意度指标", "10", level2("服务对象满意度", weightedRow("群众满意度", "≥95%", "10"))));
        Template template = TemplateFixture.template(
                TemplateFixture.hubeiForm(), framework, TemplateFixture.setting("weights", null, null, "total", "60"));
        Level1 output = template.indicators().get(0);

        // when
        List<Diagnostic> found = Findings.withCode(
                Checker.check(template, Fixtures.hubeiDeclaration().build()), "weights");

        // then
        assertThat(found)
                .singleElement()
                .isEqualTo(ShareRules.WEIGHT_LEVEL1.at(output.pos(), "产出指标", Hint.NONE, "产出指标", "40", "50"));
    }

    @Test
    void weights_that_add_up_pass_and_a_zero_weight_fails() {
        // given
        List<Level1> good = List.of(weighted("产出指标", "40", level2("数量指标", weightedRow("出警率", "=100%", "40"))));
        List<Level1> zero = List.of(level1("产出指标", false, level2("数量指标", weightedRow("出警率", "=100%", "0"))));

        // when
        List<Diagnostic> ok = Checker.check(
                TemplateFixture.template(TemplateFixture.hubeiForm(), good),
                Fixtures.hubeiDeclaration().build());
        Template zeroTemplate = TemplateFixture.template(TemplateFixture.hubeiForm(), zero);
        List<Diagnostic> bad =
                Checker.check(zeroTemplate, Fixtures.hubeiDeclaration().build());

        // then
        assertNone(ok, "weights");
        assertOnly(
                bad,
                ShareRules.WEIGHT_POSITIVE.at(
                        zeroTemplate
                                .indicators()
                                .get(0)
                                .children()
                                .get(0)
                                .entries()
                                .get(0)
                                .pos(),
                        "产出指标 › 数量指标 › 出警率",
                        Hint.NONE,
                        "产出指标 › 数量指标 › 出警率",
                        "0"));
    }

    @Test
    void level1_weights_plus_the_budget_execution_score_must_make_the_total() {
        // given: 产出 50 + 满意度 10 + 预算执行率 10 = 70, as 10号 scores it
        List<Level1> framework = List.of(
                weighted("产出指标", "50", level2("数量指标", weightedRow("出警率", "=100%", "50"))),
                weighted("满意度指标", "10", level2("服务对象满意度", weightedRow("群众满意度", "≥95%", "10"))));
        Template complete = TemplateFixture.template(
                TemplateFixture.hubeiForm(),
                framework,
                TemplateFixture.setting("weights", null, null, "total", "70", "budgetExecution", "10"));
        Template short10 = TemplateFixture.template(
                TemplateFixture.hubeiForm(), framework, TemplateFixture.setting("weights", null, null, "total", "70"));

        // when
        List<Diagnostic> ok =
                Checker.check(complete, Fixtures.hubeiDeclaration().build());
        List<Diagnostic> bad = Findings.withCode(
                Checker.check(short10, Fixtures.hubeiDeclaration().build()), "weights");

        // then
        assertNone(ok, "weights");
        assertThat(bad)
                .singleElement()
                .isEqualTo(ShareRules.WEIGHT_TOTAL.at(short10.pos(), "", Hint.NONE, "60", "0", "70"));
    }

    @Test
    void a_deadline_not_after_the_year_is_an_error() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.goalsUntil = 2024;
        Declaration declaration = fixture.build();

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, GoalRules.DEADLINE.at(declaration.goals().pos(), "整体绩效总目标 › 长期目标", Hint.NONE, 2024, 2024));
        assertNone(found, "goals-horizon");
    }

    @Test
    void a_deadline_off_the_templates_horizon_is_a_warning() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.goalsUntil = 2028;
        Declaration declaration = fixture.build();

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(
                found,
                GoalRules.HORIZON.at(declaration.goals().pos(), "整体绩效总目标 › 长期目标", Hint.NONE, 2028, 2026, 2024, 2));
        assertNone(found, "goals-deadline");
    }

    @Test
    void the_hubei_deadline_2026_for_2024_is_right() {
        List<Diagnostic> found =
                Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build());
        assertNone(found, "goals-deadline");
        assertNone(found, "goals-horizon");
    }

    @Test
    void a_declaration_without_satisfaction_indicators_is_warned() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.tables.values().forEach(rows -> rows.removeIf(r -> r.level1.equals("满意度")));
        Declaration declaration = fixture.build();
        Table first = declaration.tables().get(0);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, SatisfactionRules.MISSING.at(first.pos(), "长期", Hint.NONE));
    }

    @Test
    void a_satisfaction_target_below_80_percent_is_warned() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").add(RowSpec.of("满意度", "联系部门满意度", "联系部门满意度", "≥75%"));
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "长期");
        Row row = DeclarationFixture.row(declaration, "长期", "联系部门满意度");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, SatisfactionRules.TARGET.at(row.pos(), Facts.path(table, row), Hint.NONE, "≥75%", "80"));
    }

    @Test
    void satisfaction_at_95_percent_is_fine() {
        List<Diagnostic> found =
                Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build());
        assertNone(found, "satisfaction-missing");
        assertNone(found, "satisfaction-target");
    }
}
