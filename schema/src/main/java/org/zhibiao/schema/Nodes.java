package org.zhibiao.schema;

import java.util.Collection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes schema nodes for one draft, so that no keyword is ever typed as a string literal.
 * A keyword the draft lacks is silently left out (draft 7 has no {@code minContains}).
 */
final class Nodes {
    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    private final Draft draft;

    Nodes(Draft draft) {
        this.draft = draft;
    }

    Draft draft() {
        return draft;
    }

    String key(Keyword keyword) {
        return keyword.in(draft);
    }

    ObjectNode object() {
        return FACTORY.objectNode();
    }

    ArrayNode array() {
        return FACTORY.arrayNode();
    }

    ArrayNode strings(Collection<String> values) {
        ArrayNode out = FACTORY.arrayNode();
        values.forEach(out::add);
        return out;
    }

    /** A schema of the given type, e.g. {@code typed(TYPE_STRING)}. */
    ObjectNode typed(Keyword type) {
        return put(object(), Keyword.TYPE, key(type));
    }

    /** A non-empty string. */
    ObjectNode text() {
        return put(typed(Keyword.TYPE_STRING), Keyword.MIN_LENGTH, 1);
    }

    ObjectNode put(ObjectNode node, Keyword keyword, String value) {
        String name = key(keyword);
        if (name != null) {
            node.put(name, value);
        }
        return node;
    }

    ObjectNode put(ObjectNode node, Keyword keyword, int value) {
        String name = key(keyword);
        if (name != null) {
            node.put(name, value);
        }
        return node;
    }

    ObjectNode put(ObjectNode node, Keyword keyword, boolean value) {
        String name = key(keyword);
        if (name != null) {
            node.put(name, value);
        }
        return node;
    }

    ObjectNode put(ObjectNode node, Keyword keyword, JsonNode value) {
        String name = key(keyword);
        if (name != null) {
            node.set(name, value);
        }
        return node;
    }

    /** The object under {@code keyword}, created when missing. */
    ObjectNode child(ObjectNode node, Keyword keyword) {
        JsonNode existing = node.get(key(keyword));
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = object();
        node.set(key(keyword), created);
        return created;
    }

    /** The array under {@code keyword}, created when missing. */
    ArrayNode list(ObjectNode node, Keyword keyword) {
        JsonNode existing = node.get(key(keyword));
        if (existing instanceof ArrayNode array) {
            return array;
        }
        ArrayNode created = array();
        node.set(key(keyword), created);
        return created;
    }
}
