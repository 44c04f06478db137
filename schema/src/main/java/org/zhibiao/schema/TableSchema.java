package org.zhibiao.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.model.Column;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Form;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;
import org.zhibiao.model.Slot;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.ValueColumn;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of one indicator table of a resolved template: its name, and its rows as one row
 * object whose {@code allOf} holds an {@code if}/{@code then} per row kind (the 二级 allowed under
 * each 一级, the 三级 allowed under each 二级, each fixed row's values, the department's slot rows,
 * the rows still to fill), with the presence of fixed rows and slot minimums asserted by
 * {@code contains}.
 *
 * <p>Why not {@code oneOf} the row shapes: a form generator (react-jsonschema-form) draws a
 * {@code oneOf} as a choice between all shapes, drew every row once per branch and reported every
 * failed branch; an {@code if} keyed on the row's own names picks the one rule that applies, so
 * a generator draws the row once and an error names one value.
 *
 * <p>A required 一级 adds no clause of its own: where the template gives it rows, their clauses
 * already demand them; where it gives only optional slots (min 0), the skeleton {@code zhibiao new}
 * writes has no row there, and asking for one is the checker's completeness rule
 * ({@code required-level1-empty}), like {@code todo-row}, not a matter of the document's shape.
 */
final class TableSchema {
    private final Nodes nodes;
    private final Form form;
    private final TableDef table;
    private final RowShape shape;

    TableSchema(Nodes nodes, Form form, TableDef table) {
        this.nodes = nodes;
        this.form = form;
        this.table = table;
        this.shape = new RowShape(nodes, table);
    }

    /** The table's title as a form prints it. */
    String title() {
        return table.title() == null ? table.name() : table.title();
    }

    ObjectNode build(List<Level1> tree) {
        ObjectNode schema = nodes.typed(Keyword.TYPE_OBJECT);
        String title = title();
        nodes.put(schema, Keyword.TITLE, title);
        nodes.put(schema, Keyword.DESCRIPTION, title + "（" + table.name() + "） / indicator table " + table.name());
        ObjectNode properties = nodes.child(schema, Keyword.PROPERTIES);
        properties.set("name", nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, table.name()));
        properties.set("rows", rows(tree));
        nodes.list(schema, Keyword.REQUIRED).add("name").add("rows");
        return nodes.put(schema, Keyword.ADDITIONAL_PROPERTIES, false);
    }

    private ObjectNode rows(List<Level1> tree) {
        ObjectNode rows = nodes.typed(Keyword.TYPE_ARRAY);
        nodes.put(rows, Keyword.TITLE, "指标行");
        nodes.put(rows, Keyword.DESCRIPTION, "指标行 / indicator rows, in form order");
        ObjectNode item = base(tree);
        ArrayNode rules = nodes.array();
        ArrayNode present = nodes.array();
        Map<String, ObjectNode> todo = new LinkedHashMap<>();
        for (Level1 level1 : tree) {
            if (!table.shows(level1.name())) {
                continue;
            }
            ObjectNode level2 = shape.level2Allowed(level1);
            if (level2 != null) {
                rules.add(when(
                        shape.under(level1.name(), null),
                        nodes.put(
                                nodes.object(),
                                Keyword.PROPERTIES,
                                nodes.object().set("level2", level2))));
            }
            for (Level2 child : level1.children()) {
                addRules(level1, child, rules, present, todo);
            }
        }
        if (!todo.isEmpty()) {
            rules.add(when(shape.todoMatch(null), shape.todoSlot(new ArrayList<>(todo.keySet()))));
            todo.forEach((slot, location) -> {
                if (location != null) {
                    rules.add(when(shape.todoMatch(slot), location));
                }
            });
        }
        if (!rules.isEmpty()) {
            nodes.put(item, Keyword.ALL_OF, rules);
        }
        nodes.put(rows, Keyword.ITEMS, item);
        if (!present.isEmpty()) {
            nodes.put(rows, Keyword.ALL_OF, present);
        }
        return rows;
    }

    private void addRules(
            Level1 level1, Level2 level2, ArrayNode rules, ArrayNode present, Map<String, ObjectNode> todo) {
        List<String> fixed = fixedRows(level1, level2, rules, present);
        List<Slot> slots = new ArrayList<>();
        for (Entry entry : level2.entries()) {
            if (entry instanceof Slot slot) {
                slots.add(slot);
            }
        }
        List<String> siblings = level1.children().stream()
                .map(Level2::name)
                .filter(n -> !n.equals(level2.name()))
                .toList();
        if (slots.isEmpty()) {
            if (!fixed.isEmpty()) {
                rules.add(when(
                        shape.under(
                                level1.name(),
                                nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, level2.name())),
                        shape.level3Allowed(level2.name(), fixed)));
            }
            return;
        }
        boolean tagged = slots.size() > 1;
        rules.add(when(
                shape.slotMatch(level1.name(), level2.name(), siblings, fixed),
                shape.slot(level1.name(), level2.name(), slots, tagged)));
        for (Slot slot : slots) {
            // a slot id used in two places cannot say where its rows to fill belong: no location rule
            todo.put(
                    slot.slot(),
                    todo.containsKey(slot.slot()) ? null : shape.todo(level1.name(), level2.name(), siblings, slot));
            int min = slot.min() == null ? 0 : slot.min();
            if (min > 0 || slot.max() != null) {
                present.add(contains(
                        shape.slotRows(level1.name(), level2.name(), siblings, slot, fixed, tagged), min, slot.max()));
            }
        }
    }

    /** The 二级's own rows, each required as the template has it; returns their names. */
    private List<String> fixedRows(Level1 level1, Level2 level2, ArrayNode rules, ArrayNode present) {
        List<String> fixed = new ArrayList<>();
        for (Entry entry : level2.entries()) {
            if (entry instanceof Inline row) {
                fixed.add(row.name());
                ObjectNode identity = shape.identity(level1.name(), level2.name(), row.name());
                rules.add(when(identity, shape.fixed(level1.name(), level2.name(), row)));
                present.add(contains(shape.identity(level1.name(), level2.name(), row.name()), 1, null));
            } else if (entry instanceof LibraryRef ref) {
                throw new IllegalArgumentException(
                        "template is not resolved: library reference " + ref.ref() + " left in " + level2.name());
            }
        }
        return fixed;
    }

    /** {@code {"if": condition, "then": consequence}}. */
    private ObjectNode when(ObjectNode condition, ObjectNode consequence) {
        ObjectNode rule = nodes.object();
        nodes.put(rule, Keyword.IF, condition);
        return nodes.put(rule, Keyword.THEN, consequence);
    }

    /** The common row: closed, with this table's columns and the form's vocabularies. */
    private ObjectNode base(List<Level1> tree) {
        ObjectNode item = nodes.typed(Keyword.TYPE_OBJECT);
        nodes.put(item, Keyword.TITLE, "指标行");
        ObjectNode properties = nodes.child(item, Keyword.PROPERTIES);
        List<String> level1 =
                tree.stream().map(Level1::name).filter(table::shows).toList();
        properties.set("level1", shape.choice(level1, "一级指标"));
        properties.set("level2", titled(nodes.text(), "二级指标"));
        if (table.hasKeyWork()) {
            properties.set("keyWork", titled(nodes.text(), "重点工作"));
        }
        properties.set("level3", titled(nodes.text(), "三级指标"));
        for (ValueColumn column : table.valueColumns()) {
            properties.set(RowShape.key(column), titled(nodes.text(), column.label()));
        }
        properties.set(
                "basis",
                form.bases().isEmpty() ? titled(nodes.text(), "指标值确定依据") : shape.choice(form.bases(), "指标值确定依据"));
        properties.set(
                "category",
                form.categories().isEmpty() ? titled(nodes.text(), "指标分类") : shape.choice(form.categories(), "指标分类"));
        for (Column column : table.columns()) {
            if (!Row.isField(column.id())) {
                properties.set(column.id(), shape.declared(column));
            }
        }
        properties.set("ref", titled(nodes.text(), "指标库条目"));
        List<String> origins = Arrays.stream(Origin.values()).map(Origin::label).toList();
        properties.set("origin", shape.choice(origins, "来源"));
        properties.set("slot", titled(nodes.text(), "模板槽位"));
        nodes.list(item, Keyword.REQUIRED).add("level1").add("level2");
        return nodes.put(item, Keyword.ADDITIONAL_PROPERTIES, false);
    }

    private ObjectNode contains(ObjectNode match, int min, Integer max) {
        ObjectNode clause = nodes.typed(Keyword.TYPE_ARRAY);
        nodes.put(clause, Keyword.CONTAINS, match);
        if (min != 1) {
            nodes.put(clause, Keyword.MIN_CONTAINS, min);
        }
        if (max != null) {
            nodes.put(clause, Keyword.MAX_CONTAINS, max);
        }
        if (nodes.key(Keyword.MIN_CONTAINS) == null && min == 0) {
            clause.remove(nodes.key(Keyword.CONTAINS)); // draft 7 cannot say "at most n"
        }
        return clause;
    }

    private ObjectNode titled(ObjectNode node, String title) {
        return nodes.put(node, Keyword.TITLE, title);
    }
}
