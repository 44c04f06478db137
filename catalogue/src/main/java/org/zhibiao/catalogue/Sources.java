package org.zhibiao.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhibiao.diag.Result;
import org.zhibiao.groovy.GroovyReader;
import org.zhibiao.yaml.Documents;

/**
 * Reads one catalogue source file, whichever front end its extension names. Used at build time
 * only (by {@link CatalogueBuilder} and the tests), which is why Groovy may appear here: the
 * run time reads the bundle and never loads this class.
 */
final class Sources {

    private Sources() {
    }

    static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file)
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".groovy"));
    }

    static Result<Object> read(Path file, String name) throws IOException {
        if (name.endsWith(".groovy")) {
            return new GroovyReader().read(name, Files.readString(file));
        }
        return Documents.read(name, Files.readAllBytes(file));
    }
}
