package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueDiffCommandTest {

    @TempDir
    Path dir;

    @Test
    void jiangsu_public_security_adds_the_police_benefit_and_satisfaction_rows() {
        // when
        Run run = Run.of("catalogue", "diff", "jiangsu/department-overall", "jiangsu/public-security");
        // then
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines())
                .startsWith(
                        "--- jiangsu/department-overall@2024.1",
                        "+++ jiangsu/public-security@2024.1",
                        "~ 模板  模板标题改变：市级部门整体预算绩效目标表 → 市级部门整体预算绩效目标表（公安）",
                        "~ 模板  指标库改变：common → common、police");
        assertThat(run.out().lines())
                .contains(
                        "+ 效益 › 社会效益 › 命案破案率  新增槽位默认三级指标（≥90%）",
                        "+ 效益 › 社会效益 › 苏州市移动上网用户电信诈骗拦截覆盖率  新增槽位默认三级指标（≥100%）",
                        "+ 效益 › 可持续影响 › 跨区域、多警种联动机制健全性  新增槽位默认三级指标（健全）",
                        "- 满意度 › 服务对象满意度 › 服务对象满意度  删除槽位默认三级指标（≥90%）",
                        "+ 满意度 › 服务对象满意度 › 政务服务满意度  新增槽位默认三级指标（≥98%）");
        // the 决策/过程 rows are common to both: nothing reported there
        assertThat(run.out()).doesNotContain("决策", "过程 ›");
    }

    @Test
    void hubei_public_security_fills_the_core_output_and_effect_slots() {
        Run run = Run.of("catalogue", "diff", "hubei/department-overall@2024.1", "hubei/public-security@2024.1");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines())
                .contains(
                        "+ 履职效能 › 核心业务产出{n} › 出警率  新增槽位默认三级指标（=100%）",
                        "+ 履职效能 › 核心业务产出{n} › 群体性事件成功处置率  新增槽位默认三级指标（=100%）",
                        "+ 履职效能 › 核心业务产出{n} › 重点人口管控率  新增槽位默认三级指标（=100%）",
                        "+ 社会效应 › 经济效益 › 优化营商环境  新增槽位默认三级指标（定性）",
                        "+ 可持续发展能力 › 体制机制改革 › 服务体制改革成效  新增槽位默认三级指标（公安服务质量逐步提升）");
        assertThat(run.out()).doesNotContain("运行成本", "管理效率");
    }

    @Test
    void a_template_file_with_a_tightened_and_a_loosened_target_against_its_parent() throws IOException {
        // given
        Path child = write("tight.yaml", """
                kind: template
                id: test/tightened
                version: "1"
                extends: hubei/department-overall@2024.1
                override:
                  - path: 满意度/服务对象满意度/群众满意度
                    target: ≥98%
                  - path: 运行成本/在职人员控制/在职人员控制率
                    target: ≤105%
                """);
        // when
        Run zh = Run.of("catalogue", "diff", "hubei/department-overall", child.toString());
        Run en = Run.of("catalogue", "diff", "hubei/department-overall", child.toString(), "--lang", "en");
        // then
        assertThat(zh.code()).as(zh.err()).isEqualTo(1);
        assertThat(zh.out()).isEqualTo("""
                --- hubei/department-overall@2024.1
                +++ test/tightened@1
                ~ 运行成本 › 在职人员控制 › 在职人员控制率  指标值放宽：≤100% → ≤105%
                ~ 满意度 › 服务对象满意度 › 群众满意度  指标值收紧：≥95% → ≥98%
                """);
        assertThat(en.out())
                .contains(
                        "~ 运行成本 › 在职人员控制 › 在职人员控制率  target loosened: ≤100% → ≤105%",
                        "~ 满意度 › 服务对象满意度 › 群众满意度  target tightened: ≥95% → ≥98%");
    }

    @Test
    void a_template_against_itself_prints_nothing_and_exits_zero() {
        Run run = Run.of("catalogue", "diff", "national/project", "national/project@2020.1");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void the_101_framework_promotes_cost_to_a_first_level() {
        Run run = Run.of("catalogue", "diff", "national/project", "national/project-101", "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines())
                .contains(
                        "+ 成本指标  added level-1 indicator",
                        "~ 产出指标  weight changed: 50 → 40",
                        "- 产出指标 › 成本指标  removed level-2 indicator");
    }

    @Test
    void an_unknown_template_is_unusable_input_with_a_suggestion() {
        Run run = Run.of("catalogue", "diff", "hubei/department-overal", "hubei/public-security");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown-template", "hubei/department-overall");
    }

    @Test
    void a_missing_template_file_is_unusable_input() {
        Run run = Run.of("catalogue", "diff", dir.resolve("nope.yaml").toString(), "hubei/public-security");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
