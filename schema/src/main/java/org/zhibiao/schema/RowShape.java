package org.zhibiao.schema;

import java.util.List;
import org.zhibiao.model.Column;
import org.zhibiao.model.ColumnType;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
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
        return switch (column) {
            case PREV2 -> "prev2";
            case PREV1 -> "prev1";
            case HALF_YEAR -> "halfYear";
            case FULL_YEAR -> "fullYear";
            default -> "target";
        };
    }

    static boolean history(ValueColumn column) {
        return column == ValueColumn.PREV1 || column == ValueColumn.PREV2;
    }

    /**
     * What a fixed template row must hold once its names match: its values follow its kind and
     * unit. The {@code then} of the row's {@code if}.
     */
    ObjectNode fixed(String level1, String level2, Inline row) {
        ObjectNode shape = nodes.object();
        nodes.put(shape, Keyword.TITLE, level1 + SEPARATOR + level2 + SEPARATOR + row.name());
        if (row.target() != null) {
            nodes.put(
                    shape,
                    Keyword.DESCRIPTION,
                    "默认指标值 " + row.target().print() + " / default target "
                            + row.target().print());
        }
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        properties.set("origin", done());
        for (ValueColumn column : table.valueColumns()) {
            Target value = column == ValueColumn.HALF_YEAR && row.halfYear() != null ? row.halfYear() : row.target();
            properties.set(key(column), value(row, value, column));
            if (!history(column)) {
                nodes.list(shape, Keyword.REQUIRED).add(key(column));
            }
        }
        return shape;
    }

    /** Under a 二级 of fixed rows only, the 三级 is one of them. */
    ObjectNode level3Allowed(String level2, List<String> fixed) {
        ObjectNode shape = nodes.object();
        nodes.child(shape, Keyword.PROPERTIES).set("level3", choice(fixed, "三级指标（" + level2 + "）"));
        nodes.list(shape, Keyword.REQUIRED).add("level3");
        return shape;
    }

    /**
     * The 二级 names allowed under one 一级: an enumeration, a pattern when a slot numbers its
     * 二级 ({@code 核心业务产出{n}}), or null (no rule) when a slot takes one 二级 per 职能.
     */
    ObjectNode level2Allowed(Level1 level1) {
        List<String> names = level1.children().stream().map(Level2::name).toList();
        if (names.isEmpty() || names.contains(Level2.PER_FUNCTION)) {
            return null;
        }
        String title = "二级指标（" + level1.name() + "）";
        if (names.stream().noneMatch(n -> n.contains(Level2.NUMBERED))) {
            return choice(names, title);
        }
        List<String> alternatives = names.stream()
                .map(n -> n.contains(Level2.NUMBERED) ? ValuePatterns.numbered(n) : "^" + ValuePatterns.escape(n) + "$")
                .map(p -> p.substring(1, p.length() - 1))
                .toList();
        ObjectNode node = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.TITLE, title);
        nodes.put(node, Keyword.PATTERN, "^(" + String.join("|", alternatives) + ")$");
        String shown = String.join(
                "、", names.stream().map(n -> n.replace(Level2.NUMBERED, "N")).toList());
        nodes.put(node, Keyword.PATTERN_ERROR_MESSAGE, "“" + level1.name() + "”下的二级指标应为：" + shown + "（N 为编号 1、2、3……）");
        return node;
    }

    /**
     * When a row is the department's own in a slot's 二级: its 三级 is none of the fixed rows and
     * it is not a row still to fill.
     */
    ObjectNode slotMatch(String level1, String level2, List<String> siblings, List<String> fixed) {
        ObjectNode shape = under(level1, level2(level2, siblings));
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        if (!fixed.isEmpty()) {
            properties.set(
                    "level3",
                    nodes.put(
                            nodes.object(),
                            Keyword.NOT,
                            nodes.put(nodes.object(), Keyword.ENUM, nodes.strings(fixed))));
        }
        properties.set("origin", nodes.put(nodes.object(), Keyword.NOT, constant(Origin.TO_FILL.label())));
        return shape;
    }

    /** A row the department wrote into a slot: free 三级 name, any non-empty values. */
    ObjectNode slot(String level1, String level2, List<Slot> slots, boolean tagged) {
        ObjectNode shape = nodes.object();
        List<String> labels = slots.stream().map(RowShape::label).toList();
        nodes.put(shape, Keyword.TITLE, level1 + SEPARATOR + level2 + SEPARATOR + String.join("、", labels));
        nodes.put(
                shape,
                Keyword.DESCRIPTION,
                String.join("、", labels) + " / the department's own indicator for slot "
                        + String.join(
                                ", ",
                                slots.stream().map(s -> s.slot() + bounds(s)).toList()));
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        properties.set("origin", done());
        properties.set("level3", nodes.text()); // next to its `required`, for ajv's strictRequired
        nodes.list(shape, Keyword.REQUIRED).add("level3");
        if (tagged) {
            properties.set("slot", choice(slots.stream().map(Slot::slot).toList(), "模板槽位"));
            nodes.list(shape, Keyword.REQUIRED).add("slot");
        }
        for (ValueColumn column : table.valueColumns()) {
            if (!history(column)) {
                // defined next to its `required` for ajv's strictRequired, which looks no further
                properties.set(key(column), nodes.text());
                nodes.list(shape, Keyword.REQUIRED).add(key(column));
            }
        }
        return shape;
    }

    /** When a row is still to fill ({@code origin: todo}), of one slot or (null) of any. */
    ObjectNode todoMatch(String slot) {
        ObjectNode shape = nodes.typed(Keyword.TYPE_OBJECT);
        ObjectNode properties = nodes.child(shape, Keyword.PROPERTIES);
        properties.set("origin", constant(Origin.TO_FILL.label()));
        nodes.list(shape, Keyword.REQUIRED).add("origin");
        if (slot != null) {
            properties.set("slot", constant(slot));
            nodes.list(shape, Keyword.REQUIRED).add("slot");
        }
        return shape;
    }

    /** A row still to fill names one of the table's slots. */
    ObjectNode todoSlot(List<String> slots) {
        ObjectNode shape = nodes.object();
        nodes.child(shape, Keyword.PROPERTIES).set("slot", choice(slots, "模板槽位"));
        nodes.list(shape, Keyword.REQUIRED).add("slot");
        return shape;
    }

    /** Where a slot's rows still to fill sit: under the slot's 一级 and 二级. */
    ObjectNode todo(String level1, String level2, List<String> siblings, Slot slot) {
        ObjectNode shape = under(level1, level2(level2, siblings));
        shape.remove(nodes.key(Keyword.TYPE));
        nodes.put(shape, Keyword.TITLE, level1 + SEPARATOR + level2 + SEPARATOR + "待填 / to do");
        nodes.put(shape, Keyword.DESCRIPTION, label(slot) + "（待填） / slot " + slot.slot() + " still to fill");
        return shape;
    }

    /**
     * A closed list of names, with the Chinese message editors show for a value outside it
     * (yaml-language-server and VS Code print {@code errorMessage} instead of their English list).
     */
    ObjectNode choice(List<String> values, String title) {
        ObjectNode node = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.ENUM, nodes.strings(values));
        nodes.put(node, Keyword.TITLE, title);
        String list = String.join("、", values);
        nodes.put(node, Keyword.ERROR_MESSAGE, title + "应为以下之一：" + list);
        nodes.put(node, Keyword.MARKDOWN_DESCRIPTION, "**" + title + "**，可选：" + list);
        return node;
    }

    /**
     * The property of a column the template declares beyond the tree and the value columns: a
     * choice its values, a number or 分值 a number (or the digits as text, as a CSV gives them),
     * anything else text. The title is the printed header, so forms and editors show the form's words.
     */
    ObjectNode declared(Column column) {
        String title = column.label();
        switch (column.kind()) {
            case CHOICE -> {
                if (!column.values().isEmpty()) {
                    return choice(column.values(), title);
                }
            }
            case NUMBER, POINTS -> {
                ObjectNode number = nodes.typed(Keyword.TYPE_NUMBER);
                if (column.kind() == ColumnType.POINTS) {
                    number.put("minimum", 0);
                }
                ObjectNode digits = nodes.put(
                        nodes.typed(Keyword.TYPE_STRING),
                        Keyword.PATTERN,
                        column.kind() == ColumnType.POINTS ? "^[0-9]+(\\.[0-9]+)?$" : "^-?[0-9]+(\\.[0-9]+)?$");
                ObjectNode either = nodes.object();
                nodes.list(either, Keyword.ANY_OF).add(number).add(digits);
                return nodes.put(either, Keyword.TITLE, title);
            }
            default -> {}
        }
        return nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.TITLE, title);
    }

    /** Rows under a slot's 二级 that are not fixed rows: what a slot's min and max count. */
    ObjectNode slotRows(
            String level1, String level2, List<String> siblings, Slot slot, List<String> fixed, boolean tagged) {
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
            ObjectNode numbered =
                    nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.PATTERN, ValuePatterns.numbered(name));
            return nodes.put(
                    numbered,
                    Keyword.PATTERN_ERROR_MESSAGE,
                    "二级指标应为“" + name.replace(Level2.NUMBERED, "N") + "”，N 为编号 1、2、3……");
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
            nodes.put(
                    node, Keyword.PATTERN, history(column) ? ValuePatterns.history(unit) : ValuePatterns.target(unit));
            nodes.put(node, Keyword.PATTERN_ERROR_MESSAGE, ValuePatterns.explain(row.name(), unit, history(column)));
            nodes.put(
                    node,
                    Keyword.MARKDOWN_DESCRIPTION,
                    ValuePatterns.hover(column.label(), unit, history(column), value));
        } else if (row.kind() != null || row.target() != null) {
            nodes.put(node, Keyword.NOT, nodes.put(nodes.object(), Keyword.PATTERN, ValuePatterns.quantityLike()));
            nodes.put(
                    node,
                    Keyword.ERROR_MESSAGE,
                    "“" + row.name() + "”是定性指标，指标值应为文字（如 健全、规范、" + "完全相符），不能是数字或“≥95%”这样的数量");
            nodes.put(
                    node,
                    Keyword.MARKDOWN_DESCRIPTION,
                    "**" + column.label() + "**（定性）：用文字写明，如 健全、规范"
                            + (value == null ? "" : "；模板默认 `" + value.print() + "`"));
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
