package org.zhibiao.sheet;

import java.util.List;

/**
 * One sheet of a printed form (one page group in Word): title lines, the header block, tables.
 *
 * @param name the sheet's name (at most 31 characters, none of {@code []:*?/\}, as Excel requires)
 * @param titles the lines printed across the top (2024年度部门整体绩效目标申报表)
 * @param header the header block's label/value pairs, printed two pairs a line
 * @param tables the tables, one under the other with a blank line between
 */
public record PrintedSheet(String name, List<String> titles, List<PrintedField> header, List<PrintedTable> tables) {

    public PrintedSheet {
        titles = List.copyOf(titles);
        header = List.copyOf(header);
        tables = List.copyOf(tables);
    }
}
