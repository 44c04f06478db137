package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * One indicator table of a form: Hubei's 长期绩效指标 and 年度绩效指标, Jiangsu's 履职 table.
 *
 * @param name short name used in declarations and the CSV 指标表 column (长期, 年度 …)
 * @param title the heading printed on the form
 * @param columns the columns after the 一级 → 三级 frame, in form order: the value columns and
 *     whatever else the form prints (指标性质, 计量单位, 分值, 备注 …); bare words name standard columns
 * @param keyWork whether the table has a 重点工作 column
 * @param level1 the 一级 this table shows; empty means all of them
 */
public record TableDef(
        @Required String name,
        String title,
        @Required List<Column> columns,
        Boolean keyWork,
        List<String> level1,
        @JsonIgnore Position pos) {

    public TableDef {
        columns = columns == null
                ? List.of()
                : columns.stream().map(StandardColumns::expand).toList();
        level1 = Lists.copy(level1);
        pos = pos == null ? Position.NONE : pos;
    }

    @JsonIgnore
    public boolean hasKeyWork() {
        return Boolean.TRUE.equals(keyWork);
    }

    /** The columns that hold a 指标值 the period rules know (前年, 上年, 指标值, 半年, 全年), in form order. */
    @JsonIgnore
    public List<ValueColumn> valueColumns() {
        List<ValueColumn> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            ValueColumn v = ValueColumn.find(c.id());
            if (v != null) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** The declared column with this id, or null. */
    public Column column(String id) {
        for (Column c : columns) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    public boolean shows(String level1Name) {
        return level1.isEmpty() || level1.contains(level1Name);
    }
}
