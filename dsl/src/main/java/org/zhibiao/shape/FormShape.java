package org.zhibiao.shape;

import java.util.List;
import org.zhibiao.model.Form;
import org.zhibiao.model.Template;

/**
 * Every indicator table of a resolved template with its complete columns: the one description
 * the printed-layout reader and writer, the schemas and the rules ask.
 *
 * @param tables the tables in form order
 */
public record FormShape(List<TableShape> tables) {

    public FormShape {
        tables = List.copyOf(tables);
    }

    public static FormShape of(Template resolved) {
        Form form = resolved.form();
        if (form == null) {
            return new FormShape(List.of());
        }
        return new FormShape(form.tables().stream().map(t -> TableShape.of(t, form)).toList());
    }

    /** The table with this name, or null. */
    public TableShape table(String name) {
        for (TableShape t : tables) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
