package org.zhibiao.check;

import java.util.List;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/** Walks the declaration's filled rows (not the slots still to do) for the row and value rules. */
final class Rows {

    interface RowVisitor {
        void visit(Table table, Row row);
    }

    interface ValueVisitor {
        void visit(Table table, Row row, Value value);
    }

    private Rows() {
    }

    static void each(CheckContext ctx, RowVisitor visitor) {
        Facts.Filled[] rows = ctx.facts().filled();
        for (int i = 0; i < rows.length; i++) {
            visitor.visit(rows[i].table(), rows[i].row());
        }
    }

    /** Every distinct parsed value of every filled row. */
    static void values(CheckContext ctx, ValueVisitor visitor) {
        Facts.Filled[] rows = ctx.facts().filled();
        for (int i = 0; i < rows.length; i++) {
            Facts.Filled filled = rows[i];
            List<Value> values = filled.values();
            for (int j = 0, n = values.size(); j < n; j++) {
                visitor.visit(filled.table(), filled.row(), values.get(j));
            }
        }
    }
}
