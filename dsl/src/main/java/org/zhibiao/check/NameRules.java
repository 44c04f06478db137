package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/** The 三级 names themselves (DOMAIN.md §8 rules 3–4). */
final class NameRules {

    static final Message EMPTY = new Message(
            RuleCode.EMPTY_NAME, ERROR, "三级指标名称为空；请填写指标名称", "the level-3 indicator name is empty; name the indicator");
    static final Message SAME_AS_LEVEL2 = new Message(
            RuleCode.NAME_EQUALS_LEVEL2,
            WARNING,
            "三级指标名称“%s”与其二级指标相同；请写出具体指标",
            "the level-3 name '%s' repeats its level 2; name the concrete indicator");
    static final Message DUPLICATE = new Message(
            RuleCode.DUPLICATE_INDICATOR,
            WARNING,
            "三级指标“%s”在“%s”表中重复（第一次在 %s）；请合并或改名",
            "level-3 indicator '%s' appears twice in table '%s' (first at %s); merge or rename it");

    private NameRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        EMPTY, "三级指标名称不得为空。", "A level-3 name is not empty.", RowCheck.filled((ctx, table, row) -> {
                            if (Names.isBlank(row.level3())) {
                                ctx.report(EMPTY, row.at("level3"), Facts.path(table, row), Hint.NONE);
                            }
                        })),
                new BuiltinRule(
                        SAME_AS_LEVEL2,
                        "三级指标名称不应照抄二级指标（如“社会成本指标”）。",
                        "A level-3 name does not merely repeat its level 2 (e.g. 社会成本指标).",
                        RowCheck.filled((ctx, table, row) -> {
                            // the template's own row (联系部门满意度 › 联系部门满意度) is its wording, not the department's
                            if (!Names.isBlank(row.level3())
                                    && row.level3().strip().equals(strip(row.level2()))
                                    && !ctx.facts().templateFixed(row)) {
                                ctx.report(
                                        SAME_AS_LEVEL2,
                                        row.at("level3"),
                                        Facts.path(table, row),
                                        Hint.NONE,
                                        row.level3());
                            }
                        })),
                new BuiltinRule(
                        DUPLICATE, "同一张表中三级指标名称不重复。", "A level-3 name appears once per table.", NameRules::duplicates));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static void duplicates(CheckContext ctx) {
        for (Table table : ctx.declaration().tables()) {
            Map<String, Row> seen = new HashMap<>();
            for (Row row : table.rows()) {
                if (Names.isBlank(row.level3())) {
                    continue;
                }
                Row first = seen.putIfAbsent(row.level3().strip(), row);
                if (first != null) {
                    ctx.report(
                            DUPLICATE,
                            row.at("level3"),
                            Facts.path(table, row),
                            Hint.NONE,
                            row.level3().strip(),
                            table.name(),
                            first.at("level3"));
                }
            }
        }
    }
}
