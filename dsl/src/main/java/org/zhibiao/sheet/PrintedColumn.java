package org.zhibiao.sheet;

import java.util.List;

/**
 * One column of a printed table: what its header says, how wide it is printed, and what the
 * department may do with it.
 *
 * @param header the printed header (三级指标, 指标值确定依据)
 * @param width the printed width in characters of a CJK font (a Chinese character counts one)
 * @param choices the values a drop-down offers; empty for free text
 * @param fillable whether the department fills it (an unlocked cell) rather than the template
 *        fixing it (locked on the template's own rows)
 * @param merge whether equal consecutive values are printed as one merged cell (一级, 二级)
 * @param hidden whether the column is kept in the file but not shown or printed: zhibiao's own
 *     bookkeeping (a row's library entry, origin and slot), so a workbook reads back every field
 */
public record PrintedColumn(
        String header, int width, List<String> choices, boolean fillable, boolean merge, boolean hidden) {

    public PrintedColumn {
        header = header == null ? "" : header;
        width = Math.max(width, 1);
        choices = List.copyOf(choices);
    }

    /** A column the template fixes, with no drop-down. */
    public static PrintedColumn fixed(String header, int width, boolean merge) {
        return new PrintedColumn(header, width, List.of(), false, merge, false);
    }

    /** A column kept in the file but hidden, which the department does not see or fill. */
    public static PrintedColumn hidden(String header) {
        return new PrintedColumn(header, 1, List.of(), false, false, true);
    }

    /** A column the department fills, with a drop-down when {@code choices} is not empty. */
    public static PrintedColumn filled(String header, int width, List<String> choices) {
        return new PrintedColumn(header, width, choices, true, false, false);
    }
}
