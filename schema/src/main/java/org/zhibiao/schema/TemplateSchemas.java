package org.zhibiao.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhibiao.model.Column;
import org.zhibiao.model.Form;
import org.zhibiao.model.Row;
import org.zhibiao.model.Stage;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.StageForms;
import org.zhibiao.shape.TableShape;
import org.zhibiao.yaml.SchemaIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Narrows the generic declaration schema to one resolved template: the template pin as a const,
 * the tables picked by name, each with its own row rules, and the form's vocabularies; for a
 * monitoring or self-evaluation form, the tables and columns of that stage's form.
 */
final class TemplateSchemas {
    private final Nodes nodes;

    TemplateSchemas(Nodes nodes) {
        this.nodes = nodes;
    }

    static String id(Template template) {
        return SchemaIds.forTemplate(template.reference());
    }

    static String id(Template template, Stage stage) {
        return stage == null ? id(template) : SchemaIds.forStage(template.reference(), stage);
    }

    /**
     * The schema of {@code resolved}'s declarations, or with a {@code stage} of its form of that
     * stage: the same rows, in the tables the stage carries, with the columns it adds
     * ({@link FormShape#of(Template, Stage)}, the shape the stage's reader, writer and rules use),
     * and {@code stage} required to name it. Without this an editor marked every row of a
     * monitoring form against the declaration's schema.
     */
    ObjectNode narrow(ObjectNode declaration, Template resolved, Stage stage) {
        Form form = Objects.requireNonNull(resolved.form(), "a resolved template has a form");
        String reference = resolved.reference();
        String title = stage != null
                ? StageForms.of(resolved, stage).title()
                : resolved.title() == null ? Texts.title("Declaration") : resolved.title();
        String english = stage == null ? "performance-target declaration" : stage.label() + " form";
        nodes.put(declaration, Keyword.ID, nodes.draft().id(id(resolved, stage)));
        nodes.put(declaration, Keyword.TITLE, title);
        nodes.put(
                declaration,
                Keyword.DESCRIPTION,
                title + "（模板 " + reference + "） / " + english + " for template " + reference);
        ObjectNode properties = nodes.child(declaration, Keyword.PROPERTIES);
        ObjectNode pin = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, reference);
        properties.set("template", copyTexts(properties.get("template"), pin));
        properties.set("tables", copyTexts(properties.get("tables"), tables(resolved, FormShape.of(resolved, stage))));
        if (stage != null) {
            ObjectNode named = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, stage.label());
            properties.set("stage", copyTexts(properties.get("stage"), named));
            nodes.list(declaration, Keyword.REQUIRED).add("stage");
        }
        if (!form.projectCategories().isEmpty()) {
            ObjectNode project =
                    (ObjectNode) declaration.get(nodes.key(Keyword.DEFS)).get("Project");
            ObjectNode category =
                    (ObjectNode) project.get(nodes.key(Keyword.PROPERTIES)).get("category");
            nodes.put(category, Keyword.ENUM, nodes.strings(form.projectCategories()));
        }
        return declaration;
    }

    /**
     * The tables, one object per table picked by its {@code name} with {@code if}/{@code then}
     * (not a tuple): form generators draw {@code items} and skip {@code prefixItems}, and the
     * checker finds tables by name, in any order. {@code n} tables, each name among them: so each
     * name exactly once, in both drafts.
     */
    private ObjectNode tables(Template resolved, FormShape shape) {
        ObjectNode tables = nodes.typed(Keyword.TYPE_ARRAY);
        ObjectNode table = nodes.typed(Keyword.TYPE_OBJECT);
        nodes.put(table, Keyword.TITLE, "指标表");
        ObjectNode properties = nodes.child(table, Keyword.PROPERTIES);
        List<String> names = shape.tables().stream().map(TableShape::name).toList();
        ObjectNode name = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.ENUM, nodes.strings(names));
        nodes.put(name, Keyword.TITLE, "表名");
        nodes.put(name, Keyword.ERROR_MESSAGE, "表名应为以下之一：" + String.join("、", names));
        properties.set("name", name);
        properties.set("rows", nodes.typed(Keyword.TYPE_ARRAY));
        nodes.list(table, Keyword.REQUIRED).add("name").add("rows");
        nodes.put(table, Keyword.ADDITIONAL_PROPERTIES, false);
        ArrayNode each = nodes.list(table, Keyword.ALL_OF);
        ArrayNode present = nodes.array();
        for (TableShape shown : shape.tables()) {
            TableDef def = withShapeColumns(shown);
            ObjectNode named = nodes.typed(Keyword.TYPE_OBJECT);
            nodes.child(named, Keyword.PROPERTIES)
                    .set("name", nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, def.name()));
            nodes.list(named, Keyword.REQUIRED).add("name");
            ObjectNode rule = nodes.object();
            nodes.put(rule, Keyword.IF, named);
            nodes.put(rule, Keyword.THEN, new TableSchema(nodes, resolved.form(), def).build(resolved.indicators()));
            each.add(rule);
            present.add(nodes.put(nodes.typed(Keyword.TYPE_ARRAY), Keyword.CONTAINS, named.deepCopy()));
        }
        nodes.put(tables, Keyword.ITEMS, table);
        nodes.put(tables, Keyword.ALL_OF, present);
        nodes.put(tables, Keyword.MIN_ITEMS, names.size());
        return nodes.put(tables, Keyword.MAX_ITEMS, names.size());
    }

    /**
     * The table as its shape has it: the template's columns, then the ones a stage adds (执行情况,
     * 实际完成值, 得分 …), so each gets its row property like a declared column. The frame and the
     * form's vocabularies are row fields the row schema names itself.
     */
    private static TableDef withShapeColumns(TableShape shown) {
        TableDef def = shown.table();
        List<Column> columns = new ArrayList<>(def.columns());
        for (Column column : shown.columns()) {
            if (def.column(column.id()) == null && !Row.isField(column.id())) {
                columns.add(column);
            }
        }
        return columns.size() == def.columns().size()
                ? def
                : new TableDef(def.name(), def.title(), columns, def.keyWork(), def.level1(), def.pos());
    }

    /** Keeps the generic property's title and description on the narrowed one. */
    private ObjectNode copyTexts(JsonNode generic, ObjectNode narrowed) {
        for (Keyword keyword : new Keyword[] {Keyword.TITLE, Keyword.DESCRIPTION}) {
            JsonNode text = generic == null ? null : generic.get(nodes.key(keyword));
            if (text != null) {
                narrowed.set(nodes.key(keyword), text);
            }
        }
        return narrowed;
    }
}
