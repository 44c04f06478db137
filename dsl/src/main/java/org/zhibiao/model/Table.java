package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * One filled indicator table of a declaration.
 *
 * @param name the table's name in the template (长期, 年度 …)
 * @param rows the rows in form order
 * @param places where each value was written, so a finding about the name points at it (issue 14)
 */
public record Table(
        @Required String name,
        List<Row> rows,
        @JsonIgnore Places places,
        @JsonIgnore Position pos) {

    public Table {
        rows = Lists.copy(rows);
        places = places == null ? Places.NONE : places;
        pos = pos == null ? Position.NONE : pos;
    }

    /** A table with no places, as code builds one. */
    public Table(String name, List<Row> rows, Position pos) {
        this(name, rows, Places.NONE, pos);
    }

    /** Where the value of {@code key} was written, or the table's own position when it was not. */
    public Position at(String key) {
        return places.of(key, pos);
    }
}
