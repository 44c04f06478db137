package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.zhibiao.check.Money.Column;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;

/**
 * 部门总体资金情况 arithmetic (DOMAIN.md §8 rules 18–21), tolerance 0.01 万元: items sum to the
 * 合计 in every column, income equals expenditure, 占比 matches the amounts and sums to 100%.
 */
final class FundsRules {

    static final Message SUM = new Message(
            RuleCode.FUNDS_SUM,
            ERROR,
            "%s%s：各项之和 %s 与合计 %s 相差 %s 万元；请核对",
            "%s %s: the items sum to %s but the total is %s (off by %s 万元); check them");
    static final Message HISTORY = new Message(
            RuleCode.FUNDS_HISTORY,
            WARNING,
            "%s%s：各项之和 %s 与合计 %s 相差 %s 万元；请核对近两年数据",
            "%s %s: the items sum to %s but the total is %s (off by %s 万元); check the history years");
    static final Message BALANCE = new Message(
            RuleCode.FUNDS_BALANCE,
            ERROR,
            "%s：收入合计 %s 与支出合计 %s 不相等（相差 %s 万元）",
            "%s: income total %s differs from expenditure total %s (by %s 万元)");
    static final Message HISTORY_BALANCE = new Message(
            RuleCode.FUNDS_HISTORY,
            WARNING,
            "%s：收入合计 %s 与支出合计 %s 不相等（相差 %s 万元）；请核对近两年数据",
            "%s: income total %s differs from expenditure total %s (by %s 万元); check the history years");
    static final Message SHARE = new Message(
            RuleCode.FUNDS_SHARE,
            ERROR,
            "“%s”的占比 %s%% 与金额不符，应为 %s%%",
            "the share %2$s%% of '%1$s' does not match its amount; it is %3$s%%");
    static final Message SHARE_SUM = new Message(
            RuleCode.FUNDS_SHARE, ERROR, "%s各项占比之和为 %s%%，应为 100%%", "the shares of %s sum to %s%%, not 100%%");
    static final Message TOTAL_MISSING = new Message(
            RuleCode.FUNDS_TOTAL_MISSING,
            WARNING,
            "%s的合计%s未填写；各项之和为 %s 万元，请填入",
            "the %s total (%s) is blank; the items sum to %s 万元, enter it");

    private static final BigDecimal SHARE_SUM_TOLERANCE = new BigDecimal("0.02");

    private FundsRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        SUM,
                        "收入构成、支出构成各项之和等于合计（当年金额、半年计划执行数；容差 0.01 万元）。",
                        "Income and expenditure items sum to their totals (amount and half-year columns; tolerance "
                                + "0.01 万元).",
                        ctx -> sums(ctx, SUM, Column.AMOUNT, Column.HALF_YEAR)),
                new BuiltinRule(
                        HISTORY,
                        "近两年（上年、前年）金额的同样核对，仅作警告。",
                        "The same sums and balance on the two history years, as warnings.",
                        FundsRules::history),
                new BuiltinRule(
                        BALANCE,
                        "收入合计等于支出合计。",
                        "Income total equals expenditure total.",
                        ctx -> balance(ctx, BALANCE, Column.AMOUNT)),
                new BuiltinRule(
                        SHARE,
                        "占比 = 金额 / 合计（±0.01 个百分点），各项占比之和为 100%（±0.02）。",
                        "Share = amount / total (±0.01 pp) and the shares sum to 100% (±0.02).",
                        FundsRules::shares),
                new BuiltinRule(
                        TOTAL_MISSING,
                        "有分项金额而合计空白时提示填入合计。",
                        "A blank total with filled items is reported with the computed sum.",
                        FundsRules::totalMissing));
    }

    private static Funds funds(CheckContext ctx) {
        return ctx.declaration().funds();
    }

    private static void history(CheckContext ctx) {
        sums(ctx, HISTORY, Column.PREV1, Column.PREV2);
        balance(ctx, HISTORY_BALANCE, Column.PREV1);
        balance(ctx, HISTORY_BALANCE, Column.PREV2);
    }

    private static void sums(CheckContext ctx, Message message, Column... columns) {
        Funds funds = funds(ctx);
        if (funds == null) {
            return;
        }
        for (Column column : columns) {
            sum(ctx, message, funds.income(), "收入构成", "income", column);
            sum(ctx, message, funds.expenditure(), "支出构成", "expenditure", column);
        }
    }

    private static void sum(CheckContext ctx, Message message, FundBlock block, String zh, String en, Column column) {
        if (block == null) {
            return;
        }
        BigDecimal sum = Money.sum(block.items(), column);
        BigDecimal total = column.of(block.total());
        if (sum != null && total != null && Money.differ(sum, total, Money.TOLERANCE)) {
            String diff = Money.print(sum.subtract(total).abs());
            ctx.report(message.at(
                    position(block, column.key),
                    zh + " › 合计",
                    Hint.NONE,
                    new Object[] {zh, column.zh, Money.print(sum), Money.print(total), diff},
                    new Object[] {en, column.en, Money.print(sum), Money.print(total), diff}));
        }
    }

    private static void balance(CheckContext ctx, Message message, Column column) {
        Funds funds = funds(ctx);
        if (funds == null || funds.income() == null || funds.expenditure() == null) {
            return;
        }
        BigDecimal income = Money.total(funds.income(), column);
        BigDecimal spending = Money.total(funds.expenditure(), column);
        if (income != null && spending != null && Money.differ(income, spending, Money.TOLERANCE)) {
            String diff = Money.print(income.subtract(spending).abs());
            ctx.report(message.at(
                    position(funds.expenditure(), column.key),
                    "支出构成 › 合计",
                    Hint.NONE,
                    new Object[] {column.zh, Money.print(income), Money.print(spending), diff},
                    new Object[] {column.en, Money.print(income), Money.print(spending), diff}));
        }
    }

    private static void shares(CheckContext ctx) {
        Funds funds = funds(ctx);
        if (funds != null) {
            share(ctx, funds.income(), "收入构成", "income");
            share(ctx, funds.expenditure(), "支出构成", "expenditure");
        }
    }

    private static void share(CheckContext ctx, FundBlock block, String zh, String en) {
        BigDecimal total = Money.total(block, Column.AMOUNT);
        if (block == null || total == null || total.signum() == 0) {
            return;
        }
        BigDecimal shareSum = null;
        for (FundLine line : block.items()) {
            if (line.share() == null) {
                continue;
            }
            shareSum = shareSum == null ? line.share() : shareSum.add(line.share());
            if (line.amount() != null) {
                BigDecimal expected = line.amount().multiply(Money.HUNDRED).divide(total, MathContext.DECIMAL64);
                if (Money.differ(line.share(), expected, Money.TOLERANCE)) {
                    ctx.report(
                            SHARE,
                            line.at("share"),
                            zh + " › " + line.name(),
                            Hint.NONE,
                            line.name(),
                            Money.print(line.share()),
                            Money.print(expected));
                }
            }
        }
        if (shareSum != null && Money.differ(shareSum, Money.HUNDRED, SHARE_SUM_TOLERANCE)) {
            ctx.report(SHARE_SUM.at(
                    position(block, "share"),
                    zh + " › 合计",
                    Hint.NONE,
                    new Object[] {zh, Money.print(shareSum)},
                    new Object[] {en, Money.print(shareSum)}));
        }
    }

    private static void totalMissing(CheckContext ctx) {
        Funds funds = funds(ctx);
        if (funds == null) {
            return;
        }
        for (Column column : new Column[] {Column.AMOUNT, Column.HALF_YEAR}) {
            missing(ctx, funds.income(), "收入构成", "income", column);
            missing(ctx, funds.expenditure(), "支出构成", "expenditure", column);
        }
    }

    private static void missing(CheckContext ctx, FundBlock block, String zh, String en, Column column) {
        BigDecimal sum = block == null ? null : Money.sum(block.items(), column);
        if (sum != null && column.of(block.total()) == null) {
            ctx.report(TOTAL_MISSING.at(
                    position(block),
                    zh + " › 合计",
                    Hint.NONE,
                    new Object[] {zh, column.zh, Money.print(sum)},
                    new Object[] {en, column.en, Money.print(sum)}));
        }
    }

    /** Where a block's total is reported: its 合计 line, else the block. */
    static Position position(FundBlock block) {
        return block.total() != null && block.total().pos().isKnown()
                ? block.total().pos()
                : block.pos();
    }

    /**
     * Where a finding about one value of a block's total points: that value on the 合计 line, else
     * the line (a total zhibiao computed was never written), else the block.
     */
    static Position position(FundBlock block, String key) {
        return block.total() != null && block.total().pos().isKnown()
                ? block.total().at(key)
                : block.pos();
    }
}
