package org.zhibiao.check;

import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Direction;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Description;
import org.zhibiao.target.Level;
import org.zhibiao.target.Operator;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.Targets;
import org.zhibiao.target.UnitFamily;

/**
 * Defects the real forms contain (issue 14): a rate typed as a fraction (0.97% for 97%), a value no
 * one can judge at year end (逐步提升), a zero cost or a zero count of work that must happen, and
 * units outside the template's list (DOMAIN.md §8 rule 9).
 */
final class DefectRules {

    static final Message RATE_BELOW_1 = new Message(
            RuleCode.RATE_BELOW_1,
            WARNING,
            "“%s”通常接近 100%%，指标值“%s”不足 1%%，多半是把 %s 当成了百分数；请核对",
            "'%s' is usually near 100%%, but '%s' is below 1%%: most likely %s was typed as a fraction; check it");
    static final Message VAGUE = new Message(
            RuleCode.VAGUE_VALUE,
            WARNING,
            "指标值“%s”（%s）无法在年末考核；请写明要达到的水平",
            "the target '%s' (%s) cannot be assessed at year end; state the level to reach");
    static final Message ZERO_COST = new Message(
            RuleCode.ZERO_COST,
            WARNING,
            "成本指标“%s”的指标值“%s”为零；请填写计划成本",
            "the cost target '%2$s' of '%1$s' is zero; enter the planned cost");
    static final Message ZERO_COUNT = new Message(
            RuleCode.ZERO_COUNT,
            WARNING,
            "“%s”的指标值“%s”为零：计划不开展这项工作？请填写计划数量，或删除该指标",
            "the target '%2$s' of '%1$s' is zero: is the work not planned? enter the planned count or drop the row");
    static final Message UNIT_LIST = new Message(
            RuleCode.UNIT_NOT_ALLOWED,
            WARNING,
            "计量单位“%s”（指标值“%s”）不在模板允许的单位中",
            "the unit '%s' of '%s' is not one the template allows");

    static final Message COST_OVER_BUDGET = new Message(
            RuleCode.COST_OVER_BUDGET,
            WARNING,
            "成本指标“%s”的指标值“%s”超过申报表的支出合计 %s 万元；请核对单位或金额",
            "the cost target '%2$s' of '%1$s' exceeds the declaration's total expenditure of %3$s 万元; check unit and amount");

    /** Words of a value that only says "better than before" (DOMAIN.md §6 complaints). */
    static final List<String> VAGUE_WORDS = List.of(
            "逐步提升", "逐步提高", "逐步完善", "不断优化", "不断提升", "不断提高", "不断完善", "有所提高", "有所提升", "有所改善", "有所增加", "进一步加强", "进一步提升",
            "进一步提高", "进一步完善", "进一步优化", "稳步提升", "稳步提高", "持续改善", "持续提升", "持续优化", "明显提升", "显著提升", "大幅提升", "逐年提高", "逐年提升");

    private static final Hint STATE_LEVEL = Hints.of(
            "写成可考核的值，如 ≥95%、=100%、完成5项 或 健全", "write a value that can be assessed, such as ≥95%, =100%, 完成5项 or 健全");
    private static final Pattern COST_NAME = Pattern.compile("成本|费用|经费|单价|造价|标准|补助|补贴");

    private DefectRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        RATE_BELOW_1,
                        "通常接近 100% 的比率（覆盖率、在线率、完好率……）指标值低于 1%，多半是把 0.97 当成了 97%。" + "参数 capped 同 rate-above-100。",
                        "A rate that is usually near 100% (覆盖率, 在线率, 完好率 …) with a target below 1% was most likely "
                                + "typed as a fraction (0.97 for 97%). Parameter: capped, as rate-above-100.",
                        RowCheck.values(DefectRules::rateBelow1)),
                new BuiltinRule(
                        VAGUE,
                        "“逐步提升”“不断优化”“有所提高”“进一步加强”这类指标值年末无法考核。参数 words 替换词表。",
                        "Values such as 逐步提升, 不断优化, 有所提高, 进一步加强 cannot be assessed at year end. "
                                + "Parameter: words replaces the list.",
                        RowCheck.values(DefectRules::vague)),
                new BuiltinRule(
                        ZERO_COST,
                        "成本指标（金额单位，如 万元/人、元）的指标值为零（=0、≤0）多半是漏填。",
                        "A cost target in money (万元/人, 元 …) of zero (=0, ≤0) is most likely left unfilled.",
                        RowCheck.values(DefectRules::zeroCost)),
                new BuiltinRule(
                        ZERO_COUNT,
                        "正向的数量指标（次、人、项……）年度或全年指标值为零，等于计划不做这项工作；" + "反向指标（逃脱数、事故数）和半年指标值不报。",
                        "A count of work to do (次, 人, 项 …) whose annual or full-year target is zero plans no work; "
                                + "lower-is-better counts (逃脱数, 事故) and half-year values are not reported.",
                        RowCheck.values(DefectRules::zeroCount)),
                new BuiltinRule(
                        UNIT_LIST,
                        "计量单位应在模板的单位白名单中。参数 units（如 %、个、次、万元）；" + "模板不给 units 时不检查。",
                        "A unit is one of the template's allowed units. Parameter: units (e.g. %, 个, 次, "
                                + "万元); without it the rule checks nothing.",
                        RowCheck.values(DefectRules::unitList)),
                new BuiltinRule(
                        COST_OVER_BUDGET,
                        "成本指标的金额（元、万元、亿元；不含 万元/人 这类单价）不应超过申报表的支出合计；" + "申报表没有资金数据时不检查。",
                        "A cost target in money (元, 万元, 亿元; not a unit cost such as 万元/人) does not exceed the "
                                + "declaration's total expenditure; without funds the rule checks nothing.",
                        DefectRules::costOverBudget));
    }

    private static RowCheck.ValueBody rateBelow1(CheckContext settings) {
        Pattern capped = Pattern.compile(String.join("|", settings.list("capped", JudgementRules.CAPPED)));
        Pattern exempt = Pattern.compile(String.join("|", JudgementRules.UNCAPPED));
        return (ctx, table, row, value) -> {
            Quantity q = value.quantity();
            if (q != null
                    && "%".equals(KindRules.unit(q.unit()))
                    && q.number().signum() > 0
                    && q.number().compareTo(BigDecimal.ONE) < 0
                    && q.operator() != Operator.LE
                    && q.operator() != Operator.LT
                    && JudgementRules.isCapped(row.level3(), capped, exempt)) {
                Quantity meant =
                        new Quantity(q.operator(), q.number().movePointRight(2).stripTrailingZeros(), "%");
                ctx.report(
                        RATE_BELOW_1,
                        value.at(row),
                        Facts.path(table, row),
                        Hint.didYouMean(meant.print()),
                        row.level3(),
                        value.raw(),
                        q.number().toPlainString());
            }
        };
    }

    private static RowCheck.ValueBody vague(CheckContext settings) {
        Pattern words = Pattern.compile(String.join("|", settings.list("words", VAGUE_WORDS)));
        return (ctx, table, row, value) -> {
            String text = words(value.target());
            if (text == null || ctx.facts().templateGives(row, value)) {
                return;
            }
            Matcher m = words.matcher(text);
            if (m.find()) {
                ctx.report(VAGUE, value.at(row), Facts.path(table, row), STATE_LEVEL, value.raw(), m.group());
            }
        };
    }

    /** The words of a qualitative value, or null for a quantity or a placeholder. */
    private static String words(Target target) {
        if (target instanceof Description d) {
            return d.text();
        }
        return target instanceof Level l ? l.word() : null;
    }

    private static void zeroCost(CheckContext ctx, Table table, Row row, Value value) {
        Quantity q = value.quantity();
        if (q != null
                && q.number().signum() == 0
                && isMoney(q.unit())
                && q.operator() != Operator.GE
                && q.operator() != Operator.GT
                && (isCost(row) || q.unit().contains("/"))) {
            ctx.report(ZERO_COST, value.at(row), Facts.path(table, row), Hint.NONE, row.level3(), value.raw());
        }
    }

    private static boolean isMoney(String unit) {
        String base = unit == null ? "" : unit.split("/", -1)[0];
        return !base.isEmpty() && Targets.unitFamily(base).orElse(null) == UnitFamily.MONEY;
    }

    private static boolean isCost(Row row) {
        String where = String.valueOf(row.level1()) + String.valueOf(row.level2()) + String.valueOf(row.level3());
        return COST_NAME.matcher(where).find();
    }

    private static void zeroCount(CheckContext ctx, Table table, Row row, Value value) {
        Quantity q = value.quantity();
        if (q == null
                || q.number().signum() != 0
                || q.unit() == null
                || !(value.in(ValueColumn.TARGET) || value.in(ValueColumn.FULL_YEAR))) {
            return;
        }
        boolean count = Targets.unitFamily(q.unit()).orElse(null) == UnitFamily.COUNT;
        if (count
                && q.operator() != Operator.LE
                && q.operator() != Operator.LT
                && Directions.of(ctx.facts(), row) != Direction.NEGATIVE
                && !ctx.facts().templateGives(row, value)) {
            ctx.report(ZERO_COUNT, value.at(row), Facts.path(table, row), Hint.NONE, row.level3(), value.raw());
        }
    }

    /** Not a row rule: it reads the declaration's funds, so it walks the rows itself. */
    private static void costOverBudget(CheckContext ctx) {
        Funds funds = ctx.declaration().funds();
        BigDecimal budget = funds == null ? null : Money.total(funds.expenditure(), Money.Column.AMOUNT);
        BigDecimal perUnit = YUAN_PER.get(
                ctx.declaration().unit() == null ? "万元" : ctx.declaration().unit());
        if (budget == null || budget.signum() <= 0 || perUnit == null) {
            return;
        }
        BigDecimal budgetYuan = budget.multiply(perUnit);
        for (Table table : ctx.declaration().tables()) {
            for (Row row : table.rows()) {
                if (row.isToFill()) {
                    continue;
                }
                for (Value value : ctx.facts().values(table, row)) {
                    Quantity q = value.quantity();
                    BigDecimal yuan = q == null ? null : YUAN_PER.get(q.unit());
                    // the name last: [#14] matching it on every row was a twentieth of check's samples
                    if (yuan != null && q.number().multiply(yuan).compareTo(budgetYuan) > 0 && isCost(row)) {
                        ctx.report(
                                COST_OVER_BUDGET,
                                value.at(row),
                                Facts.path(table, row),
                                Hint.NONE,
                                row.level3(),
                                value.raw(),
                                Money.print(budget));
                        break;
                    }
                }
            }
        }
    }

    /** 元 per unit of the money units a budget or a cost total is written in. */
    private static final Map<String, BigDecimal> YUAN_PER =
            Map.of("元", BigDecimal.ONE, "万元", BigDecimal.valueOf(10_000), "亿元", BigDecimal.valueOf(100_000_000));

    private static RowCheck.ValueBody unitList(CheckContext settings) {
        List<String> allowed = settings.list("units", List.of());
        // one of the list, not did-you-mean: 场 is one edit from 次 and means something else
        Hint hint = allowed.isEmpty() ? Hint.NONE : Hints.oneOf(allowed);
        return (ctx, table, row, value) -> {
            Quantity q = value.quantity();
            if (!allowed.isEmpty()
                    && q != null
                    && q.unit() != null
                    && !q.unit().isBlank()
                    && !allowed.contains(KindRules.unit(q.unit()))) {
                ctx.report(
                        UNIT_LIST,
                        PartCells.unit(ctx, table, row, value),
                        Facts.path(table, row),
                        hint,
                        q.unit(),
                        value.raw());
            }
        };
    }
}
