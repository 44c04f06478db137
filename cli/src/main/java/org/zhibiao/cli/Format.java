package org.zhibiao.cli;

import org.zhibiao.cli.render.CsvRenderer;
import org.zhibiao.model.Declaration;
import org.zhibiao.yaml.Documents;

/** The output formats of {@code zhibiao new}. */
enum Format {
    YAML,
    JSON,
    CSV;

    String render(Declaration declaration) {
        return switch (this) {
            case YAML -> Documents.toYaml(declaration);
            case JSON -> Documents.toJson(declaration);
            case CSV -> CsvRenderer.render(declaration);
        };
    }
}
