package org.zhibiao.schema;

import java.util.List;
import java.util.Objects;
import org.zhibiao.model.Form;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.SchemaIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Narrows the generic declaration schema to one resolved template: the template pin as a const,
 * the tables picked by name, each with its own row rules, and the form's vocabularies.
 */
final class TemplateSchemas {
    private final Nodes nodes;

    TemplateSchemas(Nodes nodes) {
        this.nodes = nodes;
    }

    static String id(Template template) {
        return SchemaIds.forTemplate(template.reference());
    }

    ObjectNode narrow(ObjectNode declaration, Template resolved) {
        Form form = Objects.requireNonNull(resolved.form(), "a resolved template has a form");
        String title = resolved.title() == null ? Texts.title("Declaration") : resolved.title();
        nodes.put(declaration, Keyword.ID, nodes.draft().id(id(resolved)));
        nodes.put(declaration, Keyword.TITLE, title);
        nodes.put(
                declaration,
                Keyword.DESCRIPTION,
                title + "（模板 " + resolved.reference() + "） / performance-target declaration for template "
                        + resolved.reference());
        ObjectNode properties = nodes.child(declaration, Keyword.PROPERTIES);
        ObjectNode pin = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, resolved.reference());
        properties.set("template", copyTexts(properties.get("template"), pin));
        properties.set("tables", copyTexts(properties.get("tables"), tables(resolved)));
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
    private ObjectNode tables(Template resolved) {
        ObjectNode tables = nodes.typed(Keyword.TYPE_ARRAY);
        ObjectNode table = nodes.typed(Keyword.TYPE_OBJECT);
        nodes.put(table, Keyword.TITLE, "指标表");
        ObjectNode properties = nodes.child(table, Keyword.PROPERTIES);
        List<String> names =
                resolved.form().tables().stream().map(TableDef::name).toList();
        ObjectNode name = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.ENUM, nodes.strings(names));
        nodes.put(name, Keyword.TITLE, "表名");
        nodes.put(name, Keyword.ERROR_MESSAGE, "表名应为以下之一：" + String.join("、", names));
        properties.set("name", name);
        properties.set("rows", nodes.typed(Keyword.TYPE_ARRAY));
        nodes.list(table, Keyword.REQUIRED).add("name").add("rows");
        nodes.put(table, Keyword.ADDITIONAL_PROPERTIES, false);
        ArrayNode each = nodes.list(table, Keyword.ALL_OF);
        ArrayNode present = nodes.array();
        for (TableDef def : resolved.form().tables()) {
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
