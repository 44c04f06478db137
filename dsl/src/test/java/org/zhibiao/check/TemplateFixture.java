package org.zhibiao.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Direction;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Form;
import org.zhibiao.model.FundsForm;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.Scope;
import org.zhibiao.model.Slot;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/** Resolved templates built in Java for tests: small helpers per model node. */
final class TemplateFixture {

    static final List<String> BASES = List.of("计划标准", "行业标准", "历史标准", "其他标准");
    static final List<String> PROJECT_CATEGORIES = List.of("常年性项目", "延续性项目", "一次性项目");

    private static int line;

    private TemplateFixture() {}

    static Position next() {
        return Position.of("tpl.yaml", ++line, 1);
    }

    static Template template(Form form, List<Level1> indicators, RuleSetting... rules) {
        return new Template(
                "test/template",
                "1",
                "测试模板",
                Scope.DEPARTMENT_OVERALL,
                null,
                List.of(),
                form,
                indicators,
                null,
                null,
                null,
                null,
                List.of(rules),
                next());
    }

    static TableDef table(String name, boolean keyWork, List<String> level1, ValueColumn... columns) {
        return new TableDef(name, name + "绩效指标", ValueColumn.columns(columns), keyWork, level1, next());
    }

    static Level1 level1(String name, boolean required, Level2... children) {
        return new Level1(name, required, null, List.of(children), next());
    }

    static Level1 weighted(String name, String weight, Level2... children) {
        return new Level1(name, false, new BigDecimal(weight), List.of(children), next());
    }

    static Level2 level2(String name, Entry... entries) {
        return new Level2(name, List.of(entries), next());
    }

    static Inline row(String name, String target) {
        return new Inline(name, parse(target), null, null, null, null, null, null, null, null, next());
    }

    static Inline row(String name, String target, Kind kind, Direction direction, String unit) {
        return new Inline(name, parse(target), null, kind, direction, unit, null, null, null, null, next());
    }

    static Inline row(String name, String target, String halfYear) {
        return new Inline(name, parse(target), parse(halfYear), null, null, null, null, null, null, null, next());
    }

    static Inline weightedRow(String name, String target, String weight) {
        return new Inline(
                name, parse(target), null, null, null, null, null, null, new BigDecimal(weight), null, next());
    }

    static Slot slot(String id, Entry... defaults) {
        return new Slot(id, "本部门的指标", 1, null, List.of(defaults), next());
    }

    static RuleSetting setting(String rule, Boolean enabled, Severity severity, String... params) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return new RuleSetting(rule, enabled, severity, map, next());
    }

    static Target parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Targets.parse(text);
        } catch (TargetException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** Hubei's shape: 长期 and 年度 tables, the four bases, 绩效基本型, three project categories, 2-year horizon. */
    static Form hubeiForm() {
        return new Form(
                List.of(
                        table("长期", false, List.of(), ValueColumn.TARGET),
                        table("年度", false, List.of(), ValueColumn.PREV2, ValueColumn.PREV1, ValueColumn.TARGET)),
                BASES,
                "计划标准",
                List.of("绩效基本型"),
                "绩效基本型",
                new FundsForm(
                        List.of("财政拨款", "财政专户管理资金", "单位资金"),
                        List.of("人员类项目支出", "运转类项目支出", "特定目标类项目支出"),
                        2,
                        false,
                        "万元",
                        next()),
                PROJECT_CATEGORIES,
                2,
                List.of("健全", "规范", "科学"),
                next());
    }

    /** Jiangsu's shape: a general table and a 履职 table with 重点工作, both 半年/全年; no enums. */
    static Form jiangsuForm() {
        return new Form(
                List.of(
                        table("通用", false, List.of("过程", "满意度"), ValueColumn.HALF_YEAR, ValueColumn.FULL_YEAR),
                        table("履职", true, List.of("履职"), ValueColumn.HALF_YEAR, ValueColumn.FULL_YEAR)),
                List.of(),
                null,
                List.of(),
                null,
                new FundsForm(List.of("财政拨款"), List.of("基本支出", "项目支出"), 0, true, "万元", next()),
                List.of(),
                null,
                List.of(),
                next());
    }
}
