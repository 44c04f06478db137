package org.zhibiao.schema;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Form;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Slot;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.ValueColumn;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of one indicator table of a resolved template: its name, and its rows as
 * {@code oneOf} the row shapes the template allows (one per fixed row, one per slot, one for a
 * slot still to be filled), with the presence of fixed rows and slot minimums asserted by
 * {@code contains}.
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

    ObjectNode build(List<Level1> tree) {
        ObjectNode schema = nodes.typed(Keyword.TYPE_OBJECT);
        String title = table.title() == null ? table.name() : table.title();
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
        ArrayNode shapes = nodes.list(item, Keyword.ONE_OF);
        ArrayNode present = nodes.array();
        for (Level1 level1 : tree) {
            if (!table.shows(level1.name())) {
                continue;
            }
            for (Level2 level2 : level1.children()) {
                addShapes(level1, level2, shapes, present);
            }
        }
        nodes.put(rows, Keyword.ITEMS, item);
        if (!present.isEmpty()) {
            nodes.put(rows, Keyword.ALL_OF, present);
        }
        return rows;
    }

    private void addShapes(Level1 level1, Level2 level2, ArrayNode shapes, ArrayNode present) {
        List<String> fixed = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        for (Entry entry : level2.entries()) {
            if (entry instanceof Inline row) {
                fixed.add(row.name());
            } else if (entry instanceof Slot slot) {
                slots.add(slot);
            } else if (entry instanceof LibraryRef ref) {
                throw new IllegalArgumentException(
                        "template is not resolved: library reference " + ref.ref() + " left in " + level2.name());
            }
        }
        for (Entry entry : level2.entries()) {
            if (entry instanceof Inline row) {
                shapes.add(shape.fixed(level1.name(), level2.name(), row));
                present.add(contains(shape.identity(level1.name(), level2.name(), row.name()), 1, null));
            }
        }
        List<String> siblings = level1.children().stream().map(Level2::name).filter(n -> !n.equals(level2.name()))
                .toList();
        for (Slot slot : slots) {
            boolean tagged = slots.size() > 1;
            shapes.add(shape.slot(level1.name(), level2.name(), siblings, slot, fixed, tagged));
            shapes.add(shape.todo(level1.name(), level2.name(), siblings, slot));
            int min = slot.min() == null ? 0 : slot.min();
            if (min > 0 || slot.max() != null) {
                present.add(contains(shape.slotRows(level1.name(), level2.name(), siblings, slot, fixed, tagged),
                        min, slot.max()));
            }
        }
    }

    /** The common row: closed, with this table's columns and the form's vocabularies. */
    private ObjectNode base(List<Level1> tree) {
        ObjectNode item = nodes.typed(Keyword.TYPE_OBJECT);
        nodes.put(item, Keyword.TITLE, "指标行");
        ObjectNode properties = nodes.child(item, Keyword.PROPERTIES);
        List<String> level1 = tree.stream().map(Level1::name).filter(table::shows).toList();
        properties.set("level1", titled(enumOf(level1), "一级指标"));
        properties.set("level2", titled(nodes.text(), "二级指标"));
        if (table.hasKeyWork()) {
            properties.set("keyWork", titled(nodes.text(), "重点工作"));
        }
        properties.set("level3", titled(nodes.text(), "三级指标"));
        for (ValueColumn column : table.columns()) {
            properties.set(RowShape.key(column), titled(nodes.text(), column.label()));
        }
        properties.set("basis", titled(form.bases().isEmpty() ? nodes.text() : enumOf(form.bases()), "指标值确定依据"));
        properties.set("category", titled(form.categories().isEmpty() ? nodes.text() : enumOf(form.categories()),
                "指标分类"));
        properties.set("ref", titled(nodes.text(), "指标库条目"));
        List<String> origins = java.util.Arrays.stream(Origin.values()).map(Origin::label).toList();
        properties.set("origin", titled(enumOf(origins), "来源"));
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

    private ObjectNode enumOf(List<String> values) {
        return nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.ENUM, nodes.strings(values));
    }

    private ObjectNode titled(ObjectNode node, String title) {
        return nodes.put(node, Keyword.TITLE, title);
    }
}
