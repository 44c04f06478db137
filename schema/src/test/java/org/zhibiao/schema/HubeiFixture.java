package org.zhibiao.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Form;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Scope;
import org.zhibiao.model.Slot;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * A resolved Hubei-like template built in Java (a few rows of each 一级 of the Ezhou seed), and a
 * hand-written declaration compiled from it ({@code fixtures/hubei-declaration.yaml}).
 */
final class HubeiFixture {
    private HubeiFixture() {}

    static Template template() {
        Form form = new Form(
                List.of(
                        new TableDef("长期", "长期绩效指标", ValueColumn.columns(ValueColumn.TARGET), null, null, null),
                        new TableDef(
                                "年度",
                                "年度绩效指标",
                                ValueColumn.columns(ValueColumn.PREV2, ValueColumn.PREV1, ValueColumn.TARGET),
                                null,
                                null,
                                null)),
                List.of("计划标准", "行业标准", "历史标准", "其他标准"),
                "计划标准",
                List.of("绩效基本型"),
                "绩效基本型",
                null,
                List.of("常年性项目", "延续性项目", "一次性项目"),
                2,
                List.of("健全", "规范", "完全相符"),
                null);
        List<Level1> tree = List.of(
                level1(
                        "运行成本",
                        level2("公用经费控制", quantity("公用经费控制率", "≤100%")),
                        level2("项目支出成本控制", quantity("会议费控制率", "≤100%"), quantity("“三公”经费变动率", "≤0%"))),
                level1("管理效率", level2("战略管理", quality("中长期规划相符性", "完全相符")), level2("预算执行", quantity("预算执行率", "=100%"))),
                level1(
                        "履职效能",
                        level2(
                                "核心业务产出{n}",
                                new Slot(
                                        "core-output",
                                        "本部门核心业务产出指标",
                                        1,
                                        null,
                                        List.of(quantity("出警率", "=100%")),
                                        null))),
                level1("社会效应", level2("经济效益", new Slot("economic-effect", "本部门履职带来的经济效益", 1, null, List.of(), null))),
                level1("满意度", level2("服务对象满意度", quantity("群众满意度", "≥95%"))));
        return new Template(
                "hubei/public-security",
                "2024.1",
                "部门整体绩效目标申报表（公安）",
                Scope.DEPARTMENT_OVERALL,
                null,
                List.of("common", "police"),
                form,
                tree,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static String declaration() {
        try (InputStream in = HubeiFixture.class.getResourceAsStream("/fixtures/hubei-declaration.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Level1 level1(String name, Level2... children) {
        return new Level1(name, true, null, List.of(children), null);
    }

    private static Level2 level2(String name, Entry... entries) {
        return new Level2(name, List.of(entries), null);
    }

    private static Inline quantity(String name, String target) {
        return new Inline(name, parse(target), null, Kind.QUANTITATIVE, null, "%", "计划标准", "绩效基本型", null, null, null);
    }

    private static Inline quality(String name, String target) {
        return new Inline(name, parse(target), null, Kind.QUALITATIVE, null, null, "计划标准", "绩效基本型", null, null, null);
    }

    private static Target parse(String text) {
        try {
            return Targets.parse(text);
        } catch (TargetException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
