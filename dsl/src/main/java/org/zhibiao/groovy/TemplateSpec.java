package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Addition;
import org.zhibiao.model.Change;
import org.zhibiao.model.Fill;
import org.zhibiao.model.Form;
import org.zhibiao.model.Level1;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.Scope;
import org.zhibiao.model.Template;

/**
 * The body of {@code template}: a performance-target template (绩效目标申报表模板) as written —
 * its form, its indicator tree and, for a child template, its edits of the parent.
 *
 * @since 0.1
 */
public final class TemplateSpec {

    private final DslContext ctx;
    private String version;
    private String title;
    private Scope scope;
    private String parent;
    private final List<String> libraries = new ArrayList<>();
    private Form form;
    private final List<Level1> indicators = new ArrayList<>();
    private final List<Addition> add = new ArrayList<>();
    private final List<Change> overrides = new ArrayList<>();
    private final List<String> remove = new ArrayList<>();
    private final List<Fill> fill = new ArrayList<>();
    private List<RuleSetting> rules = List.of();

    TemplateSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** The template's version, e.g. {@code version '2024.1'}. */
    public void version(String version) {
        this.version = ctx.name(version, "version");
    }

    /** 版本 = {@link #version(String)}. */
    public void 版本(String version) {
        version(version);
    }

    /** The form's title, e.g. {@code title '湖北省部门整体绩效目标申报表'}. */
    public void title(String title) {
        this.title = title;
    }

    /** 标题 = {@link #title(String)}. */
    public void 标题(String title) {
        title(title);
    }

    /** What the template declares targets for: {@code 'department-overall'} or {@code 'project'}. */
    public void scope(String scope) {
        this.scope = ctx.label(Scope.class, scope);
    }

    /** The template this one extends, {@code id} or {@code id@version}. */
    public void extendsTemplate(String parent) {
        this.parent = ctx.name(parent, "extends");
    }

    /** Same as {@link #extendsTemplate(String)}. */
    public void parent(String parent) {
        extendsTemplate(parent);
    }

    /** The libraries whose entries {@code ref} may name, searched in order. */
    public void libraries(String... ids) {
        libraries.addAll(List.of(ids));
    }

    /** The form's tables and vocabularies. */
    public void form(Consumer<FormSpec> body) {
        Position at = ctx.here();
        FormSpec spec = new FormSpec(ctx);
        body.accept(spec);
        form = spec.build(at);
    }

    /** The form's tables and vocabularies. */
    public void form(@DelegatesTo(value = FormSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        form(Closures.<FormSpec>delegating(body));
    }

    /** A 一级指标, e.g. {@code level1('运行成本', required: true) { … }}. Options: required, weight (必填, 分值). */
    public void level1(Map<String, ?> options, String name, Consumer<Level1Spec> body) {
        indicators.add(Level1Builder.build(ctx, options, name, body));
    }

    /** A 一级指标 with options. */
    public void level1(
            Map<String, ?> options,
            String name,
            @DelegatesTo(value = Level1Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level1(options, name, Closures.<Level1Spec>delegating(body));
    }

    /** A 一级指标. */
    public void level1(
            String name, @DelegatesTo(value = Level1Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level1(Map.of(), name, body);
    }

    /** A 一级指标. */
    public void level1(String name, Consumer<Level1Spec> body) {
        level1(Map.of(), name, body);
    }

    /** 一级指标 = {@link #level1(Map, String, Closure)}. */
    public void 一级指标(
            Map<String, ?> options,
            String name,
            @DelegatesTo(value = Level1Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level1(options, name, body);
    }

    /** 一级指标 = {@link #level1(String, Closure)}. */
    public void 一级指标(
            String name, @DelegatesTo(value = Level1Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level1(name, body);
    }

    /**
     * Adds to the parent: {@code add(to: '社会效应/经济效益') { indicator '优化营商环境', target: '定性' }}.
     * Options: to (empty for 一级), after (the sibling to insert after).
     */
    public void add(Map<String, ?> options, Consumer<AdditionSpec> body) {
        Position at = ctx.here();
        Options o = Options.of(ctx, options, Key.TO, Key.AFTER);
        AdditionSpec spec = new AdditionSpec(ctx);
        body.accept(spec);
        add.add(new Addition(o.text(Key.TO), o.text(Key.AFTER), spec.level1s(), spec.level2s(), spec.entries(), at));
    }

    /** Adds to the parent. */
    public void add(
            Map<String, ?> options,
            @DelegatesTo(value = AdditionSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        add(options, Closures.<AdditionSpec>delegating(body));
    }

    /** Adds 一级指标 to the parent's top level. */
    public void add(@DelegatesTo(value = AdditionSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        add(Map.of(), body);
    }

    /** Changes one inherited row or 一级: {@code override('满意度/服务对象满意度/群众满意度') { target '≥96%' }}. */
    public void override(String path, Consumer<ChangeSpec> body) {
        Position at = ctx.here();
        String checked = ctx.name(path, "override");
        ChangeSpec spec = new ChangeSpec(ctx);
        body.accept(spec);
        overrides.add(spec.build(checked, at));
    }

    /** Changes one inherited row or 一级. */
    public void override(
            String path, @DelegatesTo(value = ChangeSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        override(path, Closures.<ChangeSpec>delegating(body));
    }

    /** Removes inherited rows or branches by path: {@code remove '管理效率/绩效管理/评价结果应用率'}. */
    public void remove(String... paths) {
        for (String path : paths) {
            remove.add(ctx.name(path, "remove"));
        }
    }

    /** Gives an inherited slot its default rows: {@code fill('core-output') { ref '出警率' }}. */
    public void fill(String slot, Consumer<SlotSpec> body) {
        Position at = ctx.here();
        String checked = ctx.name(slot, "fill");
        SlotSpec spec = new SlotSpec(ctx);
        body.accept(spec);
        fill.add(new Fill(checked, spec.entries(), at));
    }

    /** Gives an inherited slot its default rows. */
    public void fill(
            String slot, @DelegatesTo(value = SlotSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        fill(slot, Closures.<SlotSpec>delegating(body));
    }

    /** Checker rule settings: {@code rules { rule 'quantitative-share', min: '50' }}. */
    public void rules(Consumer<RulesSpec> body) {
        RulesSpec spec = new RulesSpec(ctx);
        body.accept(spec);
        rules = spec.build();
    }

    /** Checker rule settings. */
    public void rules(@DelegatesTo(value = RulesSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        rules(Closures.<RulesSpec>delegating(body));
    }

    Template build(String id, Position at) {
        return new Template(
                id,
                version,
                title,
                scope,
                parent,
                libraries,
                form,
                indicators,
                add,
                overrides,
                remove,
                fill,
                rules,
                at);
    }
}
