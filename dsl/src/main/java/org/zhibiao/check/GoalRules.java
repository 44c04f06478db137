package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.util.List;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Goals;

/** 整体绩效总目标: the 长期目标 deadline against the declaration year (DOMAIN.md §8 rule 27). */
final class GoalRules {

    static final Message DEADLINE = new Message(
            RuleCode.GOALS_DEADLINE,
            ERROR,
            "长期目标截止年 %s 不晚于填报年度 %s；应在填报年度之后",
            "the long-term goals end in %s, not after the declaration year %s; they must end later");
    static final Message HORIZON = new Message(
            RuleCode.GOALS_HORIZON,
            WARNING,
            "长期目标截止年 %s 与模板规定的 %s 年（%s + %s）不符",
            "the long-term goals end in %s, not in %s (%s + %s years) as the template says");

    private GoalRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        DEADLINE,
                        "长期目标截止年晚于填报年度。",
                        "The long-term goals' deadline year is after the declaration year.",
                        GoalRules::deadline),
                new BuiltinRule(
                        HORIZON,
                        "长期目标截止年 = 填报年度 + 模板的 horizon（湖北 2024→2026）。",
                        "The long-term deadline is the declaration year plus the template's horizon (Hubei 2024 → "
                                + "2026).",
                        GoalRules::horizon));
    }

    private static void deadline(CheckContext ctx) {
        Declaration d = ctx.declaration();
        Goals goals = d.goals();
        if (goals != null && goals.until() != null && d.year() != null && goals.until() <= d.year()) {
            ctx.report(DEADLINE, goals.at("until"), "整体绩效总目标 › 长期目标", Hint.NONE, goals.until(), d.year());
        }
    }

    private static void horizon(CheckContext ctx) {
        Declaration d = ctx.declaration();
        Goals goals = d.goals();
        Integer horizon = ctx.facts().form().horizon();
        if (goals != null
                && goals.until() != null
                && d.year() != null
                && horizon != null
                && goals.until() > d.year()
                && goals.until() != d.year() + horizon) {
            ctx.report(
                    HORIZON,
                    goals.at("until"),
                    "整体绩效总目标 › 长期目标",
                    Hint.NONE,
                    goals.until(),
                    d.year() + horizon,
                    d.year(),
                    horizon);
        }
    }
}
