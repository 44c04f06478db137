package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * The rules on template-declared columns (issue 14): each finds its case at the value's own line
 * and column, and stays silent where the table has no such column.
 */
class ColumnRulesTest {

    private static final String TEMPLATE = """
            kind: template
            id: test/project
            version: "1"
            scope: project
            form:
              tables:
                - name: 年度
                  columns:
                    - {id: kind, header: 指标值类型, type: choice, values: [定量, 定性]}
                    - {id: nature, header: 指标性质, type: choice, values: [正向, 反向]}
                    - 指标值
                    - {id: points, header: 分值, type: points}
                    - {id: criteria, header: 评(扣)分标准, type: text}
                    - {id: evidence, header: 佐证材料, type: text, required: true}
            indicators:
              - name: 产出指标
                weight: 50
                children:
                  - name: 数量指标
                    entries:
                      - {name: 培训人次, target: ≥100人次}
              - name: 效益指标
                weight: 30
                children:
                  - name: 社会效益指标
                    entries:
                      - {name: 知晓率, target: ≥90%}
            """;

    /** Two rows that break every column rule once, each value on its own line. */
    private static final String DECLARATION = """
            kind: declaration
            template: test/project@1
            tables:
              - name: 年度
                rows:
                  - level1: 产出指标
                    level2: 数量指标
                    level3: 培训人次
                    target: ≤100人次
                    kind: 定性
                    nature: 正向
                    points: 五十
                    criteria: 未达指标值酌情扣分
                    evidence: 签到表
                    colour: 红
                  - level1: 效益指标
                    level2: 社会效益指标
                    level3: 知晓率
                    target: ≥90%
                    nature: 正
                    points: 31
            """;

    @Test
    void each_column_rule_reports_at_the_value_it_is_about() {
        List<String> found = check(TEMPLATE, DECLARATION).stream()
                .filter(d -> d.code().startsWith("cell-")
                        || List.of(
                                        "unknown-column",
                                        "value-type-mismatch",
                                        "nature-operator",
                                        "generic-criteria",
                                        "points-per-level1")
                                .contains(d.code()))
                .map(d -> d.code() + "@" + d.position().line() + ":"
                        + d.position().column())
                .toList();
        assertThat(found)
                .containsExactlyInAnyOrder(
                        "value-type-mismatch@9:17", // 定性 with ≤100人次
                        "nature-operator@9:17", // 正向 with ≤
                        "cell-points@12:17", // 五十 is not a number
                        "generic-criteria@13:19", // 酌情扣分
                        "unknown-column@15:17", // colour is no column of 年度
                        "cell-choice@20:17", // 正 is not 正向 or 反向
                        "cell-required@16:9", // the second row has no 佐证材料: at the row
                        "points-per-level1@21:17"); // 31 where 效益指标 is worth 30
    }

    @Test
    void a_rule_about_a_column_the_table_lacks_never_runs() {
        String without = TEMPLATE.replaceAll("(?m)^ +- \\{id: (kind|nature|points|criteria|evidence),.*\\n", "");
        List<String> codes = check(without, DECLARATION.replace("                colour: 红\n", "")).stream()
                .map(Diagnostic::code)
                .toList();
        assertThat(codes)
                .doesNotContain(
                        "value-type-mismatch",
                        "nature-operator",
                        "cell-points",
                        "generic-criteria",
                        "cell-choice",
                        "cell-required",
                        "points-per-level1");
        assertThat(codes).contains("unknown-column"); // kind, nature … are now keys the table has no column for
    }

    private static List<Diagnostic> check(String template, String declaration) {
        Template t = Documents.read("t.yaml", template.getBytes(StandardCharsets.UTF_8), Template.class)
                .value();
        Declaration d = Documents.read("d.yaml", declaration.getBytes(StandardCharsets.UTF_8), Declaration.class)
                .value();
        assertThat(t).isNotNull();
        assertThat(d).isNotNull();
        return Checker.check(t, d);
    }
}
