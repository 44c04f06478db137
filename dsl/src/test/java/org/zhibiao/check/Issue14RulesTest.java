package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.check.Findings.assertNone;
import static org.zhibiao.check.Findings.assertOnly;
import static org.zhibiao.check.TemplateFixture.level1;
import static org.zhibiao.check.TemplateFixture.level2;
import static org.zhibiao.check.TemplateFixture.row;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;
import org.zhibiao.model.Template;

/** Rules from defects the real forms contain, printed 一级 labels and the template's own rows (issue 14). */
class Issue14RulesTest extends ExtraRowCheck {

    private static RowSpec person(String name, String target) {
        return RowSpec.of("履职效能", "核心业务产出2", name, target).origin(Origin.PERSON, "core-output");
    }

    private String path() {
        return Facts.path(table, row);
    }

    // rate-below-1

    @Test
    void a_near_100_rate_below_1_percent_is_a_warning_suggesting_the_percentage() {
        // when
        List<Diagnostic> found = check(person("视频监控在线率", "≥0.97%"));

        // then
        assertOnly(
                found,
                DefectRules.RATE_BELOW_1.at(row.pos(), path(), Hint.didYouMean("≥97%"), "视频监控在线率", "≥0.97%", "0.97"));
    }

    @Test
    void a_rate_at_97_percent_or_a_small_ceiling_is_fine() {
        assertNone(check(person("视频监控在线率", "≥97%")), "rate-below-1");
        assertNone(check(person("行人和非机动车交通违法行为率", "≤0.5%")), "rate-below-1");
    }

    // vague-value

    @Test
    void a_vague_value_is_a_warning_with_a_hint_to_state_a_level() {
        // when
        List<Diagnostic> found = check(person("服务体制改革成效", "服务质量稳步提升"));

        // then
        assertThat(Findings.withCode(found, "vague-value")).singleElement().satisfies(d -> {
            assertThat(d).isEqualTo(DefectRules.VAGUE.at(row.pos(), path(), d.hint(), "服务质量稳步提升", "稳步提升"));
            assertThat(d.hint().zh()).contains("≥95%");
        });
    }

    @Test
    void a_level_that_can_be_assessed_is_not_vague() {
        assertNone(check(person("服务体制改革成效", "健全")), "vague-value");
    }

    // zero-cost, zero-count

    @Test
    void a_zero_unit_cost_is_a_warning() {
        // when
        List<Diagnostic> found = check(person("人均培训成本", "=0万元/人"));

        // then
        assertOnly(found, DefectRules.ZERO_COST.at(row.pos(), path(), Hint.NONE, "人均培训成本", "=0万元/人"));
    }

    @Test
    void a_cost_ceiling_above_zero_is_fine() {
        assertNone(check(person("人均培训成本", "≤0.5万元/人")), "zero-cost");
    }

    @Test
    void a_zero_count_of_work_to_do_is_a_warning_but_zero_escapes_are_the_goal() {
        // when
        List<Diagnostic> training = check(person("开展培训次数", "=0次"));
        Row trainingRow = row;
        List<Diagnostic> escapes = check(person("在押人员逃脱数", "=0起"));

        // then
        assertOnly(
                training,
                DefectRules.ZERO_COUNT.at(
                        trainingRow.pos(), Facts.path(table, trainingRow), Hint.NONE, "开展培训次数", "=0次"));
        assertNone(escapes, "zero-count");
    }

    // cost-over-budget (rule 29)

    @Test
    void a_cost_target_above_the_total_expenditure_is_a_warning() {
        // when the fixture spends 100 万元 in all
        List<Diagnostic> found = check(person("设备购置成本", "≤150万元"));

        // then
        assertOnly(found, DefectRules.COST_OVER_BUDGET.at(row.pos(), path(), Hint.NONE, "设备购置成本", "≤150万元", "100"));
    }

    @Test
    void a_cost_target_within_the_budget_or_a_unit_cost_is_fine() {
        assertNone(check(person("设备购置成本", "≤800000元")), "cost-over-budget");
        assertNone(check(person("人均培训成本", "≤150万元/人")), "cost-over-budget");
    }

    // unit-not-allowed

    @Test
    void a_unit_outside_the_templates_list_is_a_warning() {
        // given
        Template template = Fixtures.hubei(TemplateFixture.setting("unit-not-allowed", null, null, "units", "%、次、个"));

        // when
        List<Diagnostic> found = check(template, person("开展培训", "≥3场"));

        // then
        assertOnly(found, DefectRules.UNIT_LIST.at(row.pos(), path(), Hints.oneOf(List.of("%", "次", "个")), "场", "≥3场"));
        assertNone(check(template, person("开展培训", "≥3次")), "unit-not-allowed");
    }

    @Test
    void without_a_unit_list_no_unit_is_reported() {
        assertNone(check(person("开展培训", "≥3场")), "unit-not-allowed");
    }

    // not-satisfaction, near-duplicate, key-work-equals-function

    @Test
    void a_non_satisfaction_indicator_under_satisfaction_is_a_warning() {
        // when
        List<Diagnostic> found = check(RowSpec.of("满意度", "服务对象满意度", "文明交通指数", "≥90%"));

        // then
        assertOnly(found, CopyRules.NOT_SATISFACTION.at(row.pos(), path(), Hint.NONE, "文明交通指数"));
    }

    @Test
    void a_satisfaction_indicator_under_satisfaction_is_fine() {
        assertNone(check(RowSpec.of("满意度", "服务对象满意度", "政务服务满意度", "≥95%")), "not-satisfaction");
    }

    @Test
    void a_near_duplicate_level3_name_is_a_warning_pointing_at_the_first() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").add(person("重点人口管控率", "=100%"));
        fixture.table("长期")
                .add(RowSpec.of("履职效能", "核心业务产出3", "重点人员管控率", "=100%").origin(Origin.PERSON, "core-output"));
        declaration = fixture.build();
        table = DeclarationFixture.table(declaration, "长期");
        Row first = table.rows().get(table.rows().size() - 2);
        row = table.rows().get(table.rows().size() - 1);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, CopyRules.NEAR_DUPLICATE.at(row.pos(), path(), Hint.NONE, "重点人员管控率", "重点人口管控率", first.pos()));
    }

    @Test
    void short_names_one_character_apart_are_different_indicators() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").add(person("出勤率", "=100%"));

        // then (出警率 is in the table already)
        assertNone(Checker.check(Fixtures.hubei(), fixture.build()), "near-duplicate");
    }

    @Test
    void a_key_work_repeating_its_function_is_a_warning() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.table("履职").forEach(r -> r.keyWork(Fixtures.FUNCTION));
        declaration = fixture.build();
        table = DeclarationFixture.table(declaration, "履职");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertThat(Findings.withCode(found, "key-work-equals-function")).hasSize(2);
        assertThat(Findings.withCode(found, "key-work-equals-function").get(0))
                .isEqualTo(CopyRules.KEY_WORK.at(
                        table.rows().get(0).pos(),
                        Facts.path(table, table.rows().get(0)),
                        Hint.NONE,
                        Fixtures.FUNCTION));
        assertNone(
                Checker.check(Fixtures.jiangsu(), Fixtures.jiangsuDeclaration().build()), "key-work-equals-function");
    }

    // tables-identical

    @Test
    void a_long_term_table_identical_to_the_annual_table_is_a_warning() {
        // given
        declaration = Fixtures.hubeiDeclaration()
                .change("群众满意度", r -> r.target("≥95%"))
                .build();
        table = DeclarationFixture.table(declaration, "长期");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, CopyRules.SAME_TABLES.at(table.pos(), "长期", Hint.NONE, "长期", "年度", 5));
        assertNone(Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build()), "tables-identical");
    }

    // projects-partial

    @Test
    void projects_covering_all_of_the_project_expenditure_give_no_information() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.projects.set(0, new String[] {"公安出入境建设", null, "", "97826", "34091.3"});

        // then
        assertNone(Checker.check(Fixtures.jiangsu(), fixture.build()), "projects-partial");
    }

    // the template's own rows, printed labels

    @Test
    void the_templates_own_row_repeating_its_level2_is_not_reported() {
        // given a Hubei-like framework with 联系部门满意度 › 联系部门满意度, as the real template has
        List<Level1> framework = new ArrayList<>(Fixtures.hubeiFramework());
        framework.add(level1("满意度2", false, level2("联系部门满意度", row("联系部门满意度", "≥95%"))));
        Template template = TemplateFixture.template(TemplateFixture.hubeiForm(), framework);

        // when
        List<Diagnostic> own = check(template, RowSpec.of("满意度2", "联系部门满意度", "联系部门满意度", "≥95%"));
        List<Diagnostic> typed = check(
                template, RowSpec.of("履职效能", "核心业务产出2", "核心业务产出2", "=100%").origin(Origin.PERSON, "core-output"));

        // then
        assertNone(own, "name-equals-level2");
        assertThat(Findings.withCode(typed, "name-equals-level2")).hasSize(1);
    }

    @Test
    void printed_level1_labels_are_the_names_they_stand_for() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("年度").stream().filter(r -> r.level1.equals("满意度")).forEach(r -> r.level1("满意度指标"));

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), fixture.build());

        // then
        assertNone(found, "unknown-level1");
        assertNone(found, "unknown-level2");
        assertNone(found, "missing-row");
        assertNone(found, "not-in-template");
    }

    @Test
    void a_level1_that_is_not_a_printed_label_is_still_unknown() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("年度").stream().filter(r -> r.level1.equals("满意度")).forEach(r -> r.level1("满意指标"));

        // then
        assertThat(Findings.withCode(Checker.check(Fixtures.hubei(), fixture.build()), "unknown-level1"))
                .isNotEmpty();
    }

    // a suggested fix never produces a new error

    private static final Pattern SUGGESTED = Pattern.compile("是否应为“([^”]+)”");

    /**
     * Every defect whose hint suggests a value: apply the value, check again, and no error is new.
     * 抓拍功能准确率 = 实现 under a template that made the row 定性 used to suggest ≥95%, a kind-mismatch.
     */
    @Test
    void applying_every_suggested_value_produces_no_new_error() {
        // given the defects, one row each
        List<Level1> framework = new ArrayList<>(Fixtures.hubeiFramework());
        framework.add(level1("可持续发展能力", false, level2("科技支撑", row("抓拍功能准确率", "实现", Kind.QUALITATIVE, null, null))));
        Template template = TemplateFixture.template(TemplateFixture.hubeiForm(), framework);
        List<RowSpec> defects = List.of(
                RowSpec.of("可持续发展能力", "科技支撑", "抓拍功能准确率", "实现"),
                person("视频监控在线率", "≥0.97%"),
                person("电信诈骗拦截覆盖率", "≥100%"),
                person("出租房屋登记率", "≥120%"),
                person("开展培训", "≥3场"),
                person("群体性事件处置率", "≤95%"));
        int suggestions = 0;
        for (RowSpec defect : defects) {
            List<Diagnostic> before = check(template, defect);
            for (Diagnostic d : before) {
                Matcher m = SUGGESTED.matcher(d.hint().zh());
                if (!d.position().toString().equals(row.pos().toString()) || !m.find()) {
                    continue;
                }
                suggestions++;
                // when the suggested value replaces the typed one
                RowSpec fixed = defect.copy().target(m.group(1));
                List<Diagnostic> after = check(template, fixed);

                // then
                assertThat(after)
                        .as("after applying %s to %s", m.group(1), defect.level3)
                        .filteredOn(f -> f.severity() == Severity.ERROR
                                && f.position().toString().equals(row.pos().toString()))
                        .isEmpty();
                assertThat(Findings.withCode(after, d.code()))
                        .as("%s fixed", d.code())
                        .isEmpty();
            }
        }
        assertThat(suggestions).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_rate_written_as_words_is_not_reported_where_the_template_made_the_row_qualitative() {
        // given
        List<Level1> framework = new ArrayList<>(Fixtures.hubeiFramework());
        framework.add(level1("可持续发展能力", false, level2("科技支撑", row("抓拍功能准确率", "实现", Kind.QUALITATIVE, null, null))));
        Template template = TemplateFixture.template(TemplateFixture.hubeiForm(), framework);

        // then
        assertNone(check(template, RowSpec.of("可持续发展能力", "科技支撑", "抓拍功能准确率", "实现")), "rate-not-quantitative");
        assertThat(Findings.withCode(check(person("抓拍功能准确率", "实现")), "rate-not-quantitative"))
                .hasSize(1);
    }
}
