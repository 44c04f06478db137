package org.zhibiao.shape;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Column;
import org.zhibiao.model.Form;
import org.zhibiao.model.StandardColumns;
import org.zhibiao.model.TableDef;

/**
 * One indicator table's columns in form order, complete: the 一级 → 三级 frame, the value columns
 * and every column the template declares, with the form's vocabularies (指标值确定依据, 指标分类)
 * as columns where the form lists them and the template did not declare them itself.
 *
 * @param table the template's table
 * @param columns every column, in the order the form prints them
 */
public record TableShape(TableDef table, List<Column> columns) {

    public TableShape {
        columns = List.copyOf(columns);
    }

    /** The shape of one table of a resolved form. */
    public static TableShape of(TableDef table, Form form) {
        List<Column> out = new ArrayList<>();
        for (Column tree : StandardColumns.tree(table.hasKeyWork())) {
            Column declared = table.column(tree.id());
            out.add(declared != null ? declared : tree);
        }
        for (Column c : table.columns()) {
            if (!StandardColumns.isTree(c.id())) {
                out.add(withVocabulary(c, form));
            }
        }
        addVocabulary(
                out,
                table,
                StandardColumns.BASIS,
                form == null ? List.of() : form.bases(),
                form == null ? null : form.basis());
        addVocabulary(
                out,
                table,
                StandardColumns.CATEGORY,
                form == null ? List.of() : form.categories(),
                form == null ? null : form.category());
        return new TableShape(table, out);
    }

    /** The declared 依据 or 分类 column takes the form's list when it gives none of its own. */
    private static Column withVocabulary(Column c, Form form) {
        if (form == null || !c.values().isEmpty()) {
            return c;
        }
        if (StandardColumns.BASIS.equals(c.id()) && !form.bases().isEmpty()) {
            return c.withValues(form.bases());
        }
        if (StandardColumns.CATEGORY.equals(c.id()) && !form.categories().isEmpty()) {
            return c.withValues(form.categories());
        }
        return c;
    }

    private static void addVocabulary(List<Column> out, TableDef table, String id, List<String> values, String preset) {
        if (table.column(id) != null || (values.isEmpty() && preset == null)) {
            return;
        }
        out.add(StandardColumns.vocabulary(id).withValues(values).withPreset(preset));
    }

    public String name() {
        return table.name();
    }

    /** The column with this id, or null. */
    public Column column(String id) {
        for (Column c : columns) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    public boolean has(String id) {
        return column(id) != null;
    }

    /**
     * The columns as the form prints them: a 指标值 declared in parts (operator | number | unit) is
     * its parts, each tagged with the column it belongs to.
     */
    public List<Printed> printed() {
        List<Printed> out = new ArrayList<>();
        for (Column c : columns) {
            if (c.parts().isEmpty()) {
                out.add(new Printed(c, null, -1));
            } else {
                for (int i = 0; i < c.parts().size(); i++) {
                    out.add(new Printed(c, c.parts().get(i), i));
                }
            }
        }
        return out;
    }

    /**
     * One printed column: a whole column, or one part of a column the form prints in parts.
     *
     * @param column the column of the table
     * @param part the part, or null when the column prints in one cell
     * @param index the part's index, or -1
     */
    public record Printed(Column column, Column part, int index) {

        /** The header the form prints over this column. */
        public String header() {
            return part != null ? part.label() : column.label();
        }

        /** Whether a printed header names this column or part. */
        public boolean answersTo(String printed) {
            return part != null ? part.answersTo(printed) : column.answersTo(printed);
        }

        /**
         * The key a reader records this cell's place under: the column's id, or {@code target.operator}
         * for a part, so a finding about the operator of a split 指标值 points at the operator cell.
         */
        public String placeKey() {
            return part == null ? column.id() : placeKey(column.id(), part.id());
        }

        /** The place key of part {@code part} of column {@code column}. */
        public static String placeKey(String column, String part) {
            return column + "." + part;
        }

        /** What the cells hold. */
        public Column described() {
            return part != null ? part : column;
        }
    }
}
