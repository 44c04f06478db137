package org.zhibiao.check;

import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.util.List;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.target.Placeholder;
import org.zhibiao.target.Quantity;

/** 满意度 present and meaningful (DOMAIN.md §8 rule 28). */
final class SatisfactionRules {

    static final Message MISSING = new Message(
            RuleCode.SATISFACTION_MISSING,
            WARNING,
            "申报表没有满意度指标；请加入服务对象满意度（否则其分值须改记到产出、效益）",
            "the declaration has no satisfaction indicator; add one (otherwise its weight moves to outputs and effects)");
    static final Message TARGET = new Message(
            RuleCode.SATISFACTION_TARGET,
            WARNING,
            "满意度指标值“%s”应为不低于 %s%% 的百分比",
            "satisfaction target '%s' should be a percentage of at least %s%%");

    private SatisfactionRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        MISSING,
                        "申报表应有满意度一级指标下的三级指标。",
                        "The declaration has a level-3 indicator under a 满意度 level 1.",
                        SatisfactionRules::missing),
                new BuiltinRule(
                        TARGET,
                        "满意度指标值应为百分比且不低于 min（默认 80%）。",
                        "A satisfaction target is a percentage of at least min (default 80).",
                        RowCheck.values(SatisfactionRules::target)));
    }

    private static boolean isSatisfaction(Row row) {
        return row.level1() != null && row.level1().contains("满意度");
    }

    private static void missing(CheckContext ctx) {
        if (ctx.declaration().tables().isEmpty()) {
            return;
        }
        for (Table table : ctx.declaration().tables()) {
            for (Row row : table.rows()) {
                if (isSatisfaction(row) && !Names.isBlank(row.level3()) && !row.isToFill()) {
                    return;
                }
            }
        }
        Table first = ctx.declaration().tables().get(0);
        ctx.report(MISSING, first.pos(), first.name(), Hint.NONE);
    }

    private static RowCheck.ValueBody target(CheckContext settings) {
        BigDecimal min = settings.number("min", BigDecimal.valueOf(80));
        return (ctx, table, row, value) -> {
            if (!isSatisfaction(row) || row.level3() == null || !row.level3().contains("满意度")) {
                return;
            }
            Quantity q = value.quantity();
            boolean bad = q == null
                    ? value.parsed() && !(value.target() instanceof Placeholder)
                    : !"%".equals(KindRules.unit(q.unit())) || q.number().compareTo(min) < 0;
            if (bad) {
                ctx.report(TARGET, value.at(row), Facts.path(table, row), Hint.NONE, value.raw(), Money.print(min));
            }
        };
    }
}
