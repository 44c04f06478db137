package org.zhibiao.schema;

import java.util.Iterator;
import java.util.Map;
import org.zhibiao.yaml.DocumentType;
import org.zhibiao.yaml.SchemaIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wraps a generated record schema as a document schema: {@code $schema}, absolute {@code $id},
 * zh/en title and description, and the document's first key {@code kind} as a required const.
 */
final class Documents {
    private Documents() {}

    static String id(DocumentType kind) {
        return SchemaIds.generic(kind);
    }

    static ObjectNode envelope(DocumentType kind, ObjectNode generated, Nodes nodes) {
        String type = kind.modelClass().getSimpleName();
        ObjectNode root = nodes.object();
        nodes.put(root, Keyword.SCHEMA, nodes.draft().metaSchema());
        nodes.put(root, Keyword.ID, nodes.draft().id(id(kind)));
        nodes.put(root, Keyword.TITLE, Texts.title(type));
        nodes.put(root, Keyword.DESCRIPTION, Texts.description(type));
        nodes.put(root, Keyword.TYPE, nodes.key(Keyword.TYPE_OBJECT));
        ObjectNode properties = nodes.child(root, Keyword.PROPERTIES);
        ObjectNode kindNode = nodes.put(nodes.typed(Keyword.TYPE_STRING), Keyword.CONST, kind.kind());
        nodes.put(kindNode, Keyword.TITLE, Texts.title("kind"));
        nodes.put(kindNode, Keyword.DESCRIPTION, Texts.description("kind"));
        properties.set("kind", kindNode);
        JsonNode generatedProperties = generated.get(nodes.key(Keyword.PROPERTIES));
        generatedProperties.properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
        nodes.list(root, Keyword.REQUIRED).add("kind");
        JsonNode required = generated.get(nodes.key(Keyword.REQUIRED));
        if (required != null) {
            required.forEach(nodes.list(root, Keyword.REQUIRED)::add);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = generated.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!root.has(e.getKey())) {
                root.set(e.getKey(), e.getValue());
            }
        }
        return root;
    }
}
