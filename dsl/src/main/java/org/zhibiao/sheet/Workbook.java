package org.zhibiao.sheet;

import java.util.List;

/**
 * What a workbook file holds for zhibiao: its visible sheets in order, and the template it was
 * written for when a document property records it (zhibiao's own workbooks do), so that
 * {@code check filled.xlsx} can find the template without being told.
 *
 * @param sheets the sheets, in the order the workbook shows them
 * @param template the template's {@code id@version}, or null when the workbook does not say
 */
public record Workbook(List<Sheet> sheets, String template) {

    public Workbook {
        sheets = List.copyOf(sheets);
    }
}
