package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * Every finding of every built-in rule points at the cell it is about (issue 14): a finding about a
 * value at that value's own line and column, a finding about something missing at the row, table or
 * block it is missing from. One case per rule code: the declaration it is found in and, for each
 * finding, a marked place ({@code ^}) in that declaration's text. A rule without a case fails the
 * test, so a new rule must say where its findings land.
 */
class FindingPlacesTest {

    // ---- templates ----

    /** Hubei's shape: 长期 and 年度 tables, history columns, bases, categories, funds and projects. */
    private static final String HUBEI = """
            kind: template
            id: test/h
            version: "1"
            form:
              tables:
                - name: 长期
                  columns: [指标值]
                - name: 年度
                  columns: [前年, 上年, 指标值]
              projectCategories: [常年性项目, 一次性项目]
              horizon: 2
            indicators:
              - name: 产出
                required: true
                children:
                  - name: 数量
                    entries:
                      - {name: 培训人次, target: ≥100人次}
                  - name: 时效
                    entries:
                      - {name: 办结时限, target: ≤15天}
              - name: 效益
                required: true
                children:
                  - name: 社会效益
                    entries:
                      - {name: 知晓率, target: ≥90%}
              - name: 满意度
                children:
                  - name: 服务对象满意度
                    entries:
                      - {name: 群众满意度, target: ≥90%}
            rules:
              - rule: unit-not-allowed
                params: {units: "%, 人次, 次, 天, 万元, 万元/人"}
            """;

    /** Jiangsu's shape: 履职 rows under one 二级 per function, with 重点工作, half-year and full-year. */
    private static final String JIANGSU = """
            kind: template
            id: test/j
            version: "1"
            form:
              tables:
                - name: 共性
                  columns: [半年指标值, 全年指标值]
                  level1: [决策]
                - name: 履职
                  columns: [半年指标值, 全年指标值]
                  keyWork: true
                  level1: [履职]
                - name: 效益
                  columns: [全年指标值]
                  level1: [效益]
            indicators:
              - name: 决策
                children:
                  - name: 计划制定
                    entries:
                      - {name: 工作计划健全性, target: 健全}
              - name: 履职
                children:
                  - name: "{职能}"
                    entries:
                      - slot: duty
                        min: 1
            """;

    /** A project form with declared columns and weights. */
    private static final String PROJECT = """
            kind: template
            id: test/p
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
                    - {id: count, header: 数量, type: number}
                    - {id: floor, header: 底线值, type: target}
                    - {id: criteria, header: 评(扣)分标准, type: text}
                    - {id: evidence, header: 佐证材料, type: text, required: true}
            indicators:
              - name: 产出指标
                weight: 50
                children:
                  - name: 数量指标
                    entries:
                      - {name: 培训人次, target: ≥100人次, weight: 0}
            rules:
              - rule: weights
                params: {total: "100"}
            """;

    // ---- declarations ----

    private static final Map<String, String> DECLARATIONS = new LinkedHashMap<>();

    static {
        DECLARATIONS.put("h", """
                kind: declaration
                template: test/h@1
                year: 2024
                unit: 万元
                funds:
                  income:
                    items:
                      - name: 财政拨款
                        amount: 100
                        share: 60
                        prev1: 10
                        halfYear: 5
                      - name: 单位资金
                        amount: 50
                        share: 30
                        prev1: 10
                        halfYear: 5
                    total:
                      name: 收入合计
                      amount: 160
                      share: 100
                      prev1: 30
                  expenditure:
                    items:
                      - name: 人员类项目支出
                        amount: 150
                      - name: 项目支出
                        amount: 15
                        halfYear: 1
                    total:
                      name: 支出合计
                      amount: 165
                projects:
                  - name: 项目甲
                    category: 常年项目
                    total: 10
                    currentYear: 20
                    halfYear: 30
                goals:
                  until: 2025
                tables:
                  - name: 长期
                    rows:
                      - level1: 产出
                        level2: 数量
                        level3: 培训人次
                        target: ≥100人次
                        basis: 计划标准
                        category: 绩效基本型
                      - level1: 产出
                        level2: 数量
                        level3: 只在长期的指标
                        target: ≥1次
                        prev1: ≥2次
                        basis: 计划标准
                        category: 绩效基本型
                  - name: 中期
                    rows: []
                  - name: 年度
                    rows:
                      - level1: 不存在
                        level2: 数量
                        level3: 一级错了
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥2次
                        basis: 计划
                        category: 基本型
                      - level1: 产出
                        level2: 质量X
                        level3: 二级错了
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥3次
                        basis: 计划标准
                        category: 绩效基本型
                      - level1: 产出
                        level2: 数量
                        level3: 培训人数
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥4次
                      - level1: 产出
                        level2: 数量
                        level3: ""
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥5次
                      - level1: 产出
                        level2: 数量
                        level3: 数量
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥6次
                      - level1: 产出
                        level2: 数量
                        level3: 培训人数
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥7次
                      - level1: 产出
                        level2: 数量
                        level3: 缺指标值
                        prev2: ≥1次
                        prev1: ≥1次
                      - level1: 产出
                        level2: 数量
                        level3: 写错的值
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥≥8次
                      - level1: 产出
                        level2: 数量
                        level3: 定性带数字
                        prev2: ≥1次
                        prev1: ≥1次
                        target: 完成≥9次培训
                      - level1: 产出
                        level2: 数量
                        level3: 占位
                        prev2: ≥1次
                        prev1: ≥1次
                        target: XX
                      - level1: 产出
                        level2: 数量
                        slot: core
                        origin: todo
                      - level1: 产出
                        level2: 数量
                        level3: 句子
                        prev2: ≥1次
                        prev1: ≥1次
                        target: 按时完成全年各项工作任务并确保各项指标达到预期目标。
                      - level1: 产出
                        level2: 数量
                        level3: 培训人次
                        prev2: ≥1次
                        prev1: ≥1次
                        target: 健全
                      - level1: 效益
                        level2: 社会效益
                        level3: 知晓率
                        prev2: ≥1%
                        prev1: ≥1%
                        target: 实现
                      - level1: 产出
                        level2: 数量
                        level3: 漏运算符
                        prev2: ≥1次
                        prev1: ≥1次
                        target: 10次
                      - level1: 产出
                        level2: 数量
                        level3: 漏单位
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥11
                      - level1: 产出
                        level2: 数量
                        level3: 培训人次
                        prev2: ≥100人次
                        prev1: ≥100人次
                        target: ≥120个
                      - level1: 效益
                        level2: 社会效益
                        level3: 下降比例
                        prev2: ≥1%
                        prev1: ≥1%
                        target: =-5%
                      - level1: 效益
                        level2: 社会效益
                        level3: 宣传覆盖率
                        prev2: ≥1%
                        prev1: ≥1%
                        target: ≥120%
                      - level1: 效益
                        level2: 社会效益
                        level3: 检验合格率
                        prev2: ≥1%
                        prev1: ≥1%
                        target: ≥100%
                      - level1: 满意度
                        level2: 服务对象满意度
                        level3: 群众满意度
                        prev2: ≥91%
                        prev1: ≥92%
                        target: ≤70%
                      - level1: 产出
                        level2: 时效
                        level3: 办结时限
                        prev2: ≤15天
                        prev1: ≤15天
                        target: 44561
                      - level1: 效益
                        level2: 社会效益
                        level3: 设备在线率
                        prev2: ≥1%
                        prev1: ≥1%
                        target: ≥0.97%
                      - level1: 效益
                        level2: 社会效益
                        level3: 管理制度健全性
                        prev2: ≥1%
                        prev1: ≥1%
                        target: =健全
                      - level1: 效益
                        level2: 社会效益
                        level3: 治安环境
                        prev2: ≥1%
                        prev1: ≥1%
                        target: 逐步提升
                      - level1: 产出
                        level2: 成本
                        level3: 人均成本
                        prev2: ≤1万元/人
                        prev1: ≤1万元/人
                        target: =0万元/人
                      - level1: 产出
                        level2: 数量
                        level3: 培训次数
                        prev2: ≥1次
                        prev1: ≥1次
                        target: =0次
                      - level1: 产出
                        level2: 数量
                        level3: 演出场次
                        prev2: ≥1次
                        prev1: ≥1次
                        target: ≥3场
                      - level1: 产出
                        level2: 成本
                        level3: 建设成本
                        prev2: ≤1万元
                        prev1: ≤1万元
                        target: ≤500万元
                      - level1: 满意度
                        level2: 服务对象满意度
                        level3: 文明交通指数
                        prev2: ≥1分
                        prev1: ≥1分
                        target: ≥90分
                      - level1: 产出
                        level2: 数量
                        level3: 重点人员走访人次
                        prev2: ≥1人次
                        prev1: ≥1人次
                        target: ≥12人次
                      - level1: 产出
                        level2: 数量
                        level3: 重点人员走访户次
                        prev2: ≥1人次
                        prev1: ≥1人次
                        target: ≥13人次
                """);
        DECLARATIONS.put("h2", """
                kind: declaration
                template: test/h@1
                year: 2024
                funds:
                  income:
                    items:
                      - name: 财政拨款
                        amount: 100
                    total:
                      name: 收入合计
                      amount: 100
                  expenditure:
                    items:
                      - name: 项目支出
                        amount: 100
                        halfYear: 40
                    total:
                      name: 支出合计
                      amount: 100
                      halfYear: 40
                projects:
                  - name: 项目乙
                    currentYear: 30
                    halfYear: 10
                goals:
                  until: 2024
                tables:
                  - name: 长期
                    rows:
                      - level1: 产出
                        level2: 数量
                        level3: 培训人次
                        target: 健全
                  - name: 年度
                    rows:
                      - level1: 产出
                        level2: 数量
                        level3: 培训人次
                        prev2: 健全
                        prev1: 健全
                        target: 健全
                """);
        DECLARATIONS.put("e", """
                kind: declaration
                template: test/h@1
                tables:
                  - name: 长期
                    rows:
                      - level1: 产出
                        level2: 数量
                        level3: 培训人次
                        target: ≥100人次
                        basis: 计划标准
                        category: 绩效基本型
                  - name: 年度
                    rows:
                      - level1: 产出
                        level2: 数量
                        level3: 培训人次
                        prev2: ≥100人次
                        prev1: ≥100人次
                        target: ≥100人次
                        basis: 计划
                        category: 基本型
                      - level1: 产出
                        level2: 数量
                        level3: 培训人数
                        prev2: ≥1人次
                        prev1: ≥1人次
                        target: ≥2人次
                """);
        DECLARATIONS.put("p2", """
                kind: declaration
                template: test/p@1
                tables:
                  - name: 年度
                    rows:
                      - level1: 产出指标
                        level2: 数量指标
                        level3: 培训人次
                        target: ≥100人次
                        points: 40
                        evidence: 签到表
                """);
        DECLARATIONS.put("j", """
                kind: declaration
                template: test/j@1
                year: 2024
                functions:
                  - name: 治安管理
                    keyWork: 巡逻防控
                  - name: 出入境管理
                funds:
                  expenditure:
                    items:
                      - name: 基本支出
                        amount: 10
                        halfYear: 12
                    total:
                      name: 支出合计
                      amount: 10
                      halfYear: 12
                tables:
                  - name: 共性
                    rows:
                      - level1: 履职
                        level2: 治安管理
                        keyWork: 巡逻
                        level3: 放错表的行
                        halfYear: ≥1次
                        fullYear: ≥2次
                  - name: 履职
                    rows:
                      - level1: 履职
                        level2: 治安管理
                        keyWork: 治安管理
                        level3: 巡逻次数
                        halfYear: ≥5次
                        fullYear: ≤4次
                      - level1: 履职
                        level2: 治安管理
                        level3: 缺重点工作
                        halfYear: ≥1次
                        fullYear: ≥2次
                """);
        DECLARATIONS.put("p", """
                kind: declaration
                template: test/p@1
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
                        count: 三
                        floor: ≥≥1
                        criteria: 未达指标值酌情扣分
                        colour: 红
                      - level1: 产出指标
                        level2: 数量指标
                        level3: 培训场次
                        target: ≥3次
                        nature: 正
                        points: 31
                        evidence: 签到表
                """);
    }

    /**
     * The templates the declarations are checked against, by declaration. {@code e} is the Hubei
     * template with the form's lists of bases and categories, which the other Hubei cases leave out
     * so that each of their rows is not also a blank-basis finding.
     */
    private static String template(String declaration) {
        return switch (declaration) {
            case "j" -> JIANGSU;
            case "p", "p2" -> PROJECT;
            case "e" -> HUBEI.replace("  horizon: 2\n", """
                      horizon: 2
                      bases: [计划标准, 行业标准]
                      categories: [绩效基本型]
                    """);
            default -> HUBEI;
        };
    }

    /**
     * Where a rule's findings land in one declaration: each place is a text that occurs once in it,
     * with {@code ^} at the finding's column; {@code row:TEXT} is the row holding that line (a
     * finding about a value the row lacks); {@code t:} marks a place in the template.
     */
    private record Case(String code, String declaration, List<String> places) {}

    private static Case at(String code, String declaration, String... places) {
        return new Case(code, declaration, List.of(places));
    }

    private static final List<Case> CASES = List.of(
            // the framework (FrameworkRules): the name that is wrong, or the table or declaration a thing is missing
            // from
            at("unknown-table", "h", "- name: ^中期"),
            at("missing-table", "j", "^kind: declaration"),
            at("unknown-level1", "h", "level1: ^不存在"),
            at("level1-not-in-table", "j", "level1: ^履职\n        level2: 治安管理\n        keyWork: 巡逻\n"),
            at(
                    "unknown-level2",
                    "h",
                    "level2: ^质量X",
                    "level2: ^成本\n        level3: 人均成本",
                    "level2: ^成本\n        level3: 建设成本"),
            at("required-level1-empty", "h2", "- ^name: 长期", "- ^name: 年度"),
            at(
                    "missing-row",
                    "h2",
                    "- ^name: 长期",
                    "- ^name: 长期",
                    "- ^name: 长期",
                    "- ^name: 年度",
                    "- ^name: 年度",
                    "- ^name: 年度"),
            at("not-in-template", "e", "level3: ^培训人数"),
            // 三级 names (NameRules)
            at("empty-name", "h", "level3: ^\"\""),
            at("name-equals-level2", "h", "level3: ^数量"),
            at(
                    "duplicate-indicator",
                    "h",
                    "level3: ^培训人数\n        prev2: ≥1次\n        prev1: ≥1次\n" + "        target: ≥7次",
                    "level3: ^培训人次\n        prev2: ≥100人次"),
            // values (ValueRules, KindRules, JudgementRules, DefectRules): the value's own cell
            at("missing-value", "h", "row:level3: 缺指标值"),
            at("column-not-in-form", "h", "prev1: ^≥2次"),
            at("target-syntax", "h", "target: ^≥≥8次"),
            at("qualitative-with-number", "h", "target: ^完成≥9次培训"),
            at("placeholder", "h", "target: ^XX"),
            at("qualitative-operator", "h", "target: ^=健全"),
            at("todo-row", "h", "row:slot: core"),
            at("sentence", "h", "target: ^按时完成"),
            at("kind-mismatch", "h", "target: ^健全", "target: ^实现"),
            at("rate-not-quantitative", "h", "target: ^实现"),
            at("missing-operator", "h", "target: ^10次", "target: ^44561"),
            at("missing-unit", "h", "target: ^≥11", "target: ^44561"),
            at("unit-mismatch", "h", "level3: 培训人次\n        prev2: ^≥1次", "target: ^≥120个"),
            at("percent-range", "h", "target: ^=-5%"),
            at("rate-above-100", "h", "target: ^≥120%"),
            at("rate-at-least-100", "h", "target: ^≥100%"),
            at("direction-operator", "h", "target: ^≤70%"),
            at("excel-date", "h", "target: ^44561"),
            at("weaker-than-template", "h", "target: ^≤70%"),
            at("rate-below-1", "h", "target: ^≥0.97%"),
            at("vague-value", "h", "target: ^逐步提升"),
            at("zero-cost", "h", "target: ^=0万元/人"),
            at("zero-count", "h", "target: ^=0次"),
            at("unit-not-allowed", "h", "target: ^≥120个", "target: ^≥3场", "prev2: ^≥1分", "target: ^≥90分"),
            at("cost-over-budget", "h", "target: ^≤500万元"),
            at("satisfaction-target", "h", "target: ^≤70%"),
            at("satisfaction-missing", "h2", "- ^name: 长期"),
            // half-year against full-year (PeriodRules): the half-year value
            at("half-year-operator", "j", "halfYear: ^≥5次"),
            at("half-year-exceeds", "j", "halfYear: ^≥5次"),
            // the form's lists (EnumRules): the value, or the row when it has none
            at("bad-basis", "e", "basis: ^计划\n", "row:level3: 培训人数"),
            at("bad-category", "e", "category: ^基本型", "row:level3: 培训人数"),
            at("project-category", "h", "category: ^常年项目"),
            at("project-category", "h2", "- ^name: 项目乙"),
            // declared columns (ColumnRules)
            at("cell-choice", "p", "nature: ^正\n"),
            at("cell-number", "p", "count: ^三"),
            at("cell-points", "p", "points: ^五十"),
            at("cell-target", "p", "floor: ^≥≥1"),
            at("cell-required", "p", "row:level3: 培训人次"),
            at("unknown-column", "p", "colour: ^红"),
            at("value-type-mismatch", "p", "target: ^≤100人次"),
            at("nature-operator", "p", "target: ^≤100人次"),
            at("generic-criteria", "p", "criteria: ^未达"),
            at("points-per-level1", "p2", "points: ^40"),
            // shares and weights (ShareRules): the table; the template's weights where the template writes them
            at("quantitative-share", "h2", "- ^name: 长期", "- ^name: 年度"),
            at("weights", "p", "t:^kind: template", "t:- ^name: 产出指标", "t:- ^{name: 培训人次"),
            // funds (FundsRules, ProjectRules): the amount, share or half-year cell; a blank total at its line
            at("funds-sum", "h", "amount: ^160"),
            at("funds-history", "h", "prev1: ^30"),
            at("funds-balance", "h", "amount: ^165"),
            at("funds-share", "h", "share: ^60", "share: ^30", "share: ^100"),
            at("funds-total-missing", "h", "  ^name: 收入合计", "  ^name: 支出合计"),
            at("funds-half-year", "h", "halfYear: ^30"),
            at("funds-half-year", "j", "halfYear: ^12\n    total", "halfYear: ^12\ntables"),
            at("project-budget", "h", "currentYear: ^20"),
            at("projects-within-total", "h", "amount: ^15\n", "halfYear: ^1\n"),
            at("projects-partial", "h2", "amount: ^100\n        halfYear: 40", "halfYear: ^40\n    total"),
            // 职能 and 重点工作 (FunctionRules, CopyRules)
            at("function-uncovered", "j", "- name: ^出入境管理"),
            at("key-work-missing", "j", "row:level3: 缺重点工作"),
            at("key-work-empty", "j", "keyWork: ^巡逻防控"),
            at("key-work-equals-function", "j", "keyWork: ^治安管理"),
            // tables side by side, goals, copies (CoverageRules, GoalRules, CopyRules)
            at("table-coverage", "e", "level3: ^培训人数"),
            at("history-unchanged", "h2", "- ^name: 年度"),
            at("goals-deadline", "h2", "until: ^2024"),
            at("goals-horizon", "h", "until: ^2025"),
            at("tables-identical", "h2", "- ^name: 长期"),
            at("not-satisfaction", "h", "level3: ^文明交通指数"),
            at("near-duplicate", "h", "level3: ^重点人员走访户次"));

    /**
     * The stage rules (issue 16) run on monitoring and self-evaluation documents; where their
     * findings land is asserted in cli's {@code Issue16StageFormsTest}, which builds those documents.
     */
    private static final Set<String> STAGE_RULES_PLACED_IN_CLI = Set.of(
            "actual-missing",
            "execution-behind-pace",
            "likelihood-without-reason",
            "progress-above-year",
            "progress-past-ceiling",
            "score-above-points",
            "score-by-hand",
            "score-disagrees",
            "score-outside-band",
            "shortfall-without-reason");

    @Test
    void every_built_in_rule_has_a_case() {
        TreeSet<String> codes = new TreeSet<>();
        Rules.all().forEach(r -> codes.add(r.code()));
        TreeSet<String> covered = new TreeSet<>(STAGE_RULES_PLACED_IN_CLI);
        CASES.forEach(c -> covered.add(c.code()));
        assertThat(covered).as("rules with a case of where their findings land").containsAll(codes);
        assertThat(codes).as("cases name built-in rules").containsAll(covered);
        assertThat(CASES.stream().map(c -> c.code()).toList())
                .as("a stage rule with its own case leaves the lists")
                .doesNotContainAnyElementsOf(STAGE_RULES_PLACED_IN_CLI);
    }

    @Test
    void every_finding_of_every_rule_points_at_its_cell() {
        Map<String, List<Diagnostic>> found = new LinkedHashMap<>();
        DECLARATIONS.forEach((name, text) -> found.put(
                name,
                Checker.check(
                        read("t.yaml", template(name), Template.class), read("d.yaml", text, Declaration.class))));
        for (Case c : CASES) {
            List<String> expected = c.places().stream()
                    .map(p -> place(c.declaration(), p))
                    .sorted()
                    .toList();
            List<String> actual = found.get(c.declaration()).stream()
                    .filter(d -> d.code().equals(c.code()))
                    .map(d -> d.position().file() + ":" + d.position().line() + ":"
                            + d.position().column())
                    .sorted()
                    .toList();
            assertThat(actual)
                    .as("%s in declaration %s", c.code(), c.declaration())
                    .isEqualTo(expected);
        }
    }

    @Test
    void the_same_value_in_json_points_at_its_cell_there() {
        // given the syntax and unit cases written as JSON, one key a line
        String json = """
                {
                  "kind": "declaration",
                  "template": "test/h@1",
                  "tables": [ {
                    "name": "年度",
                    "rows": [ {
                      "level1": "产出",
                      "level2": "数量",
                      "level3": "培训人次",
                      "prev2": "≥100人次",
                      "prev1": "≥100人次",
                      "target": "≥≥8次"
                    }, {
                      "level1": "产出",
                      "level2": "数量",
                      "level3": "漏单位",
                      "prev2": "≥1次",
                      "prev1": "≥1次",
                      "target": "≥11"
                    } ]
                  } ]
                }
                """;

        // when
        List<Diagnostic> found =
                Checker.check(read("t.yaml", HUBEI, Template.class), read("d.json", json, Declaration.class));

        // then
        assertThat(found)
                .filteredOn(d -> d.code().equals("target-syntax"))
                .extracting(FindingPlacesTest::where)
                .containsExactly("d.json:12:17");
        assertThat(found)
                .filteredOn(d -> d.code().equals("missing-unit"))
                .extracting(FindingPlacesTest::where)
                .containsExactly("d.json:19:17");
    }

    @Test
    void a_remembered_finding_lands_on_the_value_of_each_equal_row() {
        // given three equal rows with a weak target, each written on its own lines
        StringBuilder text = new StringBuilder("""
                kind: declaration
                template: test/h@1
                tables:
                  - name: 年度
                    rows:
                """);
        for (int i = 0; i < 3; i++) {
            text.append("""
                          - level1: 满意度
                            level2: 服务对象满意度
                            level3: 群众满意度
                            prev2: ≥91%
                            prev1: ≥92%
                            target: ≥85%
                    """);
        }
        Declaration declaration = read("d.yaml", text.toString(), Declaration.class);
        Checker checker = Checker.of(read("t.yaml", HUBEI, Template.class), List.of());

        // when checked twice by one checker: the second check replays every row from the memo
        List<Diagnostic> first = checker.check(declaration);
        List<Diagnostic> again = checker.check(declaration);

        // then each row's finding is on that row's own target line (6, 12, 18), not on the first row's
        for (List<Diagnostic> found : List.of(first, again)) {
            assertThat(found)
                    .filteredOn(d -> d.code().equals("weaker-than-template"))
                    .extracting(FindingPlacesTest::where)
                    .containsExactly("d.yaml:11:17", "d.yaml:17:17", "d.yaml:23:17");
        }
        assertThat(again).isEqualTo(first);
    }

    private static String where(Diagnostic d) {
        return d.position().file() + ":" + d.position().line() + ":"
                + d.position().column();
    }

    /** The file:line:column a marked place stands for (see {@link Case}). */
    private static String place(String declaration, String place) {
        boolean inTemplate = place.startsWith("t:");
        String text = inTemplate ? template(declaration) : DECLARATIONS.get(declaration);
        String file = inTemplate ? "t.yaml" : "d.yaml";
        String mark = inTemplate ? place.substring(2) : place;
        if (mark.startsWith("row:")) {
            String line = mark.substring(4);
            int at = once(text, line, place);
            int start = text.lastIndexOf("- ", at);
            return file + ":" + lineOf(text, start) + ":" + (start - text.lastIndexOf('\n', start) + 2);
        }
        int caret = mark.indexOf('^');
        assertThat(caret).as("no ^ in %s", place).isNotNegative();
        int at = once(text, mark.replace("^", ""), place) + caret;
        return file + ":" + lineOf(text, at) + ":" + (at - text.lastIndexOf('\n', at - 1));
    }

    private static int once(String text, String part, String place) {
        int at = text.indexOf(part);
        assertThat(at).as("%s is in the text", place).isNotNegative();
        assertThat(text.indexOf(part, at + 1))
                .as("%s is in the text once", place)
                .isNegative();
        return at;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static <T extends Record> T read(String file, String text, Class<T> type) {
        T value = Documents.read(file, text.getBytes(StandardCharsets.UTF_8), type)
                .value();
        assertThat(value).as(file).isNotNull();
        return value;
    }
}
