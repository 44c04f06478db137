package org.zhibiao.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Column;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Target;

/** Builds declaration rows from template rows; values are written in canonical form. */
final class Rows {

    private Rows() {}

    static Row of(String level1, String level2, String keyWork, Inline row, Origin origin, String slot) {
        String target = print(row.target());
        String half = row.halfYear() != null ? print(row.halfYear()) : target;
        return new Row(
                level1,
                level2,
                keyWork,
                row.name(),
                null,
                null,
                target,
                half,
                target,
                row.basis(),
                row.category(),
                row.ref(),
                origin,
                slot,
                null);
    }

    /** A marked place for the department's own indicator: no name, no value yet. */
    static Row todo(String level1, String level2, String keyWork, String slot, String basis, String category) {
        return new Row(
                level1,
                level2,
                keyWork,
                null,
                null,
                null,
                null,
                null,
                null,
                basis,
                category,
                null,
                Origin.TO_FILL,
                slot,
                null);
    }

    /** 核心业务产出{n} → 核心业务产出1, 核心业务产出2 …, one 二级 per row. */
    static List<Row> numbered(List<Row> rows, String pattern) {
        List<Row> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            result.add(r.withLevels(r.level1(), pattern.replace("{n}", Integer.toString(i + 1))));
        }
        return result;
    }

    /**
     * The row as the table prints it: the value columns it has, 重点工作 where it has one, and each
     * declared column's cell (the row's own, else the column's default).
     */
    static Row forTable(Row r, TableDef table, boolean basis, boolean category) {
        List<ValueColumn> columns = table.valueColumns();
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            if (Row.isField(c.id())) {
                continue;
            }
            Cell own = r.cells().get(c.id());
            if (own != null) {
                cells.put(c.id(), own);
            } else if (c.preset() != null) {
                cells.put(c.id(), Cell.of(c.preset()));
            }
        }
        return new Row(
                r.level1(),
                r.level2(),
                table.hasKeyWork() ? r.keyWork() : null,
                r.level3(),
                columns.contains(ValueColumn.PREV2) ? r.prev2() : null,
                columns.contains(ValueColumn.PREV1) ? r.prev1() : null,
                columns.contains(ValueColumn.TARGET) ? r.target() : null,
                columns.contains(ValueColumn.HALF_YEAR) ? r.halfYear() : null,
                columns.contains(ValueColumn.FULL_YEAR) ? r.fullYear() : null,
                basis ? r.basis() : null,
                category ? r.category() : null,
                r.ref(),
                r.origin(),
                r.slot(),
                cells,
                r.places(),
                r.pos());
    }

    static Row withHistory(Row r, String prev2, String prev1) {
        return new Row(
                r.level1(),
                r.level2(),
                r.keyWork(),
                r.level3(),
                prev2,
                prev1,
                r.target(),
                r.halfYear(),
                r.fullYear(),
                r.basis(),
                r.category(),
                r.ref(),
                r.origin(),
                r.slot(),
                r.cells(),
                r.places(),
                r.pos());
    }

    private static String print(Target target) {
        return target == null ? null : target.print();
    }
}
