package org.zhibiao.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhibiao.diag.Result;
import org.zhibiao.yaml.Documents;

/** Reads one catalogue source file, whichever front end its extension names. */
final class Sources {

    private Sources() {
    }

    static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    static Result<Object> read(Path file, String name) throws IOException {
        return Documents.read(name, Files.readAllBytes(file));
    }
}
