package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.util.Map;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Slot;

/**
 * The body of a 二级指标: its rows ({@code ref}, {@code indicator}) and slots the department fills.
 *
 * @since 0.1
 */
public sealed class Level2Spec extends EntriesSpec permits AdditionSpec {

    Level2Spec(DslContext ctx) {
        super(ctx);
    }

    /**
     * A place the department fills with its own indicators, e.g.
     * {@code slot('core-output', label: '本部门核心业务产出', min: 1)}; the body lists default rows.
     * Options: label, min, max (or 说明, 最少, 最多).
     */
    public void slot(Map<String, ?> options, String id, Consumer<SlotSpec> defaults) {
        Position at = ctx.here();
        Options o = Options.of(ctx, options, Key.LABEL, Key.MIN, Key.MAX);
        String slot = ctx.name(id, "slot");
        Integer min = ctx.integer(o.get(Key.MIN), "min");
        Integer max = ctx.integer(o.get(Key.MAX), "max");
        SlotSpec spec = new SlotSpec(ctx);
        defaults.accept(spec);
        entries.add(new Slot(slot, o.text(Key.LABEL), min, max, spec.entries(), at));
    }

    /** A slot with default rows. */
    public void slot(
            Map<String, ?> options,
            String id,
            @DelegatesTo(value = SlotSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> defaults) {
        slot(options, id, Closures.<SlotSpec>delegating(defaults));
    }

    /** A slot without default rows. */
    public void slot(Map<String, ?> options, String id) {
        slot(options, id, (Closure<?>) null);
    }

    /** A slot with only an id. */
    public void slot(String id) {
        slot(Map.of(), id, (Closure<?>) null);
    }

    /** A slot with only an id and default rows. */
    public void slot(
            String id, @DelegatesTo(value = SlotSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> defaults) {
        slot(Map.of(), id, defaults);
    }

    /** 槽位 = {@link #slot(Map, String, Closure)}. */
    public void 槽位(
            Map<String, ?> options,
            String id,
            @DelegatesTo(value = SlotSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> defaults) {
        slot(options, id, defaults);
    }

    /** 槽位 = {@link #slot(Map, String)}. */
    public void 槽位(Map<String, ?> options, String id) {
        slot(options, id);
    }
}
