package org.zhibiao.shape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Cell;
import org.zhibiao.model.Column;
import org.zhibiao.model.ColumnType;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Places;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * Reads the indicator tables of a form in its printed layout (a CSV file or a workbook's sheets)
 * by the template's columns: the header row is found by the printed names and aliases anywhere in
 * the first rows, a header two columns share (乌海 prints 正向/反向 under 指标性质, 井研县 prints ≥ there)
 * goes to the column whose cells it fits, a 指标值 printed in parts is joined, blank 一级 and 二级
 * cells (merged on the form) are carried down, and title and note rows are skipped. A column the
 * template does not have is kept under its header, never dropped, with a warning. Rows with no
 * 指标表 column go to the table a workbook's sheet is named after, else to the first table that
 * shows their 一级.
 *
 * <p>The 黄山 layout, one indicator per cell as {@code 【产出指标-数量指标】指标1:名称(≥20台)}, is
 * read as well when a sheet has no header row.
 */
public final class LayoutReader {

    /** Where the header row may be: title and note rows come before it. */
    public static final int HEADER_SEARCH_ROWS = 15;

    /** How many data rows decide which column a shared header belongs to. */
    private static final int SAMPLE_ROWS = 200;

    /**
     * 黄山's {@code 【一级-二级】指标N:名称(指标值)}. Linear on any cell: no group may hold a 【, so a
     * failed start ends at the next one; the spaces before a group are taken possessively and those
     * after it trimmed in code ({@link HeaderBlock#trim}), since a lazy group followed by
     * {@code \\s*} rescans a space run at every step (one cell of 100,000 spaces held a check for
     * minutes).
     */
    private static final Pattern INLINE =
            Pattern.compile("【\\s*+([^】【]+?)[-－—]\\s*+([^】【]+?)】\\s*指标\\s*\\d*\\s*[:：]\\s*+([^【]+?)[(（]([^()（）]*)[)）]");

    private final FormShape shape;
    private final String template;
    private final Diagnostics out = new Diagnostics();
    private final Map<String, SheetCell> header = new LinkedHashMap<>();
    /** Where each table is, for a finding about the whole table (a missing 一级). */
    private final Map<String, Position> tablesAt = new HashMap<>();

    private LayoutReader(FormShape shape, String template) {
        this.shape = shape;
        this.template = template;
    }

    /**
     * The tables of {@code sheets} read by {@code shape}; {@code template} names the template in
     * messages. Rows of a sheet without a 指标表 column go to the first table that shows their 一级.
     */
    public static Result<Read> read(List<Sheet> sheets, FormShape shape, String template) {
        LayoutReader reader = new LayoutReader(shape, template);
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        shape.tables().forEach(t -> rows.put(t.name(), new ArrayList<>()));
        for (Sheet sheet : sheets) {
            reader.sheet(sheet, rows);
        }
        List<Table> tables = new ArrayList<>();
        rows.forEach((name, list) -> {
            if (!list.isEmpty()) {
                tables.add(new Table(
                        name,
                        list,
                        reader.tablesAt.getOrDefault(name, list.get(0).pos())));
            }
        });
        return new Result<>(new Read(tables, reader.header), reader.out.list());
    }

    /**
     * Whether a sheet holds indicator rows this reader finds: a header row among the first rows, or
     * 黄山's one indicator a cell. A workbook's other sheets (an overview, notes) are left to others.
     */
    public static boolean readable(Sheet sheet, FormShape shape) {
        return new LayoutReader(shape, "").headerRow(sheet) >= 0
                || !inline(sheet).isEmpty();
    }

    /**
     * What a printed form holds: its indicator tables, and the labelled values of its header block.
     *
     * @param tables the tables that have rows, in the template's order
     * @param header the header block's values by printed label (单位名称, 项目名称, 年度 …)
     */
    public record Read(List<Table> tables, Map<String, SheetCell> header) {}

    private void sheet(Sheet printed, Map<String, List<Row>> rows) {
        int header = headerRow(printed);
        if (header < 0) {
            inlineSheet(printed, rows);
            return;
        }
        Sheet sheet = CsvPlaces.named(printed, header);
        List<SheetCell> heads = sheet.rows().get(header);
        HeaderBlock.read(sheet, header).forEach(this.header::putIfAbsent);
        Map<Integer, Slot> slots = assign(sheet, header);
        Carried carried = new Carried(sheetTable(sheet), headerAt(heads, slots));
        int count = 0;
        for (int i = header + 1; i < sheet.rows().size(); i++) {
            if (dataRow(sheet.rows().get(i), slots, heads, carried, rows)) {
                count++;
            }
        }
        if (count == 0) {
            out.report(
                    Problem.LAYOUT_NO_ROWS,
                    heads.isEmpty() ? Position.NONE : heads.get(0).pos());
        }
    }

    /** A sheet with no header row: 黄山's one indicator a cell, or nothing this reader knows. */
    private void inlineSheet(Sheet sheet, Map<String, List<Row>> rows) {
        List<Row> inline = inline(sheet);
        HeaderBlock.read(sheet, sheet.rows().size()).forEach(this.header::putIfAbsent);
        if (!inline.isEmpty()) {
            inline.forEach(r -> addRow(rows, tableFor(r.level1(), null, r.pos()), r, r.pos()));
            return;
        }
        Position at = firstCell(sheet);
        out.report(Problem.LAYOUT_NO_HEADER, at, HEADER_SEARCH_ROWS, headersExpected(), template);
    }

    /**
     * Where a finding about a whole table read from this sheet points: the header row's 一级 cell
     * (a missing 一级 is missing from that column), else the header row by line alone. Never the
     * first data row's first cell, which names whatever column a province prints first (issue 14).
     */
    private static Position headerAt(List<SheetCell> heads, Map<Integer, Slot> slots) {
        for (Map.Entry<Integer, Slot> e : slots.entrySet()) {
            TableShape.Printed p = e.getValue().printed();
            if (p != null && p.column().id().equals("level1") && e.getKey() < heads.size()) {
                return heads.get(e.getKey()).pos();
            }
        }
        if (heads.isEmpty()) {
            return Position.NONE;
        }
        Position first = heads.get(0).pos();
        return first.sheet() != null ? first : Position.of(first.file(), first.line(), first.column());
    }

    /**
     * One row under the header: added to its table unless it is blank, a note, a subtotal or a 一级
     * heading (which only carries its 一级 down). Whether a row was added.
     */
    private boolean dataRow(
            List<SheetCell> line,
            Map<Integer, Slot> slots,
            List<SheetCell> heads,
            Carried carried,
            Map<String, List<Row>> rows) {
        Gathered g = gather(line, slots, heads);
        if (g.isBlank()) {
            return false;
        }
        String level1 = g.text("level1");
        String level2 = g.text("level2");
        if (g.text("level3").isEmpty() && g.valueCount() == 0 && g.text("slot").isEmpty()) {
            // a note or subtotal row under the table, or a 一级 heading row of its own
            carried.heading(level1, level2);
            return false;
        }
        if (level1.isEmpty() && carried.level1 != null) {
            level1 = carried.level1;
            level2 = level2.isEmpty() && carried.level2 != null ? carried.level2 : level2;
        }
        carried.level1 = level1;
        carried.level2 = level2;
        Row row = g.row(level1, level2, g.rowAt(line));
        // a workbook's sheet named after a table (长期, 年度) holds that table's rows
        String table = tableFor(level1, g.table == null ? carried.sheetTable : g.table, g.tableAt);
        if (table == null) {
            return false;
        }
        // a 指标表 column names the table on each row: its first row's 指标表 cell is where the table is
        addRow(rows, table, inColumnOrder(row, shape.table(table)), g.table == null ? carried.tableAt : g.tableAt);
        return true;
    }

    /** Adds a row to its table, which is where the first row added says it is. */
    private void addRow(Map<String, List<Row>> rows, String table, Row row, Position tableAt) {
        if (table == null) {
            return;
        }
        rows.get(table).add(row);
        tablesAt.putIfAbsent(table, tableAt);
    }

    /** What a sheet carries from row to row: the 一级 and 二级 of merged cells, and where its tables are. */
    private static final class Carried {
        final String sheetTable;
        final Position tableAt;
        String level1;
        String level2;

        Carried(String sheetTable, Position tableAt) {
            this.sheetTable = sheetTable;
            this.tableAt = tableAt;
        }

        void heading(String newLevel1, String newLevel2) {
            if (!newLevel1.isEmpty()) {
                level1 = newLevel1;
                level2 = newLevel2.isEmpty() ? null : newLevel2;
            }
        }
    }

    /** The table a sheet is named after, by name (年度) or printed title (年度绩效指标); null for none. */
    private String sheetTable(Sheet sheet) {
        for (TableShape t : shape.tables()) {
            String name = sheet.name().strip();
            if (t.name().equals(name) || name.equals(t.table().title())) {
                return t.name();
            }
        }
        return null;
    }

    /**
     * The row with its declared-column cells in the table's column order and any other key after
     * them, so a declaration reads the same whichever order a province prints its columns in.
     */
    private static Row inColumnOrder(Row row, TableShape table) {
        if (row.cells().size() < 2) {
            return row;
        }
        Map<String, Cell> ordered = new LinkedHashMap<>();
        for (Column c : table.columns()) {
            Cell cell = row.cells().get(c.id());
            if (cell != null) {
                ordered.put(c.id(), cell);
            }
        }
        row.cells().forEach(ordered::putIfAbsent);
        return row.withCells(ordered);
    }

    /** The first row among the first ones that names at least two columns, the 三级 among them. */
    private int headerRow(Sheet sheet) {
        int best = -1;
        int bestCount = 1;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, sheet.rows().size()); i++) {
            int count = 0;
            boolean level3 = false;
            for (SheetCell c : sheet.rows().get(i)) {
                String h = c.text().strip();
                if (h.isEmpty()) {
                    continue;
                }
                List<TableShape.Printed> known = candidates(h);
                if (!known.isEmpty() || isTableHeader(h)) {
                    count++;
                }
                level3 |= known.stream().anyMatch(p -> p.column().id().equals("level3"));
            }
            if (level3 && count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    /** The printed columns of any table that answer to a header. */
    private List<TableShape.Printed> candidates(String header) {
        List<TableShape.Printed> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (TableShape t : shape.tables()) {
            for (TableShape.Printed p : t.printed()) {
                String key = p.column().id() + "/" + p.index();
                if (p.answersTo(header) && !seen.contains(key)) {
                    seen.add(key);
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static boolean isTableHeader(String header) {
        return LayoutWriter.TABLE_HEADER.equals(header.strip());
    }

    /**
     * Each header cell's column. Where a header answers to several, the cells below decide: the
     * column whose type takes most of them wins (正向/反向 are a choice, ≥ is an operator); each
     * column is taken once.
     */
    private Map<Integer, Slot> assign(Sheet sheet, int header) {
        List<SheetCell> heads = sheet.rows().get(header);
        Map<Integer, Slot> slots = new HashMap<>();
        record Option(int index, TableShape.Printed printed, double score) {}
        List<Option> options = new ArrayList<>();
        for (int j = 0; j < heads.size(); j++) {
            String h = heads.get(j).text().strip();
            if (h.isEmpty()) {
                continue;
            }
            Slot own = ownSlot(h);
            if (own != null) {
                slots.put(j, own);
                continue;
            }
            List<TableShape.Printed> known = candidates(h);
            if (known.isEmpty()) {
                out.report(Problem.LAYOUT_UNKNOWN_COLUMN, heads.get(j).pos(), h, template);
                slots.put(j, Slot.extra(h));
                continue;
            }
            List<String> sample = sample(sheet, header, j);
            for (TableShape.Printed p : known) {
                // the printed name itself is worth a little, so an empty column keeps its own header's meaning
                double named = p.header().equals(h) ? 0.5 : 0.25;
                options.add(new Option(j, p, fit(p.described(), sample) + named));
            }
        }
        options.sort((a, b) -> Double.compare(b.score(), a.score()));
        List<String> taken = new ArrayList<>();
        for (Option o : options) {
            String key = o.printed().column().id() + "/" + o.printed().index();
            if (slots.containsKey(o.index()) || taken.contains(key)) {
                continue;
            }
            taken.add(key);
            slots.put(o.index(), Slot.of(o.printed()));
        }
        for (Option o : options) {
            if (!slots.containsKey(o.index())) {
                String h = heads.get(o.index()).text().strip();
                out.report(Problem.LAYOUT_UNKNOWN_COLUMN, heads.get(o.index()).pos(), h, template);
                slots.put(o.index(), Slot.extra(h));
            }
        }
        return slots;
    }

    /**
     * The slot of a header that is no template column: the 指标表 name, or one of zhibiao's own
     * hidden columns (a row's library entry, origin and slot, a field its table does not print);
     * null for any other header.
     */
    private static Slot ownSlot(String header) {
        if (isTableHeader(header)) {
            return Slot.TABLE;
        }
        return LayoutWriter.BOOKKEEPING.contains(header) || PrintedForms.UNPRINTED_FIELDS.contains(header)
                ? Slot.extra(header)
                : null;
    }

    private static List<String> sample(Sheet sheet, int header, int column) {
        List<String> values = new ArrayList<>();
        for (int i = header + 1; i < sheet.rows().size() && values.size() < SAMPLE_ROWS; i++) {
            List<SheetCell> line = sheet.rows().get(i);
            if (column < line.size() && !line.get(column).text().isBlank()) {
                values.add(line.get(column).text().strip());
            }
        }
        return values;
    }

    /** How many of the sampled cells a column of this kind takes; free text takes anything, weakly. */
    private static double fit(Column c, List<String> sample) {
        double score = 0;
        for (String v : sample) {
            score += switch (c.kind()) {
                case CHOICE -> c.values().isEmpty() ? 0.1 : c.values().stream().anyMatch(v::startsWith) ? 1 : 0;
                case OPERATOR -> isOperator(v) ? 1 : 0;
                case NUMBER, POINTS -> isNumber(v) ? 1 : 0;
                case UNIT -> v.chars().noneMatch(Character::isDigit) && v.length() <= 8 ? 0.5 : 0;
                default -> 0.1;
            };
        }
        return score;
    }

    static boolean isOperator(String text) {
        if (text.isBlank() || text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        try {
            return Targets.parse(text + "1") instanceof Quantity;
        } catch (TargetException e) {
            return false;
        }
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String tableFor(String level1, String named, Position at) {
        if (named != null && !named.isBlank()) {
            if (shape.table(named.strip()) != null) {
                return named.strip();
            }
            out.report(
                    Problem.LAYOUT_UNKNOWN_TABLE,
                    at,
                    named,
                    String.join(
                            "、", shape.tables().stream().map(TableShape::name).toList()));
            return null;
        }
        for (TableShape t : shape.tables()) {
            if (t.table().shows(level1) || t.table().shows(level1.replaceFirst("指标$", ""))) {
                return t.name();
            }
        }
        return shape.tables().isEmpty() ? null : shape.tables().get(0).name();
    }

    /** 黄山's one indicator a cell: {@code 【产出指标-数量指标】指标1:名称(≥20台)}. */
    private static List<Row> inline(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (List<SheetCell> line : sheet.rows()) {
            for (SheetCell c : line) {
                Matcher m = INLINE.matcher(c.text());
                while (m.find()) {
                    Places places = Places.of(
                            Map.of("level1", c.pos(), "level2", c.pos(), "level3", c.pos(), "target", c.pos()));
                    rows.add(new Row(
                            HeaderBlock.trim(m.group(1)),
                            HeaderBlock.trim(m.group(2)),
                            null,
                            HeaderBlock.trim(m.group(3)),
                            null,
                            null,
                            m.group(4),
                            null,
                            null,
                            null,
                            null,
                            null,
                            Origin.PERSON,
                            null,
                            Map.of(),
                            places,
                            c.pos()));
                }
            }
        }
        return rows;
    }

    private String headersExpected() {
        return shape.tables().isEmpty()
                ? ""
                : String.join(
                        "、",
                        shape.tables().get(0).printed().stream()
                                .limit(4)
                                .map(TableShape.Printed::header)
                                .toList());
    }

    private static Position firstCell(Sheet sheet) {
        for (List<SheetCell> line : sheet.rows()) {
            if (!line.isEmpty()) {
                return line.get(0).pos();
            }
        }
        return Position.NONE;
    }

    @SuppressWarnings("ReferenceEquality") // slots are compared as the shape's own constants
    private Gathered gather(List<SheetCell> line, Map<Integer, Slot> slots, List<SheetCell> heads) {
        Gathered g = new Gathered();
        for (int j = 0; j < line.size(); j++) {
            Slot slot = slots.get(j);
            SheetCell cell = line.get(j);
            if (slot == null) {
                if (!cell.text().isBlank()) {
                    // a value under no header: keep it under the column's letter rather than lose it
                    String key = j < heads.size() && !heads.get(j).text().isBlank()
                            ? heads.get(j).text().strip()
                            : Position.columnLetters(j + 1);
                    g.put(key, cell, false);
                }
                continue;
            }
            if (slot == Slot.TABLE) {
                g.table = cell.text();
                g.tableAt = cell.pos();
            } else if (slot.printed() == null) {
                g.put(slot.extra(), cell, false);
            } else if (slot.printed().part() != null) {
                g.part(slot.printed(), cell);
            } else {
                String id = slot.printed().column().id();
                g.put(id, cell, !id.startsWith("level") && !id.equals("keyWork"));
            }
        }
        return g;
    }

    /** What a header cell's column is: the 指标表 name, a printed column, or a column the template lacks. */
    private record Slot(TableShape.Printed printed, String extra) {
        static final Slot TABLE = new Slot(null, null);

        static Slot of(TableShape.Printed printed) {
            return new Slot(printed, null);
        }

        static Slot extra(String header) {
            return new Slot(null, header);
        }
    }

    /** The cells of one data row, by column id, with the parts of split 指标值 gathered. */
    private static final class Gathered {
        final Map<String, SheetCell> byId = new LinkedHashMap<>();
        final Map<String, String[]> parts = new LinkedHashMap<>();
        final Map<String, Position> partAt = new HashMap<>();
        /** Each part's own cell ({@code target.operator}), so a finding about one part points at it. */
        final Map<String, Position> partPlaces = new HashMap<>();

        String table;
        Position tableAt = Position.NONE;
        int values;

        void put(String id, SheetCell cell, boolean value) {
            if (byId.containsKey(id)) {
                return;
            }
            byId.put(id, cell);
            if (value && !cell.text().isBlank()) {
                values++;
            }
        }

        void part(TableShape.Printed printed, SheetCell cell) {
            String id = printed.column().id();
            String[] p = parts.computeIfAbsent(
                    id, k -> new String[printed.column().parts().size()]);
            p[printed.index()] = cell.text();
            partPlaces.put(printed.placeKey(), cell.pos());
            boolean number = printed.part().kind() == ColumnType.NUMBER;
            if (!cell.text().isBlank()) {
                values++;
            }
            // a finding about the 指标值 points at its number cell, typed or blank (≤ with no number is
            // wrong there), or at the first part typed where the form prints no number cell
            if (number || (!cell.text().isBlank() && !partAt.containsKey(id))) {
                partAt.put(id, cell.pos());
            }
        }

        String text(String id) {
            SheetCell c = byId.get(id);
            return c == null ? "" : c.text().strip();
        }

        int valueCount() {
            return values;
        }

        /** Where the row is: its 三级 cell, the name a clerk finds it by, else the line's first cell. */
        Position rowAt(List<SheetCell> line) {
            SheetCell name = byId.get("level3");
            if (name != null && name.pos().isKnown()) {
                return name.pos();
            }
            return line.isEmpty() ? Position.NONE : line.get(0).pos();
        }

        boolean isBlank() {
            return byId.values().stream().allMatch(c -> c.text().isBlank())
                    && values == 0
                    && (table == null || table.isBlank());
        }

        Row row(String level1, String level2, Position at) {
            Map<String, Position> places = new HashMap<>();
            Map<String, Cell> cells = new LinkedHashMap<>();
            Map<String, String> fields = new HashMap<>();
            for (Map.Entry<String, SheetCell> e : byId.entrySet()) {
                String id = e.getKey();
                SheetCell c = e.getValue();
                places.put(id, c.pos());
                if (Row.isField(id)) {
                    fields.put(id, c.text());
                } else if (!c.text().isEmpty()) {
                    cells.put(id, new Cell(c.text(), c.pos()));
                }
            }
            String ref = blankToNull(take(cells, places, "ref"));
            String origin = take(cells, places, "origin");
            String slot = blankToNull(take(cells, places, "slot"));
            places.putAll(partPlaces);
            parts.forEach((id, p) -> {
                String joined = TargetParts.join(Arrays.asList(p));
                Position where = partAt.getOrDefault(id, at);
                places.put(id, where);
                if (Row.isField(id)) {
                    fields.put(id, joined);
                } else if (!joined.isEmpty()) {
                    cells.put(id, new Cell(joined, where));
                }
            });
            return new Row(
                    blankToNull(level1),
                    blankToNull(level2),
                    blankToNull(fields.get("keyWork")),
                    blankToNull(fields.get("level3")),
                    blankToNull(fields.get("prev2")),
                    blankToNull(fields.get("prev1")),
                    blankToNull(fields.get("target")),
                    blankToNull(fields.get("halfYear")),
                    blankToNull(fields.get("fullYear")),
                    blankToNull(fields.get("basis")),
                    blankToNull(fields.get("category")),
                    ref,
                    origin(origin),
                    slot,
                    cells,
                    Places.of(places),
                    at);
        }

        /** A bookkeeping column's text, taken out of the row's cells: it is a field of the row. */
        private static String take(Map<String, Cell> cells, Map<String, Position> places, String key) {
            Cell c = cells.remove(key);
            places.remove(key);
            return c == null ? null : c.text();
        }

        /** The origin written in zhibiao's hidden column; a row without one is the person's. */
        private static Origin origin(String label) {
            for (Origin o : Origin.values()) {
                if (o.label().equals(label == null ? "" : label.strip())) {
                    return o;
                }
            }
            return Origin.PERSON;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }
}
