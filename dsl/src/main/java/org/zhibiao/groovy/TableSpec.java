package org.zhibiao.groovy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Column;
import org.zhibiao.model.ColumnType;
import org.zhibiao.model.TableDef;

/**
 * The body of {@code table}: one indicator table of the form.
 *
 * @since 0.1
 */
public final class TableSpec {

    private final DslContext ctx;
    private String title;
    private final List<Column> columns = new ArrayList<>();
    private Boolean keyWork;
    private final List<String> level1 = new ArrayList<>();

    TableSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** The heading printed on the form, e.g. {@code title '年度绩效指标'}. */
    public void title(String title) {
        this.title = title;
    }

    /**
     * Standard columns by their printed names, in form order: 前年, 上年, 指标值, 半年指标值, 全年指标值,
     * 指标值确定依据, 指标分类.
     */
    public void columns(String... labels) {
        for (String label : labels) {
            columns.add(new Column(label, null, null, null, null, null, null, null, null, ctx.here()));
        }
    }

    /**
     * A column the form prints, declared as in YAML: {@code column id: 'nature', header: '指标性质',
     * type: 'choice', values: ['正向', '反向']}.
     */
    public void column(Map<String, Object> spec) {
        columns.add(column(ctx, spec));
    }

    static Column column(DslContext ctx, Map<String, ?> spec) {
        Position at = ctx.here();
        Options o = Options.of(
                ctx,
                spec,
                Key.ID,
                Key.HEADER,
                Key.ALIASES,
                Key.TYPE,
                Key.VALUES,
                Key.DEFAULT,
                Key.REQUIRED,
                Key.PARTS,
                Key.WIDTH);
        List<Column> parts = new ArrayList<>();
        if (o.get(Key.PARTS) instanceof List<?> list) {
            for (Object part : list) {
                if (part instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> typed = (Map<String, ?>) map;
                    parts.add(column(ctx, typed));
                }
            }
        }
        BigDecimal width = ctx.decimal(o.get(Key.WIDTH), "width");
        Object required = o.get(Key.REQUIRED);
        return new Column(
                ctx.name(o.text(Key.ID), "id"),
                o.text(Key.HEADER),
                texts(o.get(Key.ALIASES)),
                ctx.label(ColumnType.class, o.get(Key.TYPE)),
                texts(o.get(Key.VALUES)),
                o.text(Key.DEFAULT),
                required == null ? null : Boolean.valueOf(required.toString()),
                parts,
                width == null ? null : width.intValue(),
                at);
    }

    private static List<String> texts(Object raw) {
        if (raw instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return raw == null ? List.of() : List.of(raw.toString());
    }

    /** Whether the table has a 重点工作 column (Jiangsu's 履职 table). */
    public void keyWork(boolean keyWork) {
        this.keyWork = keyWork;
    }

    /** The 一级指标 this table shows; without it, the table shows all of them. */
    public void level1(String... names) {
        level1.addAll(List.of(names));
    }

    TableDef build(String name, Position at) {
        return new TableDef(name, title, columns, keyWork, level1, at);
    }
}
