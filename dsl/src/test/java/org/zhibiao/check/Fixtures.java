package org.zhibiao.check;

import static org.zhibiao.check.DeclarationFixture.line;
import static org.zhibiao.check.TemplateFixture.level1;
import static org.zhibiao.check.TemplateFixture.level2;
import static org.zhibiao.check.TemplateFixture.row;
import static org.zhibiao.check.TemplateFixture.slot;

import java.util.List;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Origin;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.Template;

/** A clean Hubei-like and a clean Jiangsu-like pair of template and declaration: no findings. */
final class Fixtures {

    private Fixtures() {}

    static List<Level1> hubeiFramework() {
        return List.of(
                level1("运行成本", true, level2("公用经费控制", row("公用经费控制率", "≤100%"))),
                level1("管理效率", false, level2("预算执行", row("预算执行率", "=100%")), level2("预算编制", row("预算编制科学性", "科学"))),
                level1("履职效能", true, level2("核心业务产出{n}", slot("core-output"))),
                level1("满意度", false, level2("服务对象满意度", row("群众满意度", "≥95%"))));
    }

    static Template hubei(RuleSetting... rules) {
        return TemplateFixture.template(TemplateFixture.hubeiForm(), hubeiFramework(), rules);
    }

    static DeclarationFixture hubeiDeclaration() {
        DeclarationFixture d = new DeclarationFixture();
        for (String table : List.of("长期", "年度")) {
            boolean annual = table.equals("年度");
            List<RowSpec> rows = d.table(table);
            rows.add(history(annual, RowSpec.of("运行成本", "公用经费控制", "公用经费控制率", "≤100%"), "≤100%", "≤100%"));
            rows.add(history(annual, RowSpec.of("管理效率", "预算执行", "预算执行率", "=100%"), "=95%", "=98%"));
            rows.add(history(annual, RowSpec.of("管理效率", "预算编制", "预算编制科学性", "科学"), "科学", "科学"));
            rows.add(history(annual, RowSpec.of("履职效能", "核心业务产出1", "出警率", "=100%"), "=100%", "=100%")
                    .origin(Origin.PERSON, "core-output"));
            // the long-term target is higher than this year's: a 长期 table that repeats 年度 is a finding
            rows.add(history(annual, RowSpec.of("满意度", "服务对象满意度", "群众满意度", annual ? "≥95%" : "≥96%"), "≥90%", "≥95%"));
        }
        d.income.add(line("财政拨款", "100", "100", "90", "80"));
        d.incomeTotal = line("合计", "100", "100", "90", "80");
        d.expenditure.add(line("人员类项目支出", "60", "60", "54", "48"));
        d.expenditure.add(line("运转类项目支出", "40", "40", "36", "32"));
        d.expenditureTotal = line("合计", "100", "100", "90", "80");
        d.projects.add(new String[] {"警务辅助人员经费", "常年性项目", "30", "30"});
        d.goalsUntil = 2026;
        return d;
    }

    private static RowSpec history(boolean annual, RowSpec spec, String prev2, String prev1) {
        return annual ? spec.history(prev2, prev1) : spec;
    }

    static Template jiangsu(RuleSetting... rules) {
        return TemplateFixture.template(
                TemplateFixture.jiangsuForm(),
                List.of(
                        level1("过程", false, level2("预算执行", row("预算执行率", "=100%"), row("公用经费控制率", "≤100%"))),
                        level1("履职", true, level2("{职能}", slot("function"))),
                        level1("满意度", false, level2("服务对象满意度", row("社会治安满意度", "≥95%")))),
                rules);
    }

    static final String FUNCTION = "依法查处危害社会治安秩序行为";
    static final String KEY_WORK = "打造合成化基础管控体系";

    static DeclarationFixture jiangsuDeclaration() {
        DeclarationFixture d = new DeclarationFixture();
        List<RowSpec> general = d.table("通用");
        general.add(plain(RowSpec.of("过程", "预算执行", "预算执行率", null).periods("=100%", "=100%")));
        general.add(plain(RowSpec.of("过程", "预算执行", "公用经费控制率", null).periods("≤100%", "≤100%")));
        general.add(plain(RowSpec.of("满意度", "服务对象满意度", "社会治安满意度", null).periods("≥95%", "≥95%")));
        List<RowSpec> duty = d.table("履职");
        duty.add(plain(RowSpec.of("履职", FUNCTION, "出租房屋登记率", null).periods("=100%", "=100%"))
                .keyWork(KEY_WORK)
                .origin(Origin.PERSON, "function"));
        duty.add(plain(RowSpec.of("履职", FUNCTION, "开展测评服务类型", null).periods("=0类", "=4类"))
                .keyWork(KEY_WORK)
                .origin(Origin.PERSON, "function"));
        d.functions.add(new String[] {FUNCTION});
        d.income.add(line("财政拨款", "452338.4"));
        d.incomeTotal = line("合计", "452338.4");
        d.expenditure.add(line("基本支出", "354512.4", "", "", "", "177256.2"));
        d.expenditure.add(line("项目支出", "97826", "", "", "", "34091.3"));
        d.expenditureTotal = line("合计", "452338.4", "", "", "", "211347.5");
        d.projects.add(new String[] {"公安出入境建设", null, "", "447", "220"});
        return d;
    }

    private static RowSpec plain(RowSpec spec) {
        return spec.basis(null).category(null);
    }
}
