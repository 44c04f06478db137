package org.zhibiao.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writer of the generic schemas as files: {@code <kind>-<draft>.json} for every document kind and
 * draft ({@code declaration-2020-12.json}, {@code declaration-7.json} …). The build runs
 * {@link #main} to put them under {@code schema/target/schemas/}.
 */
public final class SchemaFiles {
    private SchemaFiles() {
    }

    /** Writes every generic schema into {@code directory} (atomically per file) and lists what it wrote. */
    public static List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        SchemaExporter exporter = new SchemaExporter();
        List<Path> written = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            for (Draft draft : Draft.values()) {
                Path file = directory.resolve(name(kind, draft));
                Path temp = directory.resolve("." + file.getFileName() + ".tmp");
                Files.writeString(temp, exporter.generic(kind, draft), StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(file);
            }
        }
        return written;
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
