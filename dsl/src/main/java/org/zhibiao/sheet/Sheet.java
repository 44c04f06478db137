package org.zhibiao.sheet;

import java.util.List;

/**
 * A table file's sheet as text: a CSV file is one sheet, a workbook one per worksheet. Readers of
 * the printed layout work on this, so CSV and Office files are read by the same code.
 *
 * @param name the worksheet's name, or the file name for a CSV file
 * @param rows the rows in order, each a list of cells; rows may differ in length
 */
public record Sheet(String name, List<List<SheetCell>> rows) {

    public Sheet {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
