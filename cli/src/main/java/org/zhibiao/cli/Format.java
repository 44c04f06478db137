package org.zhibiao.cli;

import java.util.Locale;
import org.zhibiao.cli.render.CsvRenderer;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.yaml.Documents;

/** The output formats of {@code zhibiao new}. */
enum Format {
    YAML,
    JSON,
    CSV;

    /** The declaration in this format; CSV prints the template's columns, so it needs the template. */
    String render(Declaration declaration, Template template) {
        return switch (this) {
            case YAML -> Documents.toYaml(declaration);
            case JSON -> Documents.toJson(declaration);
            case CSV -> CsvRenderer.render(declaration, FormShape.of(template, declaration.stage()));
        };
    }

    /** The format a file name asks for by its extension, or null. */
    static Format byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        if (lower.endsWith(".json")) {
            return JSON;
        }
        return lower.endsWith(".csv") ? CSV : null;
    }
}
