package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Project;

/**
 * 项目支出情况 against the funds block (DOMAIN.md §8 rules 22–23): 半年 ≤ 全年, 本年度 ≤ 总预算, and the
 * listed projects within the project expenditure.
 */
final class ProjectRules {

    static final Message HALF_YEAR = new Message(
            RuleCode.FUNDS_HALF_YEAR,
            ERROR,
            "“%s”的半年计划执行数 %s 大于全年预算数 %s；半年应不超过全年",
            "'%s' plans %s for the half year, more than its full-year budget %s; half-year cannot exceed it");
    static final Message BUDGET = new Message(
            RuleCode.PROJECT_BUDGET,
            ERROR,
            "项目“%s”的本年度预算 %s 大于项目总预算 %s；请核对",
            "project '%s' has a current-year budget %s above its total budget %s; check them");
    static final Message WITHIN = new Message(
            RuleCode.PROJECTS_WITHIN_TOTAL,
            WARNING,
            "所列项目的%s合计 %s 万元超过“%s”的 %s 万元；请核对项目清单",
            "the listed projects' %s sum to %s 万元, more than '%s' (%s 万元); check the project list");

    static final Message PARTIAL = new Message(
            RuleCode.PROJECTS_PARTIAL,
            Severity.INFO,
            "列出的项目%s合计 %s，占%s %s 的 %s%%；其余项目未列出",
            "the listed projects' %s sum to %s, %5$s%% of '%3$s' (%4$s); the other projects are not listed");

    private ProjectRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        HALF_YEAR,
                        "每个支出行和项目的半年计划执行数不大于全年预算数（江苏）。",
                        "Every expenditure line's and project's half-year plan is at most its full-year budget "
                                + "(Jiangsu).",
                        ProjectRules::halfYear),
                new BuiltinRule(
                        BUDGET,
                        "项目本年度预算不大于项目总预算。",
                        "A project's current-year budget is at most its total budget.",
                        ProjectRules::budget),
                new BuiltinRule(
                        WITHIN,
                        "所列项目的本年度预算（及半年计划）之和不超过项目支出：支出构成中名为 projectLine（默认“项目支出”）" + "的行，没有该行时为支出合计。",
                        "The listed projects' current-year (and half-year) budgets sum to at most the project "
                                + "expenditure: the expenditure line named projectLine (default 项目支出), else the "
                                + "expenditure total.",
                        ProjectRules::within),
                new BuiltinRule(
                        PARTIAL,
                        "所列项目的本年度预算（及半年计划）之和小于项目支出时，给出所列项目占项目支出的比例（列表不完整）。" + "参数 projectLine 同 projects-within-total。",
                        "When the listed projects' current-year (and half-year) budgets sum to less than the project "
                                + "expenditure, tells the share they cover (the list is partial). Parameter: "
                                + "projectLine, as projects-within-total.",
                        ProjectRules::partial));
    }

    private static void halfYear(CheckContext ctx) {
        Funds funds = ctx.declaration().funds();
        if (funds != null && funds.expenditure() != null) {
            List<FundLine> lines = new ArrayList<>(funds.expenditure().items());
            if (funds.expenditure().total() != null) {
                lines.add(funds.expenditure().total());
            }
            for (FundLine line : lines) {
                check(ctx, line.name(), line.halfYear(), line.amount(), line.at("halfYear"), "支出构成 › " + line.name());
            }
        }
        for (Project p : ctx.declaration().projects()) {
            check(ctx, p.name(), p.halfYear(), p.currentYear(), p.at("halfYear"), "项目支出 › " + p.name());
        }
    }

    private static void check(
            CheckContext ctx, String name, BigDecimal half, BigDecimal full, Position pos, String path) {
        if (half != null && full != null && half.subtract(full).compareTo(Money.TOLERANCE) > 0) {
            ctx.report(HALF_YEAR, pos, path, Hint.NONE, name, Money.print(half), Money.print(full));
        }
    }

    private static void budget(CheckContext ctx) {
        for (Project p : ctx.declaration().projects()) {
            if (p.total() != null
                    && p.currentYear() != null
                    && p.currentYear().subtract(p.total()).compareTo(Money.TOLERANCE) > 0) {
                ctx.report(
                        BUDGET,
                        p.at("currentYear"),
                        "项目支出 › " + p.name(),
                        Hint.NONE,
                        p.name(),
                        Money.print(p.currentYear()),
                        Money.print(p.total()));
            }
        }
    }

    private static void within(CheckContext ctx) {
        Funds funds = ctx.declaration().funds();
        List<Project> projects = ctx.declaration().projects();
        if (funds == null || funds.expenditure() == null || projects.isEmpty()) {
            return;
        }
        FundLine line = projectLine(funds.expenditure(), ctx.text("projectLine", "项目支出"));
        String name = Money.lineName(line, "支出合计");
        BigDecimal current = sum(projects, true);
        BigDecimal half = sum(projects, false);
        BigDecimal limit = line == null ? Money.total(funds.expenditure(), Money.Column.AMOUNT) : line.amount();
        BigDecimal halfLimit =
                line == null ? Money.total(funds.expenditure(), Money.Column.HALF_YEAR) : line.halfYear();
        report(
                ctx,
                current,
                limit,
                name,
                limitAt(funds.expenditure(), line, Money.Column.AMOUNT),
                "本年度预算",
                "current-year budgets");
        report(
                ctx,
                half,
                halfLimit,
                name,
                limitAt(funds.expenditure(), line, Money.Column.HALF_YEAR),
                "半年计划执行数",
                "half-year plans");
    }

    /** The limit's own cell: the project line's value in that column, else the expenditure total's. */
    private static Position limitAt(FundBlock expenditure, FundLine line, Money.Column column) {
        return line == null ? FundsRules.position(expenditure, column.key) : line.at(column.key);
    }

    private static void report(
            CheckContext ctx, BigDecimal sum, BigDecimal limit, String name, Position pos, String zh, String en) {
        if (sum != null && limit != null && sum.subtract(limit).compareTo(Money.TOLERANCE) > 0) {
            ctx.report(WITHIN.at(
                    pos,
                    "项目支出",
                    Hint.NONE,
                    new Object[] {zh, Money.print(sum), name, Money.print(limit)},
                    new Object[] {en, Money.print(sum), name, Money.print(limit)}));
        }
    }

    private static void partial(CheckContext ctx) {
        Funds funds = ctx.declaration().funds();
        List<Project> projects = ctx.declaration().projects();
        if (funds == null || funds.expenditure() == null || projects.isEmpty()) {
            return;
        }
        FundLine line = projectLine(funds.expenditure(), ctx.text("projectLine", "项目支出"));
        if (line == null) {
            return;
        }
        share(ctx, sum(projects, true), line.amount(), line, Money.Column.AMOUNT, "本年度预算", "current-year budgets");
        share(ctx, sum(projects, false), line.halfYear(), line, Money.Column.HALF_YEAR, "半年计划执行数", "half-year plans");
    }

    private static void share(
            CheckContext ctx,
            BigDecimal sum,
            BigDecimal limit,
            FundLine line,
            Money.Column column,
            String zh,
            String en) {
        if (sum == null
                || limit == null
                || limit.signum() <= 0
                || limit.subtract(sum).compareTo(Money.TOLERANCE) <= 0) {
            return;
        }
        String percent = sum.multiply(Money.HUNDRED)
                .divide(limit, 0, RoundingMode.HALF_UP)
                .toPlainString();
        ctx.report(PARTIAL.at(
                line.at(column.key),
                "项目支出",
                Hint.NONE,
                new Object[] {zh, grouped(sum), line.name(), grouped(limit), percent},
                new Object[] {en, grouped(sum), line.name(), grouped(limit), percent}));
    }

    /** 24,532.3: thousands grouped as the forms print money. */
    private static String grouped(BigDecimal amount) {
        String plain = Money.print(amount);
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String rest = dot < 0 ? "" : plain.substring(dot);
        StringBuilder out = new StringBuilder(whole.length() + whole.length() / 3 + rest.length());
        int digits = whole.startsWith("-") ? 1 : 0;
        out.append(whole, 0, digits);
        for (int i = digits; i < whole.length(); i++) {
            if (i > digits && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return out.append(rest).toString();
    }

    private static FundLine projectLine(FundBlock block, String name) {
        for (FundLine line : block.items()) {
            if (name.equals(line.name())) {
                return line;
            }
        }
        return null;
    }

    private static BigDecimal sum(List<Project> projects, boolean current) {
        BigDecimal sum = null;
        for (Project p : projects) {
            BigDecimal v = current ? p.currentYear() : p.halfYear();
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }
}
