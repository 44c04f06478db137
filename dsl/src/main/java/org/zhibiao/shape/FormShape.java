package org.zhibiao.shape;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Column;
import org.zhibiao.model.Form;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StageForm;
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
        return new FormShape(
                form.tables().stream().map(t -> TableShape.of(t, form)).toList());
    }

    /**
     * The shape of a stage's form (issue 16): the tables the stage carries, each with the
     * declaration's columns and then the stage's ({@link StageForms#of}); the declaration's shape
     * when {@code stage} is null.
     */
    public static FormShape of(Template resolved, Stage stage) {
        FormShape declaration = of(resolved);
        if (stage == null) {
            return declaration;
        }
        StageForm form = StageForms.of(resolved, stage);
        List<TableShape> out = new ArrayList<>();
        for (TableShape t : declaration.tables()) {
            if (form.tables().isEmpty() || form.tables().contains(t.name())) {
                List<Column> columns = new ArrayList<>(t.columns());
                columns.addAll(StageForms.added(form, t));
                out.add(new TableShape(t.table(), columns));
            }
        }
        return new FormShape(out);
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
