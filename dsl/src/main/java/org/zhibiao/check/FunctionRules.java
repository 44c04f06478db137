package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Function;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;

/**
 * Jiangsu's chain 职能 → 重点工作 → 三级指标 (DOMAIN.md §3.3, §8 rule 25). Applies when the template
 * has a {@code {职能}} 二级.
 */
final class FunctionRules {

    static final Message UNCOVERED = new Message(
            RuleCode.FUNCTION_UNCOVERED,
            WARNING,
            "部门职能“%s”没有对应的履职指标；请为它填写重点工作和指标",
            "department function '%s' has no indicator; give it a key task (重点工作) and indicators");
    static final Message KEY_WORK_MISSING = new Message(
            RuleCode.KEY_WORK_MISSING,
            ERROR,
            "职能“%s”下的指标没有填写重点工作；请填写",
            "the indicators under function '%s' have no key task (重点工作); fill it in");
    static final Message KEY_WORK_EMPTY = new Message(
            RuleCode.KEY_WORK_EMPTY,
            ERROR,
            "重点工作“%s”没有三级指标；请至少填写一个",
            "key task '%s' has no level-3 indicator; add at least one");

    /** Phrases this similar (character bigrams) name the same function in other words. */
    private static final double SAME_FUNCTION = 0.6;

    private FunctionRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        UNCOVERED,
                        "单位主要职能中的每项职能都应有履职指标（按名称相同、包含或相近匹配）。",
                        "Every function listed in 单位主要职能 has 履职 indicators (matched by equal, contained or "
                                + "similar wording).",
                        FunctionRules::uncovered),
                new BuiltinRule(
                        KEY_WORK_MISSING,
                        "履职表中每项职能都应填写重点工作。",
                        "Every function in the 履职 table names its key task (重点工作).",
                        FunctionRules::keyWorkMissing),
                new BuiltinRule(
                        KEY_WORK_EMPTY,
                        "每项重点工作至少有一个三级指标。",
                        "Every key task (重点工作) has at least one level-3 indicator.",
                        FunctionRules::keyWorkEmpty));
    }

    private static Set<String> functionLevel1s(CheckContext ctx) {
        Set<String> names = new HashSet<>();
        for (Level1 l1 : ctx.template().indicators()) {
            if (l1.children().stream().anyMatch(l2 -> l2.isPerFunction())) {
                names.add(l1.name());
            }
        }
        return names;
    }

    private static List<String> functionLevel2s(CheckContext ctx, Set<String> level1s) {
        Set<String> out = new LinkedHashSet<>();
        for (Table table : ctx.declaration().tables()) {
            for (Row row : table.rows()) {
                if (level1s.contains(row.level1()) && !Names.isBlank(row.level3()) && !row.isToFill()) {
                    out.add(Names.normalise(row.level2()));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void uncovered(CheckContext ctx) {
        Set<String> level1s = functionLevel1s(ctx);
        if (level1s.isEmpty()) {
            return;
        }
        List<String> covered = functionLevel2s(ctx, level1s);
        for (Function function : ctx.declaration().functions()) {
            String name = Names.normalise(function.name());
            boolean found = covered.stream()
                    .anyMatch(l2 -> !l2.isEmpty()
                            && (name.contains(l2) || l2.contains(name) || Names.similarity(name, l2) >= SAME_FUNCTION));
            if (!found && !name.isEmpty()) {
                ctx.report(UNCOVERED, function.at("name"), "职能 › " + function.name(), Hint.NONE, function.name());
            }
        }
    }

    private static void keyWorkMissing(CheckContext ctx) {
        Set<String> level1s = functionLevel1s(ctx);
        Set<String> reported = new HashSet<>();
        for (Table table : ctx.declaration().tables()) {
            TableDef def = ctx.facts().tableDef(table);
            if (def == null || !def.hasKeyWork()) {
                continue;
            }
            for (Row row : table.rows()) {
                if (level1s.contains(row.level1())
                        && !row.isToFill()
                        && Names.isBlank(row.keyWork())
                        && reported.add(table.name() + "›" + row.level2())) {
                    ctx.report(KEY_WORK_MISSING, row.pos(), Facts.path(table, row), Hint.NONE, row.level2());
                }
            }
        }
    }

    private static void keyWorkEmpty(CheckContext ctx) {
        Set<String> withIndicators = new HashSet<>();
        List<KeyWork> candidates = new ArrayList<>();
        for (Table table : ctx.declaration().tables()) {
            for (Row row : table.rows()) {
                if (Names.isBlank(row.keyWork())) {
                    continue;
                }
                String work = Names.normalise(row.keyWork());
                if (!Names.isBlank(row.level3()) && !row.isToFill()) {
                    withIndicators.add(work);
                } else {
                    candidates.add(new KeyWork(work, row.keyWork(), row.at("keyWork"), Facts.path(table, row)));
                }
            }
        }
        boolean anyKeyWorkTable = ctx.facts().tableDefs().values().stream().anyMatch(TableDef::hasKeyWork);
        for (Function function : ctx.declaration().functions()) {
            if (anyKeyWorkTable && !Names.isBlank(function.keyWork())) {
                candidates.add(new KeyWork(
                        Names.normalise(function.keyWork()),
                        function.keyWork(),
                        function.at("keyWork"),
                        "职能 › " + function.name() + " › " + function.keyWork()));
            }
        }
        Set<String> reported = new HashSet<>();
        for (KeyWork c : candidates) {
            if (!withIndicators.contains(c.key()) && reported.add(c.key())) {
                ctx.report(KEY_WORK_EMPTY, c.pos(), c.path(), Hint.NONE, c.text());
            }
        }
    }

    /** A 重点工作 as written, where it was written. */
    private record KeyWork(String key, String text, Position pos, String path) {}
}
