package org.zhibiao.groovy;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Position;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.ValueColumn;

/**
 * The body of {@code table}: one indicator table of the form.
 *
 * @since 0.1
 */
public final class TableSpec {

    private final DslContext ctx;
    private String title;
    private final List<ValueColumn> columns = new ArrayList<>();
    private Boolean keyWork;
    private final List<String> level1 = new ArrayList<>();

    TableSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /** The heading printed on the form, e.g. {@code title '年度绩效指标'}. */
    public void title(String title) {
        this.title = title;
    }

    /** The value columns in form order: 前年, 上年, 指标值, 半年指标值, 全年指标值. */
    public void columns(String... labels) {
        for (String label : labels) {
            columns.add(ctx.label(ValueColumn.class, label));
        }
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
