package org.zhibiao.check;

import static org.zhibiao.diag.Severity.ERROR;
import static org.zhibiao.diag.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Kind;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Description;
import org.zhibiao.target.Placeholder;
import org.zhibiao.target.Quantity;

/**
 * Every value column filled and readable (DOMAIN.md §8 rules 5–6), and placeholders left over
 * (rule 13).
 */
final class ValueRules {

    static final Message MISSING_VALUE = new Message(
            RuleCode.MISSING_VALUE,
            ERROR,
            "“%s”列没有填写；请填写指标值，如 ≥95%% 或 健全",
            "column '%s' is empty; enter a target value such as ≥95%% or 健全");
    static final Message NOT_IN_FORM = new Message(
            RuleCode.COLUMN_NOT_IN_FORM,
            ERROR,
            "“%s”表没有“%s”列；请删除该值",
            "table '%s' has no column '%s'; remove the value");
    static final Message SYNTAX = new Message(
            RuleCode.TARGET_SYNTAX,
            ERROR,
            "指标值“%s”无法识别：%s；应为“运算符 数字 单位”（如 ≥95%%）或文字（如 健全）",
            "target value '%s' cannot be read: %s; write operator, number and unit (≥95%%) or words (健全)");
    static final Message QUALITATIVE_NUMBER = new Message(
            RuleCode.QUALITATIVE_WITH_NUMBER,
            ERROR,
            "定性指标值“%s”含有运算符和数字；请写成定量形式（运算符 数字 单位）或纯文字",
            "qualitative value '%s' contains an operator and a number; write it as a quantity or as words only");
    static final Message QUALITATIVE_OPERATOR = new Message(
            RuleCode.QUALITATIVE_OPERATOR,
            WARNING,
            "定性指标值“%s”前有运算符“=”；定性值不写运算符，写“%s”即可",
            "the qualitative value '%s' has an operator '='; a qualitative value takes none, so write '%s'");
    static final Message PLACEHOLDER = new Message(
            RuleCode.PLACEHOLDER,
            WARNING,
            "“%s”仍是占位内容“%s”；请填写实际指标值",
            "'%s' still holds the placeholder '%s'; enter the real value");
    static final Message UNFILLED_ROW = new Message(
            RuleCode.TODO_ROW,
            ERROR,
            "槽位“%s”待填写：请补充本部门的指标",
            "slot '%s' is still to be filled with the department's own indicators");
    static final Message SENTENCE = new Message(
            RuleCode.SENTENCE,
            WARNING,
            "指标值“%s”是一句话（%s 字）；请写成可考核的值，如 ≥95%% 或 健全",
            "target value '%s' is a sentence (%s characters); write a value that can be assessed, e.g. ≥95%% or 健全");

    /** {@code ValueColumn.values()} copies its array on every call; this is read once per row. */
    private static final List<ValueColumn> ALL_COLUMNS = List.of(ValueColumn.values());

    private static final Pattern OP_NUMBER = Pattern.compile("[≥≤=<>＝≧≦]\\s*-?\\d|\\d\\s*[%％‰]");

    private ValueRules() {}

    static List<Rule> rules() {
        return List.of(
                new BuiltinRule(
                        MISSING_VALUE,
                        "指标表的每个指标值列都应填写，如长期、年度、前年、上年、半年、全年。",
                        "Every value column of the row's table is filled: long-term, annual, history years, "
                                + "half-year, full-year.",
                        RowCheck.filled(ValueRules::missingValue)),
                new BuiltinRule(
                        NOT_IN_FORM,
                        "行中不得有表单该表没有的列的值。",
                        "A row holds no value in a column its table does not have.",
                        RowCheck.filled(ValueRules::notInForm)),
                new BuiltinRule(
                        SYNTAX,
                        "指标值应符合指标值写法（运算符、数值、单位，如 ≥95%、≤15分钟，或定性等级如 健全）。",
                        "A target value follows the 指标值 notation (operator, number, unit as in ≥95% or ≤15分钟, or a level such as 健全).",
                        RowCheck.values(ValueRules::syntax)),
                new BuiltinRule(
                        QUALITATIVE_NUMBER,
                        "定性指标值不得含有“运算符+数字”。",
                        "A qualitative value contains no operator followed by a number.",
                        RowCheck.values(ValueRules::qualitativeNumber)),
                new BuiltinRule(
                        QUALITATIVE_OPERATOR,
                        "定性指标值（如 健全）不写运算符；“=健全”按“健全”读取并给出警告（把运算符单独打印一列的表单常在该列填“=”）。",
                        "A qualitative value (健全, say) takes no operator; =健全 is read as 健全 with a warning (forms that "
                                + "print the operator in a cell of its own often show = there).",
                        RowCheck.values(QualitativeOperator::check)),
                new BuiltinRule(
                        PLACEHOLDER,
                        "指标值不得是占位内容“定性”或“XX”。",
                        "A target value is not the placeholder 定性 or XX.",
                        RowCheck.values(ValueRules::placeholder)),
                new BuiltinRule(
                        UNFILLED_ROW,
                        "模板槽位（如核心业务产出）生成的待填行必须由部门填写。",
                        "Rows a template slot left to do (e.g. core outputs) are filled by the department.",
                        RowCheck.everyRow(ValueRules::todoRow)),
                new BuiltinRule(
                        SENTENCE,
                        "指标值不应是句子：超过 maxLength 字（默认30）或以“。”结尾。参数 maxLength。",
                        "A target value is not a sentence: longer than maxLength characters (default 30) or ending "
                                + "in 。. Parameter: maxLength.",
                        RowCheck.values(ValueRules::sentence)));
    }

    private static void missingValue(CheckContext ctx, Table table, Row row) {
        List<String> blank = new ArrayList<>();
        ValueColumn first = null;
        for (ValueColumn column : ctx.facts().columns(table)) {
            if (Names.isBlank(row.value(column))) {
                blank.add(column.label());
                first = first == null ? column : first;
            }
        }
        if (first != null && ctx.facts().tableDef(table) != null) {
            // the empty cell where one was printed (a CSV's 指标值 cell), else the row
            ctx.report(MISSING_VALUE, row.at(first.id()), Facts.path(table, row), Hint.NONE, String.join("/", blank));
        }
    }

    private static void notInForm(CheckContext ctx, Table table, Row row) {
        List<ValueColumn> columns = ctx.facts().columns(table);
        for (ValueColumn column : ALL_COLUMNS) {
            if (!columns.contains(column) && !Names.isBlank(row.value(column))) {
                ctx.report(
                        NOT_IN_FORM,
                        row.at(column.id()),
                        Facts.path(table, row),
                        Hint.NONE,
                        table.name(),
                        column.label());
            }
        }
    }

    private static void syntax(CheckContext ctx, Table table, Row row, Value value) {
        if (value.error() != null) {
            ctx.report(syntax(value, value.at(row), Facts.path(table, row)));
        }
    }

    /** The syntax finding, with the grammar's reason in each language. */
    static Diagnostic syntax(Value value, Position position, String path) {
        return SYNTAX.at(
                position,
                path,
                Hint.NONE,
                new Object[] {value.raw(), value.error().zh()},
                new Object[] {value.raw(), value.error().getMessage()});
    }

    private static void qualitativeNumber(CheckContext ctx, Table table, Row row, Value value) {
        if (value.parsed()
                && !value.target().isQuantitative()
                && ctx.facts().framework().finds(OP_NUMBER, value.raw())) {
            ctx.report(QUALITATIVE_NUMBER, value.at(row), Facts.path(table, row), Hint.NONE, value.raw());
        }
    }

    private static void placeholder(CheckContext ctx, Table table, Row row, Value value) {
        if (value.target() instanceof Placeholder) {
            ctx.report(
                    PLACEHOLDER, value.at(row), Facts.path(table, row), Hint.NONE, value.columnLabels(), value.raw());
        }
    }

    private static void todoRow(CheckContext ctx, Table table, Row row) {
        if (row.isToFill()) {
            String slot = Names.isBlank(row.slot()) ? row.level2() : row.slot();
            ctx.report(UNFILLED_ROW, row.pos(), Facts.path(table, row), Hint.NONE, slot);
        }
    }

    private static RowCheck.ValueBody sentence(CheckContext settings) {
        int max = settings.number("maxLength", BigDecimal.valueOf(30)).intValue();
        return (ctx, table, row, value) -> {
            if (value.target() instanceof Description d
                    && (d.text().length() > max || d.text().endsWith("。"))) {
                ctx.report(
                        SENTENCE,
                        value.at(row),
                        Facts.path(table, row),
                        Hint.NONE,
                        value.raw(),
                        d.text().length());
            }
        };
    }

    /** The kind the value has: 定量 for a quantity, 定性 for words and placeholders. */
    static Kind kindOf(Value value) {
        return value.target() instanceof Quantity ? Kind.QUANTITATIVE : Kind.QUALITATIVE;
    }
}
