package org.zhibiao.groovy;

import java.math.BigDecimal;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Change;
import org.zhibiao.target.Target;

/**
 * The body of {@code override}: what a child template changes in one inherited row or 一级.
 * Whatever is left out keeps the parent's value.
 *
 * @since 0.1
 */
public final class ChangeSpec {

    private final DslContext ctx;
    private String name;
    private Target target;
    private Target halfYear;
    private String basis;
    private String category;
    private BigDecimal weight;
    private Boolean required;

    ChangeSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** Renames the row. */
    public void name(String name) {
        this.name = ctx.name(name, "name");
    }

    /** The new 指标值, e.g. {@code target '≥96%'}. */
    public void target(String target) {
        this.target = ctx.target(target);
    }

    /** 指标值 = {@link #target(String)}. */
    public void 指标值(String target) {
        target(target);
    }

    /** The new 半年指标值. */
    public void halfYear(String target) {
        halfYear = ctx.target(target);
    }

    /** 半年指标值 = {@link #halfYear(String)}. */
    public void 半年指标值(String target) {
        halfYear(target);
    }

    /** The new 指标值确定依据. */
    public void basis(String basis) {
        this.basis = ctx.name(basis, "basis");
    }

    /** 依据 = {@link #basis(String)}. */
    public void 依据(String basis) {
        basis(basis);
    }

    /** The new 指标分类. */
    public void category(String category) {
        this.category = ctx.name(category, "category");
    }

    /** 分类 = {@link #category(String)}. */
    public void 分类(String category) {
        category(category);
    }

    /** The new 分值. */
    public void weight(Number weight) {
        this.weight = ctx.decimal(weight, "weight");
    }

    /** 分值 = {@link #weight(Number)}. */
    public void 分值(Number weight) {
        weight(weight);
    }

    /** For a 一级: whether a declaration must have at least one 三级 under it. */
    public void required(boolean required) {
        this.required = required;
    }

    Change build(String path, Position at) {
        return new Change(path, name, target, halfYear, basis, category, weight, required, at);
    }
}
