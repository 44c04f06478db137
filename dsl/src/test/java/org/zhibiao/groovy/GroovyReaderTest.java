package org.zhibiao.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;

class GroovyReaderTest {

    private final GroovyReader reader = new GroovyReader();

    private static final String HUBEI = """
            template('hubei/department-overall') {
                version '2024.1'; title '湖北省部门整体绩效目标申报表'; scope 'department-overall'; libraries 'common'
                form {
                    table('长期') { columns '指标值' }
                    table('年度') { columns '前年', '上年', '指标值' }
                    bases '计划标准', '行业标准', '历史标准', '其他标准'
                    basis '计划标准'
                    categories '绩效基本型'
                }
                level1('运行成本', required: true) { level2('公用经费控制') { ref '公用经费控制率' } }
                level1('履职效能') { level2('核心业务产出{n}') { slot('core-output', label: '本部门核心业务产出', min: 1) } }
            }
            """;

    @Test
    void dsl_builds_the_same_model_as_java() {
        Result<Template> result = reader.readTemplate("hubei.groovy", HUBEI);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value()).isEqualTo(Fixtures.hubeiParent());
    }

    @Test
    void chinese_keywords_build_the_same_model_as_english_ones() {
        // given
        String chinese = """
                模板('hubei/department-overall') {
                    版本 '2024.1'; 标题 '湖北省部门整体绩效目标申报表'; scope 'department-overall'; libraries 'common'
                    form {
                        table('长期') { columns '指标值' }
                        table('年度') { columns '前年', '上年', '指标值' }
                        bases '计划标准', '行业标准', '历史标准', '其他标准'
                        basis '计划标准'
                        categories '绩效基本型'
                    }
                    一级指标('运行成本', 必填: true) { 二级指标('公用经费控制') { 引用 '公用经费控制率' } }
                    一级指标('履职效能') { 二级指标('核心业务产出{n}') { 槽位('core-output', 说明: '本部门核心业务产出', 最少: 1) } }
                }
                """;

        // when
        Result<Template> result = reader.readTemplate("hubei-zh.groovy", chinese);

        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value()).isEqualTo(Fixtures.hubeiParent());
    }

    @Test
    void loops_and_helper_variables_generate_rows() {
        // given
        String script = """
                def prefix = '核心业务'
                def targets = [出警率: '=100%', 重点人口管控率: '≥98%']
                template('t') {
                    level1('履职效能') {
                        level2("${prefix}产出") {
                            (1..3).each { n -> 三级指标 "指标$n", 指标值: "≥${90 + n}%" }
                            targets.each { name, target -> ref name, target: target }
                            def names = ['甲', '乙']
                            indicator names[1] + names.size(), target: '定性'
                        }
                    }
                }
                """;

        // when
        Result<Template> result = reader.readTemplate("loops.groovy", script);

        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value().indicators().get(0).children().get(0).entries())
                .containsExactly(
                        Fixtures.inline("指标1", "≥91%"),
                        Fixtures.inline("指标2", "≥92%"),
                        Fixtures.inline("指标3", "≥93%"),
                        Fixtures.ref("出警率", "=100%"),
                        Fixtures.ref("重点人口管控率", "≥98%"),
                        Fixtures.inline("乙2", "定性"));
    }

    @Test
    void what_the_guard_rails_admit_still_builds_a_template() {
        // given every construct the README lists as admitted
        String script = """
                def weights = [运行成本: 10, 履职效能: 40]
                def names = ['甲', '乙', '丙']
                def letters = ('a'..'c').collect { it }
                def label = { String s, int n -> "${s}${n}" }
                template('t') {
                    version '1'
                    level1('履职效能', weight: weights['履职效能']) {
                        level2('产出') {
                            for (int i = 0; i < 2; i++) { indicator label(names[i], i * 3), target: '定性' }
                            for (text in ['a', 'b']) { indicator text.toUpperCase(), target: '≥95%' }
                            switch (names.size()) {
                                case 3: indicator names[-1] + names.join('').length(), target: '定性'; break
                                default: break
                            }
                        }
                    }
                }
                """;

        // when
        Result<Template> result = reader.readTemplate("admitted.groovy", script);

        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value().indicators().get(0).children().get(0).entries())
                .containsExactly(
                        Fixtures.inline("甲0", "定性"),
                        Fixtures.inline("乙3", "定性"),
                        Fixtures.inline("A", "≥95%"),
                        Fixtures.inline("B", "≥95%"),
                        Fixtures.inline("丙3", "定性"));
    }

    @Test
    void a_bare_call_to_no_keyword_is_a_compile_error_but_a_call_to_a_script_method_is_refused() {
        Result<Template> typo = reader.readTemplate("typo.groovy", "template('t') { versoin '1' }");
        Result<Template> sleep = reader.readTemplate("sleep.groovy", "template('t') { sleep 1000 }");

        assertThat(typo.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(GroovyProblem.COMPILE.code());
            assertThat(d.hint()).isEqualTo(Hint.didYouMean("version"));
        });
        assertThat(sleep.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(GroovyProblem.FORBIDDEN.code());
            assertThat(d.render(Lang.ZH)).startsWith("sleep.groovy:1:17: error[groovy-forbidden]: 模板脚本中不允许调用 sleep");
        });
    }

    @Test
    void misspelt_keyword_is_a_compile_error_at_its_line_and_column_with_a_suggestion() {
        // given
        String script = """
                template('t') {
                    version '1'
                    titel 'x'
                }
                """;

        // when
        Result<Template> result = reader.readTemplate("typo.groovy", script);

        // then
        assertThat(result.value()).isNull();
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(GroovyProblem.COMPILE.code());
        assertThat(d.position()).hasToString("typo.groovy:3:5");
        assertThat(d.en()).as(d.en()).contains("titel");
        assertThat(d.hint()).as(d.en()).isEqualTo(Hint.didYouMean("title"));
    }

    @Test
    void wrong_argument_type_is_a_compile_error_at_its_line_and_column() {
        // given
        String script = """
                template('t') {
                    form {
                        horizon '两年'
                    }
                }
                """;

        // when
        Result<Template> result = reader.readTemplate("type.groovy", script);

        // then
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(GroovyProblem.COMPILE.code());
        assertThat(d.position()).hasToString("type.groovy:3:9");
        assertThat(d.en()).contains("horizon");
    }

    @Test
    void bad_target_is_reported_at_the_dsl_call_that_wrote_it() {
        // given
        String script = """
                template('t') {
                    level1('运行成本') {
                        level2('公用经费控制') {
                            ref '公用经费控制率', target: '≤100%'
                              indicator '会议费控制率', target: ''
                        }
                    }
                }
                """;

        // when
        Result<Template> result = reader.readTemplate("target.groovy", script);

        // then
        assertThat(result.value()).isNull();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Problem.TARGET_EMPTY.code());
            assertThat(d.position()).hasToString("target.groovy:5:15");
            assertThat(d.zh()).isEqualTo(Problem.TARGET_EMPTY.format(Lang.ZH));
        });
    }

    @Test
    void bad_label_is_reported_with_the_allowed_values() {
        Result<Template> result = reader.readTemplate("scope.groovy", "template('t') {\n  scope 'province'\n}");

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Problem.BAD_ENUM.code());
            assertThat(d.position()).hasToString("scope.groovy:2:3");
            assertThat(d.en()).isEqualTo(Problem.BAD_ENUM.format(Lang.EN, "province", "department-overall, project"));
        });
    }

    @Test
    void misspelt_option_is_reported_with_a_suggestion() {
        // given
        String script = """
                template('t') {
                    level1('运行成本', requird: true) { }
                }
                """;

        // when
        Result<Template> result = reader.readTemplate("option.groovy", script);

        // then
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(GroovyProblem.UNKNOWN_OPTION.code());
            assertThat(d.position()).hasToString("option.groovy:2:5");
            assertThat(d.hint()).isEqualTo(Hint.didYouMean("required"));
        });
    }

    @Test
    void script_without_a_template_says_what_to_write() {
        Result<Template> result = reader.readTemplate("empty.groovy", "def x = 1");

        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(GroovyProblem.NO_DEFINITION.code());
            assertThat(d.en()).isEqualTo(GroovyProblem.NO_DEFINITION.format(Lang.EN, "template"));
        });
    }

    @Test
    void script_with_two_templates_is_an_error() {
        Result<Template> result = reader.readTemplate("two.groovy", "template('a') { }\ntemplate('b') { }");

        assertThat(result.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(GroovyProblem.TWO_DEFINITIONS.code());
    }

    @Test
    void runtime_failure_is_located_without_a_stack_trace() {
        // given
        String script = """
                def names = ['甲']
                template('t') {
                    title names.get(3)
                }
                """;

        // when
        Result<Template> result = reader.readTemplate("runtime.groovy", script);

        // then
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(GroovyProblem.RUNTIME.code());
            assertThat(d.position().line()).isEqualTo(3);
            assertThat(d.en()).doesNotContain("\tat ");
        });
    }

    @Test
    void library_script_builds_the_library() {
        // given
        String script = """
                library('common') {
                    version '2024.1'
                    title '共性指标库'
                    indicator('budget-execution-rate') {
                        name '预算执行率'; aliases '预算支出执行率'; explanation '反映预算执行情况'
                        formula '预算执行率=实际支出/预算数×100%'; source '决算报表'; unit '%'; kind '定量'
                        direction '正向'; target '=100%'; basis '计划标准'; category '绩效基本型'; weight 10; scope '共性'
                    }
                    三级指标('asset-rules') {
                        名称 '资产管理制度健全性'; 类型 '定性'; 指标值 '健全'; 分级 '健全', '基本健全', '不健全'
                    }
                }
                """;

        // when
        Result<Library> result = reader.readLibrary("common.groovy", script);

        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value()).isEqualTo(Fixtures.library());
    }

    @Test
    void template_is_read_from_a_file_with_the_file_in_positions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hubei.groovy");
        Files.writeString(file, HUBEI);

        Result<Template> result = reader.readTemplate(file);

        assertThat(result.value()).isEqualTo(Fixtures.hubeiParent());
        assertThat(result.value().indicators().get(0).pos()).hasToString(file + ":10:5");
    }

    @Test
    void same_script_text_is_compiled_once_per_process() {
        // given
        String script = "template('cache-" + System.nanoTime() + "') { version '1' }";
        reader.readTemplate("a.groovy", script);
        int compiled = ScriptCompiler.cached();

        // when
        Result<Template> again = new GroovyReader().readTemplate("b.groovy", script);

        // then
        assertThat(ScriptCompiler.cached()).isEqualTo(compiled);
        assertThat(again.value().pos().file()).isEqualTo("b.groovy");
    }

    @Test
    void java_callers_use_the_same_delegates_through_consumers() {
        Result<Template> result = Dsl.template("hubei/department-overall", t -> {
            t.version("2024.1");
            t.title("湖北省部门整体绩效目标申报表");
            t.scope("department-overall");
            t.libraries("common");
            t.form(f -> {
                f.table("长期", tb -> tb.columns("指标值"));
                f.table("年度", tb -> tb.columns("前年", "上年", "指标值"));
                f.bases("计划标准", "行业标准", "历史标准", "其他标准");
                f.basis("计划标准");
                f.categories("绩效基本型");
            });
            t.level1(Map.of("required", true), "运行成本", l1 -> l1.level2("公用经费控制", l2 -> l2.ref("公用经费控制率")));
            t.level1(
                    "履职效能",
                    l1 -> l1.level2(
                            "核心业务产出{n}",
                            l2 -> l2.slot(Map.of("label", "本部门核心业务产出", "min", 1), "core-output", s -> {})));
        });

        assertThat(result.value()).isEqualTo(Fixtures.hubeiParent());
        assertThat(result.value()
                        .indicators()
                        .get(0)
                        .children()
                        .get(0)
                        .entries()
                        .get(0))
                .isNotInstanceOf(Inline.class);
    }
}
