package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Level2;

/**
 * The body of a 一级指标: its 二级指标 in form order.
 *
 * @since 0.1
 */
public final class Level1Spec {

    private final DslContext ctx;
    private final List<Level2> children = new ArrayList<>();

    Level1Spec(DslContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A 二级指标 and its rows, e.g. {@code level2('公用经费控制') { ref '公用经费控制率' }}. A name with
     * {@code {n}} (核心业务产出{n}) numbers one 二级 per slot indicator.
     */
    public void level2(String name, Consumer<Level2Spec> body) {
        children.add(build(ctx, name, body));
    }

    /** A 二级指标 and its rows. */
    public void level2(
            String name, @DelegatesTo(value = Level2Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level2(name, Closures.<Level2Spec>delegating(body));
    }

    /** 二级指标 = {@link #level2(String, Closure)}. */
    public void 二级指标(
            String name, @DelegatesTo(value = Level2Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level2(name, body);
    }

    List<Level2> children() {
        return List.copyOf(children);
    }

    static Level2 build(DslContext ctx, String name, Consumer<Level2Spec> body) {
        Position at = ctx.here();
        String checked = ctx.name(name, "level2");
        Level2Spec spec = new Level2Spec(ctx);
        body.accept(spec);
        return new Level2(checked, spec.entries(), at);
    }
}
