package org.zhibiao.check;

import static org.zhibiao.diag.Severity.WARNING;

import java.util.List;
import java.util.Set;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Quantity;

/**
 * Jiangsu's mid-year checkpoint: 半年指标值 against 全年指标值 (DOMAIN.md §8 rule 24). That both
 * are filled is {@code missing-value}'s job.
 */
final class PeriodRules {

    static final Message OPERATOR = new Message(
            RuleCode.HALF_YEAR_OPERATOR,
            WARNING,
            "半年指标值“%s”与全年指标值“%s”的运算符不同；请核对",
            "the half-year value '%s' and the full-year value '%s' use different operators; check them");
    static final Message EXCEEDS = new Message(
            RuleCode.HALF_YEAR_EXCEEDS,
            WARNING,
            "累计数量的半年指标值“%s”大于全年指标值“%s”；半年应不超过全年",
            "the cumulative half-year value '%s' exceeds the full-year value '%s'; half-year should not exceed it");

    /** Units of things counted up over the year (DOMAIN.md §7 count and money units). */
    static final List<String> COUNT_UNITS = List.of(
            "个", "次", "人", "人次", "台", "类", "起", "件", "项", "场", "份", "户", "所", "辆", "套", "家", "篇", "期", "批", "条", "处",
            "元", "万元", "亿元");

    private PeriodRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        OPERATOR,
                        "半年与全年指标值的运算符应相同。",
                        "Half-year and full-year values use the same operator.",
                        RowCheck.filled(PeriodRules::operator)),
                new BuiltinRule(
                        EXCEEDS,
                        "累计数量（个、次、起、万元……）的半年值不应大于全年值。参数 units。",
                        "For cumulative counts (个, 次, 起, 万元 …) the half-year value does not exceed the full-year "
                                + "value. Parameter: units.",
                        RowCheck.prepared(PeriodRules::exceeds)));
    }

    @SuppressWarnings("ReferenceEquality") // one value that fills both columns is compared with itself
    private static void operator(CheckContext ctx, Table table, Row row) {
        if (!ctx.facts().hasColumn(table, ValueColumn.HALF_YEAR)) {
            return; // an annual-only table: most rows of a province's corpus
        }
        Value half = ctx.facts().value(table, row, ValueColumn.HALF_YEAR);
        Value full = ctx.facts().value(table, row, ValueColumn.FULL_YEAR);
        if (half == null || full == null || half == full) {
            return;
        }
        Quantity h = half.quantity();
        Quantity f = full.quantity();
        if (h != null && f != null && h.operator() != null && f.operator() != null && h.operator() != f.operator()) {
            ctx.report(
                    OPERATOR,
                    row.at(ValueColumn.HALF_YEAR.id()),
                    Facts.path(table, row),
                    Hint.NONE,
                    half.raw(),
                    full.raw());
        }
    }

    private static RowCheck.Body exceeds(CheckContext settings) {
        Set<String> units = Set.copyOf(settings.list("units", COUNT_UNITS));
        return (ctx, table, row) -> {
            if (!ctx.facts().hasColumn(table, ValueColumn.HALF_YEAR)) {
                return;
            }
            Value half = ctx.facts().value(table, row, ValueColumn.HALF_YEAR);
            Value full = ctx.facts().value(table, row, ValueColumn.FULL_YEAR);
            Quantity h = half == null ? null : half.quantity();
            Quantity f = full == null ? null : full.quantity();
            if (h != null
                    && f != null
                    && h.unit().equals(f.unit())
                    && units.contains(h.unit())
                    && h.number().compareTo(f.number()) > 0) {
                ctx.report(
                        EXCEEDS,
                        row.at(ValueColumn.HALF_YEAR.id()),
                        Facts.path(table, row),
                        Hint.NONE,
                        half.raw(),
                        full.raw());
            }
        };
    }
}
