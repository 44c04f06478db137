package org.zhibiao.yaml;

/**
 * The {@code $id}s of zhibiao's JSON Schemas: identifiers, not download addresses. Kept in the
 * core so that the skeleton's {@code yaml-language-server} line and the exported schema agree;
 * {@code zhibiao schema --template ID -o FILE} writes the file an editor maps the id to.
 */
public final class SchemaIds {

    public static final String BASE = "https://zhibiao.org/schema/2024/";

    private SchemaIds() {
    }

    /** The generic schema of one document kind, e.g. {@code …/declaration.json}. */
    public static String generic(DocumentType type) {
        return BASE + type.kind() + ".json";
    }

    /** The schema of declarations of one template, e.g. {@code …/templates/hubei/public-security-2024.1.json}. */
    public static String forTemplate(String reference) {
        return BASE + "templates/" + reference.replace('@', '-') + ".json";
    }
}
