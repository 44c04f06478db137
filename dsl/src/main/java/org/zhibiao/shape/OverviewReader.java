package org.zhibiao.shape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Column;
import org.zhibiao.model.Contact;
import org.zhibiao.model.Function;
import org.zhibiao.model.FundBlock;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Funds;
import org.zhibiao.model.Goals;
import org.zhibiao.model.LevelScore;
import org.zhibiao.model.Places;
import org.zhibiao.model.ProfileIndicator;
import org.zhibiao.model.Project;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;

/**
 * Reads the overview sheet {@link PrintedForms} writes — the header block (部门, 单位编码, 年度,
 * 填报人, 电话, 填报日期, 金额单位) and the 部门职能, 基本情况, 部门总体资金情况, 项目支出情况 and
 * 整体绩效总目标 tables — back into the declaration's fields, each value with the cell it was read
 * from. Tables are found by their printed titles and read by their header cells, so a clerk who
 * inserts a row or leaves a table out does not move anything else.
 */
public final class OverviewReader {

    private static final List<String> SECTIONS = List.of(
            PrintedForms.FUNCTIONS,
            PrintedForms.BASICS,
            PrintedForms.FUNDS,
            PrintedForms.PROJECTS,
            PrintedForms.GOALS,
            PrintedForms.SUBTOTALS);

    private static final List<String> LABELS = List.of(
            PrintedForms.DEPARTMENT,
            PrintedForms.CODE,
            PrintedForms.YEAR,
            PrintedForms.PREPARER,
            PrintedForms.PHONE,
            PrintedForms.DATE,
            PrintedForms.UNIT,
            PrintedForms.TOTAL_SCORE,
            PrintedForms.GRADE);

    /** The labels the overview's header block prints and an indicator sheet's does not. */
    private static final List<String> OVERVIEW_ONLY = LABELS.subList(3, LABELS.size());

    private final Sheet sheet;
    private final List<Column> stageFunds;
    private final Diagnostics out;

    private OverviewReader(Sheet sheet, List<Column> stageFunds, Diagnostics out) {
        this.sheet = sheet;
        this.stageFunds = stageFunds;
        this.out = out;
    }

    /**
     * What an overview sheet holds.
     *
     * @param title the first line of the sheet (2024年度部门整体绩效目标申报表), or ""
     * @param header the header block's values by printed label
     * @param functions 部门职能, or null when the sheet has no such table
     * @param tasks 年度工作任务, or null
     * @param organisation 机构设置及人员配置, or null
     * @param funds the funds table, or null
     * @param projects the projects, or null when the sheet has no such table
     * @param goals the goals, or null
     * @param subtotals a scored self-evaluation's 得分小计, empty when the sheet has none
     */
    public record Overview(
            String title,
            Map<String, SheetCell> header,
            List<Function> functions,
            String tasks,
            String organisation,
            Funds funds,
            List<Project> projects,
            Goals goals,
            List<LevelScore> subtotals) {

        /** A header value by label, stripped; null when blank or absent. */
        public String value(String label) {
            SheetCell c = header.get(label);
            return c == null || c.text().isBlank() ? null : c.text().strip();
        }

        /** The contact block, or null when it is blank. */
        public Contact contact() {
            String preparer = value(PrintedForms.PREPARER);
            String phone = value(PrintedForms.PHONE);
            String date = value(PrintedForms.DATE);
            return preparer == null && phone == null && date == null
                    ? null
                    : new Contact(preparer, phone, date, at(PrintedForms.PREPARER));
        }

        public String department() {
            return value(PrintedForms.DEPARTMENT);
        }

        public String code() {
            return value(PrintedForms.CODE);
        }

        public String unit() {
            return value(PrintedForms.UNIT);
        }

        public String grade() {
            return value(PrintedForms.GRADE);
        }

        /** 总分 of a scored self-evaluation, or null when blank or not a number. */
        public BigDecimal total() {
            String text = value(PrintedForms.TOTAL_SCORE);
            try {
                return text == null ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** The 年度, or null when blank or not a year. */
        public Integer year() {
            String text = value(PrintedForms.YEAR);
            return text != null && text.matches("\\d{4}") ? Integer.valueOf(text) : null;
        }

        private Position at(String label) {
            SheetCell c = header.get(label);
            return c == null ? Position.NONE : c.pos();
        }
    }

    /**
     * Whether a sheet is an overview: it prints one of the overview's tables by its title, or a
     * header-block label only the overview prints (单位编码, 填报人 …) in its first column.
     */
    public static boolean isOverview(Sheet sheet) {
        for (List<SheetCell> line : sheet.rows()) {
            if (section(line) != null
                    || (!line.isEmpty()
                            && OVERVIEW_ONLY.contains(line.get(0).text().strip()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The overview in {@code sheet}; {@code stageFunds} are the columns a stage form adds to the
     * funds lines (empty for a declaration). A number that is not one is reported at its cell.
     */
    public static Overview read(Sheet sheet, List<Column> stageFunds, Diagnostics out) {
        return new OverviewReader(sheet, stageFunds, out).read();
    }

    private Overview read() {
        Map<String, SheetCell> header = new LinkedHashMap<>();
        Map<String, Integer> sections = new HashMap<>();
        for (int i = 0; i < sheet.rows().size(); i++) {
            List<SheetCell> line = sheet.rows().get(i);
            String section = section(line);
            if (section != null) {
                sections.putIfAbsent(section, i);
            } else if (sections.isEmpty()
                    && line.size() > 1
                    && LABELS.contains(line.get(0).text().strip())) {
                header.putIfAbsent(line.get(0).text().strip(), line.get(1));
            }
        }
        List<List<SheetCell>> basics = rows(sections.get(PrintedForms.BASICS));
        return new Overview(
                firstText(),
                header,
                sections.containsKey(PrintedForms.FUNCTIONS) ? functions(sections.get(PrintedForms.FUNCTIONS)) : null,
                labelled(basics, PrintedForms.TASKS),
                labelled(basics, PrintedForms.ORGANISATION),
                sections.containsKey(PrintedForms.FUNDS) ? funds(sections.get(PrintedForms.FUNDS)) : null,
                sections.containsKey(PrintedForms.PROJECTS) ? projects(sections.get(PrintedForms.PROJECTS)) : null,
                sections.containsKey(PrintedForms.GOALS) ? goals(sections.get(PrintedForms.GOALS)) : null,
                sections.containsKey(PrintedForms.SUBTOTALS)
                        ? subtotals(sections.get(PrintedForms.SUBTOTALS))
                        : List.of());
    }

    private String firstText() {
        for (List<SheetCell> line : sheet.rows()) {
            if (!line.isEmpty() && !line.get(0).text().isBlank()) {
                return line.get(0).text().strip();
            }
        }
        return "";
    }

    /** The section a row titles: every cell it has (a merged title spreads over them) is that title. */
    private static String section(List<SheetCell> line) {
        if (line.isEmpty()) {
            return null;
        }
        String first = line.get(0).text().strip();
        if (!SECTIONS.contains(first)) {
            return null;
        }
        for (SheetCell c : line) {
            if (!c.text().isBlank() && !c.text().strip().equals(first)) {
                return null;
            }
        }
        return first;
    }

    /** The header row after a section's title row. */
    private List<SheetCell> headerOf(Integer title) {
        return title == null || title + 1 >= sheet.rows().size()
                ? List.of()
                : sheet.rows().get(title + 1);
    }

    /** The data rows under a section's header row, up to the next section, blank rows left out. */
    private List<List<SheetCell>> rows(Integer title) {
        List<List<SheetCell>> out = new ArrayList<>();
        if (title == null) {
            return out;
        }
        for (int i = title + 2; i < sheet.rows().size(); i++) {
            List<SheetCell> line = sheet.rows().get(i);
            if (section(line) != null) {
                break;
            }
            if (line.stream().anyMatch(c -> !c.text().isBlank())) {
                out.add(line);
            }
        }
        return out;
    }

    private static String text(List<SheetCell> line, int column) {
        if (column < 0 || column >= line.size()) {
            return null;
        }
        String t = line.get(column).text();
        return t.isBlank() ? null : t;
    }

    private static Position pos(List<SheetCell> line, int column) {
        return column < 0 || column >= line.size()
                ? Position.NONE
                : line.get(column).pos();
    }

    private List<Function> functions(int title) {
        int indicatorsAt = columns(headerOf(title)).getOrDefault(OverviewBookkeeping.INDICATORS, -1);
        List<Function> functions = new ArrayList<>();
        for (List<SheetCell> line : rows(title)) {
            Map<String, Position> places = new HashMap<>();
            places.put("name", pos(line, 0));
            places.put("keyWork", pos(line, 1));
            List<ProfileIndicator> indicators =
                    OverviewBookkeeping.indicators(text(line, indicatorsAt), pos(line, indicatorsAt), out);
            functions.add(new Function(text(line, 0), text(line, 1), indicators, Places.of(places), pos(line, 0)));
        }
        return functions;
    }

    private static String labelled(List<List<SheetCell>> rows, String label) {
        for (List<SheetCell> line : rows) {
            if (label.equals(text(line, 0))) {
                return text(line, 1);
            }
        }
        return null;
    }

    /** Each header's column index in a section's header row, by printed header. */
    private static Map<String, Integer> columns(List<SheetCell> header) {
        Map<String, Integer> out = new HashMap<>();
        for (int j = 0; j < header.size(); j++) {
            out.putIfAbsent(header.get(j).text().strip(), j);
        }
        return out;
    }

    private Funds funds(int title) {
        Map<String, Integer> at = columns(headerOf(title));
        List<FundLine> income = new ArrayList<>();
        List<FundLine> expenditure = new ArrayList<>();
        for (List<SheetCell> line : rows(title)) {
            String kind = text(line, at.getOrDefault(PrintedForms.FUND_COLUMNS.get(0), -1));
            FundLine fund = fund(line, at);
            (PrintedForms.EXPENDITURE.equals(kind) ? expenditure : income).add(fund);
        }
        return new Funds(block(income), block(expenditure), pos(headerOf(title), 0));
    }

    private FundLine fund(List<SheetCell> line, Map<String, Integer> at) {
        Map<String, Position> places = new HashMap<>();
        int nameAt = at.getOrDefault(PrintedForms.FUND_COLUMNS.get(1), -1);
        places.put("name", pos(line, nameAt));
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Column c : stageFunds) {
            for (Map.Entry<String, Integer> e : at.entrySet()) {
                String t = text(line, e.getValue());
                if (c.answersTo(e.getKey()) && t != null) {
                    cells.putIfAbsent(c.id(), new Cell(t, pos(line, e.getValue())));
                }
            }
        }
        return new FundLine(
                text(line, nameAt),
                number(line, at, PrintedForms.FUND_COLUMNS.get(2), "amount", places),
                number(line, at, PrintedForms.FUND_COLUMNS.get(3), "share", places),
                number(line, at, PrintedForms.PREV1, "prev1", places),
                number(line, at, PrintedForms.PREV2, "prev2", places),
                number(line, at, PrintedForms.HALF_YEAR, "halfYear", places),
                OverviewBookkeeping.computed(text(line, at.getOrDefault(OverviewBookkeeping.COMPUTED, -1))),
                cells,
                Places.of(places),
                pos(line, 0));
    }

    /** The lines of one kind, the last one named …合计 as the block's total. */
    private static FundBlock block(List<FundLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        FundLine last = lines.get(lines.size() - 1);
        boolean total = last.name() != null && last.name().endsWith(PrintedForms.TOTAL);
        List<FundLine> items = total ? lines.subList(0, lines.size() - 1) : lines;
        return new FundBlock(items, total ? last : null, lines.get(0).pos());
    }

    private BigDecimal number(
            List<SheetCell> line, Map<String, Integer> at, String header, String key, Map<String, Position> places) {
        int j = at.getOrDefault(header, -1);
        String t = text(line, j);
        if (t == null) {
            return null;
        }
        places.put(key, pos(line, j));
        try {
            return new BigDecimal(t.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            out.report(Problem.BAD_NUMBER, pos(line, j), t);
            return null;
        }
    }

    private List<Project> projects(int title) {
        Map<String, Integer> at = columns(headerOf(title));
        List<Project> out = new ArrayList<>();
        for (List<SheetCell> line : rows(title)) {
            Map<String, Position> places = new HashMap<>();
            int nameAt = at.getOrDefault(PrintedForms.PROJECT_COLUMNS.get(0), -1);
            int categoryAt = at.getOrDefault(PrintedForms.PROJECT_COLUMNS.get(1), -1);
            int purposeAt = at.getOrDefault(PrintedForms.PURPOSE, -1);
            places.put("name", pos(line, nameAt));
            places.put("category", pos(line, categoryAt));
            places.put("purpose", pos(line, purposeAt));
            out.add(new Project(
                    text(line, nameAt),
                    text(line, categoryAt),
                    number(line, at, PrintedForms.PROJECT_COLUMNS.get(2), "total", places),
                    number(line, at, PrintedForms.PROJECT_COLUMNS.get(3), "currentYear", places),
                    number(line, at, PrintedForms.HALF_YEAR, "halfYear", places),
                    text(line, purposeAt),
                    Places.of(places),
                    pos(line, 0)));
        }
        return out;
    }

    /** A scored self-evaluation's 得分小计, one 一级 a row, the numbers as {@code score} wrote them. */
    private List<LevelScore> subtotals(int title) {
        Map<String, Integer> at = columns(headerOf(title));
        List<LevelScore> subtotals = new ArrayList<>();
        List<String> headers = PrintedForms.SUBTOTAL_COLUMNS;
        for (List<SheetCell> line : rows(title)) {
            Map<String, Position> places = new HashMap<>();
            subtotals.add(new LevelScore(
                    text(line, at.getOrDefault(headers.get(0), -1)),
                    number(line, at, headers.get(1), "weight", places),
                    number(line, at, headers.get(2), "points", places),
                    number(line, at, headers.get(3), "score", places),
                    pos(line, 0)));
        }
        return subtotals;
    }

    /**
     * 长期目标 and 年度目标 rows; where the table has an 实际完成情况 column (a self-evaluation),
     * each 年度目标's achievement, blank ones kept so the two lists stay paired (as a new
     * self-evaluation has them: one blank to fill per goal).
     */
    private Goals goals(int title) {
        int achievedAt = columns(headerOf(title)).getOrDefault(PrintedForms.ACHIEVED, -1);
        List<List<SheetCell>> rows = rows(title);
        Integer until = null;
        List<String> longTerm = new ArrayList<>();
        List<String> annual = new ArrayList<>();
        List<String> achieved = new ArrayList<>();
        Map<String, Position> places = new HashMap<>();
        for (List<SheetCell> line : rows) {
            String kind = text(line, 0);
            String goal = text(line, 1);
            if (kind == null) {
                continue;
            }
            if (kind.startsWith(PrintedForms.LONG_TERM)) {
                Matcher m = PrintedForms.UNTIL.matcher(kind);
                if (m.find()) {
                    until = Integer.valueOf(m.group(1));
                    places.putIfAbsent("until", pos(line, 0));
                }
                if (goal != null) {
                    places.putIfAbsent("longTerm", pos(line, 1));
                    longTerm.add(goal);
                }
            } else if (kind.startsWith(PrintedForms.ANNUAL) && goal != null) {
                places.putIfAbsent("annual", pos(line, 1));
                annual.add(goal);
                String done = text(line, achievedAt);
                achieved.add(done == null ? "" : done);
                if (achievedAt >= 0) {
                    places.putIfAbsent("achieved", pos(line, achievedAt));
                }
            }
        }
        if (achievedAt < 0) {
            achieved.clear();
        }
        return new Goals(
                until,
                longTerm,
                annual,
                achieved,
                Places.of(places),
                rows.isEmpty() ? Position.NONE : pos(rows.get(0), 0));
    }
}
