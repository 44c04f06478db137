package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;

/**
 * The base class of every template and library script: its two top-level keywords,
 * {@code template} (模板) and {@code library} (指标库). {@link GroovyReader} compiles scripts with
 * this base class, so an IDE that is told about it ({@code @BaseScript TemplateScript} in a
 * scratch file, or a GDSL) completes the whole DSL through the {@code @DelegatesTo} closures.
 *
 * @since 0.1
 */
public abstract class TemplateScript extends Script {

    private DslContext ctx = new DslContext("");

    final void bind(DslContext context) {
        this.ctx = context;
    }

    /**
     * A template: {@code template('hubei/department-overall') { version '2024.1' … }}.
     *
     * @param id e.g. {@code hubei/department-overall}
     */
    public void template(String id, Consumer<TemplateSpec> body) {
        Position at = ctx.here();
        String checked = ctx.name(id, "template");
        TemplateSpec spec = new TemplateSpec(ctx);
        body.accept(spec);
        ctx.define(spec.build(checked, at));
    }

    /** A template. */
    public void template(
            String id, @DelegatesTo(value = TemplateSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        template(id, Closures.<TemplateSpec>delegating(body));
    }

    /** 模板 = {@link #template(String, Closure)}. */
    public void 模板(
            String id, @DelegatesTo(value = TemplateSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        template(id, body);
    }

    /** An indicator library: {@code library('common') { indicator('budget-execution-rate') { … } }}. */
    public void library(String id, Consumer<LibrarySpec> body) {
        Position at = ctx.here();
        String checked = ctx.name(id, "library");
        LibrarySpec spec = new LibrarySpec(ctx);
        body.accept(spec);
        ctx.define(spec.build(checked, at));
    }

    /** An indicator library. */
    public void library(
            String id, @DelegatesTo(value = LibrarySpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        library(id, Closures.<LibrarySpec>delegating(body));
    }

    /** 指标库 = {@link #library(String, Closure)}. */
    public void 指标库(
            String id, @DelegatesTo(value = LibrarySpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        library(id, body);
    }

    /**
     * Not a keyword: the compiler inserts a call before each DSL statement so that the delegates
     * can locate what they report at the script's own line and column.
     */
    public final void zhibiaoAt(int line, int column) {
        ctx.mark(line, column);
    }
}
