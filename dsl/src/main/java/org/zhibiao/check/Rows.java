package org.zhibiao.check;

import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/** Walks the declaration's filled rows (not the slots still to do) for the rules that gather over them. */
final class Rows {

    interface RowVisitor {
        void visit(Table table, Row row);
    }

    private Rows() {
    }

    static void each(CheckContext ctx, RowVisitor visitor) {
        Facts.Filled[] rows = ctx.facts().filled();
        for (int i = 0; i < rows.length; i++) {
            visitor.visit(rows[i].table(), rows[i].row());
        }
    }
}
