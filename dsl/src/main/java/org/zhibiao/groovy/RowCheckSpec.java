package org.zhibiao.groovy;

import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * What a rule written as a closure sees of one declaration row, e.g.
 * {@code rule('no-xx-names', severity: 'warning', zh: '三级指标名称含 XX', en: 'name holds XX') { level3().contains('XX') }}.
 * Every getter returns text, never null, so a closure needs no null checks.
 *
 * @since 0.1
 */
public final class RowCheckSpec {

    private Table table;
    private Row row;

    RowCheckSpec at(Table newTable, Row newRow) {
        this.table = newTable;
        this.row = newRow;
        return this;
    }

    /** The table's name (长期, 年度 …). */
    public String table() {
        return text(table.name());
    }

    /** 一级指标. */
    public String level1() {
        return text(row.level1());
    }

    /** 二级指标. */
    public String level2() {
        return text(row.level2());
    }

    /** 重点工作. */
    public String keyWork() {
        return text(row.keyWork());
    }

    /** 三级指标. */
    public String level3() {
        return text(row.level3());
    }

    /** 指标值 (预期当年). */
    public String target() {
        return text(row.target());
    }

    /** 半年指标值. */
    public String halfYear() {
        return text(row.halfYear());
    }

    /** 全年指标值. */
    public String fullYear() {
        return text(row.fullYear());
    }

    /** 指标值确定依据. */
    public String basis() {
        return text(row.basis());
    }

    /** 指标分类. */
    public String category() {
        return text(row.category());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
