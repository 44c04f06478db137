package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;

import java.util.List;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/** The form's closed vocabularies: 指标值确定依据, 指标分类, 支出项目类别 (DOMAIN.md §8 rules 14, 15, 22). */
final class EnumRules {

    static final Message BASIS =
            new Message(RuleCode.BAD_BASIS, ERROR, "指标值确定依据“%s”不在允许范围内", "basis '%s' is not one the form allows");
    static final Message CATEGORY =
            new Message(RuleCode.BAD_CATEGORY, ERROR, "指标分类“%s”不在允许范围内", "category '%s' is not one the form allows");
    static final Message PROJECT_CATEGORY = new Message(
            RuleCode.PROJECT_CATEGORY,
            ERROR,
            "项目“%s”的支出项目类别“%s”不在允许范围内",
            "project '%s' has expenditure category '%s', which the form does not allow");

    private EnumRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        BASIS,
                        "指标值确定依据应为表单列出的值（默认 计划标准、行业标准、历史标准、其他标准）；空白也报。",
                        "The basis is one the form lists (by default 计划标准, 行业标准, 历史标准, 其他标准); "
                                + "blank is reported too.",
                        RowCheck.filled((ctx, table, row) ->
                                row(ctx, table, row, BASIS, ctx.facts().form().bases(), "basis"))),
                new BuiltinRule(
                        CATEGORY,
                        "指标分类应为表单列出的值（湖北：绩效基本型）；空白也报。",
                        "The category is one the form lists (Hubei: 绩效基本型); blank is reported too.",
                        RowCheck.filled((ctx, table, row) -> row(
                                ctx, table, row, CATEGORY, ctx.facts().form().categories(), "category"))),
                new BuiltinRule(
                        PROJECT_CATEGORY,
                        "支出项目类别应为表单列出的值（湖北：常年性项目、延续性项目、一次性项目）。",
                        "A project's expenditure category is one the form lists (Hubei: 常年性项目, 延续性项目, " + "一次性项目).",
                        EnumRules::projects));
    }

    /** A row's 依据 or 分类 against the form's list; nothing to check when the form lists none. */
    private static void row(
            CheckContext ctx, Table table, Row row, Message message, List<String> allowed, String column) {
        String value = row.text(column);
        String text = value == null ? "" : value.strip();
        if (!allowed.isEmpty() && !allowed.contains(text)) {
            Hint hint = Hints.didYouMean(text, allowed);
            ctx.report(
                    message,
                    row.at(column),
                    Facts.path(table, row),
                    hint.isEmpty() ? Hints.oneOf(allowed) : hint,
                    text);
        }
    }

    private static void projects(CheckContext ctx) {
        List<String> allowed = ctx.facts().form().projectCategories();
        if (allowed.isEmpty()) {
            return;
        }
        for (Project project : ctx.declaration().projects()) {
            String text = project.category() == null ? "" : project.category().strip();
            if (!allowed.contains(text)) {
                Hint hint = Hints.didYouMean(text, allowed);
                ctx.report(
                        PROJECT_CATEGORY,
                        project.at("category"),
                        "项目支出 › " + project.name(),
                        hint.isEmpty() ? Hints.oneOf(allowed) : hint,
                        project.name(),
                        text);
            }
        }
    }
}
