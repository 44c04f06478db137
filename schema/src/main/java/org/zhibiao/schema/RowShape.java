package org.zhibiao.schema;

import java.util.List;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Slot;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.Target;
import tools.jackson.databind.node.ObjectNode;

/** The shapes one row of a template's table may take, and the matchers {@code contains} uses. */
final class RowShape {
    private static final String SEPARATOR = " › ";

    private final Nodes nodes;
    private final TableDef table;

    RowShape(Nodes nodes, TableDef table) {
        this.nodes = nodes;
        this.table = table;
    }

    /** The row key of a value column: 前年 → prev2, 上年 → prev1, 指标值 → target … */
    static String key(ValueColumn column) {
        switch (column) {
            case PREV2: return "prev2";
            case PREV1: return "prev1";
            case HALF_YEAR: return "halfYear";
            case FULL_YEAR: return "fullYear";
            default: return "target";
        }
    }

    static boolean history(ValueColumn column) {
        return column == ValueColumn.PREV1 || column == ValueColumn.PREV2;
    }

    /** A fixed template row: its names are constants, its values follow its kind and unit. */
    ObjectNode fixed(String level1, String level2, Inline row) {
        ObjectNode shape = identity(level1, level2, row.name());
        nodes.put(shape, Keyword.TITLE, level1 + SEPARATOR + level2 + SEPARATOR + row.name());
        if (row.target() != null) {
            nodes.put(shape, Keyword.DESCRIPTION, "默认指标值 " + row.target().print() + " / default target "
                    + row.target().print());
        }
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        properties.set("origin", done());
        for (ValueColumn column : table.columns()) {
            Target value = column == ValueColumn.HALF_YEAR && row.halfYear() != null ? row.halfYear() : row.target();
            properties.set(key(column), value(row, value, column));
            if (!history(column)) {
                nodes.list(shape, Keyword.REQUIRED).add(key(column));
            }
        }
        return shape;
    }

    /** A row the department wrote into a slot: free 三级 name, any non-empty values. */
    ObjectNode slot(String level1, String level2, List<String> siblings, Slot slot, List<String> fixed,
            boolean tagged) {
        ObjectNode shape = slotRows(level1, level2, siblings, slot, fixed, tagged);
        nodes.put(shape, Keyword.TITLE, level1 + SEPARATOR + level2 + SEPARATOR + label(slot));
        nodes.put(shape, Keyword.DESCRIPTION, label(slot) + " / the department's own indicator for slot "
                + slot.slot() + bounds(slot));
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        properties.set("origin", done());
        nodes.list(shape, Keyword.REQUIRED).add("level3");
        for (ValueColumn column : table.columns()) {
            if (!history(column)) {
                // defined next to its `required` for ajv's strictRequired, which looks no further
                properties.set(key(column), nodes.text());
                nodes.list(shape, Keyword.REQUIRED).add(key(column));
            }
        }
        return shape;
    }

    /** A slot row the compiler left for the department to fill ({@code origin: todo}). */
    ObjectNode todo(String level1, String level2, List<String> siblings, Slot slot) {
        ObjectNode shape = under(level1, level2(level2, siblings));
        nodes.put(shape, Keyword.TITLE, level1 + SEPARATOR + level2 + SEPARATOR + "待填 / to do");
        nodes.put(shape, Keyword.DESCRIPTION, label(slot) + "（待填） / slot " + slot.slot() + " still to fill");
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        properties.set("origin", nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, Origin.TO_FILL.label()));
        properties.set("slot", constant(slot.slot()));
        nodes.list(shape, Keyword.REQUIRED).add("origin");
        return shape;
    }

    /** Rows under a slot's 二级 that are not fixed rows: what a slot's min and max count. */
    ObjectNode slotRows(String level1, String level2, List<String> siblings, Slot slot, List<String> fixed,
            boolean tagged) {
        ObjectNode shape = under(level1, level2(level2, siblings));
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        ObjectNode level3 = nodes.text();
        if (!fixed.isEmpty()) {
            nodes.put(level3, Keyword.NOT, nodes.put(nodes.object(), Keyword.ENUM, nodes.strings(fixed)));
        }
        properties.set("level3", level3);
        properties.set("slot", constant(slot.slot()));
        if (tagged) {
            nodes.list(shape, Keyword.REQUIRED).add("slot");
        }
        return shape;
    }

    /** Matches the row named 一级 › 二级 › 三级. */
    ObjectNode identity(String level1, String level2, String level3) {
        ObjectNode shape = under(level1, constant(level2));
        nodes.child(shape, Keyword.PROPERTIES).set("level3", constant(level3));
        nodes.list(shape, Keyword.REQUIRED).add("level3");
        return shape;
    }

    /** Matches any row under 一级 (and 二级, when given). */
    ObjectNode under(String level1, ObjectNode level2) {
        ObjectNode shape = nodes.typed(Keyword.TYPE_OBJECT);
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        properties.set("level1", constant(level1));
        nodes.list(shape, Keyword.REQUIRED).add("level1");
        if (level2 != null) {
            properties.set("level2", level2);
            nodes.list(shape, Keyword.REQUIRED).add("level2");
        }
        return shape;
    }

    /** A slot's 二级: numbered ({@code 核心业务产出{n}}), per 职能 (any but its siblings), or fixed. */
    private ObjectNode level2(String name, List<String> siblings) {
        if (name.contains(Level2.NUMBERED)) {
            return nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.PATTERN, ValuePatterns.numbered(name));
        }
        if (Level2.PER_FUNCTION.equals(name)) {
            ObjectNode any = nodes.text();
            if (!siblings.isEmpty()) {
                nodes.put(any, Keyword.NOT, nodes.put(nodes.object(), Keyword.ENUM, nodes.strings(siblings)));
            }
            return any;
        }
        return constant(name);
    }

    private ObjectNode value(Inline row, Target value, ValueColumn column) {
        ObjectNode node = nodes.text();
        if (ValuePatterns.quantitative(row)) {
            String unit = ValuePatterns.unit(row, value);
            nodes.put(node, Keyword.PATTERN, history(column) ? ValuePatterns.history(unit) : ValuePatterns.target(unit));
        } else if (row.kind() != null || row.target() != null) {
            nodes.put(node, Keyword.NOT, nodes.put(nodes.object(), Keyword.PATTERN, ValuePatterns.quantityLike()));
        }
        if (value != null && !history(column)) {
            nodes.put(node, Keyword.DEFAULT, value.print());
        }
        return node;
    }

    /** A template or person row, never a placeholder. */
    private ObjectNode done() {
        List<String> labels = List.of(Origin.TEMPLATE.label(), Origin.PERSON.label());
        return nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.ENUM, nodes.strings(labels));
    }

    private ObjectNode constant(String value) {
        return nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, value);
    }

    private static String label(Slot slot) {
        return slot.label() == null ? slot.slot() : slot.label();
    }

    private static String bounds(Slot slot) {
        String min = slot.min() == null ? "" : ", at least " + slot.min();
        return min + (slot.max() == null ? "" : ", at most " + slot.max());
    }
}
