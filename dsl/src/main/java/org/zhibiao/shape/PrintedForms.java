package org.zhibiao.shape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Column;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Display;
import org.zhibiao.model.Form;
import org.zhibiao.model.Function;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.FundsForm;
import org.zhibiao.model.Goals;
import org.zhibiao.model.LevelScore;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.Stage;
import org.zhibiao.model.StandardColumns;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.sheet.PrintedColumn;
import org.zhibiao.sheet.PrintedField;
import org.zhibiao.sheet.PrintedForm;
import org.zhibiao.sheet.PrintedRow;
import org.zhibiao.sheet.PrintedSheet;
import org.zhibiao.sheet.PrintedTable;

/**
 * A declaration laid out as its province prints it, for the xlsx and docx writers: a first sheet
 * (the overview) with the header block, functions, funds, projects and goals, then one sheet per
 * indicator table whose columns are the table's {@link TableShape} — headers, widths, drop-downs
 * and which columns the template fixes come from the template's column declarations, never from a
 * list here. A stage document (监控, 自评) is printed with its stage's form
 * ({@link FormShape#of(Template, Stage)}): the stage's title, its columns after
 * the declaration's, and the stage's columns on the funds lines.
 *
 * <p>The labels of the overview live here and are read back by {@link OverviewReader}, so a form
 * written is a form read.
 */
public final class PrintedForms {

    /** The fewest rows a table of the department's own lines (projects) is printed with. */
    static final int BLANK_ROWS = 5;

    static final String OVERVIEW = "申报表";
    static final String DEPARTMENT = "部门（单位）名称";
    static final String CODE = "单位编码";
    static final String YEAR = "年度";
    static final String PREPARER = "填报人";
    static final String PHONE = "联系电话";
    static final String DATE = "填报日期";
    static final String UNIT = "金额单位";
    static final String TOTAL_SCORE = "总分";
    static final String GRADE = "等级";
    static final String FUNCTIONS = "部门职能";
    static final String BASICS = "基本情况";
    static final String TASKS = "年度工作任务";
    static final String ORGANISATION = "机构设置及人员配置";
    static final String FUNDS = "部门总体资金情况";
    static final String INCOME = "收入";
    static final String EXPENDITURE = "支出";
    static final String PROJECTS = "项目支出情况";
    static final String GOALS = "整体绩效总目标";
    /** The column of a self-evaluation's goals table beside each 年度目标. */
    static final String ACHIEVED = "实际完成情况";
    /** The table of a scored self-evaluation's 小计 per 一级. */
    static final String SUBTOTALS = "得分小计";

    static final List<String> SUBTOTAL_COLUMNS = List.of("一级指标", "权重", "分值", "得分");
    static final String LONG_TERM = "长期目标";
    static final String ANNUAL = "年度目标";
    static final String PREV1 = "上年";
    static final String PREV2 = "前年";
    static final String HALF_YEAR = "半年计划执行数";
    static final List<String> FUND_COLUMNS = List.of("类别", "项目", "金额", "占比（%）");
    static final List<String> PROJECT_COLUMNS = List.of("项目名称", "支出项目类别", "项目总预算", "本年度预算");
    static final String PURPOSE = "主要支出方向和用途";
    static final String DEFAULT_TITLE = "绩效目标申报表";
    /** How a funds block's total line is named (收入合计, 支出合计): the last such line is the total. */
    static final String TOTAL = "合计";
    /** The year a 长期目标 label names: 长期目标（截至2025年）. */
    static final Pattern UNTIL = Pattern.compile("（截至(\\d{4})年）");

    /**
     * A row's own fields (besides the 一级 → 三级 tree) that a table may not print: a value under one
     * the table's shape lacks (苏州's 共性 rows carry a 指标值确定依据 the 共性 form has no column for)
     * goes into a hidden column headed by the field's id, which {@link LayoutReader} reads back as
     * that field.
     */
    static final List<String> UNPRINTED_FIELDS =
            List.of("keyWork", "prev2", "prev1", "target", "halfYear", "fullYear", "basis", "category");

    /** Widths of the tree columns, in characters, where the template gives none. */
    private static final int LEVEL1_WIDTH = 8;

    private static final int LEVEL2_WIDTH = 10;
    private static final int LEVEL3_WIDTH = 22;
    private static final int TEXT_WIDTH = 14;
    private static final int NARROW_WIDTH = 8;

    private PrintedForms() {}

    /** The declaration's printed form: the overview sheet, then one sheet per indicator table. */
    public static PrintedForm of(Declaration d, Template template) {
        FormShape shape = FormShape.of(template, d.stage());
        List<PrintedSheet> sheets = new ArrayList<>();
        sheets.add(overview(d, template));
        for (Table table : d.tables()) {
            sheets.add(indicators(d, template, shapeOf(shape, template, table), table));
        }
        return new PrintedForm(d.template(), sheets);
    }

    /** The title printed across the top: 2024年度部门整体绩效目标申报表, or the stage form's title. */
    static String title(Declaration d, Template template) {
        String year = d.year() == null ? "" : d.year() + YEAR;
        return year + formTitle(template, d.stage());
    }

    /** The form's title without the year: the template's, or the stage form's. */
    static String formTitle(Template template, Stage stage) {
        if (stage != null) {
            return StageForms.of(template, stage).title();
        }
        return template.title() == null ? DEFAULT_TITLE : template.title();
    }

    private static List<PrintedField> header(Declaration d, boolean full) {
        List<PrintedField> fields = new ArrayList<>();
        fields.add(new PrintedField(DEPARTMENT, d.department(), true));
        if (full) {
            fields.add(new PrintedField(CODE, d.code(), true));
        }
        fields.add(new PrintedField(YEAR, d.year() == null ? "" : d.year().toString(), false));
        if (full) {
            fields.add(new PrintedField(
                    PREPARER, d.contact() == null ? "" : d.contact().preparer(), true));
            fields.add(new PrintedField(
                    PHONE, d.contact() == null ? "" : d.contact().phone(), true));
            fields.add(new PrintedField(
                    DATE, d.contact() == null ? "" : d.contact().date(), true));
            fields.add(new PrintedField(UNIT, d.unit(), false));
            if (d.total() != null || d.grade() != null) {
                // a scored self-evaluation (issue 16)
                fields.add(new PrintedField(TOTAL_SCORE, money(d.total()), false));
                fields.add(new PrintedField(GRADE, d.grade(), false));
            }
        }
        return fields;
    }

    private static PrintedSheet overview(Declaration d, Template template) {
        Form form = template.form();
        List<PrintedTable> tables = new ArrayList<>();
        if (!d.functions().isEmpty()) {
            tables.add(functions(d.functions()));
        }
        if (d.tasks() != null || d.organisation() != null) {
            List<PrintedRow> texts = new ArrayList<>();
            texts.add(new PrintedRow(List.of(TASKS, Display.of(d.tasks())), false));
            texts.add(new PrintedRow(List.of(ORGANISATION, Display.of(d.organisation())), false));
            tables.add(new PrintedTable(
                    BASICS,
                    List.of(PrintedColumn.fixed("项目", 12, false), PrintedColumn.filled("内容", 60, List.of())),
                    texts));
        }
        FundsForm fundsForm = form == null ? null : form.funds();
        if (d.funds() != null) {
            tables.add(funds(d, template, fundsForm));
        }
        if (!d.projects().isEmpty()
                || (form != null && !form.projectCategories().isEmpty())) {
            tables.add(projects(d.projects(), form, fundsForm));
        }
        if (d.goals() != null) {
            tables.add(goals(d));
        }
        if (!d.subtotals().isEmpty()) {
            tables.add(subtotals(d.subtotals()));
        }
        return new PrintedSheet(OVERVIEW, List.of(title(d, template)), header(d, true), tables);
    }

    /**
     * 部门职能: name and 重点工作; a function's profile indicators, which the printed form has no
     * place for, in a hidden cell of its row ({@link OverviewBookkeeping}).
     */
    private static PrintedTable functions(List<Function> functions) {
        boolean indicators = functions.stream().anyMatch(f -> !f.indicators().isEmpty());
        List<PrintedColumn> columns = new ArrayList<>(
                List.of(PrintedColumn.filled("职能", 30, List.of()), PrintedColumn.filled("重点工作", 42, List.of())));
        if (indicators) {
            columns.add(PrintedColumn.hidden(OverviewBookkeeping.INDICATORS));
        }
        List<PrintedRow> rows = new ArrayList<>();
        for (Function f : functions) {
            List<String> cells = new ArrayList<>(List.of(Display.of(f.name()), Display.of(f.keyWork())));
            if (indicators) {
                cells.add(OverviewBookkeeping.indicators(f.indicators()));
            }
            rows.add(new PrintedRow(cells, false));
        }
        return new PrintedTable(FUNCTIONS, columns, rows);
    }

    private static PrintedTable funds(Declaration d, Template template, FundsForm form) {
        boolean history = (form != null && form.history() != null && form.history() > 0) || hasHistory(d);
        boolean half = (form != null && Boolean.TRUE.equals(form.halfYear())) || hasHalfYear(d);
        List<Column> stage = d.stage() == null
                ? List.of()
                : StageForms.of(template, d.stage()).funds();
        List<PrintedColumn> columns = new ArrayList<>(List.of(
                PrintedColumn.fixed(FUND_COLUMNS.get(0), 8, true),
                PrintedColumn.fixed(FUND_COLUMNS.get(1), 20, false),
                PrintedColumn.filled(FUND_COLUMNS.get(2), 12, List.of()),
                PrintedColumn.fixed(FUND_COLUMNS.get(3), 10, false)));
        if (history) {
            columns.add(PrintedColumn.filled(PREV1, 12, List.of()));
            columns.add(PrintedColumn.filled(PREV2, 12, List.of()));
        }
        if (half) {
            columns.add(PrintedColumn.filled(HALF_YEAR, 14, List.of()));
        }
        for (Column c : stage) {
            columns.add(PrintedColumn.filled(c.label(), width(c), c.values()));
        }
        boolean computed = lines(d).stream().anyMatch(l -> !l.computed().isEmpty());
        if (computed) {
            // which amounts zhibiao computed: no column of the printed form, so a hidden one
            columns.add(PrintedColumn.hidden(OverviewBookkeeping.COMPUTED));
        }
        FundsLayout layout = new FundsLayout(history, half, stage, computed);
        List<PrintedRow> rows = new ArrayList<>();
        block(rows, INCOME, d.funds().income(), layout);
        block(rows, EXPENDITURE, d.funds().expenditure(), layout);
        return new PrintedTable(FUNDS, columns, rows);
    }

    /** Which optional columns the funds table prints. */
    private record FundsLayout(boolean history, boolean half, List<Column> stage, boolean computed) {}

    private static boolean hasHistory(Declaration d) {
        return lines(d).stream().anyMatch(l -> l.prev1() != null || l.prev2() != null);
    }

    private static boolean hasHalfYear(Declaration d) {
        return lines(d).stream().anyMatch(l -> l.halfYear() != null);
    }

    private static List<FundLine> lines(Declaration d) {
        List<FundLine> out = new ArrayList<>();
        for (FundBlock b : new FundBlock[] {d.funds().income(), d.funds().expenditure()}) {
            if (b != null) {
                out.addAll(b.items());
                if (b.total() != null) {
                    out.add(b.total());
                }
            }
        }
        return out;
    }

    private static void block(List<PrintedRow> rows, String kind, FundBlock block, FundsLayout layout) {
        if (block == null) {
            return;
        }
        for (FundLine line : block.items()) {
            rows.add(fund(kind, line, layout));
        }
        if (block.total() != null) {
            rows.add(fund(kind, block.total(), layout));
        }
    }

    private static PrintedRow fund(String kind, FundLine line, FundsLayout layout) {
        List<String> cells =
                new ArrayList<>(List.of(kind, Display.of(line.name()), money(line.amount()), money(line.share())));
        if (layout.history()) {
            cells.add(money(line.prev1()));
            cells.add(money(line.prev2()));
        }
        if (layout.half()) {
            cells.add(money(line.halfYear()));
        }
        for (Column c : layout.stage()) {
            var cell = line.cells().get(c.id());
            cells.add(cell == null ? "" : cell.text());
        }
        if (layout.computed()) {
            cells.add(OverviewBookkeeping.computed(line.computed()));
        }
        return new PrintedRow(cells, true);
    }

    /** A number as written, every digit kept (12.50 stays 12.50, so the form reads back the same). */
    private static String money(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static PrintedTable projects(List<Project> projects, Form form, FundsForm fundsForm) {
        boolean half = (fundsForm != null && Boolean.TRUE.equals(fundsForm.halfYear()))
                || projects.stream().anyMatch(p -> p.halfYear() != null);
        List<PrintedColumn> columns = new ArrayList<>(List.of(
                PrintedColumn.filled(PROJECT_COLUMNS.get(0), 20, List.of()),
                PrintedColumn.filled(PROJECT_COLUMNS.get(1), 12, form == null ? List.of() : form.projectCategories()),
                PrintedColumn.filled(PROJECT_COLUMNS.get(2), 12, List.of()),
                PrintedColumn.filled(PROJECT_COLUMNS.get(3), 12, List.of())));
        if (half) {
            columns.add(PrintedColumn.filled(HALF_YEAR, 14, List.of()));
        }
        columns.add(PrintedColumn.filled(PURPOSE, 30, List.of()));
        List<PrintedRow> rows = new ArrayList<>();
        for (Project p : projects) {
            List<String> cells = new ArrayList<>(
                    List.of(Display.of(p.name()), Display.of(p.category()), money(p.total()), money(p.currentYear())));
            if (half) {
                cells.add(money(p.halfYear()));
            }
            cells.add(Display.of(p.purpose()));
            rows.add(new PrintedRow(cells, false));
        }
        while (rows.size() < BLANK_ROWS) {
            // open rows to fill: under sheet protection a clerk cannot type below the table
            rows.add(new PrintedRow(Collections.nCopies(columns.size(), ""), false));
        }
        return new PrintedTable(PROJECTS, columns, rows);
    }

    /**
     * 整体绩效总目标: 长期目标 and 年度目标 a row each; a self-evaluation pairs each 年度目标 with its
     * 实际完成情况 in a third column.
     */
    private static PrintedTable goals(Declaration d) {
        Goals goals = d.goals();
        boolean achieved =
                d.stage() == Stage.SELF_EVALUATION || !goals.achieved().isEmpty();
        List<PrintedColumn> columns = new ArrayList<>(
                List.of(PrintedColumn.fixed("类别", 14, true), PrintedColumn.filled("目标", 60, List.of())));
        if (achieved) {
            columns.add(PrintedColumn.filled(ACHIEVED, 40, List.of()));
        }
        List<PrintedRow> rows = new ArrayList<>();
        String longTerm = longTermLabel(goals.until());
        for (String goal : goals.longTerm().isEmpty() ? List.of("") : goals.longTerm()) {
            rows.add(new PrintedRow(achieved ? List.of(longTerm, goal, "") : List.of(longTerm, goal), false));
        }
        List<String> annual = goals.annual().isEmpty() ? List.of("") : goals.annual();
        for (int i = 0; i < annual.size(); i++) {
            String done = i < goals.achieved().size() ? goals.achieved().get(i) : "";
            rows.add(new PrintedRow(
                    achieved ? List.of(ANNUAL, annual.get(i), done) : List.of(ANNUAL, annual.get(i)), false));
        }
        return new PrintedTable(GOALS, columns, rows);
    }

    /** 得分小计 of a scored self-evaluation: each 一级's weight, 分值 and 得分, as {@code score} wrote them. */
    private static PrintedTable subtotals(List<LevelScore> subtotals) {
        List<PrintedColumn> columns = new ArrayList<>();
        columns.add(PrintedColumn.fixed(SUBTOTAL_COLUMNS.get(0), 14, false));
        SUBTOTAL_COLUMNS
                .subList(1, SUBTOTAL_COLUMNS.size())
                .forEach(h -> columns.add(PrintedColumn.fixed(h, NARROW_WIDTH, false)));
        List<PrintedRow> rows = new ArrayList<>();
        for (LevelScore s : subtotals) {
            rows.add(new PrintedRow(
                    List.of(Display.of(s.level1()), money(s.weight()), money(s.points()), money(s.score())), true));
        }
        return new PrintedTable(SUBTOTALS, columns, rows);
    }

    /** 长期目标（截至2025年）, or 长期目标 when the goals name no year. */
    static String longTermLabel(Integer until) {
        return until == null ? LONG_TERM : LONG_TERM + "（截至" + until + "年）";
    }

    /** The table's shape in the form; a table the template lacks gets the standard frame. */
    private static TableShape shapeOf(FormShape shape, Template template, Table table) {
        TableShape known = shape.table(table.name());
        if (known != null) {
            return known;
        }
        boolean keyWork = table.rows().stream().anyMatch(r -> r.keyWork() != null);
        return TableShape.of(
                new TableDef(table.name(), null, List.of(), keyWork, List.of(), Position.NONE), template.form());
    }

    private static PrintedSheet indicators(Declaration d, Template template, TableShape shape, Table table) {
        List<TableShape.Printed> printed = shape.printed();
        Set<String> extra = extraKeys(shape, table);
        List<PrintedColumn> columns = new ArrayList<>();
        for (TableShape.Printed p : printed) {
            columns.add(column(p));
        }
        extra.forEach(k -> columns.add(PrintedColumn.filled(k, TEXT_WIDTH, List.of())));
        List<String> unprinted = unprintedFields(shape, table);
        unprinted.forEach(k -> columns.add(PrintedColumn.hidden(k)));
        LayoutWriter.BOOKKEEPING.forEach(k -> columns.add(PrintedColumn.hidden(k)));
        List<PrintedRow> rows = new ArrayList<>();
        for (Row r : table.rows()) {
            List<String> cells = cells(r, printed, extra);
            unprinted.forEach(k -> cells.add(cells.size() - LayoutWriter.BOOKKEEPING.size(), Display.of(r.text(k))));
            rows.add(new PrintedRow(cells, r.origin() == Origin.TEMPLATE));
        }
        String heading = shape.table().title() != null ? shape.table().title() : table.name();
        return new PrintedSheet(
                table.name(),
                List.of(title(d, template)),
                header(d, false),
                List.of(new PrintedTable(heading, columns, rows)));
    }

    /**
     * The keys of values the template does not declare (read from another province's form), in
     * the order first met: printed after the form's columns, so they are kept.
     */
    private static Set<String> extraKeys(TableShape shape, Table table) {
        Set<String> extra = new LinkedHashSet<>();
        for (Row r : table.rows()) {
            r.cells().keySet().stream().filter(k -> !shape.has(k)).forEach(extra::add);
        }
        return extra;
    }

    /** The row fields that have a value in some row of the table and no column in its shape. */
    private static List<String> unprintedFields(TableShape shape, Table table) {
        return UNPRINTED_FIELDS.stream()
                .filter(id -> !shape.has(id))
                .filter(id -> table.rows().stream().anyMatch(r -> r.text(id) != null))
                .toList();
    }

    /** One row's texts: the form's columns, the extra keys, then its bookkeeping (ref, origin, slot). */
    private static List<String> cells(Row r, List<TableShape.Printed> printed, Set<String> extra) {
        List<String> cells = new ArrayList<>(printed.size() + extra.size() + LayoutWriter.BOOKKEEPING.size());
        for (TableShape.Printed p : printed) {
            cells.add(LayoutWriter.cell(r, p));
        }
        for (String key : extra) {
            String text = r.text(key);
            cells.add(text == null ? "" : text);
        }
        cells.add(Display.of(r.ref()));
        cells.add(Display.of(r.origin()));
        cells.add(Display.of(r.slot()));
        return cells;
    }

    /**
     * One printed column from the template's declaration: the 一级 → 三级 frame is the template's
     * (locked on its rows; 一级, 二级 and 重点工作 merged over their runs), every other column the
     * department fills, with a drop-down where the column lists its values.
     */
    private static PrintedColumn column(TableShape.Printed p) {
        String id = p.column().id();
        Column described = p.described();
        int width = width(described);
        if (StandardColumns.isTree(id)) {
            return PrintedColumn.fixed(p.header(), width, !StandardColumns.LEVEL3.equals(id));
        }
        return PrintedColumn.filled(p.header(), width, described.values());
    }

    /** The template's width for a column, else one that fits what the column holds. */
    static int width(Column c) {
        if (c.width() != null) {
            return c.width();
        }
        int tree =
                switch (c.id()) {
                    case StandardColumns.LEVEL1 -> LEVEL1_WIDTH;
                    case StandardColumns.LEVEL2 -> LEVEL2_WIDTH;
                    case StandardColumns.LEVEL3 -> LEVEL3_WIDTH;
                    default -> 0;
                };
        if (tree > 0) {
            return tree;
        }
        return switch (c.kind()) {
            case OPERATOR, UNIT, NUMBER, POINTS -> NARROW_WIDTH;
            case CHOICE ->
                Math.min(
                        TEXT_WIDTH,
                        Math.max(
                                NARROW_WIDTH,
                                c.values().stream()
                                                .mapToInt(String::length)
                                                .max()
                                                .orElse(0)
                                        + 2));
            default -> TEXT_WIDTH;
        };
    }
}
