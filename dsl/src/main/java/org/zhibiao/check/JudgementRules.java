package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Direction;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Operator;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;

/**
 * Whether a readable value makes sense: percentage range, direction against operator, Excel
 * dates, and not weaker than the template (DOMAIN.md §8 rules 10–12).
 */
final class JudgementRules {

    static final Message PERCENT_RANGE = new Message(
            RuleCode.PERCENT_RANGE,
            WARNING,
            "百分比指标值“%s”超出 0%%–100%%；请核对",
            "percentage '%s' is outside 0%%–100%%; check it");
    static final Message DIRECTION = new Message(
            RuleCode.DIRECTION_OPERATOR,
            WARNING,
            "“%s”是%s指标，指标值“%s”的运算符方向相反",
            "'%s' is a %s indicator but the operator of '%s' points the other way");
    static final Message EXCEL_DATE = new Message(
            RuleCode.EXCEL_DATE,
            WARNING,
            "时效指标值“%s”像是 Excel 日期序列号（%s）；请填写时限，如 ≤15天",
            "time value '%s' looks like an Excel date serial (%s); write a time limit such as ≤15天");
    static final Message RATE_ABOVE_100 = new Message(
            RuleCode.RATE_ABOVE_100,
            ERROR,
            "“%s”不可能超过 100%%，指标值“%s”无法实现；请改为不超过 100%% 的值",
            "'%s' cannot exceed 100%%, so the target '%s' cannot be met; set it at 100%% or below");
    static final Message RATE_AT_LEAST_100 = new Message(
            RuleCode.RATE_AT_LEAST_100,
            WARNING,
            "“%s”不可能超过 100%%，指标值“%s”实际只能是 =100%%；请写成 =100%%",
            "'%s' cannot exceed 100%%, so '%s' can only mean =100%%; write =100%%");
    static final Message WEAKER = new Message(
            RuleCode.WEAKER_THAN_TEMPLATE,
            ERROR,
            "“%s”的指标值“%s”低于模板要求的“%s”；请不低于模板",
            "the target '%2$s' of '%1$s' is weaker than the template's '%3$s'; set it at least as strict");

    /** Rates that cannot exceed 100% (DOMAIN.md §7 正向 names); the {@code capped} parameter replaces it. */
    static final List<String> CAPPED = List.of(
            "覆盖率", "准确率", "合格率", "达标率", "满意度", "知晓率", "完好率", "及时率", "到位率", "登记率", "处置率", "检验率", "换证率", "佩戴率", "在线率",
            "破案率", "出警率", "执行率", "利用率", "开展率", "应用率", "管控率");
    /** Rates that may exceed 100% whatever else their name says: growth, change, completion (rule 10). */
    static final List<String> UNCAPPED = List.of("增长率", "变动率", "完成率", "增幅", "提升率", "超额");

    private static final Pattern TIMELY = Pattern.compile("时效|时间|周期|时限|日期|及时|期限|天数");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private JudgementRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        PERCENT_RANGE,
                        "百分比应在 0–100% 之间。参数 over100（默认 完成率|变动率|增长率）允许超过100%，" + "below0（默认 变动率|增长率）允许负数。",
                        "A percentage lies in 0–100%. Parameters: over100 (default 完成率|变动率|增长率) may "
                                + "exceed 100%, below0 (default 变动率|增长率) may be negative.",
                        RowCheck.values(JudgementRules::percentRange)),
                new BuiltinRule(
                        RATE_ABOVE_100,
                        "覆盖率、准确率、合格率、达标率、满意度等不可能超过 100% 的比率，指标值超过 100% 是无法实现的目标"
                                + "；增长率、变动率、完成率除外。参数 capped（按名称匹配的比率）、uncapped（豁免）。",
                        "A rate that cannot exceed 100% (覆盖率, 准确率, 合格率, 达标率, 满意度 …) with a target above "
                                + "100% can never be met; growth, change and completion rates (增长率, "
                                + "变动率, 完成率) are exempt. Parameters: capped (rate names), uncapped (exempt names).",
                        RowCheck.values(settings -> capped(settings, true))),
                new BuiltinRule(
                        RATE_AT_LEAST_100,
                        "不可能超过 100% 的比率写成 ≥100% 时只能等于 100%，应直接写 =100%。参数同 rate-above-100。",
                        "A capped rate written ≥100% can only mean =100%; write that. Parameters as "
                                + "rate-above-100.",
                        RowCheck.values(settings -> capped(settings, false))),
                new BuiltinRule(
                        DIRECTION,
                        "正向指标不用 ≤/<，反向指标不用 ≥/>；方向取模板该行，否则按名称推断。",
                        "A positive indicator does not use ≤/<, a negative one not ≥/>; the direction comes "
                                + "from the template row, else from the name.",
                        RowCheck.values(JudgementRules::direction)),
                new BuiltinRule(
                        EXCEL_DATE,
                        "时效指标中 40000–50000 的五位整数多半是 Excel 日期序列号。",
                        "A five-digit integer 40000–50000 in a time indicator is most likely an Excel date serial.",
                        RowCheck.values(JudgementRules::excelDate)),
                new BuiltinRule(
                        WEAKER,
                        "指标值不得低于模板为该行给出的值（模板值即底线，如满意度 ≥95%）。",
                        "A target is not weaker than the template's value for the row (the template sets the floor, "
                                + "e.g. 满意度 ≥95%).",
                        RowCheck.values(JudgementRules::weaker)));
    }

    private static RowCheck.ValueBody percentRange(CheckContext settings) {
        Pattern over = Pattern.compile(String.join("|", settings.list("over100", List.of("完成率", "变动率", "增长率"))));
        Pattern below = Pattern.compile(String.join("|", settings.list("below0", List.of("变动率", "增长率"))));
        Pattern capped = Pattern.compile(String.join("|", settings.list("capped", CAPPED)));
        Pattern exempt = Pattern.compile(String.join("|", UNCAPPED));
        return (ctx, table, row, value) -> {
            Quantity q = value.quantity();
            if (q == null || !"%".equals(KindRules.unit(q.unit()))) {
                return;
            }
            String name = row.level3() == null ? "" : row.level3();
            // a capped rate above 100% is rate-above-100's error, not also this warning
            boolean tooHigh = q.number().compareTo(BigDecimal.valueOf(100)) > 0
                    && !over.matcher(name).find()
                    && !isCapped(name, capped, exempt);
            boolean tooLow = q.number().signum() < 0 && !below.matcher(name).find();
            if (tooHigh || tooLow) {
                ctx.report(PERCENT_RANGE, value.at(row), Facts.path(table, row), Hint.NONE, value.raw());
            }
        };
    }

    /**
     * The two faces of a capped rate: above 100% ({@code above}) or exactly ≥100% (not above). Both
     * read the same name lists, so a template tunes them together.
     */
    private static RowCheck.ValueBody capped(CheckContext settings, boolean above) {
        Pattern capped = Pattern.compile(String.join("|", settings.list("capped", CAPPED)));
        Pattern exempt = Pattern.compile(String.join("|", settings.list("uncapped", UNCAPPED)));
        return (ctx, table, row, value) -> {
            Quantity q = value.quantity();
            if (q == null
                    || !"%".equals(KindRules.unit(q.unit()))
                    || !isCapped(row.level3(), capped, exempt)
                    || ctx.facts().templateGives(row, value)) {
                return;
            }
            int vs100 = q.number().compareTo(BigDecimal.valueOf(100));
            boolean over = vs100 > 0 || (vs100 == 0 && q.operator() == Operator.GT);
            if (above && over) {
                ctx.report(RATE_ABOVE_100, value.at(row), Facts.path(table, row), EQUAL_100, row.level3(), value.raw());
            } else if (!above && !over && vs100 == 0 && q.operator() == Operator.GE) {
                ctx.report(
                        RATE_AT_LEAST_100, value.at(row), Facts.path(table, row), EQUAL_100, row.level3(), value.raw());
            }
        };
    }

    private static final Hint EQUAL_100 = Hints.of("是否应为“=100%”？", "did you mean '=100%'?");

    /** Whether a 三级 name is a rate that cannot exceed 100%. */
    static boolean isCapped(String name, Pattern capped, Pattern exempt) {
        return name != null
                && capped.matcher(name).find()
                && !exempt.matcher(name).find();
    }

    private static void direction(CheckContext ctx, Table table, Row row, Value value) {
        Quantity q = value.quantity();
        if (q == null || q.operator() == null) {
            return;
        }
        Direction direction = Directions.of(ctx.facts(), row);
        if (direction == null) {
            return;
        }
        if ((direction == Direction.POSITIVE && q.operator().favoursLower())
                || (direction == Direction.NEGATIVE && q.operator().favoursHigher())) {
            ctx.report(DIRECTION.at(
                    value.at(row),
                    Facts.path(table, row),
                    directionHint(row.level3(), direction, q.operator()),
                    new Object[] {row.level3(), direction.label(), value.raw()},
                    new Object[] {row.level3(), english(direction), value.raw()}));
        }
    }

    /** "应为 ≥ 而非 ≤：群众满意度是正向指标". */
    static Hint directionHint(String name, Direction direction, Operator used) {
        String want = direction == Direction.POSITIVE ? "≥" : "≤";
        return Hints.of(
                "应为 " + want + " 而非 " + used.symbol() + "：" + name + "是" + direction.label() + "指标",
                "use " + want + " rather than " + used.symbol() + ": " + name + " is " + english(direction));
    }

    /** 正向 / 反向 in the English message: a Chinese word there read as an untranslated gap. */
    private static String english(Direction direction) {
        return direction == Direction.POSITIVE ? "higher-is-better" : "lower-is-better";
    }

    private static void excelDate(CheckContext ctx, Table table, Row row, Value value) {
        // the cheap number test first: almost no value is a five-digit serial (#7, bulk check)
        BigDecimal number = value.quantity() != null ? value.quantity().number() : serial(value.raw());
        if (number != null
                && number.scale() <= 0
                && number.compareTo(BigDecimal.valueOf(40000)) >= 0
                && number.compareTo(BigDecimal.valueOf(50000)) <= 0
                && TIMELY.matcher(String.valueOf(row.level2()) + " " + row.level3())
                        .find()) {
            String date = EXCEL_EPOCH.plusDays(number.longValue()).toString();
            ctx.report(EXCEL_DATE, value.at(row), Facts.path(table, row), Hint.NONE, value.raw(), date);
        }
    }

    /** "44,561" as Excel prints a date serial with a thousands separator. */
    private static BigDecimal serial(String raw) {
        if (raw == null || raw.isEmpty() || !Character.isDigit(raw.charAt(0))) {
            return null;
        }
        String digits = raw.replace(",", "").replace("，", "");
        return digits.matches("\\d{5}") ? new BigDecimal(digits) : null;
    }

    private static void weaker(CheckContext ctx, Table table, Row row, Value value) {
        Inline template = ctx.facts().templateRow(row);
        Quantity q = value.quantity();
        if (template == null || q == null) {
            return;
        }
        for (ValueColumn column : value.columns()) {
            Target floor = floor(template, column);
            if (floor instanceof Quantity f && Strength.weaker(q, f, Directions.of(row.level3(), template))) {
                ctx.report(
                        WEAKER,
                        row.at(column.id()),
                        Facts.path(table, row),
                        Hint.NONE,
                        row.level3(),
                        value.raw(),
                        f.print());
                return;
            }
        }
    }

    /** The template's value for a column: history years have none; 半年 has its own when given. */
    private static Target floor(Inline template, ValueColumn column) {
        return switch (column) {
            case PREV1, PREV2 -> null;
            case HALF_YEAR -> template.halfYear() != null ? template.halfYear() : template.target();
            case TARGET, FULL_YEAR -> template.target();
        };
    }
}
