package org.zhibiao.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Library;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;
import org.zhibiao.resolve.Resolver;
import org.zhibiao.resolve.TemplateSource;
import org.zhibiao.yaml.Documents;

class CompilerTest {

    /** A resolved template with two tables, a numbered slot, an optional slot and a plain row. */
    private static final Template TEMPLATE = resolve("""
            kind: template
            id: t
            version: "1"
            form:
              tables:
                - name: 长期
                  columns: [指标值]
                - name: 年度
                  columns: [前年, 上年, 指标值]
              basis: 计划标准
              category: 绩效基本型
              horizon: 2
            indicators:
              - name: 履职效能
                children:
                  - name: 核心业务产出{n}
                    entries:
                      - slot: core
                        max: 2
              - name: 社会效应
                children:
                  - name: 生态效益
                    entries:
                      - slot: eco
                        min: 0
              - name: 满意度
                children:
                  - name: 服务对象满意度
                    entries:
                      - name: 群众满意度
                        target: ≥95%
            """);

    private static Template resolve(String yaml) {
        Template written =
                Documents.readTemplate("t.yaml", yaml.getBytes(UTF_8)).value();
        return Resolver.resolve(written, new TemplateSource() {
                    @Override
                    public Optional<Template> template(String id, String version) {
                        return Optional.empty();
                    }

                    @Override
                    public List<String> versions(String id) {
                        return List.of();
                    }

                    @Override
                    public Optional<Library> library(String id) {
                        return Optional.empty();
                    }
                })
                .value();
    }

    private static Profile profile(String yaml) {
        Result<Profile> read = Documents.readProfile("p.yaml", yaml.getBytes(UTF_8));
        assertThat(read.diagnostics()).isEmpty();
        return read.value();
    }

    private static Result<Declaration> compile(Profile profile, Declaration previous) {
        return Compiler.compile(TEMPLATE, profile, previous, new IndicatorIndex(List.of()));
    }

    private static List<Row> rows(Declaration d, int table) {
        return d.tables().get(table).rows();
    }

    @Test
    void an_empty_profile_marks_required_slots_and_skips_optional_ones() {
        Declaration d = compile(Profile.of("甲", 2024), null).value();
        assertThat(rows(d, 0))
                .extracting(Row::level2, Row::origin)
                .containsExactly(Tuple.tuple("核心业务产出1", Origin.TO_FILL), Tuple.tuple("服务对象满意度", Origin.TEMPLATE));
        assertThat(rows(d, 0).get(0).basis()).isEqualTo("计划标准");
        assertThat(d.goals().until()).isEqualTo(2026);
    }

    @Test
    void a_required_level1_whose_slots_are_all_optional_still_gets_a_row_to_fill() {
        Template template = resolve("""
                kind: template
                id: r
                form:
                  tables:
                    - name: 年度
                      columns: [指标值]
                indicators:
                  - name: 效益指标
                    required: true
                    children:
                      - name: 经济效益指标
                        entries:
                          - slot: economic
                            min: 0
                      - name: 社会效益指标
                        entries:
                          - slot: social
                            min: 0
                """);
        Declaration d = Compiler.compile(template, Profile.of(null, null), null, new IndicatorIndex(List.of()))
                .value();
        assertThat(rows(d, 0))
                .extracting(Row::level2, Row::slot, Row::origin)
                .containsExactly(Tuple.tuple("经济效益指标", "economic", Origin.TO_FILL));
    }

    @Test
    void slot_indicators_get_one_numbered_level2_each_and_are_marked_as_the_person_s() {
        Declaration d = compile(profile("""
                kind: profile
                indicators:
                  - {slot: core, name: 出警率, target: "=100%"}
                  - {slot: core, name: 重点人口管控率, target: "不低于 98 ％"}
                """), null).value();
        assertThat(rows(d, 0))
                .extracting(Row::level2, Row::level3, Row::target, Row::origin)
                .startsWith(
                        Tuple.tuple("核心业务产出1", "出警率", "=100%", Origin.PERSON),
                        Tuple.tuple("核心业务产出2", "重点人口管控率", "≥98%", Origin.PERSON));
    }

    @Test
    void a_slot_given_more_rows_than_it_allows_is_an_error() {
        Result<Declaration> result = compile(profile("""
                kind: profile
                indicators:
                  - {slot: core, name: a, target: "=1次"}
                  - {slot: core, name: b, target: "=1次"}
                  - {slot: core, name: c, target: "=1次"}
                """), null);
        assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("slot-too-many");
        assertThat(result.value()).isNull();
    }

    @Test
    void an_indicator_for_a_slot_the_template_lacks_is_reported_at_the_indicator() {
        Result<Declaration> result = compile(profile("""
                kind: profile
                indicators:
                  - {slot: cor, name: a, target: "=1次"}
                """), null);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("unknown-slot");
        assertThat(d.position().line()).isEqualTo(3);
        assertThat(d.en()).contains("core, eco");
    }

    @Test
    void last_year_s_declaration_fills_the_history_columns() {
        Declaration last = compile(Profile.of("甲", 2023), null).value();
        Row lastRow = rows(last, 1).get(1);
        Declaration lastFilled = new Declaration(
                last.template(),
                last.department(),
                null,
                2023,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        last.tables().get(0),
                        new Table(
                                "年度",
                                List.of(
                                        rows(last, 1).get(0),
                                        new Row(
                                                lastRow.level1(),
                                                lastRow.level2(),
                                                null,
                                                lastRow.level3(),
                                                "≥90%",
                                                "≥93%",
                                                "≥94%",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                Origin.PERSON,
                                                null,
                                                null)),
                                null)),
                null);
        Declaration d = compile(Profile.of("甲", 2024), lastFilled).value();
        Row row = rows(d, 1).get(1);
        assertThat(row.level3()).isEqualTo("群众满意度");
        assertThat(row.prev2()).isEqualTo("≥93%");
        assertThat(row.prev1()).isEqualTo("≥94%");
        assertThat(row.target())
                .as("this year's target still comes from the template")
                .isEqualTo("≥95%");
        assertThat(rows(d, 0).get(1).prev1())
                .as("the long-term table has no history columns")
                .isNull();
    }
}
