package org.zhibiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * Finds what the user named: a built-in template id ({@code hubei/public-security@2024.1}) or a
 * template file, and the files a command reads. Remembers whether anything failed at the reading
 * stage, which is what decides between exit code 2 (unusable input) and 1 (findings).
 */
final class Inputs {

    final List<Diagnostic> diagnostics = new ArrayList<>();
    boolean unusable;
    Catalogue catalogue = Catalogue.builtIn();
    /** Checker rules a Groovy template wrote as closures; empty for YAML and built-in templates. */
    List<org.zhibiao.check.Rule> rules = List.of();

    /** The resolved template, or null after recording why not. */
    Template template(String spec) {
        Path path = Path.of(spec);
        boolean looksLikeFile = spec.endsWith(".yaml") || spec.endsWith(".yml") || spec.endsWith(".json")
                || spec.endsWith(".groovy");
        if (looksLikeFile || (!catalogue.has(spec) && Files.isRegularFile(path))) {
            Template written = readTemplateFile(path);
            if (written == null) {
                return null;
            }
            catalogue = catalogue.with(written);
            return resolved(catalogue.resolve(written.reference()));
        }
        Result<Template> resolved = catalogue.resolve(spec);
        if (resolved.value() == null && !catalogue.has(spec)) {
            unusable = true;
        }
        return resolved(resolved);
    }

    private Template readTemplateFile(Path path) {
        if (TemplateFiles.isGroovy(path)) {
            var scripted = GroovyFiles.readScripted(path);
            diagnostics.addAll(scripted.diagnostics());
            if (scripted.value() == null) {
                unusable = true;
                return null;
            }
            rules = scripted.value().rules();
            return scripted.value().template();
        }
        Result<Template> read = TemplateFiles.read(path);
        diagnostics.addAll(read.diagnostics());
        if (read.value() == null) {
            unusable = true;
        }
        return read.value();
    }

    private Template resolved(Result<Template> result) {
        diagnostics.addAll(result.diagnostics());
        return result.value();
    }

    /** A document file of the expected kind, or null (unusable) after recording why not. */
    <T extends Record> T read(Path path, Class<T> type) {
        Diagnostics out = new Diagnostics();
        byte[] bytes = Documents.load(path, out);
        Result<T> read = bytes == null ? Result.of(null, out) : Documents.read(path.toString(), bytes, type);
        diagnostics.addAll(read.diagnostics());
        if (read.value() == null) {
            unusable = true;
        }
        return read.value();
    }

    boolean hasErrors() {
        return Console.hasErrors(diagnostics);
    }
}
