package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/**
 * Reads a template (or library) file from disk in whichever source format its name says.
 * Groovy is touched only for a {@code .groovy} name, through {@link GroovyFiles}, so that the
 * Groovy runtime stays off the class path of every other run (DESIGN.md, no Groovy on the hot path).
 */
final class TemplateFiles {

    private TemplateFiles() {}

    static boolean isGroovy(Path path) {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".groovy");
    }

    static Result<Template> read(Path path) {
        Result<Object> read = readDocument(path);
        if (read.value() != null && !(read.value() instanceof Template)) {
            Diagnostics out = new Diagnostics();
            out.add(Problem.WRONG_DOCUMENT.at(
                    Position.of(path.toString(), 1, 1),
                    new Object[] {Text.WORD_TEMPLATE.format(Lang.ZH), "kind: template"},
                    new Object[] {Text.WORD_TEMPLATE.format(Lang.EN), "kind: template"}));
            return Result.of(null, out);
        }
        return new Result<>((Template) read.value(), read.diagnostics());
    }

    /** A template or library, from YAML, JSON or Groovy; {@code -} is YAML or JSON from standard input. */
    static Result<Object> readDocument(Path path) {
        if (isGroovy(path)) {
            return GroovyFiles.read(path);
        }
        Diagnostics out = new Diagnostics();
        byte[] bytes = Inputs.bytes(path, out);
        return bytes == null ? Result.of(null, out) : Documents.read(Inputs.name(path), bytes);
    }
}
