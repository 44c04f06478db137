package org.zhibiao.groovy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Direction;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.LibraryRef;

/**
 * The rows (三级指标) of a list: library references and indicators written in place. The body of
 * {@code slot} and {@code fill}; {@link Level2Spec} and {@link AdditionSpec} add more keywords.
 *
 * @since 0.1
 */
public sealed class EntriesSpec permits SlotSpec, Level2Spec {

    final DslContext ctx;
    final List<Entry> entries = new ArrayList<>();

    EntriesSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A row taken from the indicator library by id, name or alias, e.g.
     * {@code ref '公用经费控制率', target: '≤100%'}. Options: name, target, halfYear, basis,
     * category, weight (or 名称, 指标值, 半年指标值, 依据, 分类, 分值).
     */
    public void ref(Map<String, ?> options, String ref) {
        Position at = ctx.here();
        Options o = Options.of(ctx, options, Key.NAME, Key.TARGET, Key.HALF_YEAR, Key.BASIS, Key.CATEGORY, Key.WEIGHT);
        entries.add(new LibraryRef(
                ctx.name(ref, "ref"),
                o.text(Key.NAME),
                ctx.target(o.get(Key.TARGET)),
                ctx.target(o.get(Key.HALF_YEAR)),
                o.text(Key.BASIS),
                o.text(Key.CATEGORY),
                ctx.decimal(o.get(Key.WEIGHT), "weight"),
                at));
    }

    /** A row taken from the indicator library with its defaults: {@code ref '预算执行率'}. */
    public void ref(String ref) {
        ref(Map.of(), ref);
    }

    /** 引用 = {@link #ref(Map, String)}. */
    public void 引用(Map<String, ?> options, String ref) {
        ref(options, ref);
    }

    /** 引用 = {@link #ref(String)}. */
    public void 引用(String ref) {
        ref(ref);
    }

    /**
     * A row written in place, e.g. {@code indicator '优化营商环境', target: '定性'}. Options: target,
     * halfYear, kind (定量/定性), direction (正向/反向/等于), unit, basis, category, weight, ref.
     */
    public void indicator(Map<String, ?> options, String name) {
        Position at = ctx.here();
        Options o = Options.of(
                ctx,
                options,
                Key.TARGET,
                Key.HALF_YEAR,
                Key.KIND,
                Key.DIRECTION,
                Key.UNIT,
                Key.BASIS,
                Key.CATEGORY,
                Key.WEIGHT,
                Key.REF);
        entries.add(new Inline(
                ctx.name(name, "indicator"),
                ctx.target(o.get(Key.TARGET)),
                ctx.target(o.get(Key.HALF_YEAR)),
                ctx.label(Kind.class, o.get(Key.KIND)),
                ctx.label(Direction.class, o.get(Key.DIRECTION)),
                o.text(Key.UNIT),
                o.text(Key.BASIS),
                o.text(Key.CATEGORY),
                ctx.decimal(o.get(Key.WEIGHT), "weight"),
                o.text(Key.REF),
                at));
    }

    /** A row written in place with no value yet: {@code indicator '维护社会稳定'}. */
    public void indicator(String name) {
        indicator(Map.of(), name);
    }

    /** 三级指标 = {@link #indicator(Map, String)}. */
    public void 三级指标(Map<String, ?> options, String name) {
        indicator(options, name);
    }

    /** 三级指标 = {@link #indicator(String)}. */
    public void 三级指标(String name) {
        indicator(name);
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
