package org.zhibiao.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.shape.StageForms;
import org.zhibiao.yaml.DocumentType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writer of the schemas as files: {@code <kind>-<draft>.json} for every document kind and draft
 * ({@code declaration-2020-12.json}, {@code declaration-7.json} …), and
 * {@code templates/<id>@<version>-<draft>.json} for every built-in template's declarations, and
 * {@code templates/<id>@<version>-<stage>-<draft>.json} for its monitoring and self-evaluation forms, and a
 * {@code catalog.json} that lists them. The build runs {@link #main} to put them under
 * {@code schema/target/schemas/}.
 */
public final class SchemaFiles {
    /** The SchemaStore catalogue's name in a store. */
    public static final String CATALOG = "catalog.json";

    private SchemaFiles() {}

    /** Writes every schema into {@code directory} (atomically per file) and lists what it wrote. */
    public static List<Path> write(Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : store().entrySet()) {
            written.add(write(directory.resolve(file.getKey()), file.getValue()));
        }
        return written;
    }

    /**
     * A schema store, by relative path: every document kind's schema and every built-in template's
     * declaration schema in both drafts, and {@code catalog.json} (SchemaStore's catalogue format)
     * that lists them with the file names they are meant for. {@code zhibiao schema --all -o DIR}
     * writes it.
     */
    public static Map<String, String> store() {
        return store(Catalogue.builtIn());
    }

    /** The schema store of {@code catalogue}'s templates (the built-in one and an operator's folders). */
    public static Map<String, String> store(Catalogue catalogue) {
        SchemaExporter exporter = new SchemaExporter();
        Map<String, String> files = new LinkedHashMap<>();
        ObjectNode catalog = Json.MAPPER.createObjectNode();
        catalog.put("$schema", "https://json.schemastore.org/schema-catalog.json");
        catalog.put("version", 1);
        ArrayNode schemas = catalog.putArray("schemas");
        for (DocumentType kind : DocumentType.values()) {
            for (Draft draft : Draft.values()) {
                files.put(name(kind, draft), exporter.generic(kind, draft));
            }
            schemas.add(entry(
                    "zhibiao " + kind.kind(),
                    Texts.description(kind.modelClass().getSimpleName()),
                    "*." + kind.kind(),
                    draft -> name(kind, draft)));
        }
        for (Template template : catalogue.templates()) {
            Result<Template> resolved = catalogue.resolve(template.reference());
            if (resolved.value() == null) {
                throw new IllegalStateException(template.reference() + ": " + resolved.diagnostics());
            }
            for (Draft draft : Draft.values()) {
                files.put(name(template, draft), exporter.forTemplate(resolved.value(), draft));
            }
            String title = resolved.value().title() == null
                    ? template.reference()
                    : resolved.value().title();
            String stem = "*." + template.id().replace('/', '-');
            schemas.add(entry(
                    "zhibiao declaration " + template.reference(),
                    Text.SCHEMA_CATALOG_DECLARATION.format(Lang.ZH, title),
                    stem,
                    draft -> name(template, draft)));
            for (Stage stage : Stage.values()) {
                for (Draft draft : Draft.values()) {
                    files.put(name(template, stage, draft), exporter.forTemplate(resolved.value(), stage, draft));
                }
                schemas.add(entry(
                        "zhibiao " + stage.label() + " " + template.reference(),
                        Text.SCHEMA_CATALOG_STAGE.format(
                                Lang.ZH, StageForms.of(resolved.value(), stage).title(), template.reference()),
                        stem + "-" + stage.label(),
                        draft -> name(template, stage, draft)));
            }
        }
        files.put(CATALOG, Json.print(catalog));
        return files;
    }

    /**
     * One catalogue entry. {@code url} is the draft-7 file, relative to the catalogue (what
     * editors read best); {@code versions} names both drafts' files.
     */
    private static ObjectNode entry(String name, String description, String stem, Function<Draft, String> file) {
        ObjectNode entry = Json.MAPPER.createObjectNode();
        entry.put("name", name);
        entry.put("description", description);
        ArrayNode match = entry.putArray("fileMatch");
        for (String extension : List.of(".yaml", ".yml", ".json")) {
            match.add(stem + extension);
        }
        entry.put("url", file.apply(Draft.DRAFT_7));
        ObjectNode versions = entry.putObject("versions");
        for (Draft draft : Draft.values()) {
            versions.put(draft.label(), file.apply(draft));
        }
        return entry;
    }

    /** {@code templates/hubei/public-security@2024.1-2020-12.json}. */
    public static String name(Template template, Draft draft) {
        return "templates/" + template.reference() + "-" + draft.label() + ".json";
    }

    /**
     * {@code templates/hubei/public-security@2024.1-monitoring-7.json}: a stage's form; the
     * declaration's name when {@code stage} is null.
     */
    public static String name(Template template, Stage stage, Draft draft) {
        return stage == null
                ? name(template, draft)
                : "templates/" + template.reference() + "-" + stage.label() + "-" + draft.label() + ".json";
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        return Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code declaration-2020-12.json}. */
    public static String name(DocumentType kind, Draft draft) {
        return kind.kind() + "-" + draft.label() + ".json";
    }

    /** {@code java org.zhibiao.schema.SchemaFiles DIRECTORY}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SchemaFiles DIRECTORY");
        }
        write(Path.of(args[0]));
    }
}
