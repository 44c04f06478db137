package org.zhibiao.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.zhibiao.cli.office.OfficeFiles;
import org.zhibiao.cli.render.CsvRenderer;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.yaml.Documents;

/** The output formats of {@code zhibiao new}. */
enum Format {
    YAML,
    JSON,
    CSV,
    /** The Excel form (issue 15); a file, never standard output. */
    XLSX,
    /** The Word form (issue 15); a file, never standard output. */
    DOCX;

    /** The declaration in this format; CSV prints the template's columns, so it needs the template. */
    String render(Declaration declaration, Template template) {
        return switch (this) {
            case YAML -> Documents.toYaml(declaration);
            case JSON -> Documents.toJson(declaration);
            case CSV -> CsvRenderer.render(declaration, FormShape.of(template, declaration.stage()));
            case XLSX, DOCX -> throw new IllegalStateException(this + " is written with bytes()");
        };
    }

    /**
     * The file's bytes. Office files are made through {@link OfficeFiles}, so POI is loaded only
     * when one is written (StartupClassesTest).
     */
    byte[] bytes(Declaration declaration, Template template) {
        return switch (this) {
            case XLSX -> OfficeFiles.xlsx(declaration, template);
            case DOCX -> OfficeFiles.docx(declaration, template);
            default -> render(declaration, template).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The file extension, without the dot: {@code xlsx}. */
    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the format is a binary Office file, which standard output cannot take. */
    boolean office() {
        return this == XLSX || this == DOCX;
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
        if (lower.endsWith(".xlsx")) {
            return XLSX;
        }
        if (lower.endsWith(".docx")) {
            return DOCX;
        }
        return lower.endsWith(".csv") ? CSV : null;
    }

    /** The format a file asks for by its extension ({@code decl.xlsx}), or null. */
    static Format of(Path file) {
        return file == null || file.getFileName() == null
                ? null
                : byName(file.getFileName().toString());
    }
}
