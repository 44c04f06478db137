package org.zhibiao.schema;

import java.util.Objects;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.DocumentType;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exporter of JSON Schemas for zhibiao documents: the generic schema of each document kind,
 * generated from the model records, and the schema of a declaration for one resolved template.
 *
 * <pre>{@code
 * String schema = new SchemaExporter().generic(DocumentType.DECLARATION, Draft.DRAFT_2020_12);
 * String form = new SchemaExporter().forTemplate(resolved, Draft.defaultDraft());
 * }</pre>
 *
 * <p>Output is deterministic: the same model gives the same bytes (two-space indent, LF, final
 * newline). Schemas use only the chosen draft's own keywords.
 */
public final class SchemaExporter {

    /** The generic schema of a document kind, printed. */
    public String generic(DocumentType kind, Draft draft) {
        return Json.print(genericNode(kind, draft));
    }

    /** The schema of a declaration compiled from {@code resolved}, a template after resolution. */
    public String forTemplate(Template resolved, Draft draft) {
        return forTemplate(resolved, null, draft);
    }

    /**
     * The schema of {@code resolved}'s form of {@code stage} (monitoring, self-evaluation): the
     * declaration's, with the tables and columns of that stage's form; the declaration's when
     * {@code stage} is null.
     */
    public String forTemplate(Template resolved, Stage stage, Draft draft) {
        Objects.requireNonNull(resolved, "resolved");
        Nodes nodes = new Nodes(Objects.requireNonNull(draft, "draft"));
        return Json.print(
                new TemplateSchemas(nodes).narrow(genericNode(DocumentType.DECLARATION, draft), resolved, stage));
    }

    /** The absolute {@code $id} of a kind's generic schema, for {@code # yaml-language-server: $schema=}. */
    public static String id(DocumentType kind) {
        return Documents.id(Objects.requireNonNull(kind, "kind"));
    }

    /** The absolute {@code $id} of a template's declaration schema, e.g. {@code …/templates/hubei/x-2024.1.json}. */
    public static String id(Template template) {
        return TemplateSchemas.id(Objects.requireNonNull(template, "template"));
    }

    /** The absolute {@code $id} of a template's form of a stage; the declaration's when {@code stage} is null. */
    public static String id(Template template, Stage stage) {
        return TemplateSchemas.id(Objects.requireNonNull(template, "template"), stage);
    }

    private static ObjectNode genericNode(DocumentType kind, Draft draft) {
        Objects.requireNonNull(kind, "kind");
        Nodes nodes = new Nodes(Objects.requireNonNull(draft, "draft"));
        return Documents.envelope(kind, GenericSchemas.generate(kind, draft), nodes);
    }
}
