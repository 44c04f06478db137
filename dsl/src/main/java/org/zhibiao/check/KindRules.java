package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.util.List;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.target.Placeholder;
import org.zhibiao.target.Quantity;

/**
 * 定量/定性, operator and unit consistent with the template row (DOMAIN.md §7 and §8 rules 7–8).
 */
final class KindRules {

    static final Message KIND_MISMATCH = new Message(
            RuleCode.KIND_MISMATCH,
            ERROR,
            "“%s”在模板中是%s指标，填写的“%s”却是%s值；请按模板的类型填写",
            "'%s' is a %s indicator in the template, but '%s' is a %s value; fill it in as the template says");
    static final Message RATE_NOT_QUANTITATIVE = new Message(
            RuleCode.RATE_NOT_QUANTITATIVE,
            WARNING,
            "“%s”是比率，指标值“%s”却是文字；请写成百分比，如 ≥95%%",
            "'%s' is a rate but its value '%s' is words; write a percentage such as ≥95%%");
    static final Message MISSING_OPERATOR = new Message(
            RuleCode.MISSING_OPERATOR,
            WARNING,
            "指标值“%s”缺少运算符（≥ ≤ = > <）；请补上",
            "target value '%s' has no operator (≥ ≤ = > <); add one");
    static final Message MISSING_UNIT = new Message(
            RuleCode.MISSING_UNIT, WARNING, "定量指标值“%s”没有计量单位；请补上", "quantitative value '%s' has no unit; add one");
    static final Message UNIT_MISMATCH = new Message(
            RuleCode.UNIT_MISMATCH,
            ERROR,
            "指标值“%s”的单位“%s”与模板的单位“%s”不符；请改用“%s”",
            "the unit '%s' of '%s' differs from the template's unit '%s'; use '%s'");

    private KindRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        KIND_MISMATCH,
                        "指标值的类型（定量/定性）应与模板该行的类型一致。",
                        "The value's kind (quantitative/qualitative) matches the template row's kind.",
                        RowCheck.values(KindRules::kindMismatch)),
                new BuiltinRule(
                        RATE_NOT_QUANTITATIVE,
                        "名称以“率”结尾的指标应为定量值（如“准确率=实现”是缺陷）。",
                        "An indicator named …率 has a quantitative value (准确率 = 实现 is a defect).",
                        RowCheck.values(KindRules::rateNotQuantitative)),
                new BuiltinRule(
                        MISSING_OPERATOR,
                        "定量指标值应有运算符（95%、200次 是遗漏了运算符的旧写法，应写作 ≥95%、=200次）。",
                        "A quantitative value has an operator (95% or 200次 lost theirs: write ≥95%, =200次).",
                        RowCheck.values(KindRules::missingOperator)),
                new BuiltinRule(
                        MISSING_UNIT,
                        "定量指标值应有计量单位。",
                        "A quantitative value has a unit.",
                        RowCheck.values(KindRules::missingUnit)),
                new BuiltinRule(
                        UNIT_MISMATCH,
                        "定量指标值的单位应与模板该行的单位一致。",
                        "A quantitative value's unit matches the template row's unit.",
                        RowCheck.values(KindRules::unitMismatch)));
    }

    /** The template row's kind: declared, else the kind of its target; null when unknown. */
    static Kind templateKind(Inline row) {
        if (row == null) {
            return null;
        }
        if (row.kind() != null) {
            return row.kind();
        }
        return row.target() == null ? null : row.target().isQuantitative() ? Kind.QUANTITATIVE : Kind.QUALITATIVE;
    }

    /** The template row's unit: declared, else its target's; empty when unknown. */
    static String templateUnit(Inline row) {
        if (row == null) {
            return "";
        }
        if (!Names.isBlank(row.unit())) {
            return unit(row.unit());
        }
        return row.target() instanceof Quantity q ? unit(q.unit()) : "";
    }

    static String unit(String unit) {
        return unit == null ? "" : unit.strip().replace('％', '%');
    }

    private static void kindMismatch(CheckContext ctx, Table table, Row row, Value value) {
        Kind expected = templateKind(ctx.facts().templateRow(row));
        if (expected != null
                && value.parsed()
                && !(value.target() instanceof Placeholder)
                && ValueRules.kindOf(value) != expected) {
            ctx.report(
                    KIND_MISMATCH,
                    value.at(row),
                    Facts.path(table, row),
                    Hint.NONE,
                    row.level3(),
                    expected.label(),
                    value.raw(),
                    ValueRules.kindOf(value).label());
        }
    }

    private static void rateNotQuantitative(CheckContext ctx, Table table, Row row, Value value) {
        boolean rate = row.level3() != null && row.level3().strip().endsWith("率");
        // where the template made the row 定性, ≥95% would be a kind-mismatch: the hint must not lead there
        if (rate
                && templateKind(ctx.facts().templateRow(row)) != Kind.QUALITATIVE
                && value.parsed()
                && !value.target().isQuantitative()
                && !(value.target() instanceof Placeholder)) {
            ctx.report(
                    RATE_NOT_QUANTITATIVE, value.at(row), Facts.path(table, row), Hint.NONE, row.level3(), value.raw());
        }
    }

    private static void missingOperator(CheckContext ctx, Table table, Row row, Value value) {
        Quantity q = value.quantity();
        if (q != null && q.operator() == null) {
            Inline template = ctx.facts().templateRow(row);
            Hint hint = template != null && template.target() instanceof Quantity t && t.operator() != null
                    ? Hints.of("模板为 " + t.print(), "the template says " + t.print())
                    : Hint.NONE;
            ctx.report(MISSING_OPERATOR, value.at(row), Facts.path(table, row), hint, value.raw());
        }
    }

    private static void missingUnit(CheckContext ctx, Table table, Row row, Value value) {
        Quantity q = value.quantity();
        if (q != null && Names.isBlank(q.unit())) {
            String expected = templateUnit(ctx.facts().templateRow(row));
            Hint hint = expected.isEmpty() ? Hint.NONE : Hints.of("单位应为“" + expected + "”", "the unit is " + expected);
            ctx.report(MISSING_UNIT, PartCells.unit(ctx, table, row, value), Facts.path(table, row), hint, value.raw());
        }
    }

    private static void unitMismatch(CheckContext ctx, Table table, Row row, Value value) {
        Quantity q = value.quantity();
        String expected = templateUnit(ctx.facts().templateRow(row));
        if (q != null
                && !Names.isBlank(q.unit())
                && !expected.isEmpty()
                && !unit(q.unit()).equals(expected)) {
            ctx.report(UNIT_MISMATCH.at(
                    PartCells.unit(ctx, table, row, value),
                    Facts.path(table, row),
                    Hint.NONE,
                    new Object[] {value.raw(), q.unit(), expected, expected},
                    new Object[] {q.unit(), value.raw(), expected, expected}));
        }
    }
}
