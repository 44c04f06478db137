package org.zhibiao.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a printed table.
 *
 * @param cells the texts, one per column (a missing value is {@code ""})
 * @param fixed whether the template supplied the row, so that its template columns are locked;
 *        a row the department added or still has to fill is unlocked throughout
 */
public record PrintedRow(List<String> cells, boolean fixed) {

    public PrintedRow {
        List<String> copy = new ArrayList<>(cells.size());
        for (String cell : cells) {
            copy.add(cell == null ? "" : cell);
        }
        cells = List.copyOf(copy);
    }
}
