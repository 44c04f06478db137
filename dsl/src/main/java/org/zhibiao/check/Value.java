package org.zhibiao.check;

import java.util.List;
import java.util.stream.Collectors;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Row;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;

/**
 * One distinct 指标值 of a row, parsed once, with every column that holds it: a Hubei annual row
 * that says ≤100% for 前年, 上年 and 指标值 is one value with three columns, and is reported once.
 *
 * @param columns the columns holding this text, in form order
 * @param raw the text as typed, stripped
 * @param target the parsed value, or null when it did not parse
 * @param error why it did not parse, or null
 */
public record Value(List<ValueColumn> columns, String raw, Target target, TargetException error) {

    public Value {
        columns = List.copyOf(columns);
    }

    public boolean parsed() {
        return target != null;
    }

    /** The value as a quantity, or null when it is text, a placeholder or unreadable. */
    public Quantity quantity() {
        return target instanceof Quantity q ? q : null;
    }

    /** The column labels joined with "/", e.g. {@code 前年/上年/指标值}. */
    public String columnLabels() {
        return columns.stream().map(ValueColumn::label).collect(Collectors.joining("/"));
    }

    /** Where this value stands in the row: its first column's cell, else the row. */
    public Position at(Row row) {
        return columns.isEmpty() ? row.pos() : row.at(columns.get(0).id());
    }

    public boolean in(ValueColumn column) {
        return columns.contains(column);
    }
}
