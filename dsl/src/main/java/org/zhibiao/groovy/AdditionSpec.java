package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;

/**
 * The body of {@code add}: what a child template adds to its parent. At the top level that is
 * {@code level1}; under a 一级 ({@code add(to: '运行成本')}) {@code level2}; under a 二级 rows and slots.
 *
 * @since 0.1
 */
public final class AdditionSpec extends Level2Spec {

    private final List<Level1> level1 = new ArrayList<>();
    private final List<Level2> level2 = new ArrayList<>();

    AdditionSpec(DslContext ctx) {
        super(ctx);
    }

    /** A new 一级指标. Options: required, weight (必填, 分值). */
    public void level1(Map<String, ?> options, String name, Consumer<Level1Spec> body) {
        level1.add(Level1Builder.build(ctx, options, name, body));
    }

    /** A new 一级指标. */
    public void level1(
            Map<String, ?> options,
            String name,
            @DelegatesTo(value = Level1Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level1(options, name, Closures.<Level1Spec>delegating(body));
    }

    /** A new 一级指标 without options. */
    public void level1(
            String name, @DelegatesTo(value = Level1Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
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

    /** A new 二级指标 under the 一级 named by {@code to}. */
    public void level2(String name, Consumer<Level2Spec> body) {
        level2.add(Level1Spec.build(ctx, name, body));
    }

    /** A new 二级指标 under the 一级 named by {@code to}. */
    public void level2(
            String name, @DelegatesTo(value = Level2Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level2(name, Closures.<Level2Spec>delegating(body));
    }

    /** 二级指标 = {@link #level2(String, Closure)}. */
    public void 二级指标(
            String name, @DelegatesTo(value = Level2Spec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        level2(name, body);
    }

    List<Level1> level1s() {
        return List.copyOf(level1);
    }

    List<Level2> level2s() {
        return List.copyOf(level2);
    }
}
