package org.zhibiao.yaml;

import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Stage;

/**
 * The {@code $id}s of zhibiao's JSON Schemas: identifiers, not download addresses (nothing is
 * served there), so no document names them for an editor to load. An editor gets the schema from
 * a file: {@code zhibiao new -o FILE} writes it beside the declaration and names it by relative
 * path, and {@code zhibiao schema --all -o DIR} writes a schema store.
 */
public final class SchemaIds {

    public static final String BASE = "https://zhibiao.org/schema/2024/";

    private SchemaIds() {}

    /** The generic schema of one document kind, e.g. {@code …/declaration.json}. */
    public static String generic(DocumentType type) {
        return BASE + type.kind() + ".json";
    }

    /**
     * The first line of a declaration printed without a schema file beside it (to stdout): how to
     * get one. A comment, not a {@code $schema} line, so that no editor is sent to an address that
     * does not resolve.
     */
    public static String hint(String reference) {
        return hint(reference, null);
    }

    /** As {@link #hint(String)}, for a form of {@code stage}: the command names the stage's schema. */
    public static String hint(String reference, Stage stage) {
        // no "yaml-language-server:" in it: the language server reads that anywhere in a comment
        return Text.SCHEMA_EDITOR_HINT.format(
                Lang.ZH, stage == null ? reference : reference + " --stage " + stage.label());
    }

    /** The schema of declarations of one template, e.g. {@code …/templates/hubei/public-security-2024.1.json}. */
    public static String forTemplate(String reference) {
        return BASE + "templates/" + reference.replace('@', '-') + ".json";
    }

    /**
     * The schema of one template's form of a later stage, e.g.
     * {@code …/templates/hubei/public-security-2024.1-monitoring.json}: the declaration's schema
     * with the tables that stage carries and the columns it adds.
     */
    public static String forStage(String reference, Stage stage) {
        return BASE + "templates/" + reference.replace('@', '-') + "-" + stage.label() + ".json";
    }
}
