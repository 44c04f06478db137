package org.zhibiao.cli.office;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Display;
import org.zhibiao.model.Form;
import org.zhibiao.model.Function;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.FundsForm;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.sheet.PrintedColumn;
import org.zhibiao.sheet.PrintedField;
import org.zhibiao.sheet.PrintedForm;
import org.zhibiao.sheet.PrintedRow;
import org.zhibiao.sheet.PrintedSheet;
import org.zhibiao.sheet.PrintedTable;

/**
 * A declaration laid out as its province prints it, from the model as it is today: a first sheet
 * with the header block, funds, projects and goals, then one sheet per indicator table (长期,
 * 年度) with the columns {@code CsvRenderer.HEADER} knows that the template's table shows.
 *
 * <p>Provisional (issue 15): the shape layer of issue 14 will produce the {@link PrintedForm} from
 * the template's column declarations; until then every printed header, width and drop-down lives
 * here, in this one class, so that porting it is one change.
 */
public final class PrintedForms {

    /** The fewest rows a table of the department's own lines (projects) is printed with. */
    static final int BLANK_ROWS = 5;

    private PrintedForms() {}

    public static PrintedForm of(Declaration d, Template template) {
        Form form = template.form();
        List<PrintedSheet> sheets = new ArrayList<>();
        sheets.add(overview(d, template, form));
        for (Table table : d.tables()) {
            TableDef def = form == null
                    ? null
                    : form.tables().stream()
                            .filter(t -> t.name().equals(table.name()))
                            .findFirst()
                            .orElse(null);
            sheets.add(indicators(d, template, form, table, def));
        }
        return new PrintedForm(d.template(), sheets);
    }

    private static String title(Declaration d, Template template) {
        String year = d.year() == null ? "" : d.year() + "年度";
        return year + (template.title() == null ? "绩效目标申报表" : template.title());
    }

    private static List<PrintedField> header(Declaration d, boolean full) {
        List<PrintedField> fields = new ArrayList<>();
        fields.add(new PrintedField("部门（单位）名称", d.department(), true));
        if (full) {
            fields.add(new PrintedField("单位编码", d.code(), true));
        }
        fields.add(new PrintedField("年度", d.year() == null ? "" : d.year().toString(), false));
        if (full) {
            fields.add(new PrintedField(
                    "填报人", d.contact() == null ? "" : d.contact().preparer(), true));
            fields.add(new PrintedField(
                    "联系电话", d.contact() == null ? "" : d.contact().phone(), true));
            fields.add(new PrintedField(
                    "填报日期", d.contact() == null ? "" : d.contact().date(), true));
            fields.add(new PrintedField("金额单位", d.unit() == null ? "万元" : d.unit(), false));
        }
        return fields;
    }

    private static PrintedSheet overview(Declaration d, Template template, Form form) {
        List<PrintedTable> tables = new ArrayList<>();
        if (!d.functions().isEmpty()) {
            tables.add(functions(d.functions()));
        }
        List<PrintedRow> texts = new ArrayList<>();
        texts.add(new PrintedRow(List.of("年度工作任务", Display.of(d.tasks())), false));
        texts.add(new PrintedRow(List.of("机构设置及人员配置", Display.of(d.organisation())), false));
        tables.add(new PrintedTable(
                "基本情况",
                List.of(PrintedColumn.fixed("项目", 12, false), PrintedColumn.filled("内容", 60, List.of())),
                texts));
        FundsForm fundsForm = form == null ? null : form.funds();
        if (d.funds() != null) {
            tables.add(funds(d, fundsForm));
        }
        if (!d.projects().isEmpty() || form != null && !form.projectCategories().isEmpty()) {
            tables.add(projects(d.projects(), form, fundsForm));
        }
        if (d.goals() != null) {
            tables.add(goals(d));
        }
        return new PrintedSheet("申报表", List.of(title(d, template)), header(d, true), tables);
    }

    private static PrintedTable functions(List<Function> functions) {
        List<PrintedRow> rows = new ArrayList<>();
        for (Function f : functions) {
            rows.add(new PrintedRow(List.of(Display.of(f.name()), Display.of(f.keyWork())), false));
        }
        return new PrintedTable(
                "部门职能",
                List.of(PrintedColumn.filled("职能", 30, List.of()), PrintedColumn.filled("重点工作", 42, List.of())),
                rows);
    }

    private static PrintedTable funds(Declaration d, FundsForm form) {
        boolean history = form != null && form.history() != null && form.history() > 0;
        boolean half = form != null && Boolean.TRUE.equals(form.halfYear());
        List<PrintedColumn> columns = new ArrayList<>(List.of(
                PrintedColumn.fixed("类别", 8, true),
                PrintedColumn.fixed("项目", 20, false),
                PrintedColumn.filled("金额", 12, List.of()),
                PrintedColumn.fixed("占比（%）", 10, false)));
        if (history) {
            columns.add(PrintedColumn.filled("上年", 12, List.of()));
            columns.add(PrintedColumn.filled("前年", 12, List.of()));
        }
        if (half) {
            columns.add(PrintedColumn.filled("半年计划执行数", 14, List.of()));
        }
        List<PrintedRow> rows = new ArrayList<>();
        block(rows, "收入", d.funds().income(), history, half);
        block(rows, "支出", d.funds().expenditure(), history, half);
        return new PrintedTable("部门总体资金情况", columns, rows);
    }

    private static void block(List<PrintedRow> rows, String kind, FundBlock block, boolean history, boolean half) {
        if (block == null) {
            return;
        }
        for (FundLine line : block.items()) {
            rows.add(fund(kind, line, history, half));
        }
        if (block.total() != null) {
            rows.add(fund(kind, block.total(), history, half));
        }
    }

    private static PrintedRow fund(String kind, FundLine line, boolean history, boolean half) {
        List<String> cells = new ArrayList<>(
                List.of(kind, Display.of(line.name()), Display.of(line.amount()), Display.of(line.share())));
        if (history) {
            cells.add(Display.of(line.prev1()));
            cells.add(Display.of(line.prev2()));
        }
        if (half) {
            cells.add(Display.of(line.halfYear()));
        }
        return new PrintedRow(cells, true);
    }

    private static PrintedTable projects(List<Project> projects, Form form, FundsForm fundsForm) {
        boolean half = fundsForm != null && Boolean.TRUE.equals(fundsForm.halfYear());
        List<PrintedColumn> columns = new ArrayList<>(List.of(
                PrintedColumn.filled("项目名称", 20, List.of()),
                PrintedColumn.filled("支出项目类别", 12, form == null ? List.of() : form.projectCategories()),
                PrintedColumn.filled("项目总预算", 12, List.of()),
                PrintedColumn.filled("本年度预算", 12, List.of())));
        if (half) {
            columns.add(PrintedColumn.filled("半年计划执行数", 14, List.of()));
        }
        columns.add(PrintedColumn.filled("主要支出方向和用途", 30, List.of()));
        List<PrintedRow> rows = new ArrayList<>();
        for (Project p : projects) {
            List<String> cells = new ArrayList<>(List.of(
                    Display.of(p.name()),
                    Display.of(p.category()),
                    Display.of(p.total()),
                    Display.of(p.currentYear())));
            if (half) {
                cells.add(Display.of(p.halfYear()));
            }
            cells.add(Display.of(p.purpose()));
            rows.add(new PrintedRow(cells, false));
        }
        while (rows.size() < BLANK_ROWS) {
            // open rows to fill: under sheet protection a clerk cannot type below the table
            rows.add(new PrintedRow(Collections.nCopies(columns.size(), ""), false));
        }
        return new PrintedTable("项目支出情况", columns, rows);
    }

    private static PrintedTable goals(Declaration d) {
        List<PrintedRow> rows = new ArrayList<>();
        String longTerm =
                d.goals().until() == null ? "长期目标" : "长期目标（截至" + d.goals().until() + "年）";
        for (String goal :
                d.goals().longTerm().isEmpty() ? List.of("") : d.goals().longTerm()) {
            rows.add(new PrintedRow(List.of(longTerm, goal), false));
        }
        for (String goal :
                d.goals().annual().isEmpty() ? List.of("") : d.goals().annual()) {
            rows.add(new PrintedRow(List.of("年度目标", goal), false));
        }
        return new PrintedTable(
                "整体绩效总目标",
                List.of(PrintedColumn.fixed("类别", 14, true), PrintedColumn.filled("目标", 60, List.of())),
                rows);
    }

    private static PrintedSheet indicators(Declaration d, Template template, Form form, Table table, TableDef def) {
        boolean keyWork = def != null ? def.hasKeyWork() : table.rows().stream().anyMatch(r -> r.keyWork() != null);
        List<ValueColumn> values = def != null ? def.valueColumns() : List.of(ValueColumn.TARGET);
        boolean bases = form != null && !form.bases().isEmpty();
        boolean categories = form != null && !form.categories().isEmpty();
        List<PrintedColumn> columns =
                new ArrayList<>(List.of(PrintedColumn.fixed("一级指标", 8, true), PrintedColumn.fixed("二级指标", 10, true)));
        if (keyWork) {
            columns.add(PrintedColumn.fixed("重点工作", 14, true));
        }
        columns.add(PrintedColumn.fixed("三级指标", 22, false));
        for (ValueColumn v : values) {
            columns.add(PrintedColumn.filled(v.label(), 14, List.of()));
        }
        if (bases) {
            columns.add(PrintedColumn.filled("指标值确定依据", 14, form.bases()));
        }
        if (categories) {
            columns.add(PrintedColumn.filled("指标分类", 10, form.categories()));
        }
        List<PrintedRow> rows = new ArrayList<>();
        for (Row r : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(Display.of(r.level1()), Display.of(r.level2())));
            if (keyWork) {
                cells.add(Display.of(r.keyWork()));
            }
            cells.add(Display.of(r.level3()));
            for (ValueColumn v : values) {
                cells.add(Display.of(r.value(v)));
            }
            if (bases) {
                cells.add(Display.of(r.basis()));
            }
            if (categories) {
                cells.add(Display.of(r.category()));
            }
            rows.add(new PrintedRow(cells, r.origin() == Origin.TEMPLATE));
        }
        String name = table.name();
        String heading = def != null && def.title() != null ? def.title() : name;
        return new PrintedSheet(
                name, List.of(title(d, template)), header(d, false), List.of(new PrintedTable(heading, columns, rows)));
    }
}
