package org.zhibiao.sheet;

import org.zhibiao.diag.Position;

/**
 * One cell of a table file as read: its text exactly as the person saw it, and where it stands
 * ({@code form.csv:12:指标值}, {@code decl.xlsx:年度!G14}).
 *
 * @param text the text, never null; an empty cell is empty text
 * @param pos the cell's place
 */
public record SheetCell(String text, Position pos) {

    public SheetCell {
        text = text == null ? "" : text;
        pos = pos == null ? Position.NONE : pos;
    }
}
