package org.zhibiao.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A valid document with one thing broken, addressed by JSON pointer; values are YAML snippets. */
final class Mutation {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final JsonNode root;

    private Mutation(JsonNode root) {
        this.root = root;
    }

    static Mutation of(String yaml) {
        return new Mutation(YAML.readTree(yaml));
    }

    static String resource(String path) {
        try (InputStream in = Mutation.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Mutation set(String pointer, String yamlValue) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        JsonNode value = YAML.readTree(yamlValue);
        if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value);
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
        }
        return this;
    }

    Mutation remove(String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ArrayNode array) {
            array.remove(at.last().getMatchingIndex());
        } else {
            ((ObjectNode) parent).remove(at.last().getMatchingProperty());
        }
        return this;
    }

    String yaml() {
        return Json.MAPPER.writeValueAsString(root);
    }
}
