package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.model.Column;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Row;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StageForm;
import org.zhibiao.model.Table;
import org.zhibiao.score.ScoreFindings;
import org.zhibiao.score.ScoringRules;
import org.zhibiao.shape.StageForms;
import org.zhibiao.shape.TableShape;
import org.zhibiao.stage.SelfEvaluation;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * The rules of the forms after the declaration (issue 16, DOMAIN.md §1.6–1.7). They run only on a
 * document of their stage, at the cell: monitoring (a doubtful target without a 偏差原因, execution
 * lagging the calendar, a ≤ target already passed, a cumulative count above the year's target) and
 * self-evaluation (the scoring engine's findings, one rule per finding so that each can be
 * switched off, tuned and explained).
 */
final class StageRules {

    static final Message DOUBT_UNEXPLAINED = new Message(
            RuleCode.LIKELIHOOD_WITHOUT_REASON,
            ERROR,
            "完成目标可能性为“%s”，但没有填写偏差原因；请选择偏差原因",
            "the target is judged '%s' but no deviation reason is given; choose one");
    static final Message EXECUTION_BEHIND = new Message(
            RuleCode.EXECUTION_BEHIND_PACE,
            WARNING,
            "%s执行数 %s 为年初预算数 %s 的 %s%%，低于时间进度 %s%% 超过 %s 个百分点；请说明原因或加快执行",
            "%s spending %s of the budget %s is %s%%, below the calendar's %s%% by more than %s points;"
                    + " explain or speed up");
    static final Message CEILING_PASSED = new Message(
            RuleCode.PROGRESS_PAST_CEILING,
            ERROR,
            "执行情况“%s”已超过全年上限“%s”；请核对，或调整目标",
            "progress '%s' is already past the year's ceiling '%s'; check it or adjust the target");
    static final Message COUNT_ABOVE_YEAR = new Message(
            RuleCode.PROGRESS_ABOVE_YEAR,
            WARNING,
            "累计执行情况“%s”已超过全年指标值“%s”；请核对，或说明指标值是否偏低",
            "the cumulative progress '%s' is already above the year's target '%s'; check it, or say whether the"
                    + " target was set too low");

    private StageRules() {}

    static List<Rule> rules() {
        List<Rule> out = new ArrayList<>(List.of(
                new BuiltinRule(
                        DOUBT_UNEXPLAINED,
                        "监控表中完成目标可能性为“有可能”或“完全不可能”的指标，应选择偏差原因（经费保障、制度保障、人员保障、硬件条件保障、其他）。",
                        "In a monitoring form, a target judged less than certain (有可能, 完全不可能) names its deviation"
                                + " reason (经费保障, 制度保障, 人员保障, 硬件条件保障, 其他).",
                        ctx -> rows(ctx, Stage.MONITORING, StageRules::doubt)),
                new BuiltinRule(
                        EXECUTION_BEHIND,
                        "监控表中各支出行的监控期执行数不应低于年初预算数 × 已过月数/12 超过模板的容差（全国默认 10 个百分点）。",
                        "In a monitoring form, each expenditure line's spending in the period is not below the budget ×"
                                + " months/12 by more than the template's tolerance (10 points by default).",
                        StageRules::pace),
                new BuiltinRule(
                        CEILING_PASSED,
                        "监控表中 ≤ 指标（上限）的执行情况不应已超过全年指标值。",
                        "In a monitoring form, progress on a ≤ target (a ceiling) is not already past the year's value.",
                        ctx -> rows(ctx, Stage.MONITORING, StageRules::ceiling)),
                new BuiltinRule(
                        COUNT_ABOVE_YEAR,
                        "监控表中累计数量（非百分比）的执行情况不应已超过全年指标值。",
                        "In a monitoring form, a cumulative count (not a percentage) is not already above the year's"
                                + " target.",
                        ctx -> rows(ctx, Stage.MONITORING, StageRules::count))));
        for (Message m : List.of(
                ScoreFindings.ABOVE_POINTS,
                ScoreFindings.DISAGREES,
                ScoreFindings.ACTUAL_MISSING,
                ScoreFindings.SHORTFALL_UNEXPLAINED,
                ScoreFindings.OUTSIDE_BAND,
                ScoreFindings.BY_HAND)) {
            out.add(new BuiltinRule(
                    m,
                    "自评表按评分规则（全国默认：财预〔2020〕10号）计分时发现：" + m.format(Lang.ZH, "…", "…", "…", "…"),
                    "Found when a self-evaluation is scored by the rules (national default: 10号): "
                            + m.format(Lang.EN, "…", "…", "…", "…"),
                    ctx -> scored(ctx, m.code())));
        }
        return out;
    }

    private interface RowBody {
        void check(CheckContext ctx, Table table, Row row);
    }

    private static void rows(CheckContext ctx, Stage stage, RowBody body) {
        if (ctx.declaration().stage() != stage) {
            return;
        }
        for (Table t : ctx.declaration().tables()) {
            for (Row r : t.rows()) {
                body.check(ctx, t, r);
            }
        }
    }

    private static void doubt(CheckContext ctx, Table table, Row row) {
        TableShape shape = ctx.facts().framework().shape(table.name());
        Column likelihood = shape == null ? null : shape.column(StageForms.LIKELIHOOD);
        String said = row.text(StageForms.LIKELIHOOD);
        if (likelihood == null
                || said == null
                || said.isBlank()
                || likelihood.values().isEmpty()
                || said.strip().equals(likelihood.values().get(0))
                || !likelihood.values().contains(said.strip())) {
            return;
        }
        String reason = row.text(StageForms.REASON);
        if (reason == null || reason.isBlank()) {
            ctx.report(DOUBT_UNEXPLAINED, row.at(StageForms.REASON), Facts.path(table, row), Hint.NONE, said.strip());
        }
    }

    private static void ceiling(CheckContext ctx, Table table, Row row) {
        BigDecimal[] both = progressAndTarget(row);
        Quantity target = both == null ? null : (Quantity) parse(row.target());
        if (target != null && target.operator().favoursLower() && both[0].compareTo(both[1]) > 0) {
            ctx.report(
                    CEILING_PASSED,
                    row.at(StageForms.PROGRESS),
                    Facts.path(table, row),
                    Hint.NONE,
                    row.text(StageForms.PROGRESS).strip(),
                    row.target());
        }
    }

    private static void count(CheckContext ctx, Table table, Row row) {
        BigDecimal[] both = progressAndTarget(row);
        Quantity target = both == null ? null : (Quantity) parse(row.target());
        if (target != null
                && !target.operator().favoursLower()
                && !"%".equals(target.unit())
                && both[0].compareTo(both[1]) > 0) {
            ctx.report(
                    COUNT_ABOVE_YEAR,
                    row.at(StageForms.PROGRESS),
                    Facts.path(table, row),
                    Hint.NONE,
                    row.text(StageForms.PROGRESS).strip(),
                    row.target());
        }
    }

    /** {@code [progress, target]} in one unit, or null when either is not a comparable quantity. */
    private static BigDecimal[] progressAndTarget(Row row) {
        if (!(parse(row.target()) instanceof Quantity t)
                || t.operator() == null
                || !(parse(row.text(StageForms.PROGRESS)) instanceof Quantity p)) {
            return null;
        }
        BigDecimal[] both = Targets.commensurate(p, t).orElse(null);
        return both;
    }

    private static void pace(CheckContext ctx) {
        Declaration d = ctx.declaration();
        if (d.stage() != Stage.MONITORING || d.funds() == null || d.funds().expenditure() == null) {
            return;
        }
        StageForm form = StageForms.of(ctx.template(), Stage.MONITORING);
        BigDecimal due = BigDecimal.valueOf(form.months())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
        List<FundLine> lines = new ArrayList<>(d.funds().expenditure().items());
        if (d.funds().expenditure().total() != null) {
            lines.add(d.funds().expenditure().total());
        }
        for (FundLine line : lines) {
            BigDecimal spent = SelfEvaluation.number(line.text(StageForms.SPENT));
            if (spent == null || line.amount() == null || line.amount().signum() <= 0) {
                continue;
            }
            BigDecimal pct = spent.multiply(BigDecimal.valueOf(100)).divide(line.amount(), 2, RoundingMode.HALF_UP);
            if (due.subtract(pct).compareTo(form.tolerance()) > 0) {
                ctx.report(
                        EXECUTION_BEHIND,
                        line.at(StageForms.SPENT),
                        line.name(),
                        Hint.NONE,
                        form.period(),
                        spent.toPlainString(),
                        line.amount().toPlainString(),
                        pct.toPlainString(),
                        due.toPlainString(),
                        form.tolerance().toPlainString());
            }
        }
    }

    private static void scored(CheckContext ctx, String code) {
        if (ctx.declaration().stage() != Stage.SELF_EVALUATION) {
            return;
        }
        for (Diagnostic d : SelfEvaluation.score(ctx.declaration(), ScoringRules.of(ctx.template()))
                .card()
                .findings()) {
            if (d.code().equals(code)) {
                ctx.report(d);
            }
        }
    }

    private static Target parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Targets.parse(text.strip());
        } catch (TargetException e) {
            return null;
        }
    }
}
