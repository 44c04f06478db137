package org.zhibiao.groovy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Direction;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Kind;
import org.zhibiao.target.Target;

/**
 * The body of a library's {@code indicator}: one 指标库 entry — what it means, how it is measured,
 * and its defaults.
 *
 * @since 0.1
 */
public final class IndicatorSpec {

    private final DslContext ctx;
    private String name;
    private final List<String> aliases = new ArrayList<>();
    private String explanation;
    private String formula;
    private String source;
    private String unit;
    private Kind kind;
    private Direction direction;
    private Target target;
    private final List<String> scale = new ArrayList<>();
    private String basis;
    private String category;
    private BigDecimal weight;
    private String scope;

    IndicatorSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** The 三级指标 name as printed on forms: {@code name '预算执行率'}. */
    public void name(String name) {
        this.name = ctx.name(name, "name");
    }

    /** 名称 = {@link #name(String)}. */
    public void 名称(String name) {
        name(name);
    }

    /** Other spellings with the same meaning. */
    public void aliases(String... names) {
        aliases.addAll(List.of(names));
    }

    /** 别名 = {@link #aliases(String...)}. */
    public void 别名(String... names) {
        aliases(names);
    }

    /** 指标解释: what the indicator reflects. */
    public void explanation(String text) {
        explanation = text;
    }

    /** 指标解释 = {@link #explanation(String)}. */
    public void 指标解释(String text) {
        explanation(text);
    }

    /** 计算公式. */
    public void formula(String text) {
        formula = text;
    }

    /** 计算公式 = {@link #formula(String)}. */
    public void 计算公式(String text) {
        formula(text);
    }

    /** 数据来源 / 佐证材料. */
    public void source(String text) {
        source = text;
    }

    /** 数据来源 = {@link #source(String)}. */
    public void 数据来源(String text) {
        source(text);
    }

    /** 计量单位: {@code unit '%'}. */
    public void unit(String unit) {
        this.unit = unit;
    }

    /** 单位 = {@link #unit(String)}. */
    public void 单位(String unit) {
        unit(unit);
    }

    /** 定量 or 定性. */
    public void kind(String kind) {
        this.kind = ctx.label(Kind.class, kind);
    }

    /** 类型 = {@link #kind(String)}. */
    public void 类型(String kind) {
        kind(kind);
    }

    /** 正向, 反向 or 等于. */
    public void direction(String direction) {
        this.direction = ctx.label(Direction.class, direction);
    }

    /** 方向 = {@link #direction(String)}. */
    public void 方向(String direction) {
        direction(direction);
    }

    /** The default 指标值: {@code target '=100%'}. */
    public void target(String target) {
        this.target = ctx.target(target);
    }

    /** 指标值 = {@link #target(String)}. */
    public void 指标值(String target) {
        target(target);
    }

    /** Qualitative grades, best first: {@code scale '好', '较好', '一般', '较差'}. */
    public void scale(String... grades) {
        scale.addAll(List.of(grades));
    }

    /** 分级 = {@link #scale(String...)}. */
    public void 分级(String... grades) {
        scale(grades);
    }

    /** The default 指标值确定依据. */
    public void basis(String basis) {
        this.basis = basis;
    }

    /** 依据 = {@link #basis(String)}. */
    public void 依据(String basis) {
        basis(basis);
    }

    /** The default 指标分类. */
    public void category(String category) {
        this.category = category;
    }

    /** 分类 = {@link #category(String)}. */
    public void 分类(String category) {
        category(category);
    }

    /** The default 分值. */
    public void weight(Number weight) {
        this.weight = ctx.decimal(weight, "weight");
    }

    /** 分值 = {@link #weight(Number)}. */
    public void 分值(Number weight) {
        weight(weight);
    }

    /** 共性 or a sector such as 公安. */
    public void scope(String scope) {
        this.scope = scope;
    }

    /** 适用范围 = {@link #scope(String)}. */
    public void 适用范围(String scope) {
        scope(scope);
    }

    IndicatorDef build(String id, Position at) {
        return new IndicatorDef(
                id,
                name,
                aliases,
                explanation,
                formula,
                source,
                unit,
                kind,
                direction,
                target,
                scale,
                basis,
                category,
                weight,
                scope,
                at);
    }
}
