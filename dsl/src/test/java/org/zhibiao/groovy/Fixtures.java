package org.zhibiao.groovy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Addition;
import org.zhibiao.model.Change;
import org.zhibiao.model.Direction;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Fill;
import org.zhibiao.model.Form;
import org.zhibiao.model.FundsForm;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Library;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.Scope;
import org.zhibiao.model.Slot;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/** Models built in Java, record by record, to compare DSL output and round trips against. */
final class Fixtures {

    private Fixtures() {}

    static Target t(String text) {
        try {
            return Targets.parse(text);
        } catch (TargetException e) {
            throw new AssertionError(e);
        }
    }

    static LibraryRef ref(String ref) {
        return new LibraryRef(ref, null, null, null, null, null, null, null);
    }

    static LibraryRef ref(String ref, String target) {
        return new LibraryRef(ref, null, t(target), null, null, null, null, null);
    }

    static Inline inline(String name, String target) {
        return new Inline(name, t(target), null, null, null, null, null, null, null, null, null);
    }

    static Level2 level2(String name, Entry... entries) {
        return new Level2(name, List.of(entries), null);
    }

    /** The Hubei 部门整体 parent as in the example. */
    static Template hubeiParent() {
        Form form = new Form(
                List.of(
                        new TableDef("长期", null, ValueColumn.columns(ValueColumn.TARGET), null, null, null),
                        new TableDef(
                                "年度",
                                null,
                                ValueColumn.columns(ValueColumn.PREV2, ValueColumn.PREV1, ValueColumn.TARGET),
                                null,
                                null,
                                null)),
                List.of("计划标准", "行业标准", "历史标准", "其他标准"),
                "计划标准",
                List.of("绩效基本型"),
                null,
                null,
                null,
                null,
                null,
                null);
        return new Template(
                "hubei/department-overall",
                "2024.1",
                "湖北省部门整体绩效目标申报表",
                Scope.DEPARTMENT_OVERALL,
                null,
                List.of("common"),
                form,
                List.of(
                        new Level1("运行成本", true, null, List.of(level2("公用经费控制", ref("公用经费控制率"))), null),
                        new Level1(
                                "履职效能",
                                null,
                                null,
                                List.of(level2("核心业务产出{n}", new Slot("core-output", "本部门核心业务产出", 1, null, null, null))),
                                null)),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** A template that uses every field of every record the DSL can write. */
    static Template everything() {
        Form form = new Form(
                List.of(new TableDef(
                        "履职",
                        "履职指标",
                        ValueColumn.columns(ValueColumn.HALF_YEAR, ValueColumn.FULL_YEAR),
                        true,
                        List.of("履职", "效益"),
                        null)),
                List.of("计划标准"),
                "计划标准",
                List.of("绩效基本型"),
                "绩效基本型",
                new FundsForm(List.of("财政拨款", "单位资金"), List.of("基本支出", "项目支出"), 2, true, "万元", null),
                List.of("常年性项目", "延续性项目"),
                2,
                List.of("健全", "规范"),
                null);
        Inline full = new Inline(
                "电信诈骗预警处置响应时间",
                t("≤15分钟"),
                t("≤20分钟"),
                Kind.QUANTITATIVE,
                Direction.NEGATIVE,
                "分钟",
                "行业标准",
                "绩效基本型",
                new BigDecimal("2.5"),
                "fraud-response",
                null);
        LibraryRef fullRef = new LibraryRef(
                "预算执行率", "预算执行率（含结转）", t("=100%"), t("≥50%"), "计划标准", "绩效基本型", new BigDecimal("10"), null);
        Slot slot = new Slot(
                "core-output",
                "本部门核心业务产出 'quoted' \\ back",
                1,
                5,
                List.of(ref("出警率", "=100%"), inline("群体性事件成功处置率", "=100%")),
                null);
        return new Template(
                "jiangsu/suzhou",
                "2025.2",
                "苏州市级部门整体预算绩效目标表\n第二行",
                Scope.PROJECT,
                "jiangsu/department-overall@2025.1",
                List.of("common", "police"),
                form,
                List.of(new Level1(
                        "履职", false, new BigDecimal("40"), List.of(level2("{职能}", slot, full, fullRef)), null)),
                List.of(
                        new Addition("社会效应/经济效益", "优化营商环境", null, null, List.of(inline("维护社会稳定", "定性")), null),
                        new Addition("运行成本", null, null, List.of(level2("会议费控制", ref("会议费控制率"))), null, null),
                        new Addition(
                                null,
                                null,
                                List.of(new Level1("决策", true, null, List.of(level2("目标设定", ref("绩效目标合理性"))), null)),
                                null,
                                null,
                                null)),
                List.of(
                        new Change(
                                "满意度/服务对象满意度/群众满意度",
                                "群众满意度（电话调查）",
                                t("≥96%"),
                                t("≥90%"),
                                "历史标准",
                                "绩效基本型",
                                new BigDecimal("5.0"),
                                null,
                                null),
                        new Change("运行成本", null, null, null, null, null, null, false, null)),
                List.of("管理效率/绩效管理/评价结果应用率", "可持续发展能力"),
                List.of(new Fill("core-output", List.of(ref("出警率", "=100%")), null)),
                List.of(
                        new RuleSetting("quantitative-share", null, null, Map.of("min", "50", "max-share", "90"), null),
                        new RuleSetting("placeholder", false, Severity.INFO, null, null)),
                null);
    }

    static Library library() {
        return new Library(
                "common",
                "2024.1",
                "共性指标库",
                List.of(
                        new IndicatorDef(
                                "budget-execution-rate",
                                "预算执行率",
                                List.of("预算支出执行率"),
                                "反映预算执行情况",
                                "预算执行率=实际支出/预算数×100%",
                                "决算报表",
                                "%",
                                Kind.QUANTITATIVE,
                                Direction.POSITIVE,
                                t("=100%"),
                                null,
                                "计划标准",
                                "绩效基本型",
                                new BigDecimal("10"),
                                "共性",
                                null),
                        new IndicatorDef(
                                "asset-rules",
                                "资产管理制度健全性",
                                null,
                                null,
                                null,
                                null,
                                null,
                                Kind.QUALITATIVE,
                                null,
                                t("健全"),
                                List.of("健全", "基本健全", "不健全"),
                                null,
                                null,
                                null,
                                null,
                                null)),
                null);
    }
}
