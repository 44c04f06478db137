package org.zhibiao.diff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Result;
import org.zhibiao.diff.Difference.Sign;
import org.zhibiao.model.Template;
import org.zhibiao.target.Strictness;
import org.zhibiao.yaml.Documents;

class TemplateDiffTest {

    /** A small template with only inline rows, so that as written it is already resolved. */
    private static final String BASE = """
            kind: template
            id: t/base
            version: "1"
            form:
              tables:
                - name: 年度
                  columns: [指标值]
              bases: [计划标准, 历史标准]
            indicators:
              - name: 运行成本
                required: true
                children:
                  - name: 公用经费控制
                    entries:
                      - {name: 公用经费控制率, target: ≤100%, kind: 定量, direction: 反向, unit: '%', basis: 计划标准}
                      - {name: 会议费控制率, target: ≤100%, kind: 定量, direction: 反向, unit: '%', basis: 计划标准}
                  - name: 在职人员控制
                    entries:
                      - {name: 在职人员控制率, target: ≤100%, kind: 定量, direction: 反向, unit: '%'}
              - name: 满意度
                children:
                  - name: 服务对象满意度
                    entries:
                      - {name: 群众满意度, target: ≥95%, kind: 定量, direction: 正向, unit: '%'}
                      - slot: own
                        min: 1
            """;

    private static Template template(String yaml) {
        Result<Template> read = Documents.readTemplate("t.yaml", yaml.getBytes(UTF_8));
        assertThat(read.diagnostics()).isEmpty();
        return read.value();
    }

    private static List<Difference> diff(String after) {
        return TemplateDiff.between(template(BASE), template(after));
    }

    private static String line(String yaml, String containing) {
        return yaml.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }

    private static String drop(String yaml, String containing) {
        return String.join(
                        "\n", yaml.lines().filter(l -> !l.contains(containing)).toList()) + "\n";
    }

    private static String insertAfter(String yaml, String containing, String... lines) {
        StringBuilder out = new StringBuilder();
        yaml.lines().forEach(l -> {
            out.append(l).append('\n');
            if (l.contains(containing)) {
                for (String added : lines) {
                    out.append(added).append('\n');
                }
            }
        });
        return out.toString();
    }

    @Test
    void the_same_template_under_another_id_has_no_differences() {
        assertThat(diff(BASE.replace("id: t/base", "id: t/copy").replace("version: \"1\"", "version: \"2\"")))
                .isEmpty();
    }

    @Test
    void a_raised_floor_is_tightened_and_a_raised_ceiling_is_loosened() {
        // when
        List<Difference> d = diff(BASE.replace("target: ≥95%", "target: ≥98%")
                .replace("{name: 在职人员控制率, target: ≤100%", "{name: 在职人员控制率, target: ≤105%"));
        // then
        assertThat(d)
                .extracting(
                        Difference::sign,
                        Difference::what,
                        Difference::path,
                        Difference::before,
                        Difference::after,
                        Difference::strictness)
                .containsExactly(
                        tuple(
                                Sign.CHANGED,
                                What.TARGET,
                                List.of("运行成本", "在职人员控制", "在职人员控制率"),
                                "≤100%",
                                "≤105%",
                                Strictness.LOOSER),
                        tuple(
                                Sign.CHANGED,
                                What.TARGET,
                                List.of("满意度", "服务对象满意度", "群众满意度"),
                                "≥95%",
                                "≥98%",
                                Strictness.STRICTER));
        assertThat(d.get(0).loosened()).isTrue();
        assertThat(d.get(1).tightened()).isTrue();
    }

    @Test
    void an_operator_of_the_other_direction_is_a_change_that_cannot_be_ranked() {
        List<Difference> d = diff(BASE.replace("target: ≥95%", "target: ≤95%"));
        assertThat(d).singleElement().extracting(Difference::strictness).isEqualTo(Strictness.INCOMPARABLE);
    }

    @Test
    void a_row_under_another_second_level_is_one_move_not_a_removal_and_an_addition() {
        // given: 会议费控制率 moves from 公用经费控制 to 在职人员控制
        String row = line(BASE, "{name: 会议费控制率");
        String after = insertAfter(drop(BASE, "{name: 会议费控制率"), "{name: 在职人员控制率", row);
        // when
        List<Difference> d = diff(after);
        // then
        assertThat(d)
                .extracting(Difference::sign, Difference::what, Difference::path, Difference::before, Difference::after)
                .containsExactly(tuple(
                        Sign.CHANGED,
                        What.MOVED,
                        List.of("运行成本", "在职人员控制", "会议费控制率"),
                        "运行成本 › 公用经费控制",
                        "运行成本 › 在职人员控制"));
    }

    @Test
    void rows_and_levels_added_and_removed_are_listed_in_form_order() {
        // given: 满意度 goes, a 二级 and a row come
        String after = insertAfter(
                BASE.substring(0, BASE.indexOf("  - name: 满意度")),
                "{name: 在职人员控制率",
                "      - name: 项目支出成本控制",
                "        entries:",
                "          - {name: 工程基建支出控制率, target: ≤100%}");
        // when
        List<Difference> d = diff(after);
        // then
        assertThat(d)
                .extracting(Difference::sign, Difference::what, Difference::path)
                .containsExactly(
                        tuple(Sign.ADDED, What.LEVEL2, List.of("运行成本", "项目支出成本控制")),
                        tuple(Sign.ADDED, What.ROW, List.of("运行成本", "项目支出成本控制", "工程基建支出控制率")),
                        tuple(Sign.REMOVED, What.LEVEL1, List.of("满意度")),
                        tuple(Sign.REMOVED, What.LEVEL2, List.of("满意度", "服务对象满意度")),
                        tuple(Sign.REMOVED, What.SLOT, List.of("满意度", "服务对象满意度", "[own]")),
                        tuple(Sign.REMOVED, What.ROW, List.of("满意度", "服务对象满意度", "群众满意度")));
    }

    @Test
    void basis_kind_unit_and_required_changes_are_each_one_line() {
        String after = BASE.replace(
                        "{name: 会议费控制率, target: ≤100%, kind: 定量, direction: 反向, unit: '%', basis: 计划标准}",
                        "{name: 会议费控制率, target: ≤100%, kind: 定量, direction: 反向, unit: '%', basis: 历史标准}")
                .replace(
                        "{name: 群众满意度, target: ≥95%, kind: 定量, direction: 正向, unit: '%'}",
                        "{name: 群众满意度, target: 满意, kind: 定性, direction: 正向}")
                .replace("    required: true\n", "");
        assertThat(diff(after))
                .extracting(Difference::what, Difference::before, Difference::after)
                .containsExactly(
                        tuple(What.REQUIRED, "true", "false"),
                        tuple(What.BASIS, "计划标准", "历史标准"),
                        tuple(What.TARGET, "≥95%", "满意"),
                        tuple(What.KIND, "定量", "定性"),
                        tuple(What.UNIT, "%", ""));
    }

    @Test
    void reordered_rows_are_reported_once_for_their_second_level() {
        String after = BASE.replace("{name: 公用经费控制率", "{name: TMP")
                .replace("{name: 会议费控制率", "{name: 公用经费控制率")
                .replace("{name: TMP", "{name: 会议费控制率");
        assertThat(diff(after))
                .extracting(Difference::what, Difference::path, Difference::before, Difference::after)
                .containsExactly(tuple(What.ORDER, List.of("运行成本", "公用经费控制"), "公用经费控制率、会议费控制率", "会议费控制率、公用经费控制率"));
    }

    @Test
    void a_row_renamed_but_drawn_from_the_same_library_entry_is_a_rename() {
        String before = BASE.replace("{name: 会议费控制率,", "{name: 会议费控制率, from: meeting-expense,");
        String after = before.replace("{name: 会议费控制率,", "{name: 会议费支出控制率,");
        List<Difference> d = TemplateDiff.between(template(before), template(after));
        assertThat(d)
                .extracting(Difference::what, Difference::before, Difference::after)
                .containsExactly(tuple(What.RENAMED, "会议费控制率", "会议费支出控制率"));
    }

    @Test
    void form_changes_name_the_table_and_the_columns() {
        String after = BASE.replace("columns: [指标值]", "columns: [前年, 上年, 指标值]")
                .replace("  bases:", "    - name: 长期\n      columns: [指标值]\n  bases:")
                .replace("bases: [计划标准, 历史标准]", "bases: [计划标准]");
        assertThat(diff(after))
                .extracting(Difference::sign, Difference::what, Difference::path, Difference::after)
                .containsExactly(
                        tuple(Sign.ADDED, What.COLUMN, List.of("年度", "前年"), "id: prev2 · type: target"),
                        tuple(Sign.ADDED, What.COLUMN, List.of("年度", "上年"), "id: prev1 · type: target"),
                        tuple(Sign.ADDED, What.TABLE, List.of("长期"), "指标值"),
                        tuple(Sign.CHANGED, What.BASES, List.of(), "计划标准"));
    }

    /** The project form's columns (a split 指标值, a choice, points, text), in place of BASE's bare 指标值. */
    private static final String PROJECT_COLUMNS = """
                  columns:
                    - {id: nature, header: 指标性质, type: choice, values: [正向, 反向]}
                    - id: target
                      header: 指标值
                      type: target
                      parts:
                        - {id: operator, header: 指标方向, type: operator}
                        - {id: number, header: 指标值, type: number}
                        - {id: unit, header: 计量单位, type: unit}
                    - {id: points, header: 分值, type: points}
                    - {id: remark, header: 备注}
            """;

    private static String withColumns(String columns) {
        return BASE.replace("      columns: [指标值]\n", columns);
    }

    @Test
    void a_columns_values_requirement_parts_and_header_changes_are_each_one_line_at_the_column() {
        String after = PROJECT_COLUMNS
                .replace("values: [正向, 反向]}", "values: [正向, 反向, 中性]}")
                .replace(
                        "{id: points, header: 分值, type: points}",
                        "{id: points, header: 分值, type: points, required: true}")
                .replace(
                        "{id: unit, header: 计量单位, type: unit}", "{id: unit, header: 计量单位, aliases: [度量单位], type: unit}")
                .replace("{id: remark, header: 备注}", "{id: remark, header: 说明}");
        List<Difference> differences =
                TemplateDiff.between(template(withColumns(PROJECT_COLUMNS)), template(withColumns(after)));
        assertThat(differences)
                .extracting(Difference::sign, Difference::what, Difference::path, Difference::before, Difference::after)
                .containsExactly(
                        tuple(Sign.CHANGED, What.COLUMN_VALUES, List.of("年度", "指标性质"), "正向、反向", "正向、反向、中性"),
                        tuple(Sign.CHANGED, What.COLUMN_ALIASES, List.of("年度", "指标值", "计量单位"), "", "度量单位"),
                        tuple(Sign.CHANGED, What.COLUMN_REQUIRED, List.of("年度", "分值"), "false", "true"),
                        tuple(Sign.CHANGED, What.COLUMN_HEADER, List.of("年度", "备注"), "备注", "说明"));
    }

    @Test
    void columns_added_removed_and_reordered_are_told_apart_by_id() {
        // 指标性质 moved to the end, 分值 dropped, 评(扣)分标准 added after 指标性质
        List<String> lines = new ArrayList<>(PROJECT_COLUMNS.lines().toList());
        String nature = lines.remove(1);
        lines.removeIf(l -> l.contains("id: points"));
        lines.add(nature);
        lines.add(nature.substring(0, nature.indexOf('-')) + "- {id: criteria, header: 评(扣)分标准, required: true}");
        String after = String.join("\n", lines) + "\n";
        List<Difference> differences =
                TemplateDiff.between(template(withColumns(PROJECT_COLUMNS)), template(withColumns(after)));
        assertThat(differences)
                .extracting(Difference::sign, Difference::what, Difference::path, Difference::before, Difference::after)
                .containsExactly(
                        tuple(
                                Sign.ADDED,
                                What.COLUMN,
                                List.of("年度", "评(扣)分标准"),
                                "",
                                "id: criteria · type: text · required"),
                        tuple(Sign.REMOVED, What.COLUMN, List.of("年度", "分值"), "id: points · type: points", ""),
                        tuple(Sign.CHANGED, What.COLUMN_ORDER, List.of("年度"), "指标性质、指标值、备注", "指标值、备注、指标性质"));
    }

    @Test
    void slot_bounds_and_rule_settings_are_compared() {
        String after = insertAfter(BASE.replace("min: 1", "min: 2"), "min: 2", "            max: 5")
                + "rules:\n  - rule: quantitative-share\n    params: {min: \"50\"}\n";
        assertThat(diff(after))
                .extracting(Difference::sign, Difference::what, Difference::before, Difference::after)
                .containsExactly(
                        tuple(Sign.ADDED, What.RULE, "", "min=50"),
                        tuple(Sign.CHANGED, What.SLOT_MIN, "1", "2"),
                        tuple(Sign.CHANGED, What.SLOT_MAX, "", "5"));
    }

    @Test
    void merge_puts_new_members_after_their_predecessor() {
        assertThat(Values.merge(List.of("a", "b", "c"), List.of("x", "a", "c", "y", "b")))
                .containsExactly("x", "a", "b", "c", "y");
    }
}
