package org.zhibiao.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Result;
import org.zhibiao.groovy.GroovyReader;
import org.zhibiao.yaml.Documents;

/**
 * Reads one catalogue source file, whichever front end its extension names: at build time (by
 * {@link CatalogueBuilder} and the tests), and at run time for the operator's catalogue
 * directories ({@link CatalogueDirectory}). The only class of this module that names Groovy, and
 * only in the {@code .groovy} branches, so a run without a {@code .groovy} file loads no Groovy
 * class (DESIGN.md, no Groovy on the hot path).
 */
final class Sources {

    /**
     * What a script defines, with the rules a template wrote as closures.
     *
     * @param document the template or library
     * @param rules the template's closure rules; empty for a library
     */
    record Scripted(Object document, List<Rule> rules) {}

    private Sources() {}

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

    /** A YAML or JSON document, through the size limit of {@link Documents#load}. */
    static Result<Object> readData(Path file) {
        Diagnostics out = new Diagnostics();
        byte[] bytes = Documents.load(file, out);
        return bytes == null ? Result.of(null, out) : Documents.read(file.toString(), bytes);
    }

    /**
     * A script's template with its closure rules, or its library. Templates are what catalogue
     * directories mostly hold, so the script is first read as one; only a script that defines no
     * template is run again, as a library or for its errors (the compiled class is cached).
     */
    static Result<Scripted> readScripted(Path file) {
        GroovyReader reader = new GroovyReader();
        Result<GroovyReader.Scripted> scripted = reader.readScripted(file);
        if (scripted.value() != null) {
            return new Result<>(
                    new Scripted(scripted.value().template(), scripted.value().rules()), scripted.diagnostics());
        }
        Result<Object> read = reader.read(file);
        return new Result<>(read.get().map(d -> new Scripted(d, List.of())).orElse(null), read.diagnostics());
    }
}
