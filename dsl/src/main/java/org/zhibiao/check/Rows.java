package org.zhibiao.check;

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
        for (Facts.Filled filled : ctx.facts().filledRows()) {
            visitor.visit(filled.table(), filled.row());
        }
    }

    /** Every distinct parsed value of every filled row. */
    static void values(CheckContext ctx, ValueVisitor visitor) {
        for (Facts.Filled filled : ctx.facts().filledRows()) {
            for (Value value : filled.values()) {
                visitor.visit(filled.table(), filled.row(), value);
            }
        }
    }
}
