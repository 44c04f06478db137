package org.zhibiao.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a printed form: a title line above it, a header row, then the rows.
 *
 * @param title the line printed above the table (年度绩效指标); {@code ""} for none
 * @param columns the columns, in printed order
 * @param rows the rows, each with one text per column
 */
public record PrintedTable(String title, List<PrintedColumn> columns, List<PrintedRow> rows) {

    public PrintedTable {
        title = title == null ? "" : title;
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (PrintedRow row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row of " + row.cells().size() + " cells under " + columns.size() + " columns");
            }
        }
    }

    /** This table without its hidden columns: what a printed page (a Word document) shows. */
    public PrintedTable visible() {
        if (columns.stream().noneMatch(PrintedColumn::hidden)) {
            return this;
        }
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).hidden()) {
                shown.add(c);
            }
        }
        List<PrintedRow> kept = new ArrayList<>(rows.size());
        for (PrintedRow row : rows) {
            kept.add(new PrintedRow(shown.stream().map(row.cells()::get).toList(), row.fixed()));
        }
        return new PrintedTable(title, shown.stream().map(columns::get).toList(), kept);
    }

    /** Whether the cell at {@code row}, {@code column} is one the department may change. */
    public boolean fillable(int row, int column) {
        PrintedColumn c = columns.get(column);
        return !c.hidden() && (c.fillable() || !rows.get(row).fixed());
    }
}
