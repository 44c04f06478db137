package org.zhibiao.compile;

import java.util.HashMap;
import java.util.Map;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.ValueColumn;

/**
 * Last year's declaration, looked up row by row so its 指标值 becomes this year's 上年 and its
 * 上年 this year's 前年 — the columns clerks otherwise copy by hand.
 */
final class History {

    private final Map<String, Row> rows = new HashMap<>();

    History(Declaration previous) {
        if (previous != null) {
            for (Table table : previous.tables()) {
                for (Row row : table.rows()) {
                    rows.putIfAbsent(key(table.name(), row), row);
                }
            }
        }
    }

    Row fill(TableDef table, Row row) {
        if (rows.isEmpty() || !table.valueColumns().contains(ValueColumn.PREV1)) {
            return row;
        }
        Row last = rows.get(key(table.name(), row));
        if (last == null) {
            return row;
        }
        String prev1 = last.target() != null ? last.target() : last.fullYear();
        String prev2 = table.valueColumns().contains(ValueColumn.PREV2) ? last.prev1() : null;
        return Rows.withHistory(row, prev2, prev1);
    }

    private static String key(String table, Row row) {
        return table + '\u0000' + row.level1() + '\u0000' + row.level2() + '\u0000' + row.level3();
    }
}
