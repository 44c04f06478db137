package org.zhibiao.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Template;

/**
 * Writer of the schemas as files: {@code <kind>-<draft>.json} for every document kind and draft
 * ({@code declaration-2020-12.json}, {@code declaration-7.json} …), and
 * {@code templates/<id>@<version>-<draft>.json} for every built-in template. The build runs
 * {@link #main} to put them under {@code schema/target/schemas/}.
 */
public final class SchemaFiles {
    private SchemaFiles() {
    }

    /** Writes every schema into {@code directory} (atomically per file) and lists what it wrote. */
    public static List<Path> write(Path directory) throws IOException {
        SchemaExporter exporter = new SchemaExporter();
        List<Path> written = new ArrayList<>();
        for (Draft draft : Draft.values()) {
            for (DocumentKind kind : DocumentKind.values()) {
                written.add(write(directory.resolve(name(kind, draft)), exporter.generic(kind, draft)));
            }
            for (Template template : Catalogue.builtIn().templates()) {
                Result<Template> resolved = Catalogue.builtIn().resolve(template.reference());
                if (resolved.value() == null) {
                    throw new IllegalStateException(template.reference() + ": " + resolved.diagnostics());
                }
                written.add(write(directory.resolve(name(template, draft)), exporter.forTemplate(resolved.value(), draft)));
            }
        }
        return written;
    }

    /** {@code templates/hubei/public-security@2024.1-2020-12.json}. */
    public static String name(Template template, Draft draft) {
        return "templates/" + template.reference() + "-" + draft.label() + ".json";
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        return Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code declaration-2020-12.json}. */
    public static String name(DocumentKind kind, Draft draft) {
        return kind.key() + "-" + draft.label() + ".json";
    }

    /** {@code java org.zhibiao.schema.SchemaFiles DIRECTORY}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SchemaFiles DIRECTORY");
        }
        write(Path.of(args[0]));
    }
}
