package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.INFO;
import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Column;
import org.zhibiao.model.ColumnType;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.shape.TableShape;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * The columns a template declares beyond the tree and the value columns (指标性质, 分值, 计量单位,
 * 备注 …): each cell is what its column's type says, a required column is filled, a key the table
 * has no column for is named, and 分值 add up to each 一级's weight. The rules ask the table's shape,
 * so a rule about a column the form does not have never runs (issue 14).
 */
final class ColumnRules {

    static final Message CHOICE = new Message(
            RuleCode.CELL_CHOICE,
            WARNING,
            "“%s”的值“%s”不是表单列出的值",
            "'%s' is '%s', which is not one of the values the form lists");
    static final Message NUMBER =
            new Message(RuleCode.CELL_NUMBER, ERROR, "“%s”应为数字，实际为“%s”", "'%s' should be a number, found '%s'");
    static final Message POINTS = new Message(
            RuleCode.CELL_POINTS, ERROR, "“%s”应为不小于 0 的分值，实际为“%s”", "'%s' should be points of 0 or more, found '%s'");
    static final Message TARGET =
            new Message(RuleCode.CELL_TARGET, ERROR, "“%s”的值“%s”不是有效的指标值：%s", "'%s' is '%s', not a valid target: %s");
    static final Message REQUIRED = new Message(
            RuleCode.CELL_REQUIRED, ERROR, "“%s”为必填列，此行未填", "'%s' is a required column and this row leaves it empty");
    static final Message UNKNOWN = new Message(
            RuleCode.UNKNOWN_COLUMN,
            ERROR,
            "表“%s”没有“%s”列；请改为模板的列，或删去（值已原样保留，不会被检查）",
            "table '%s' has no column '%s'; use one of the template's columns or remove it (the value is kept as it is, unchecked)");
    static final Message POINTS_TOTAL = new Message(
            RuleCode.POINTS_PER_LEVEL1,
            ERROR,
            "“%s”各行分值合计 %s，应为 %s（%s）",
            "the rows under '%s' add up to %s points where %s are due (%s)");

    static final Message KIND_MISMATCH = new Message(
            RuleCode.VALUE_TYPE_MISMATCH,
            ERROR,
            "指标值类型为“%s”，但指标值“%s”%s",
            "the value type is '%s' but the target '%s' %s");
    static final Message NATURE_OPERATOR = new Message(
            RuleCode.NATURE_OPERATOR,
            WARNING,
            "指标性质为“%s”，指标值“%s”却是%s",
            "the indicator is '%s' but its target '%s' is %s");
    static final Message GENERIC_CRITERIA = new Message(
            RuleCode.GENERIC_CRITERIA,
            INFO,
            "评(扣)分标准“%s”没有写明怎样扣分",
            "the scoring rule '%s' does not say how points are deducted");

    /** Words of a 评(扣)分标准 that leave the deduction to the evaluator (DOMAIN.md §8 rule 30). */
    private static final List<String> VAGUE_CRITERIA = List.of("酌情", "视情况", "根据情况", "根据完成情况", "按完成情况", "适当扣分", "相应扣分");

    private ColumnRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        CHOICE,
                        "选择列（如指标性质：正向/反向）的值应为模板列出的值之一。",
                        "A choice column's value (指标性质: 正向/反向, say) is one the template lists.",
                        RowCheck.filled(each(ColumnType.CHOICE, ColumnRules::choice))),
                new BuiltinRule(
                        NUMBER,
                        "数字列的值应为数字。",
                        "A number column holds a number.",
                        RowCheck.filled(each(
                                ColumnType.NUMBER,
                                (ctx, table, row, c, text) -> number(ctx, table, row, c, text, NUMBER)))),
                new BuiltinRule(
                        POINTS,
                        "分值/权重列的值应为不小于 0 的数字。",
                        "A points (分值/权重) column holds a number of 0 or more.",
                        RowCheck.filled(each(
                                ColumnType.POINTS,
                                (ctx, table, row, c, text) -> number(ctx, table, row, c, text, POINTS)))),
                new BuiltinRule(
                        TARGET,
                        "指标值类型的列应按指标值写法填写（如 ≥95%、=100%、健全）。",
                        "A column of 指标值 type is written in the 指标值 notation (≥95%, =100%, 健全).",
                        RowCheck.filled(each(ColumnType.TARGET, ColumnRules::target))),
                new BuiltinRule(
                        REQUIRED,
                        "模板标为必填（required）的列每行都要填。",
                        "A column the template marks required is filled on every row.",
                        RowCheck.filled(ColumnRules::required)),
                new BuiltinRule(
                        UNKNOWN,
                        "行中的键应为该表的列；拼错的键或从其他省份表格读入的列会原样保留，但报错，直到改为模板的列或删去。",
                        "A row's keys are the table's columns; a misspelt key, or a column read from another province's "
                                + "form, is kept as it is but reported until it is one of the template's columns or removed.",
                        RowCheck.filled(ColumnRules::unknown)),
                new BuiltinRule(
                        KIND_MISMATCH,
                        "表中有指标值类型列（定量/定性）时，定量行的指标值应为运算符+数字，定性行不应是运算符+数字。",
                        "Where a table has a value-type column (定量/定性), a 定量 row's target is an operator and a number "
                                + "and a 定性 row's is not.",
                        RowCheck.filled(ColumnRules::kind)),
                new BuiltinRule(
                        NATURE_OPERATOR,
                        "表中有指标性质列（正向/反向）时，正向指标不用 ≤、<，反向指标不用 ≥、>。",
                        "Where a table has a 指标性质 column (正向/反向), a 正向 indicator does not take ≤ or < and a 反向 "
                                + "one does not take ≥ or >.",
                        RowCheck.filled(ColumnRules::nature)),
                new BuiltinRule(
                        GENERIC_CRITERIA,
                        "评(扣)分标准应写明扣分办法（如“每低1个百分点扣1分”），而不是“酌情扣分”。",
                        "A scoring rule says how points are deducted (每低1个百分点扣1分, say), not 酌情扣分.",
                        RowCheck.filled(ColumnRules::criteria)),
                new BuiltinRule(
                        POINTS_TOTAL,
                        "表中有分值（权重）列时，各一级下各行分值之和应等于模板给该一级的分值（全国：产出50、效益30、满意度10）。",
                        "Where a table has a points (分值/权重) column, the rows under each 一级 add up to the weight the "
                                + "template gives it (national: 产出 50, 效益 30, 满意度 10).",
                        ColumnRules::pointsPerLevel1));
    }

    /** What one rule checks in one filled cell of a declared column of its type. */
    private interface CellBody {
        void check(CheckContext ctx, Table table, Row row, Column column, String text);
    }

    /** A row body that runs {@code body} on each filled cell of the table's declared columns of one type. */
    private static RowCheck.Body each(ColumnType type, CellBody body) {
        return (ctx, table, row) -> {
            TableShape shape = ctx.facts().framework().shape(table.name());
            if (shape == null) {
                return;
            }
            for (Column c : shape.columns()) {
                if (c.kind() != type || Row.isField(c.id())) {
                    continue;
                }
                Cell cell = row.cells().get(c.id());
                if (cell != null && !cell.isBlank()) {
                    body.check(ctx, table, row, c, cell.text().strip());
                }
            }
        };
    }

    private static void choice(CheckContext ctx, Table table, Row row, Column c, String text) {
        if (!c.values().isEmpty() && !c.values().contains(text)) {
            Hint hint = Hints.didYouMean(text, c.values());
            ctx.report(
                    CHOICE,
                    row.at(c.id()),
                    Facts.path(table, row),
                    hint.isEmpty() ? Hints.oneOf(c.values()) : hint,
                    c.label(),
                    text);
        }
    }

    @SuppressWarnings("ReferenceEquality") // the POINTS message constant itself says the column holds points
    private static void number(CheckContext ctx, Table table, Row row, Column c, String text, Message message) {
        BigDecimal n = number(text);
        if (n == null || (message == POINTS && n.signum() < 0)) {
            ctx.report(message, row.at(c.id()), Facts.path(table, row), Hint.NONE, c.label(), text);
        }
    }

    private static void target(CheckContext ctx, Table table, Row row, Column c, String text) {
        try {
            Targets.parse(text);
        } catch (TargetException e) {
            ctx.report(TARGET.at(
                    row.at(c.id()),
                    Facts.path(table, row),
                    Hint.NONE,
                    new Object[] {c.label(), text, e.zh()},
                    new Object[] {c.label(), text, e.getMessage()}));
        }
    }

    private static void required(CheckContext ctx, Table table, Row row) {
        TableShape shape = ctx.facts().framework().shape(table.name());
        if (shape == null) {
            return;
        }
        for (Column c : shape.columns()) {
            String text = c.isRequired() && !Row.isField(c.id()) ? row.text(c.id()) : "-";
            if (text == null || text.isBlank()) {
                ctx.report(REQUIRED, row.at(c.id()), Facts.path(table, row), Hint.NONE, c.label());
            }
        }
    }

    private static void unknown(CheckContext ctx, Table table, Row row) {
        TableShape shape = ctx.facts().framework().shape(table.name());
        if (shape == null || row.cells().isEmpty()) {
            return;
        }
        for (Map.Entry<String, Cell> e : row.cells().entrySet()) {
            if (!shape.has(e.getKey())) {
                List<String> ids = shape.columns().stream().map(Column::id).toList();
                ctx.report(
                        UNKNOWN,
                        row.at(e.getKey()),
                        Facts.path(table, row),
                        Hints.didYouMean(e.getKey(), ids),
                        table.name(),
                        e.getKey());
            }
        }
    }

    /** The 定量/定性 a row declares against what its 指标值 is. */
    private static void kind(CheckContext ctx, Table table, Row row) {
        String kind = cell(ctx, table, row, "kind");
        Object parsed = row.target() == null ? null : ctx.facts().framework().parse(row.target());
        if (kind == null || !(parsed instanceof Target target)) {
            return;
        }
        boolean quantitative = target instanceof Quantity;
        if (kind.startsWith("定量") && !quantitative) {
            ctx.report(KIND_MISMATCH.at(
                    row.at("target"),
                    Facts.path(table, row),
                    Hint.NONE,
                    new Object[] {kind, row.target(), "不是“运算符+数字”"},
                    new Object[] {kind, row.target(), "is not an operator and a number"}));
        } else if (kind.startsWith("定性") && quantitative) {
            ctx.report(KIND_MISMATCH.at(
                    row.at("target"),
                    Facts.path(table, row),
                    Hint.NONE,
                    new Object[] {kind, row.target(), "是“运算符+数字”"},
                    new Object[] {kind, row.target(), "is an operator and a number"}));
        }
    }

    /** 正向 with ≤ or <, 反向 with ≥ or >. */
    private static void nature(CheckContext ctx, Table table, Row row) {
        String nature = cell(ctx, table, row, "nature");
        Object parsed = row.target() == null ? null : ctx.facts().framework().parse(row.target());
        if (nature == null || !(parsed instanceof Quantity q)) {
            return;
        }
        boolean wrong = (nature.startsWith("正向") && q.operator().favoursLower())
                || (nature.startsWith("反向") && q.operator().favoursHigher());
        if (wrong) {
            ctx.report(NATURE_OPERATOR.at(
                    QualitativeOperator.operatorCell(ctx, table, row, row.at("target")),
                    Facts.path(table, row),
                    Hint.NONE,
                    new Object[] {nature, row.target(), q.operator().favoursLower() ? "越低越好" : "越高越好"},
                    new Object[] {
                        nature, row.target(), q.operator().favoursLower() ? "lower-is-better" : "higher-is-better"
                    }));
        }
    }

    /** A 评(扣)分标准 that leaves the deduction to the evaluator and names no figure. */
    private static void criteria(CheckContext ctx, Table table, Row row) {
        String criteria = cell(ctx, table, row, "criteria");
        if (criteria == null
                || criteria.chars().anyMatch(Character::isDigit)
                || VAGUE_CRITERIA.stream().noneMatch(criteria::contains)) {
            return;
        }
        ctx.report(
                GENERIC_CRITERIA,
                row.at("criteria"),
                Facts.path(table, row),
                Hints.of(
                        "写明扣分办法，如“每低1个百分点扣1分，扣完为止”",
                        "say how points are deducted, e.g. " + "one point per percentage point below the target"),
                criteria);
    }

    /** A declared column's text in a row, when the row's table has that column; else null. */
    private static String cell(CheckContext ctx, Table table, Row row, String id) {
        TableShape shape = ctx.facts().framework().shape(table.name());
        if (shape == null || !shape.has(id)) {
            return null;
        }
        String text = row.text(id);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** 分值 per 一级 against the template's weight of that 一级, where the table has a points column. */
    private static void pointsPerLevel1(CheckContext ctx) {
        for (Table table : ctx.declaration().tables()) {
            Column points = pointsColumn(ctx, table);
            if (points != null) {
                byLevel1(ctx, table).forEach((name, rows) -> pointsOfLevel1(ctx, table, points, name, rows));
            }
        }
    }

    /** The table's first column of 分值 type, or null when its form has none. */
    private static Column pointsColumn(CheckContext ctx, Table table) {
        TableShape shape = ctx.facts().framework().shape(table.name());
        if (shape == null) {
            return null;
        }
        return shape.columns().stream()
                .filter(c -> c.kind() == ColumnType.POINTS)
                .findFirst()
                .orElse(null);
    }

    /** The filled rows of a table by the 一级 they stand for (产出指标 is 产出). */
    private static Map<String, List<Row>> byLevel1(CheckContext ctx, Table table) {
        Map<String, List<Row>> byLevel1 = new LinkedHashMap<>();
        for (Row r : table.rows()) {
            if (r.level1() != null && !r.isToFill()) {
                byLevel1.computeIfAbsent(ctx.facts().level1(r.level1()), k -> new ArrayList<>())
                        .add(r);
            }
        }
        return byLevel1;
    }

    /**
     * One 一级's rows against its weight; a missing or broken 分值 is its own finding, and leaves no
     * sum to compare. The finding points at the first row's 分值 cell and names every row.
     */
    private static void pointsOfLevel1(CheckContext ctx, Table table, Column points, String name, List<Row> rows) {
        Level1 level1 = ctx.facts().level1s().get(name);
        if (level1 == null || level1.weight() == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> named = new ArrayList<>();
        for (Row r : rows) {
            String text = r.text(points.id());
            BigDecimal n = number(text == null ? "" : text.strip());
            if (n == null) {
                return;
            }
            sum = sum.add(n);
            named.add((r.level3() == null ? "" : r.level3()) + " " + n.toPlainString());
        }
        if (sum.compareTo(level1.weight()) != 0) {
            Row first = rows.get(0);
            ctx.report(
                    POINTS_TOTAL,
                    first.at(points.id()),
                    Facts.path(table, first),
                    Hint.NONE,
                    name,
                    sum.stripTrailingZeros().toPlainString(),
                    level1.weight().stripTrailingZeros().toPlainString(),
                    String.join("、", named));
        }
    }

    private static BigDecimal number(String text) {
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
