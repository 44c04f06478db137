package org.zhibiao.shape;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * A declaration's indicator tables in the printed layout of its template: one header row with
 * the form's headers (and 指标表 where the form has several tables), then one line per row, each
 * 指标值 split into the cells the form prints it in. A value under a key the template does not
 * declare (read from another province's form) is written under that key after the form's columns,
 * so nothing read is lost on the way back.
 */
public final class LayoutWriter {

    /** The header of the column naming each row's table, where the form has more than one. */
    public static final String TABLE_HEADER = "指标表";

    /**
     * The headers of the hidden columns an xlsx keeps a row's bookkeeping in (its library entry,
     * origin and slot), so a workbook written and read back is the same declaration.
     */
    public static final List<String> BOOKKEEPING = List.of("ref", "origin", "slot");

    private LayoutWriter() {}

    /** The header row and the data rows, as text cells. */
    public static List<List<String>> rows(Declaration declaration, FormShape shape) {
        List<TableShape.Printed> columns = union(shape);
        boolean named = shape.tables().size() > 1;
        Set<String> extra = new LinkedHashSet<>();
        for (Table t : declaration.tables()) {
            TableShape ts = shape.table(t.name());
            for (Row r : t.rows()) {
                for (String key : r.cells().keySet()) {
                    if (ts == null || !ts.has(key)) {
                        extra.add(key);
                    }
                }
            }
        }
        extra.removeIf(k -> columns.stream().anyMatch(p -> p.column().id().equals(k)));
        List<List<String>> out = new ArrayList<>();
        // the header block above the table, one labelled value a line, as the form prints it
        PrintedDeclaration.lines(declaration).forEach(line -> out.add(List.of(line)));
        List<String> header = new ArrayList<>();
        if (named) {
            header.add(TABLE_HEADER);
        }
        columns.forEach(p -> header.add(p.header()));
        header.addAll(extra);
        out.add(header);
        for (Table t : declaration.tables()) {
            for (Row r : t.rows()) {
                List<String> line = new ArrayList<>(header.size());
                if (named) {
                    line.add(t.name());
                }
                for (TableShape.Printed p : columns) {
                    line.add(cell(r, p));
                }
                for (String key : extra) {
                    line.add(orEmpty(r.text(key)));
                }
                out.add(line);
            }
        }
        return out;
    }

    /** What one printed column of a row shows. */
    public static String cell(Row r, TableShape.Printed p) {
        String text = orEmpty(r.text(p.column().id()));
        if (p.part() == null) {
            return text;
        }
        return TargetParts.split(text, p.column().parts().size()).get(p.index());
    }

    /**
     * The printed columns of every table in one order: a column a later table adds goes before
     * the first of its followers already placed (年度's 前年 and 上年 before 指标值).
     */
    static List<TableShape.Printed> union(FormShape shape) {
        List<TableShape.Printed> out = new ArrayList<>();
        for (TableShape t : shape.tables()) {
            List<TableShape.Printed> printed = t.printed();
            for (int k = 0; k < printed.size(); k++) {
                TableShape.Printed p = printed.get(k);
                if (indexOf(out, p) >= 0) {
                    continue;
                }
                int at = out.size();
                for (int later = k + 1; later < printed.size(); later++) {
                    int found = indexOf(out, printed.get(later));
                    if (found >= 0) {
                        at = found;
                        break;
                    }
                }
                out.add(at, p);
            }
        }
        return out;
    }

    private static int indexOf(List<TableShape.Printed> list, TableShape.Printed p) {
        for (int i = 0; i < list.size(); i++) {
            TableShape.Printed q = list.get(i);
            if (q.column().id().equals(p.column().id()) && q.index() == p.index()) {
                return i;
            }
        }
        return -1;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
