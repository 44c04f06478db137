package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;
import org.zhibiao.model.IndicatorDef;
import org.zhibiao.model.Library;

/**
 * The body of {@code library}: an indicator library (指标库) and its entries.
 *
 * @since 0.1
 */
public final class LibrarySpec {

    private final DslContext ctx;
    private String version;
    private String title;
    private final List<IndicatorDef> indicators = new ArrayList<>();

    LibrarySpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** The library's version. */
    public void version(String version) {
        this.version = ctx.name(version, "version");
    }

    /** 版本 = {@link #version(String)}. */
    public void 版本(String version) {
        version(version);
    }

    /** The library's title. */
    public void title(String title) {
        this.title = title;
    }

    /** 标题 = {@link #title(String)}. */
    public void 标题(String title) {
        title(title);
    }

    /** One entry by its stable id: {@code indicator('budget-execution-rate') { name '预算执行率' … }}. */
    public void indicator(String id, Consumer<IndicatorSpec> body) {
        Position at = ctx.here();
        String checked = ctx.name(id, "indicator");
        IndicatorSpec spec = new IndicatorSpec(ctx);
        body.accept(spec);
        indicators.add(spec.build(checked, at));
    }

    /** One entry by its stable id. */
    public void indicator(
            String id, @DelegatesTo(value = IndicatorSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        indicator(id, Closures.<IndicatorSpec>delegating(body));
    }

    /** 三级指标 = {@link #indicator(String, Closure)}. */
    public void 三级指标(
            String id, @DelegatesTo(value = IndicatorSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        indicator(id, body);
    }

    Library build(String id, Position at) {
        return new Library(id, version, title, indicators, at);
    }
}
