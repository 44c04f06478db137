package org.zhibiao.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The keywords each draft defines (from its specification and meta-schemas), and a walk over a
 * schema that lists every key in a schema position that is not one of them.
 */
final class Vocabulary {
    private static final Set<String> COMMON = Set.of(
            "$schema",
            "$id",
            "$ref",
            "$comment",
            "title",
            "description",
            "default",
            "examples",
            "readOnly",
            "writeOnly",
            "type",
            "enum",
            "const",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "items",
            "maxItems",
            "minItems",
            "uniqueItems",
            "contains",
            "maxProperties",
            "minProperties",
            "required",
            "properties",
            "patternProperties",
            "additionalProperties",
            "dependencies",
            "propertyNames",
            "if",
            "then",
            "else",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "format",
            "contentEncoding",
            "contentMediaType");
    /** Editor annotations (yaml-language-server, VS Code): no validator reads them. */
    static final Set<String> EDITOR = Set.of("patternErrorMessage", "errorMessage", "markdownDescription");

    private static final Map<Draft, Set<String>> EXTRA = Map.of(
            Draft.DRAFT_7, Set.of("definitions", "additionalItems"),
            Draft.DRAFT_2020_12,
                    Set.of(
                            "$defs",
                            "$anchor",
                            "$dynamicRef",
                            "$dynamicAnchor",
                            "$vocabulary",
                            "prefixItems",
                            "unevaluatedItems",
                            "unevaluatedProperties",
                            "minContains",
                            "maxContains",
                            "dependentRequired",
                            "dependentSchemas",
                            "contentSchema",
                            "deprecated"));
    private static final Set<String> SCHEMA_MAPS =
            Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");
    private static final Set<String> SCHEMAS = Set.of(
            "not",
            "if",
            "then",
            "else",
            "contains",
            "items",
            "additionalProperties",
            "additionalItems",
            "unevaluatedItems",
            "unevaluatedProperties",
            "propertyNames",
            "contentSchema");

    private Vocabulary() {}

    static List<String> unknownKeywords(String schema, Draft draft) {
        List<String> unknown = new ArrayList<>();
        walk(Json.MAPPER.readTree(schema), draft, "#", unknown);
        return unknown;
    }

    private static void walk(JsonNode schema, Draft draft, String at, List<String> unknown) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            if (!COMMON.contains(key) && !EXTRA.get(draft).contains(key) && !EDITOR.contains(key)) {
                unknown.add(at + "/" + key);
            }
            if (SCHEMA_MAPS.contains(key)) {
                value.properties().forEach(p -> walk(p.getValue(), draft, at + "/" + key + "/" + p.getKey(), unknown));
            } else if (SCHEMA_LISTS.contains(key) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), draft, at + "/" + key + "/" + i, unknown);
                }
            } else if (SCHEMAS.contains(key)) {
                walk(value, draft, at + "/" + key, unknown);
            }
        }
    }
}
