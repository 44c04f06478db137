package org.zhibiao.schema;

import java.util.Objects;
import org.zhibiao.model.Form;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Narrows the generic declaration schema to one resolved template: the template pin as a const,
 * the tables as a tuple in form order, each with its own row shapes, and the form's vocabularies.
 */
final class TemplateSchemas {
    private final Nodes nodes;

    TemplateSchemas(Nodes nodes) {
        this.nodes = nodes;
    }

    static String id(Template template) {
        return org.zhibiao.yaml.SchemaIds.forTemplate(template.reference());
    }

    ObjectNode narrow(ObjectNode declaration, Template resolved) {
        Form form = Objects.requireNonNull(resolved.form(), "a resolved template has a form");
        String title = resolved.title() == null ? Texts.title("Declaration") : resolved.title();
        nodes.put(declaration, Keyword.ID, id(resolved));
        nodes.put(declaration, Keyword.TITLE, title);
        nodes.put(declaration, Keyword.DESCRIPTION, title + "（模板 " + resolved.reference()
                + "） / performance-target declaration for template " + resolved.reference());
        ObjectNode properties = nodes.child(declaration, Keyword.PROPERTIES);
        ObjectNode pin = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, resolved.reference());
        properties.set("template", copyTexts(properties.get("template"), pin));
        properties.set("tables", copyTexts(properties.get("tables"), tables(resolved)));
        if (!form.projectCategories().isEmpty()) {
            ObjectNode project = (ObjectNode) declaration.get(nodes.key(Keyword.DEFS)).get("Project");
            ObjectNode category = (ObjectNode) project.get(nodes.key(Keyword.PROPERTIES)).get("category");
            nodes.put(category, Keyword.ENUM, nodes.strings(form.projectCategories()));
        }
        return declaration;
    }

    private ObjectNode tables(Template resolved) {
        ObjectNode tables = nodes.typed(Keyword.TYPE_ARRAY);
        ArrayNode tuple = nodes.array();
        for (TableDef table : resolved.form().tables()) {
            tuple.add(new TableSchema(nodes, resolved.form(), table).build(resolved.indicators()));
        }
        nodes.put(tables, Keyword.PREFIX_ITEMS, tuple);
        nodes.put(tables, Keyword.ITEMS_AFTER_PREFIX, false);
        nodes.put(tables, Keyword.MIN_ITEMS, tuple.size());
        return nodes.put(tables, Keyword.MAX_ITEMS, tuple.size());
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
