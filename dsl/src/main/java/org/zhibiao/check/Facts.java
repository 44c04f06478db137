package org.zhibiao.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Form;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;

/**
 * What every rule of one check shares: the template's {@link Framework} (indexed once per template)
 * and, for this declaration, each row's template row and parsed 指标值, each looked up once (caches
 * keyed by row identity). Checking stays linear in the number of rows.
 */
public final class Facts {

    private final Framework framework;
    private final Declaration declaration;
    private final IdentityHashMap<Row, List<Value>> values;
    /** The row last asked for and its values: the row pass asks for them once per value rule (#7). */
    private Row lastRow;

    private List<Value> lastValues;
    private final IdentityHashMap<Row, Inline> templateRows;
    private Row lastTemplated;
    private Inline lastTemplateRow;
    private final IdentityHashMap<Table, Set<RowKey>> rowKeys = new IdentityHashMap<>();
    private final IdentityHashMap<TableDef, List<ValueColumn>> valueColumns = new IdentityHashMap<>();

    /** Facts of a one-off check: the template is indexed for this declaration alone. */
    public Facts(Template template, Declaration declaration) {
        this(new Framework(template), declaration);
    }

    Facts(Framework framework, Declaration declaration) {
        this.framework = framework.forStage(declaration.stage());
        this.declaration = declaration;
        // sized for every row at once: growing an identity map rehashes it (#7)
        int rows = 0;
        for (Table table : declaration.tables()) {
            rows += table.rows().size();
        }
        this.values = new IdentityHashMap<>(rows);
        this.templateRows = new IdentityHashMap<>(rows);
    }

    private static final List<ValueColumn> ALL_COLUMNS = List.of(ValueColumn.values());

    private static final Inline NONE = new Inline(null, null, null, null, null, null, null, null, null, null, null);

    public Template template() {
        return framework.template();
    }

    Framework framework() {
        return framework;
    }

    public Declaration declaration() {
        return declaration;
    }

    /** The template's form; never null. */
    public Form form() {
        Form form = template().form();
        return form != null ? form : new Form(null, null, null, null, null, null, null, null, null, null);
    }

    public Map<String, Level1> level1s() {
        return framework.level1s();
    }

    /** The template's name of a 一级 as typed: 产出指标 for a template's 产出 and back (issue 14). */
    public String level1(String typed) {
        return framework.level1Name(typed);
    }

    /** The template 二级 a row's 二级 belongs to: by name, or an open 二级 (核心业务产出{n}, {职能}). */
    public Level2 level2(String level1, String level2) {
        Level2 exact = framework.exactLevel2(level1, level2);
        if (exact != null) {
            return exact;
        }
        Level1 parent = framework.level1s().get(level1(level1));
        if (parent == null || Names.isBlank(level2)) {
            return null;
        }
        for (Level2 open : parent.children()) {
            if (matchesOpen(open, level2)) {
                return open;
            }
        }
        return null;
    }

    /** Whether a 二级 is a pattern the department fills (numbered or one per 职能). */
    public static boolean isOpen(Level2 level2) {
        return level2.isNumbered() || level2.isPerFunction();
    }

    private static boolean matchesOpen(Level2 open, String name) {
        if (open.isPerFunction()) {
            return true;
        }
        if (!open.isNumbered()) {
            return false;
        }
        int at = open.name().indexOf(Level2.NUMBERED);
        String prefix = open.name().substring(0, at);
        String suffix = open.name().substring(at + Level2.NUMBERED.length());
        if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length() <= prefix.length() + suffix.length()) {
            return false;
        }
        return name.substring(prefix.length(), name.length() - suffix.length())
                .chars()
                .allMatch(Character::isDigit);
    }

    /**
     * The template row a declaration row comes from: by 一级/二级/三级, else by a unique 三级 name.
     * Memoised per row: a dozen rules ask for every row (#7).
     */
    @SuppressWarnings("ReferenceEquality") // the memo is per row object; NONE is a sentinel
    public Inline templateRow(Row row) {
        Inline known = row == lastTemplated ? lastTemplateRow : templateRows.get(row);
        if (known != null) {
            lastTemplated = row;
            lastTemplateRow = known;
            return known == NONE ? null : known;
        }
        Level2 l2 = level2(row.level1(), row.level2());
        Inline found = l2 == null ? null : framework.row(l2, row.level3());
        if (found == null) {
            found = framework.uniqueRow(row.level3());
        }
        templateRows.put(row, found == null ? NONE : found);
        return found;
    }

    /**
     * Whether the row is one of the template's own fixed rows (not a slot's default the department
     * may replace) under its own name: the wording is the template's, not the department's, so
     * rules about wording leave it alone (issue 14: 联系部门满意度 under 联系部门满意度).
     */
    boolean templateFixed(Row row) {
        Level2 l2 = framework.exactLevel2(level1(row.level1()), row.level2());
        return l2 != null && row.level3() != null && framework.fixedNames(l2).contains(row.level3());
    }

    /**
     * Whether a value is exactly what the template's row gives (a fixed row or a slot's default,
     * such as hubei/public-security's 公安服务质量逐步提升, a grade of its library entry's scale):
     * the department did not write it, so a finding about it would be about the template (issue 14).
     */
    boolean templateGives(Row row, Value value) {
        Inline template = templateRow(row);
        return template != null
                && template.target() != null
                && template.target().equals(value.target());
    }

    /** {@code 表 › 一级 › 二级 › (重点工作 ›) 三级}, the way diagnostics name a row. */
    public static String path(Table table, Row row) {
        String rowPath = row.path();
        if (Names.isBlank(table.name())) {
            return rowPath;
        }
        return rowPath.isEmpty() ? table.name() : table.name() + " › " + rowPath;
    }

    /** The form's definition of a declaration table, or null when the form has no such table. */
    public TableDef tableDef(Table table) {
        return framework.tableDefs().get(table.name());
    }

    public Map<String, TableDef> tableDefs() {
        return framework.tableDefs();
    }

    /** The columns a row of this table should fill: the form's, or every column for an unknown table. */
    public List<ValueColumn> columns(Table table) {
        TableDef def = tableDef(table);
        return def != null ? valueColumns.computeIfAbsent(def, TableDef::valueColumns) : ALL_COLUMNS;
    }

    /**
     * The places (一级 by the template's name, 二级, 三级) of a table's rows, every row included;
     * built once per table.
     */
    Set<RowKey> rowKeys(Table table) {
        return rowKeys.computeIfAbsent(table, t -> {
            Set<RowKey> keys = new HashSet<>();
            t.rows().forEach(r -> keys.add(key(r)));
            return keys;
        });
    }

    /** A row's place, its 一级 by the template's name. */
    RowKey key(Row row) {
        return new RowKey(level1(row.level1()), row.level2(), row.level3());
    }

    /** Whether the table's form has this column (every column for a table the form lacks). */
    boolean hasColumn(Table table, ValueColumn column) {
        return columns(table).contains(column);
    }

    /** The row's distinct non-blank values in its table's columns, each parsed once. */
    @SuppressWarnings("ReferenceEquality") // the memo is per row object: equal rows are distinct places
    public List<Value> values(Table table, Row row) {
        if (row == lastRow) {
            return lastValues;
        }
        List<Value> cached = values.get(row);
        if (cached != null) {
            lastRow = row;
            lastValues = cached;
            return cached;
        }
        // a row has at most five columns: group equal texts by a linear scan, not a map (#7)
        List<ValueColumn> columns = columns(table);
        String[] texts = new String[columns.size()];
        int distinct = 0;
        for (int i = 0; i < texts.length; i++) {
            String raw = row.value(columns.get(i));
            if (!Names.isBlank(raw)) {
                texts[i] = raw.strip();
                distinct += firstIndex(texts, i) == i ? 1 : 0;
            }
        }
        List<Value> out = new ArrayList<>(distinct);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] == null || firstIndex(texts, i) != i) {
                continue;
            }
            List<ValueColumn> same = new ArrayList<>(2);
            for (int j = i; j < texts.length; j++) {
                if (texts[i].equals(texts[j])) {
                    same.add(columns.get(j));
                }
            }
            Object result = framework.parse(texts[i]);
            out.add(
                    result instanceof Target t
                            ? new Value(same, texts[i], t, null)
                            : new Value(same, texts[i], null, (TargetException) result));
        }
        values.put(row, out);
        lastRow = row;
        lastValues = out;
        return out;
    }

    /** A row's values, parsed already for an equal row of an earlier declaration ({@link RowMemo}). */
    void remember(Row row, List<Value> known) {
        values.putIfAbsent(row, known);
    }

    /** The first index holding the same text as {@code texts[i]}. */
    private static int firstIndex(String[] texts, int i) {
        for (int j = 0; j < i; j++) {
            if (texts[i].equals(texts[j])) {
                return j;
            }
        }
        return i;
    }

    /** The value in one column of a row, or null when that column is blank. */
    public Value value(Table table, Row row, ValueColumn column) {
        for (Value v : values(table, row)) {
            if (v.in(column)) {
                return v;
            }
        }
        return null;
    }

    /** The row's main value: 指标值, else 全年指标值, else its first value. */
    public Value main(Table table, Row row) {
        Value v = value(table, row, ValueColumn.TARGET);
        if (v == null) {
            v = value(table, row, ValueColumn.FULL_YEAR);
        }
        List<Value> all = values(table, row);
        return v != null || all.isEmpty() ? v : all.get(0);
    }
}
