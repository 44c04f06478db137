package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import org.zhibiao.diag.Position;

/**
 * The value of one template-declared column in one row, exactly as a person typed it, and where
 * it was typed. What the text means (a choice, a number of points, a 指标值) is said by the
 * table's column declaration ({@link Column#type()}), so the same text is checked, offered and
 * printed the same way in every format.
 *
 * @param text the text as typed, never null
 * @param pos where the value stands: a YAML or JSON value, a CSV or workbook cell
 */
public record Cell(String text, @JsonIgnore Position pos) {

    public Cell {
        text = text == null ? "" : text;
        pos = pos == null ? Position.NONE : pos;
    }

    public static Cell of(String text) {
        return new Cell(text, Position.NONE);
    }

    /** Documents write a cell as its text. */
    @JsonValue
    public String json() {
        return text;
    }

    @JsonIgnore
    public boolean isBlank() {
        return text.isBlank();
    }
}
