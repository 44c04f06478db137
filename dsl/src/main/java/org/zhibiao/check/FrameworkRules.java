package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.INFO;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;

/**
 * Framework membership (DOMAIN.md §8 rules 1–2): tables, 一级 and 二级 come from the template, each
 * required 一级 has indicators, and the template's own rows are all there.
 */
final class FrameworkRules {

    static final Message UNKNOWN_TABLE = new Message(
            RuleCode.UNKNOWN_TABLE,
            ERROR,
            "指标表“%s”不在模板的表单中；请改用模板的表名",
            "table '%s' is not in the template's form; use one of the template's tables");
    static final Message MISSING_TABLE = new Message(
            RuleCode.MISSING_TABLE,
            ERROR,
            "缺少模板要求的指标表“%s”；请补上",
            "table '%s' required by the template is missing; add it");
    static final Message UNKNOWN_LEVEL1 = new Message(
            RuleCode.UNKNOWN_LEVEL1,
            ERROR,
            "一级指标“%s”不在模板框架中；请改用模板的一级指标",
            "level-1 indicator '%s' is not in the template's framework; use one of its level-1 indicators");
    static final Message NOT_IN_TABLE = new Message(
            RuleCode.LEVEL1_NOT_IN_TABLE,
            ERROR,
            "一级指标“%s”不属于“%s”表；请移到显示它的表中",
            "level-1 indicator '%s' does not belong in table '%s'; move the row to the table that shows it");
    static final Message UNKNOWN_LEVEL2 = new Message(
            RuleCode.UNKNOWN_LEVEL2,
            ERROR,
            "二级指标“%s”不在一级指标“%s”之下；请改用模板的二级指标",
            "level-2 indicator '%s' is not under level 1 '%s'; use one of the template's level-2 indicators");
    static final Message REQUIRED_EMPTY = new Message(
            RuleCode.REQUIRED_LEVEL1_EMPTY,
            ERROR,
            "必填的一级指标“%s”在“%s”表中没有任何三级指标；请至少填写一个",
            "required level 1 '%s' has no level-3 indicator in table '%s'; add at least one");
    static final Message MISSING_ROW = new Message(
            RuleCode.MISSING_ROW,
            ERROR,
            "缺少模板规定的指标“%s”；请补回该行",
            "indicator '%s' required by the template is missing; restore the row");
    static final Message NOT_IN_TEMPLATE = new Message(
            RuleCode.NOT_IN_TEMPLATE,
            INFO,
            "三级指标“%s”不是模板在“%s”下列出的指标；如为新增指标请确认",
            "level-3 indicator '%s' is not one the template lists under '%s'; confirm it is meant as an addition");

    private FrameworkRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        UNKNOWN_TABLE,
                        "申报表中的每张指标表都应是模板表单中的表。",
                        "Every indicator table of the declaration is one of the template's form tables.",
                        FrameworkRules::unknownTable),
                new BuiltinRule(
                        MISSING_TABLE,
                        "模板表单中的每张指标表都应出现在申报表中（如长期、年度）。",
                        "Every table of the template's form appears in the declaration (e.g. long-term and annual).",
                        FrameworkRules::missingTable),
                new BuiltinRule(
                        UNKNOWN_LEVEL1,
                        "每个指标的一级指标都应在模板框架中。",
                        "Every indicator's level 1 exists in the template's framework.",
                        RowCheck.everyRow(FrameworkRules::unknownLevel1)),
                new BuiltinRule(
                        NOT_IN_TABLE,
                        "一级指标只能出现在显示它的表中（如江苏的履职表）。",
                        "A level 1 appears only in the tables that show it (e.g. Jiangsu's 履职 table).",
                        RowCheck.everyRow(FrameworkRules::level1NotInTable)),
                new BuiltinRule(
                        UNKNOWN_LEVEL2,
                        "二级指标应在其一级指标之下；开放槽位（核心业务产出N、职能）除外。",
                        "A level 2 exists under its level 1, except open slots (核心业务产出N, one per 职能).",
                        RowCheck.everyRow(FrameworkRules::unknownLevel2)),
                new BuiltinRule(
                        REQUIRED_EMPTY,
                        "模板标为必填的一级指标在每张显示它的表中至少有一个三级指标。",
                        "A level 1 the template marks required has at least one level-3 indicator in every table "
                                + "that shows it.",
                        FrameworkRules::requiredEmpty),
                new BuiltinRule(
                        MISSING_ROW,
                        "模板固定的三级指标（共性指标）不得删除。",
                        "The template's fixed level-3 rows (common indicators) must not be deleted.",
                        FrameworkRules::missingRow),
                new BuiltinRule(
                        NOT_IN_TEMPLATE,
                        "固定二级指标下出现模板没有的三级指标时提示，并给出相近的名称。",
                        "Notes a level-3 name the template does not list under a fixed level 2, with the nearest name.",
                        RowCheck.everyRow(FrameworkRules::notInTemplate)));
    }

    private static void unknownTable(CheckContext ctx) {
        Set<String> names = ctx.facts().tableDefs().keySet();
        if (names.isEmpty()) {
            return;
        }
        for (Table table : ctx.declaration().tables()) {
            if (!names.contains(table.name())) {
                Hint hint = Hints.didYouMean(table.name(), names);
                ctx.report(
                        UNKNOWN_TABLE,
                        table.at("name"),
                        table.name(),
                        hint.isEmpty() ? Hints.oneOf(names) : hint,
                        table.name());
            }
        }
    }

    private static void missingTable(CheckContext ctx) {
        Set<String> present = new HashSet<>();
        ctx.declaration().tables().forEach(t -> present.add(t.name()));
        for (TableDef def : ctx.facts().tableDefs().values()) {
            if (!present.contains(def.name())) {
                ctx.report(MISSING_TABLE, ctx.declaration().pos(), def.name(), Hint.NONE, def.name());
            }
        }
    }

    private static void unknownLevel1(CheckContext ctx, Table table, Row row) {
        Set<String> names = ctx.facts().level1s().keySet();
        if (!names.contains(ctx.facts().level1(row.level1()))) {
            Hint hint = Hints.didYouMean(row.level1(), names);
            ctx.report(
                    UNKNOWN_LEVEL1,
                    row.at("level1"),
                    Facts.path(table, row),
                    hint.isEmpty() ? Hints.oneOf(names) : hint,
                    row.level1());
        }
    }

    private static void level1NotInTable(CheckContext ctx, Table table, Row row) {
        TableDef def = ctx.facts().tableDef(table);
        String level1 = ctx.facts().level1(row.level1());
        if (def != null && ctx.facts().level1s().containsKey(level1) && !def.shows(level1)) {
            ctx.report(NOT_IN_TABLE, row.at("level1"), Facts.path(table, row), Hint.NONE, row.level1(), table.name());
        }
    }

    private static void unknownLevel2(CheckContext ctx, Table table, Row row) {
        Level1 l1 = ctx.facts().level1s().get(ctx.facts().level1(row.level1()));
        if (l1 != null && ctx.facts().level2(row.level1(), row.level2()) == null) {
            List<String> names = l1.children().stream()
                    .filter(l2 -> !Facts.isOpen(l2))
                    .map(Level2::name)
                    .toList();
            ctx.report(
                    UNKNOWN_LEVEL2,
                    row.at("level2"),
                    Facts.path(table, row),
                    Hints.didYouMean(row.level2(), names),
                    row.level2(),
                    row.level1());
        }
    }

    private static void requiredEmpty(CheckContext ctx) {
        for (Table table : ctx.declaration().tables()) {
            TableDef def = ctx.facts().tableDef(table);
            for (Level1 l1 : ctx.facts().level1s().values()) {
                // a row still to fill is reported by todo-row, at that row; one finding per gap is enough
                if (l1.isRequired()
                        && (def == null || def.shows(l1.name()))
                        && !hasIndicator(ctx, table, l1.name())
                        && !hasRowToFill(ctx, table, l1.name())) {
                    ctx.report(
                            REQUIRED_EMPTY,
                            table.pos(),
                            table.name() + " › " + l1.name(),
                            Hint.NONE,
                            l1.name(),
                            table.name());
                }
            }
        }
    }

    private static boolean hasRowToFill(CheckContext ctx, Table table, String level1) {
        return table.rows().stream().anyMatch(r -> level1.equals(ctx.facts().level1(r.level1())) && r.isToFill());
    }

    private static boolean hasIndicator(CheckContext ctx, Table table, String level1) {
        for (Row row : table.rows()) {
            if (level1.equals(ctx.facts().level1(row.level1())) && !Names.isBlank(row.level3()) && !row.isToFill()) {
                return true;
            }
        }
        return false;
    }

    private static void missingRow(CheckContext ctx) {
        for (Table table : ctx.declaration().tables()) {
            TableDef def = ctx.facts().tableDef(table);
            Set<RowKey> present = ctx.facts().rowKeys(table);
            for (Level1 l1 : ctx.template().indicators()) {
                if (def != null && !def.shows(l1.name())) {
                    continue;
                }
                for (Level2 l2 : l1.children()) {
                    for (Inline row : ctx.facts().framework().fixedRows(l2)) {
                        if (!present.contains(new RowKey(l1.name(), l2.name(), row.name()))) {
                            String path = table.name() + " › " + l1.name() + " › " + l2.name() + " › " + row.name();
                            ctx.report(MISSING_ROW, table.pos(), path, Hint.NONE, row.name());
                        }
                    }
                }
            }
        }
    }

    private static void notInTemplate(CheckContext ctx, Table table, Row row) {
        Level2 l2 = ctx.facts().level2(row.level1(), row.level2());
        if (l2 == null
                || Facts.isOpen(l2)
                || Names.isBlank(row.level3())
                || ctx.facts().framework().hasSlot(l2)) {
            return;
        }
        List<String> names = ctx.facts().framework().fixedNames(l2);
        if (!names.contains(row.level3())) {
            ctx.report(
                    NOT_IN_TEMPLATE,
                    row.at("level3"),
                    Facts.path(table, row),
                    Hints.didYouMean(row.level3(), names),
                    row.level3(),
                    row.level1() + " › " + row.level2());
        }
    }
}
