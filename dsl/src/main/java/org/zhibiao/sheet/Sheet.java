package org.zhibiao.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A table file's sheet as text: a CSV file is one sheet, a workbook one per worksheet. Readers of
 * the printed layout work on this, so CSV and Office files are read by the same code, and
 * {@code dsl} needs no Office library.
 *
 * <p>Rows keep their place: a blank or hidden row between two tables is an empty list, not left
 * out. Trailing blank rows of a workbook are not kept.
 *
 * @param name the worksheet's name, or the file name for a CSV file
 * @param rows the rows in order, each a list of cells; rows may differ in length
 */
public record Sheet(String name, List<List<SheetCell>> rows) {

    public Sheet {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cell's text at 0-based row and column, {@code ""} outside the filled area. */
    public String text(int row, int column) {
        if (row < 0
                || row >= rows.size()
                || column < 0
                || column >= rows.get(row).size()) {
            return "";
        }
        return rows.get(row).get(column).text();
    }

    /** The rows as plain text, for tests and for writers that copy a sheet. */
    public List<List<String>> texts() {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<SheetCell> row : rows) {
            out.add(row.stream().map(SheetCell::text).toList());
        }
        return out;
    }
}
