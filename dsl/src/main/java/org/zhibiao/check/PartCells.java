package org.zhibiao.check;

import org.zhibiao.diag.Position;
import org.zhibiao.model.Column;
import org.zhibiao.model.ColumnType;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.shape.TableShape;

/**
 * The cell of one part of a 指标值 the form prints in parts (乌海's 指标方向 | 目标值 | 计量单位): a
 * finding about the operator or the unit points at the cell a clerk typed it in, not at the number
 * (issue 14: every finding about a value points at that value's own cell).
 */
final class PartCells {

    private PartCells() {}

    /**
     * Where part {@code kind} of column {@code columnId} was read from in {@code row}, or {@code
     * fallback} where the form prints that column in one cell (YAML, JSON, Hubei's CSV).
     */
    static Position of(CheckContext ctx, Table table, Row row, String columnId, ColumnType kind, Position fallback) {
        TableShape shape = ctx.facts().framework().shape(table.name());
        Column column = shape == null ? null : shape.column(columnId);
        if (column == null) {
            return fallback;
        }
        for (Column part : column.parts()) {
            String key = TableShape.Printed.placeKey(column.id(), part.id());
            if (part.kind() == kind && row.places().asMap().containsKey(key)) {
                return row.places().of(key, fallback);
            }
        }
        return fallback;
    }

    /** The unit's own cell of {@code value}, else the value's cell. */
    static Position unit(CheckContext ctx, Table table, Row row, Value value) {
        Position at = value.at(row);
        return value.columns().isEmpty()
                ? at
                : of(ctx, table, row, value.columns().get(0).id(), ColumnType.UNIT, at);
    }
}
