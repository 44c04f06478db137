package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;

/** 定量为主 and weights (DOMAIN.md §8 rules 16–17). */
final class ShareRules {

    static final Message SHARE = new Message(
            RuleCode.QUANTITATIVE_SHARE,
            WARNING,
            "“%s”中定量指标占 %s%%（%s/%s），低于 %s%%；请尽量量化（定量为主、定性为辅）",
            "quantitative indicators are %s%% of '%s' (%s/%s), below %s%%; quantify where possible");
    static final Message WEIGHT_POSITIVE =
            new Message(RuleCode.WEIGHTS, ERROR, "“%s”的分值 %s 应大于 0", "the weight %2$s of '%1$s' must be above 0");
    static final Message WEIGHT_LEVEL1 = new Message(
            RuleCode.WEIGHTS,
            ERROR,
            "一级指标“%s”下各指标分值之和 %s 与其分值 %s 不符",
            "the weights under level 1 '%s' sum to %s, not its weight %s");
    static final Message WEIGHT_TOTAL = new Message(
            RuleCode.WEIGHTS,
            ERROR,
            "一级指标分值之和 %s（含预算执行率 %s 分）与总分 %s 不符",
            "the level-1 weights sum to %s (with %s for budget execution), not the total %s");

    private ShareRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        SHARE,
                        "定量指标占比不低于 min（默认 50%）。分表的表单（江苏）合并计算，整表的（湖北长期、年度）逐表计算。",
                        "Quantitative indicators make up at least min percent (default 50). Forms split by "
                                + "level 1 (Jiangsu) count together, whole tables (Hubei long-term, annual) one by one.",
                        ShareRules::share),
                new BuiltinRule(
                        WEIGHT_POSITIVE,
                        "使用分值时：分值大于 0，一级下分值之和等于一级分值，一级分值之和加参数 budgetExecution（预算执行率分值，默认 0）等于参数 total。",
                        "Where weights are used: each above 0, those under a level 1 sum to its weight, level-1 "
                                + "weights plus parameter budgetExecution (the budget-execution score, default 0) sum to parameter "
                                + "total.",
                        ShareRules::weights));
    }

    private static void share(CheckContext ctx) {
        BigDecimal min = ctx.number("min", BigDecimal.valueOf(50));
        Map<String, List<Table>> groups = new LinkedHashMap<>();
        for (Table table : ctx.declaration().tables()) {
            TableDef def = ctx.facts().tableDef(table);
            String group = def == null || def.level1().isEmpty() ? table.name() : "";
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(table);
        }
        groups.forEach((group, tables) -> {
            int[] counts = new int[2];
            for (Table table : tables) {
                for (Row row : table.rows()) {
                    Value main = ctx.facts().main(table, row);
                    if (main != null && main.parsed() && !row.isToFill()) {
                        counts[0] += main.target().isQuantitative() ? 1 : 0;
                        counts[1]++;
                    }
                }
            }
            if (counts[1] == 0) {
                return;
            }
            BigDecimal pct =
                    BigDecimal.valueOf(counts[0] * 100L).divide(BigDecimal.valueOf(counts[1]), 0, RoundingMode.HALF_UP);
            if (BigDecimal.valueOf(counts[0] * 100L).compareTo(min.multiply(BigDecimal.valueOf(counts[1]))) < 0) {
                String name = group.isEmpty() ? "申报表" : group;
                ctx.report(SHARE.at(
                        tables.get(0).pos(),
                        name,
                        Hint.NONE,
                        new Object[] {name, pct, counts[0], counts[1], Money.print(min)},
                        new Object[] {pct, name, counts[0], counts[1], Money.print(min)}));
            }
        });
    }

    private static void weights(CheckContext ctx) {
        BigDecimal total = ctx.number("total", null);
        // 10号: 预算执行率 is scored in the self-evaluation's funds header, not as a row (DOMAIN.md §1.6)
        BigDecimal budgetExecution = ctx.number("budgetExecution", BigDecimal.ZERO);
        BigDecimal level1Sum = null;
        for (Level1 l1 : ctx.template().indicators()) {
            BigDecimal sum = null;
            for (Level2 l2 : l1.children()) {
                for (Entry entry : l2.entries()) {
                    if (entry instanceof Inline row && row.weight() != null) {
                        positive(ctx, l1.name() + " › " + l2.name() + " › " + row.name(), row.weight(), row.pos());
                        sum = sum == null ? row.weight() : sum.add(row.weight());
                    }
                }
            }
            if (l1.weight() != null) {
                positive(ctx, l1.name(), l1.weight(), l1.pos());
                level1Sum = level1Sum == null ? l1.weight() : level1Sum.add(l1.weight());
                if (sum != null && sum.compareTo(l1.weight()) != 0) {
                    ctx.report(
                            WEIGHT_LEVEL1,
                            l1.pos(),
                            l1.name(),
                            Hint.NONE,
                            l1.name(),
                            Money.print(sum),
                            Money.print(l1.weight()));
                }
            }
        }
        if (total != null && level1Sum != null && level1Sum.add(budgetExecution).compareTo(total) != 0) {
            ctx.report(
                    WEIGHT_TOTAL,
                    ctx.template().pos(),
                    "",
                    Hint.NONE,
                    Money.print(level1Sum.add(budgetExecution)),
                    Money.print(budgetExecution),
                    Money.print(total));
        }
    }

    private static void positive(CheckContext ctx, String path, BigDecimal weight, Position pos) {
        if (weight.signum() <= 0) {
            ctx.report(WEIGHT_POSITIVE, pos, path, Hint.NONE, path, Money.print(weight));
        }
    }
}
