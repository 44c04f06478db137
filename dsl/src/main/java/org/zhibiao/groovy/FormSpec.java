package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Form;
import org.zhibiao.model.FundsForm;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StageForm;
import org.zhibiao.model.TableDef;

/**
 * The body of {@code form}: the shape of the declaration form and its vocabularies.
 *
 * @since 0.1
 */
public final class FormSpec {

    private final DslContext ctx;
    private final List<TableDef> tables = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();
    private String basis;
    private final List<String> categories = new ArrayList<>();
    private String category;
    private FundsForm funds;
    private final List<String> projectCategories = new ArrayList<>();
    private Integer horizon;
    private final List<String> levels = new ArrayList<>();
    private final List<StageForm> stages = new ArrayList<>();

    FormSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** An indicator table, e.g. {@code table('年度') { columns '前年', '上年', '指标值' }}. */
    public void table(String name, Consumer<TableSpec> body) {
        Position at = ctx.here();
        String checked = ctx.name(name, "table");
        TableSpec spec = new TableSpec(ctx);
        body.accept(spec);
        tables.add(spec.build(checked, at));
    }

    /** An indicator table. */
    public void table(
            String name, @DelegatesTo(value = TableSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        table(name, Closures.<TableSpec>delegating(body));
    }

    /** The allowed 指标值确定依据: {@code bases '计划标准', '行业标准', '历史标准', '其他标准'}. */
    public void bases(String... names) {
        bases.addAll(List.of(names));
    }

    /** The 指标值确定依据 a row gets by default. */
    public void basis(String name) {
        basis = ctx.name(name, "basis");
    }

    /** The allowed 指标分类: {@code categories '绩效基本型'}. */
    public void categories(String... names) {
        categories.addAll(List.of(names));
    }

    /** The default 指标分类. */
    public void category(String name) {
        category = ctx.name(name, "category");
    }

    /** The funds block (部门总体资金情况). */
    public void funds(Consumer<FundsSpec> body) {
        Position at = ctx.here();
        FundsSpec spec = new FundsSpec(ctx);
        body.accept(spec);
        funds = spec.build(at);
    }

    /** The funds block (部门总体资金情况). */
    public void funds(@DelegatesTo(value = FundsSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        funds(Closures.<FundsSpec>delegating(body));
    }

    /** The allowed 支出项目类别: {@code projectCategories '常年性项目', '延续性项目', '一次性项目'}. */
    public void projectCategories(String... names) {
        projectCategories.addAll(List.of(names));
    }

    /** Years from the declaration year to the 长期目标 deadline (Hubei: 2). */
    public void horizon(int years) {
        horizon = years;
    }

    /** The qualitative grades accepted as 指标值: {@code levels '健全', '规范'}. */
    public void levels(String... names) {
        levels.addAll(List.of(names));
    }

    /**
     * What the template changes in a stage's form, e.g. {@code stage('monitoring') { period '1–6月'; months 6 }};
     * the rest is the national form.
     */
    public void stage(String name, Consumer<StageSpec> body) {
        Position at = ctx.here();
        Stage stage = ctx.label(Stage.class, name);
        StageSpec spec = new StageSpec(ctx);
        body.accept(spec);
        stages.add(spec.build(stage, at));
    }

    /** What the template changes in a stage's form. */
    public void stage(
            String name, @DelegatesTo(value = StageSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        stage(name, Closures.<StageSpec>delegating(body));
    }

    Form build(Position at) {
        return new Form(
                tables, bases, basis, categories, category, funds, projectCategories, horizon, levels, stages, at);
    }
}
