package org.zhibiao.check;

import static org.zhibiao.diag.Severity.INFO;
import static org.zhibiao.diag.Severity.WARNING;

import java.util.List;
import java.util.Set;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.ValueColumn;

/** Hubei's long-term and annual tables side by side, and history copied forward (DOMAIN.md §8 rule 26). */
final class CoverageRules {

    static final Message TABLES = new Message(
            RuleCode.TABLE_COVERAGE,
            WARNING,
            "“%s”表有指标“%s”，“%s”表却没有；两表应覆盖相同的指标",
            "table '%s' has indicator '%s' but table '%s' does not; both should cover the same indicators");
    static final Message HISTORY = new Message(
            RuleCode.HISTORY_UNCHANGED,
            INFO,
            "“%s”表所有行的近两年指标值都与当年指标值相同；请核对是否照抄",
            "in table '%s' every row's history values equal this year's target; check they were not copied");

    private CoverageRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        TABLES,
                        "显示同样一级指标的两张表（湖北长期、年度）覆盖相同的三级指标。",
                        "Two tables that show the same level 1s (Hubei long-term and annual) cover the same level-3 "
                                + "indicators.",
                        CoverageRules::tables),
                new BuiltinRule(
                        HISTORY,
                        "前年、上年指标值在所有行都与当年相同时提示（多为照抄）。",
                        "Notes a table where every row's 前年/上年 equal this year's value (usually copied).",
                        CoverageRules::history));
    }

    private static void tables(CheckContext ctx) {
        List<Table> tables = ctx.declaration().tables();
        for (int i = 0; i < tables.size(); i++) {
            for (int j = 0; j < tables.size(); j++) {
                if (i != j && comparable(ctx, tables.get(i), tables.get(j))) {
                    Set<RowKey> other = ctx.facts().rowKeys(tables.get(j));
                    for (Row row : tables.get(i).rows()) {
                        if (filled(row) && !other.contains(ctx.facts().key(row))) {
                            ctx.report(
                                    TABLES,
                                    row.at("level3"),
                                    Facts.path(tables.get(i), row),
                                    Hint.NONE,
                                    tables.get(i).name(),
                                    row.level3(),
                                    tables.get(j).name());
                        }
                    }
                }
            }
        }
    }

    private static boolean comparable(CheckContext ctx, Table a, Table b) {
        TableDef da = ctx.facts().tableDef(a);
        TableDef db = ctx.facts().tableDef(b);
        return da != null
                && db != null
                && da.level1().equals(db.level1())
                && !a.name().equals(b.name());
    }

    private static boolean filled(Row row) {
        return !row.isToFill() && !Names.isBlank(row.level3());
    }

    private static void history(CheckContext ctx) {
        for (Table table : ctx.declaration().tables()) {
            List<ValueColumn> columns = ctx.facts().columns(table);
            if (!columns.contains(ValueColumn.PREV1) && !columns.contains(ValueColumn.PREV2)) {
                continue;
            }
            int compared = 0;
            boolean allSame = true;
            for (Row row : table.rows()) {
                if (!filled(row) || Names.isBlank(row.target())) {
                    continue;
                }
                for (ValueColumn history : List.of(ValueColumn.PREV1, ValueColumn.PREV2)) {
                    String value = row.value(history);
                    if (columns.contains(history) && !Names.isBlank(value)) {
                        compared++;
                        allSame &= value.strip().equals(row.target().strip());
                    }
                }
            }
            if (compared > 0 && allSame) {
                ctx.report(HISTORY, table.pos(), table.name(), Hint.NONE, table.name());
            }
        }
    }
}
