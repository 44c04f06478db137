package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two seed declarations, entered as the filled YAML a department hands in
 * ({@code src/test/resources/seeds}), checked against the built-in templates. Every finding is
 * asserted; each is one a finance reviewer would agree with (see the closing note).
 */
class SeedCheckTest {

    private static List<String> findings(String file) {
        Run run = Run.of("check", "--format", "json", "src/test/resources/seeds/" + file);
        JsonNode array = JsonMapper.builder().build().readTree(run.out());
        return array.valueStream()
                .map(d -> d.get("line").asInt() + " " + d.get("severity").asString() + "["
                        + d.get("code").asString() + "] " + d.get("path").asString())
                .toList();
    }

    @Test
    void ezhou_2024_has_no_errors_and_the_warnings_a_reviewer_would_raise() {
        Run run = Run.of("check", "src/test/resources/seeds/ezhou-2024.yaml");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(findings("ezhou-2024.yaml"))
                .containsExactly(
                        // issue 14: at the 合计 line's prev2 value, not the line
                        "96 warning[funds-history] 支出构成 › 合计",
                        // issue 14: the seed's 长期 table is its 年度 table, row for row
                        "172 warning[tables-identical] 长期",
                        "404 warning[placeholder] 长期 › 社会效应 › 经济效益 › 优化营商环境",
                        "412 warning[placeholder] 长期 › 社会效应 › 社会效益 › 维护社会稳定",
                        "420 warning[placeholder] 长期 › 社会效应 › 生态效益 › 打击生态环境犯罪，保护长江流域生态环境安全",
                        "468 warning[sentence] 长期 › 可持续发展能力 › 科技支撑 › 信息化建设情况",
                        "497 info[history-unchanged] 年度",
                        "785 warning[placeholder] 年度 › 社会效应 › 经济效益 › 优化营商环境",
                        "795 warning[placeholder] 年度 › 社会效应 › 社会效益 › 维护社会稳定",
                        "805 warning[placeholder] 年度 › 社会效应 › 生态效益 › 打击生态环境犯罪，保护长江流域生态环境安全",
                        "865 warning[sentence] 年度 › 可持续发展能力 › 科技支撑 › 信息化建设情况");
        // issue 14: 联系部门满意度 › 联系部门满意度 is the template's own row, so no name-equals-level2
        assertThat(Run.of("check", "--strict", "src/test/resources/seeds/ezhou-2024.yaml")
                        .code())
                .isEqualTo(ExitCode.FINDINGS);
    }

    @Test
    void
            suzhou_2024_has_four_uncovered_functions_copied_key_work_a_partial_project_list_and_two_non_satisfaction_rows() {
        Run run = Run.of("check", "src/test/resources/seeds/suzhou-2024.yaml");
        assertThat(run.code()).as(run.out()).isZero();
        List<String> found = findings("suzhou-2024.yaml");
        assertThat(found).hasSize(10);
        assertThat(found.subList(0, 4)).allMatch(f -> f.contains("warning[function-uncovered] 职能 › "));
        assertThat(found.get(0)).contains("掌握影响稳定");
        assertThat(found.get(1)).contains("出入境事务");
        assertThat(found.get(2)).contains("公共信息网络安全保护");
        assertThat(found.get(3)).contains("公安队伍监督管理");
        // issue 14: the listed projects cover part of 项目支出 (current year and half year)
        // at the 项目支出 line's amount and halfYear values
        assertThat(found.subList(4, 6))
                .containsExactly("177 info[projects-partial] 项目支出", "179 info[projects-partial] 项目支出");
        // issue 14: the 警务保障 key work copies its function's text
        assertThat(found.subList(6, 8))
                .allMatch(f -> f.contains("warning[key-work-equals-function] 履职 › 履职 › 制定全市公安机关装备"));
        // issue 14: under 满意度, not satisfaction; the template made 抓拍功能准确率 定性, so
        // rate-not-quantitative (whose ≥95% hint would be a kind-mismatch) no longer reports it
        assertThat(found.subList(8, 10))
                .containsExactly(
                        "889 warning[not-satisfaction] 效益 › 满意度 › 服务对象满意度 › 违法停车、实线变道违法行为抓拍功能准确率",
                        "898 warning[not-satisfaction] 效益 › 满意度 › 服务对象满意度 › 文明交通指数");
    }
}
