package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * One indicator table of a form: Hubei's 长期绩效指标 and 年度绩效指标, Jiangsu's 履职 table.
 *
 * @param name short name used in declarations and the CSV 指标表 column (长期, 年度 …)
 * @param title the heading printed on the form
 * @param columns the value columns, in form order
 * @param keyWork whether the table has a 重点工作 column
 * @param level1 the 一级 this table shows; empty means all of them
 */
public record TableDef(
        @Required String name,
        String title,
        @Required List<ValueColumn> columns,
        Boolean keyWork,
        List<String> level1,
        @JsonIgnore Position pos) {

    public TableDef {
        columns = Lists.copy(columns);
        level1 = Lists.copy(level1);
        pos = pos == null ? Position.NONE : pos;
    }

    @JsonIgnore
    public boolean hasKeyWork() {
        return Boolean.TRUE.equals(keyWork);
    }

    public boolean shows(String level1Name) {
        return level1.isEmpty() || level1.contains(level1Name);
    }
}
