package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every finding on a CSV form in its printed layout names the line and the printed column header,
 * {@code form.csv:12:指标值} (issue 14), per rule family: values, declared columns (指标性质, 分值),
 * the table's structure, and a whole table (a missing 一级) at the header row. The YAML and JSON
 * side is dsl's {@code FindingPlacesTest}.
 */
class CsvFindingPlacesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** 乌海's layout with its title and header block above the header row (line 3), one defect a row. */
    private static final String FORM = """
            某市2024年项目支出绩效目标表,,,,,,,,
            项目名称：测试项目,,,,,,,,
            一级指标,二级指标,三级指标,指标性质,指标方向,目标值,计量单位,分值,备注
            产出指标,数量指标,培训人次,正向,≥,100,人次,20,
            ,,培训人次,正向,≥,200,人次,10,
            ,质量指标,验收合格率,正方向,≥,95,%,10,
            ,时效指标,完成及时率,正向,≥,abc,%,五,
            ,成本指标,设备采购数量,反向,≥,12,台,10,
            ,数量X,设备数量,正向,≥,5,台,0,
            满意度指标,服务对象满意度指标,群众满意度,正向,,,,10,
            """;

    @TempDir
    Path dir;

    @Test
    void a_value_finding_names_the_cell_of_the_value_that_is_wrong() throws IOException {
        Run run = check(write("a.csv", FORM));

        assertThat(places(run, "target-syntax")).containsExactly("a.csv:7:目标值");
        assertThat(places(run, "missing-value")).containsExactly("a.csv:10:目标值");
        // the operator is what contradicts 反向: its own cell of the split 指标值
        assertThat(places(run, "nature-operator")).containsExactly("a.csv:8:指标方向");
    }

    @Test
    void a_unit_finding_names_the_unit_cell_of_the_split_value() throws IOException {
        Run run = check(write("u.csv", """
                某市2024年项目支出绩效目标表,,,,,,,,
                项目名称：测试项目,,,,,,,,
                一级指标,二级指标,三级指标,指标性质,指标方向,目标值,计量单位,分值,备注
                产出指标,数量指标,培训人次,正向,≥,100,,20,
                ,质量指标,验收合格率,正向,≥,95,%,10,
                """));

        // the unit left blank is its own cell of the split 指标值, not the number beside it
        assertThat(places(run, "missing-unit")).containsExactly("u.csv:4:计量单位");
    }

    @Test
    void a_declared_column_finding_names_that_column() throws IOException {
        Run run = check(write("a.csv", FORM));

        assertThat(places(run, "cell-choice")).containsExactly("a.csv:6:指标性质");
        assertThat(places(run, "cell-points")).containsExactly("a.csv:7:分值");
    }

    @Test
    void a_structure_finding_names_the_name_that_is_wrong() throws IOException {
        Run run = check(write("a.csv", FORM));

        assertThat(places(run, "unknown-level2")).containsExactly("a.csv:9:二级指标");
        assertThat(places(run, "duplicate-indicator")).containsExactly("a.csv:5:三级指标");
    }

    @Test
    void a_whole_table_finding_points_at_the_header_row_not_at_the_title() throws IOException {
        // the title on line 1 once named every cell of column A (“a.csv:4:某市2024年…”)
        Run run = check(write("a.csv", FORM));

        assertThat(places(run, "required-level1-empty")).containsExactly("a.csv:3:一级指标");
        assertThat(run.out()).doesNotContain("某市2024年项目支出绩效目标表:");
    }

    @Test
    void weights_per_level1_point_at_the_first_rows_points_cell() throws IOException {
        Path csv = write("b.csv", """
                一级指标,二级指标,三级指标,指标性质,指标方向,目标值,计量单位,分值,备注
                产出指标,数量指标,培训人次,正向,≥,100,人次,30,
                ,质量指标,验收合格率,正向,≥,95,%,21,
                效益指标,社会效益指标,群众知晓率,正向,≥,90,%,30,
                满意度指标,服务对象满意度指标,群众满意度,正向,≥,90,%,10,
                """);

        Run run = check(csv);

        assertThat(places(run, "points-per-level1")).containsExactly("b.csv:2:分值");
    }

    @Test
    void json_keeps_line_and_column_and_adds_the_header() throws IOException {
        Run run =
                Run.of("check", write("a.csv", FORM).toString(), "--template", "national/project", "--format", "json");

        JsonNode syntax = finding(JSON.readTree(run.out()), "target-syntax");
        assertThat(syntax.get("line").asInt()).isEqualTo(7);
        assertThat(syntax.get("column").asInt()).isEqualTo(6);
        assertThat(syntax.get("header").asString()).isEqualTo("目标值");
    }

    @Test
    void sarif_has_line_and_column_as_region_and_the_header_in_the_message() throws IOException {
        Run run =
                Run.of("check", write("a.csv", FORM).toString(), "--template", "national/project", "--format", "sarif");

        JsonNode result = null;
        for (JsonNode r : JSON.readTree(run.out()).get("runs").get(0).get("results")) {
            if (r.get("ruleId").asString().equals("target-syntax")) {
                result = r;
            }
        }
        assertThat(result).isNotNull();
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(7);
        assertThat(region.get("startColumn").asInt()).isEqualTo(6);
        assertThat(result.get("message").get("text").asString()).startsWith("目标值: ");
    }

    @Test
    void a_directory_checked_with_a_template_finds_its_csv_forms_and_names_their_cells() throws IOException {
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.writeString(forms.resolve("a.csv"), FORM);
        Files.writeString(forms.resolve("b.csv"), FORM);

        Run run = Run.of("check", forms.toString(), "--template", "national/project", "-q");

        assertThat(places(run, "target-syntax")).containsExactly("a.csv:7:目标值", "b.csv:7:目标值");
    }

    @Test
    void a_directory_checked_without_a_template_leaves_its_csv_files_alone() throws IOException {
        // a CSV names no template: without --template it is no form to read (a profiles CSV, say)
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.writeString(forms.resolve("a.csv"), FORM);

        Run run = Run.of("check", forms.toString(), "-q");

        assertThat(run.out()).doesNotContain("a.csv");
        assertThat(run.err()).doesNotContain("a.csv");
    }

    // ---- =健全: a qualitative row as split-layout forms print it ----

    @Test
    void an_equals_sign_in_the_operator_cell_of_a_qualitative_row_is_a_warning_at_that_cell() throws IOException {
        // 乌海 line 9: 指标方向 “=”, 目标值 “健全”
        Run run = check(copy("wuhai-2021.csv"));

        assertThat(run.code()).as(run.out()).isZero();
        assertThat(places(run, "target-syntax")).isEmpty();
        assertThat(places(run, "qualitative-operator")).containsExactly("wuhai-2021.csv:9:指标方向");
        assertThat(run.out()).contains("写“健全”即可");
    }

    @Test
    void an_order_operator_before_a_qualitative_value_stays_an_error() throws IOException {
        // “at least 健全” asks for a scale the value does not have
        Path csv = write("c.csv", """
                一级指标,二级指标,三级指标,指标性质,指标方向,目标值,计量单位,分值,备注
                效益指标,可持续影响指标,运维管理制度健全性,正向,≥,健全,,15,
                """);

        Run run = check(csv);

        assertThat(places(run, "target-syntax")).containsExactly("c.csv:2:目标值");
        assertThat(places(run, "qualitative-operator")).isEmpty();
        assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void the_equals_sign_and_the_level_come_back_in_their_own_cells() throws IOException {
        Path yaml = dir.resolve("w.yaml");
        Path back = dir.resolve("w.out.csv");

        Run read = Run.of(
                "convert", copy("wuhai-2021.csv").toString(), "--template", "national/project", "-o", yaml.toString());
        Run write = Run.of("convert", yaml.toString(), "-o", back.toString());

        assertThat(read.code()).as(read.err()).isZero();
        assertThat(write.code()).as(write.err()).isZero();
        assertThat(Files.readString(yaml)).contains("target: =健全");
        // the = in its own cell, kept as text the way spreadsheets open it (="="), and 健全 in the next
        assertThat(Files.readString(back)).contains(",运维管理制度健全性,正向,\"=\"\"=\"\"\",健全,,");
        Run again = Run.of("convert", back.toString(), "--template", "national/project", "--to", "yaml");
        assertThat(again.out()).contains("target: =健全");
    }

    // ---- the template's own fixed rows ----

    private static final String HUBEI = """
            指标表,一级指标,二级指标,三级指标,前年,上年,指标值,指标值确定依据,指标分类
            年度,满意度,联系部门满意度,联系部门满意度,≥95%,≥95%,≥95%,计划标准,绩效基本型
            年度,运行成本,公用经费控制,公用经费控制,≤100%,≤100%,≤100%,计划标准,绩效基本型
            """;

    @Test
    void a_fixed_row_of_the_template_printed_in_a_csv_gives_no_wording_finding() throws IOException {
        Run run = Run.of("check", write("h.csv", HUBEI).toString(), "--template", "hubei/department-overall");

        // 联系部门满意度 under 联系部门满意度 is the template's wording; the department's own copy is not
        assertThat(places(run, "name-equals-level2")).containsExactly("h.csv:3:三级指标");
    }

    @Test
    void a_fixed_row_read_from_a_csv_is_the_templates_row_again() throws IOException {
        Run run = Run.of(
                "convert", write("h.csv", HUBEI).toString(), "--template", "hubei/department-overall", "--to", "yaml");

        assertThat(run.code()).as(run.err()).isZero();
        String out = run.out();
        int own = out.indexOf("- level1: 运行成本");
        assertThat(out.substring(0, own)).contains("level3: 联系部门满意度", "origin: template");
        assertThat(out.substring(own)).contains("origin: person").doesNotContain("ref:");
    }

    // ---- helpers ----

    private static Run check(Path csv) {
        return Run.of("check", csv.toString(), "--template", "national/project");
    }

    /** Where the text findings of one code are, as {@code file:line:header} with the file's name only. */
    private static List<String> places(Run run, String code) {
        return Arrays.stream(run.out().split("\n"))
                .filter(line -> line.contains("[" + code + "]:"))
                .map(line -> line.substring(0, line.indexOf(": ")))
                .map(place -> place.substring(Math.max(place.lastIndexOf('/'), place.lastIndexOf('\\')) + 1))
                .toList();
    }

    private static JsonNode finding(JsonNode findings, String code) {
        for (JsonNode f : findings) {
            if (f.get("code").asString().equals(code)) {
                return f;
            }
        }
        throw new AssertionError("no " + code + " in " + findings);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = CsvFindingPlacesTest.class.getResourceAsStream("/layouts/" + name)) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }
}
