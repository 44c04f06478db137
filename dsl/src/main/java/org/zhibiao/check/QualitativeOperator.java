package org.zhibiao.check;

import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.model.ColumnType;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * A qualitative 指标值 written with {@code =} before it ({@code =健全}). A form that prints the 指标值
 * in parts (pmkpi's 计算符号 | 指标值, 乌海's 指标方向 | 目标值) has an operator cell on every row, and
 * clerks fill it with {@code =} on a qualitative row too; joined, the cells read {@code =健全}. The
 * meaning is plain, so it is read as the level and warned about, never an error on the form as the
 * province prints it (issue 14; DOMAIN.md §1.5, §8 rules 6–7). The text itself is kept as typed: a
 * round trip gives {@code =} and {@code 健全} back in their cells. {@code ≥健全} stays an error, since
 * "at least 健全" asks for a scale the value does not have. The rule's message is {@link
 * ValueRules#QUALITATIVE_OPERATOR}.
 */
final class QualitativeOperator {

    private QualitativeOperator() {}

    /**
     * The words after a leading {@code =} when the text is nothing else ({@code =健全} is 健全), or
     * null: a text with a digit, or whose rest is no qualitative value, stays what the grammar said.
     */
    static Target words(String raw) {
        String rest = withoutEquals(raw);
        if (rest == null || rest.isEmpty() || rest.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        try {
            Target t = Targets.parse(rest);
            return t instanceof Quantity ? null : t;
        } catch (TargetException e) {
            return null;
        }
    }

    private static String withoutEquals(String raw) {
        String t = raw == null ? "" : raw.strip();
        // U+FF1D is the full-width equals sign a Chinese input method types
        return t.startsWith("=") || t.startsWith("\uFF1D") ? t.substring(1).strip() : null;
    }

    /** The warning on a qualitative value written with {@code =}, at the operator cell where there is one. */
    static void check(CheckContext ctx, Table table, Row row, Value value) {
        if (!value.parsed() || value.target() instanceof Quantity) {
            return;
        }
        String rest = withoutEquals(value.raw());
        if (rest != null) {
            Position at = operatorCell(ctx, table, row, value.at(row));
            ctx.report(ValueRules.QUALITATIVE_OPERATOR, at, Facts.path(table, row), Hint.NONE, value.raw(), rest);
        }
    }

    /**
     * The operator's own cell where the form prints the 指标值 in parts (乌海's 指标方向), so the
     * finding points at the {@code =} a clerk typed; else {@code fallback}, the 指标值's cell.
     */
    static Position operatorCell(CheckContext ctx, Table table, Row row, Position fallback) {
        return PartCells.of(ctx, table, row, "target", ColumnType.OPERATOR, fallback);
    }
}
