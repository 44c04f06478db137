package org.zhibiao.shape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Column;
import org.zhibiao.model.ColumnType;
import org.zhibiao.model.Form;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StageForm;
import org.zhibiao.model.Template;

/**
 * The national monitoring and self-evaluation forms, and a template's stage form completed by
 * them. The defaults live here, in code, rather than in a shared parent template: the built-in
 * templates extend no common parent (Hubei, Jiangsu and the national project form are separate
 * trees), and a parent added only for this would change every template's {@code extends} and its
 * diff; a default in code applies to every template, the operator's own included, and a template
 * that says anything about a stage overrides it field by field ({@code form.stages}).
 *
 * <p>The columns follow DOMAIN.md §1.6–1.7: monitoring 1–7月执行情况 | 全年预计完成情况 | 完成目标可能性
 * (确定能/有可能/完全不可能) | 偏差原因 (经费保障/制度保障/人员保障/硬件条件保障/其他) | 备注, funds
 * 1–7月执行数 | 执行进度 | 全年预计执行数 beside 年初预算数; self-evaluation 实际完成值 | 分值 | 得分 |
 * 偏差原因分析及改进措施, funds 全年预算数(A) | 全年执行数(B) | 分值 | 执行率 | 得分.
 */
public final class StageForms {

    /** The national monitoring period: January to July, reported in August (财预〔2019〕136号). */
    public static final String NATIONAL_PERIOD = "1–7月";

    /** Percentage points execution may lag the calendar before it is reported, when the template gives none. */
    public static final BigDecimal NATIONAL_TOLERANCE = new BigDecimal("10");

    public static final String PROGRESS = "progress";
    public static final String FORECAST = "forecast";
    public static final String LIKELIHOOD = "likelihood";
    public static final String REASON = "reason";
    public static final String REMARK = "remark";
    public static final String ACTUAL = "actual";
    public static final String POINTS = "points";
    public static final String SCORE = "score";
    public static final String SPENT = "spent";
    public static final String BUDGET = "budget";
    public static final String RATE = "rate";

    /** 完成目标可能性, best first: the first means the target will be met. */
    public static final List<String> LIKELIHOODS = List.of("确定能", "有可能", "完全不可能");

    private StageForms() {}

    /** The template's form for a stage, every field it leaves out taken from the national one. */
    public static StageForm of(Template resolved, Stage stage) {
        Form form = resolved.form();
        StageForm given = form == null ? null : form.stage(stage);
        StageForm national =
                national(stage, given == null || given.period() == null ? NATIONAL_PERIOD : given.period());
        if (given == null) {
            return national;
        }
        return new StageForm(
                stage,
                or(given.title(), national.title()),
                or(given.period(), national.period()),
                or(given.months(), national.months()),
                or(given.tolerance(), national.tolerance()),
                given.tables().isEmpty() ? national.tables() : given.tables(),
                given.columns().isEmpty() ? national.columns() : given.columns(),
                given.funds().isEmpty() ? national.funds() : given.funds(),
                given.scoring(),
                given.pos());
    }

    /** The national form of a stage, its headers naming {@code period}. */
    static StageForm national(Stage stage, String period) {
        if (stage == Stage.MONITORING) {
            return new StageForm(
                    stage,
                    "绩效运行监控表",
                    period,
                    7,
                    NATIONAL_TOLERANCE,
                    List.of(),
                    List.of(
                            column(PROGRESS, period + "执行情况", ColumnType.TEXT, List.of(), "执行情况", "半年度指标执行情况"),
                            column(FORECAST, "全年预计完成情况", ColumnType.TEXT, List.of()),
                            column(LIKELIHOOD, "完成目标可能性", ColumnType.CHOICE, LIKELIHOODS),
                            column(
                                    REASON,
                                    "偏差原因",
                                    ColumnType.CHOICE,
                                    List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"),
                                    "偏差原因分析"),
                            column(REMARK, "备注", ColumnType.TEXT, List.of())),
                    List.of(
                            column(SPENT, period + "执行数", ColumnType.NUMBER, List.of(), "执行数"),
                            column(PROGRESS, "执行进度", ColumnType.TEXT, List.of()),
                            column(FORECAST, "全年预计执行数", ColumnType.NUMBER, List.of())),
                    null,
                    Position.NONE);
        }
        return new StageForm(
                stage,
                "绩效自评表",
                period,
                12,
                NATIONAL_TOLERANCE,
                List.of(),
                List.of(
                        column(ACTUAL, "实际完成值", ColumnType.TEXT, List.of(), "全年实际完成值", "实际完成情况"),
                        column(POINTS, "分值", ColumnType.POINTS, List.of(), "权重"),
                        column(SCORE, "得分", ColumnType.NUMBER, List.of(), "自评得分"),
                        column(REASON, "偏差原因分析及改进措施", ColumnType.TEXT, List.of(), "偏差原因分析", "偏差原因")),
                List.of(
                        column(BUDGET, "全年预算数(A)", ColumnType.NUMBER, List.of(), "全年预算数"),
                        column(SPENT, "全年执行数(B)", ColumnType.NUMBER, List.of(), "全年执行数"),
                        column(POINTS, "分值", ColumnType.POINTS, List.of()),
                        column(RATE, "执行率", ColumnType.TEXT, List.of(), "执行率(B/A)"),
                        column(SCORE, "得分", ColumnType.NUMBER, List.of())),
                null,
                Position.NONE);
    }

    private static Column column(String id, String header, ColumnType type, List<String> values, String... aliases) {
        return new Column(id, header, List.of(aliases), type, values, null, null, List.of(), null, Position.NONE);
    }

    /** The stage's columns that a table does not have already, in the stage's order. */
    static List<Column> added(StageForm stage, TableShape table) {
        List<Column> out = new ArrayList<>();
        for (Column c : stage.columns()) {
            if (!table.has(c.id())) {
                out.add(c);
            }
        }
        return out;
    }

    private static <T> T or(T given, T fallback) {
        return given != null ? given : fallback;
    }
}
