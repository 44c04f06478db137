package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Columns are data (issue 14): a column a template declares, with no Java written for it, shows in
 * the YAML, JSON and CSV a starter is written in, in the template's schema and the generic one, in
 * the docs, and is checked by its type at its own cell.
 */
class DeclaredColumnTest {

    private static final String TEMPLATE = """
            kind: template
            id: test/columns
            version: "1"
            title: 带自定义列的测试表
            scope: project
            form:
              tables:
                - name: 年度
                  title: 年度绩效指标
                  columns:
                    - 指标值
                    - id: difficulty
                      header: 难度
                      aliases: [实现难度]
                      type: choice
                      values: [高, 中, 低]
                      default: 中
                    - {id: evidence, header: 佐证材料, type: text}
            indicators:
              - name: 产出指标
                children:
                  - name: 数量指标
                    entries:
                      - name: 培训人次
                        target: ≥100人次
            """;

    @TempDir
    Path dir;

    Path template;

    @BeforeEach
    void writeTemplate() throws IOException {
        template = Files.writeString(dir.resolve("columns.yaml"), TEMPLATE);
    }

    @Test
    void a_declared_column_is_in_the_yaml_json_and_csv_of_a_starter() {
        Run yaml = Run.of("new", template.toString());
        Run json = Run.of("new", template.toString(), "--format", "json");
        Run csv = Run.of("new", template.toString(), "--format", "csv");
        assertThat(yaml.code()).as(yaml.err()).isZero();
        assertThat(yaml.out()).contains("difficulty: 中");
        assertThat(json.out()).contains("\"difficulty\" : \"中\"");
        assertThat(csv.out()).contains("一级指标,二级指标,三级指标,指标值,难度,佐证材料").contains("产出指标,数量指标,培训人次,≥100人次,中,");
    }

    @Test
    void a_declared_column_is_a_property_of_the_template_schema_and_allowed_by_the_generic_one() {
        Run specific = Run.of("schema", "--template", template.toString());
        Run generic = Run.of("schema", "declaration");
        assertThat(specific.code()).as(specific.err()).isZero();
        assertThat(specific.out()).contains("\"difficulty\"", "\"难度\"", "\"evidence\"", "\"佐证材料\"");
        assertThat(specific.out().replaceAll("\\s", "")).contains("\"enum\":[\"高\",\"中\",\"低\"]");
        assertThat(generic.out().replaceAll("\\s", ""))
                .contains("\"additionalProperties\":{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"number\"}]}");
    }

    @Test
    void a_column_a_templates_monitoring_form_declares_is_a_property_of_that_stages_schema() throws IOException {
        // given the test template whose monitoring form adds a column of its own, with no Java
        Path staged = Files.writeString(dir.resolve("staged.yaml"), TEMPLATE.replace("\nindicators:\n", """

                          stages:
                            - stage: monitoring
                              columns:
                                - {id: risk, header: 风险等级, type: choice, values: [低风险, 高风险]}
                        indicators:
                        """));
        // when
        Run monitoring = Run.of("schema", "--template", staged.toString(), "--stage", "monitoring");
        Run declaration = Run.of("schema", "--template", staged.toString());
        // then the stage's schema has it, with the declared columns, and the declaration's has not
        assertThat(monitoring.code()).as(monitoring.err()).isZero();
        assertThat(monitoring.out()).contains("\"risk\"", "\"风险等级\"", "\"difficulty\"", "\"evidence\"");
        assertThat(monitoring.out().replaceAll("\\s", "")).contains("\"enum\":[\"低风险\",\"高风险\"]");
        assertThat(declaration.out()).doesNotContain("\"risk\"");
    }

    @Test
    void a_declared_column_is_in_the_docs() throws IOException {
        Path catalogue = Files.createDirectories(dir.resolve("catalogue/templates/test"));
        Files.writeString(catalogue.resolve("columns.yaml"), TEMPLATE);
        Run docs = Run.of(
                "catalogue",
                "docs",
                "--catalogue",
                dir.resolve("catalogue").toString(),
                "-o",
                dir.resolve("site").toString());
        assertThat(docs.code()).as(docs.err()).isZero();
        try (var pages = Files.walk(dir.resolve("site"))) {
            String all = pages.filter(Files::isRegularFile)
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .reduce("", String::concat);
            assertThat(all).contains("难度", "佐证材料");
        }
        assertThat(Files.readString(dir.resolve("site/templates/test/columns@1.md")))
                .contains("### 年度绩效指标的列")
                .contains("| 难度 | `difficulty` | 选项 `choice` |  | 高、中、低 | 中 | 实现难度 |  |")
                .contains("| 佐证材料 | `evidence` | 文本 `text` |  |  |  |  |  |");
    }

    @Test
    void a_change_to_a_declared_column_is_a_line_of_catalogue_diff_at_the_column() throws IOException {
        Path changed = Files.writeString(
                dir.resolve("changed.yaml"),
                TEMPLATE.replace("values: [高, 中, 低]", "values: [高, 中, 低, 极高]")
                        .replace(
                                "{id: evidence, header: 佐证材料, type: text}",
                                "{id: evidence, header: 佐证材料, required: true}"));
        Run diff = Run.of("catalogue", "diff", template.toString(), changed.toString());
        assertThat(diff.code()).as(diff.err()).isEqualTo(CatalogueDiffCommand.DIFFERENT);
        assertThat(diff.out())
                .contains("~ 表格 年度 › 难度  可选值改变：高、中、低 → 高、中、低、极高\n")
                .contains("~ 表格 年度 › 佐证材料  必填改变：否 → 是\n");
    }

    @Test
    void a_value_outside_a_declared_choice_is_found_at_its_own_line_and_a_csv_reads_by_the_alias() throws IOException {
        Path declaration = Files.writeString(dir.resolve("d.yaml"), """
                kind: declaration
                template: test/columns@1
                tables:
                  - name: 年度
                    rows:
                      - level1: 产出指标
                        level2: 数量指标
                        level3: 培训人次
                        target: ≥100人次
                        difficulty: 特高
                """);
        Run check = Run.of("check", declaration.toString(), "--template", template.toString());
        assertThat(check.out()).contains("d.yaml:10:21: warning[cell-choice]");

        Path csv = Files.writeString(dir.resolve("f.csv"), """
                一级指标,二级指标,三级指标,指标值,实现难度,佐证材料
                产出指标,数量指标,培训人次,≥100人次,高,培训签到表
                """);
        Run read = Run.of("convert", csv.toString(), "--template", template.toString(), "--to", "yaml");
        assertThat(read.code()).as(read.err()).isZero();
        assertThat(read.out()).contains("difficulty: 高", "evidence: 培训签到表");
    }
}
