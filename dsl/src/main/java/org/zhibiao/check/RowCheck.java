package org.zhibiao.check;

import java.util.List;
import java.util.function.Function;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * The body of a rule that judges one row on its own. What it reports depends only on the template,
 * the rule's settings, the table's name and the row's text (never on the row's place in the file
 * or on the other rows), and every finding is about that row.
 *
 * <p>That contract lets the {@link Checker} run all row rules in one pass and remember their
 * findings per distinct row: the rows a template gives every department recur in each of the ten
 * thousand declarations of a province's batch, and are judged once (#7). A rule that compares rows
 * with each other, or reads anything else of the declaration, is a plain {@link BuiltinRule}.
 */
final class RowCheck {

    /** Judges one row, reporting through the context at the row. */
    @FunctionalInterface
    interface Body {
        void check(CheckContext ctx, Table table, Row row);
    }

    /** Judges one distinct value of a row (see {@link Facts#values}). */
    @FunctionalInterface
    interface ValueBody {
        void check(CheckContext ctx, Table table, Row row, Value value);
    }

    private final boolean filledOnly;
    private final Function<CheckContext, Body> prepare;

    private RowCheck(boolean filledOnly, Function<CheckContext, Body> prepare) {
        this.filledOnly = filledOnly;
        this.prepare = prepare;
    }

    /** Every row the department has filled (not a slot still to do). */
    static RowCheck filled(Body body) {
        return new RowCheck(true, ctx -> body);
    }

    /** Every row, slots still to do included. */
    static RowCheck everyRow(Body body) {
        return new RowCheck(false, ctx -> body);
    }

    /** Every value of every filled row. */
    static RowCheck values(ValueBody body) {
        return new RowCheck(true, ctx -> perValue(body));
    }

    /**
     * Every value of every filled row, with a body made from the rule's parameters (a pattern
     * compiled, a number read) once per prepared checker, not once per value. The function may
     * read only the context's settings: the checker calls it before it has any declaration.
     */
    static RowCheck values(Function<CheckContext, ValueBody> prepare) {
        return new RowCheck(true, ctx -> perValue(prepare.apply(ctx)));
    }

    /** Every filled row, with a body made from the rule's parameters as {@link #values(Function)}. */
    static RowCheck prepared(Function<CheckContext, Body> prepare) {
        return new RowCheck(true, prepare);
    }

    private static Body perValue(ValueBody body) {
        return (ctx, table, row) -> {
            List<Value> values = ctx.facts().values(table, row);
            for (int i = 0, n = values.size(); i < n; i++) {
                body.check(ctx, table, row, values.get(i));
            }
        };
    }

    /** Whether the rule looks at this row at all. */
    boolean covers(Row row) {
        return !filledOnly || !row.isToFill();
    }

    /** The body, its parameters read from the context's settings. */
    Body prepare(CheckContext ctx) {
        return prepare.apply(ctx);
    }

    /** The rule alone over a whole declaration, as a rule run outside the checker's pass sees it. */
    void run(CheckContext ctx) {
        Body body = prepare(ctx);
        for (Table table : ctx.declaration().tables()) {
            for (Row row : table.rows()) {
                if (covers(row)) {
                    body.check(ctx, table, row);
                }
            }
        }
    }
}
