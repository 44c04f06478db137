package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;

/** Reads a template file from disk in whichever source format its name says. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    static Result<Template> read(Path path) {
        Diagnostics out = new Diagnostics();
        byte[] bytes = Documents.load(path, out);
        if (bytes == null) {
            return Result.of(null, out);
        }
        return Documents.readTemplate(path.toString(), bytes);
    }
}
