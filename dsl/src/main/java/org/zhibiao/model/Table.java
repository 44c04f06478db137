package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * One filled indicator table of a declaration.
 *
 * @param name the table's name in the template (长期, 年度 …)
 * @param rows the rows in form order
 */
public record Table(@Required String name, List<Row> rows, @JsonIgnore Position pos) {

    public Table {
        rows = Lists.copy(rows);
        pos = pos == null ? Position.NONE : pos;
    }
}
