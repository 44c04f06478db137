package org.zhibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.schema.Draft;
import org.zhibiao.schema.SchemaExporter;
import org.zhibiao.schema.SchemaFiles;
import org.zhibiao.schema.StoredSchemas;
import org.zhibiao.yaml.Documents;

/**
 * A template's declaration schema written beside a declaration file, in
 * {@code .zhibiao/schemas/} (the layout of {@code zhibiao schema --all -o DIR}), so that the
 * declaration's {@code # yaml-language-server: $schema=} line names it by relative path and an
 * editor completes and validates offline (issue 17). Draft 7: what yaml-language-server and
 * VS Code read.
 *
 * @param file where the schema goes
 * @param relative the path the modeline names, relative to the declaration, with {@code /}
 * @param text the schema
 */
record SchemaBeside(Path file, String relative, String text) {
    static final String FOLDER = ".zhibiao/schemas/";
    static final Draft DRAFT = Draft.DRAFT_7;

    static SchemaBeside of(Path declaration, Template resolved) {
        return of(declaration, resolved, null);
    }

    /** The schema of {@code resolved}'s form of {@code stage} (the declaration's when null) beside {@code document}. */
    static SchemaBeside of(Path document, Template resolved, Stage stage) {
        String name = SchemaFiles.name(resolved, stage, DRAFT);
        String relative = FOLDER + name;
        Path folder = document.toAbsolutePath().getParent();
        return new SchemaBeside(folder.resolve(relative), relative, text(name, resolved, stage));
    }

    /**
     * A built-in template's schema comes from the jar (no generator on the start-up path); any
     * other template's, or a built-in id that an operator's catalogue redefines, is generated.
     */
    private static String text(String name, Template resolved, Stage stage) {
        Template builtIn = Catalogue.builtIn().resolve(resolved.reference()).value();
        String stored = resolved.equals(builtIn) ? StoredSchemas.read(name) : null;
        return stored != null ? stored : new SchemaExporter().forTemplate(resolved, stage, DRAFT);
    }

    /**
     * Writes a YAML declaration to {@code output} with its template's schema beside it, named in
     * its first line (issue 17), as {@code new -o} and {@code upgrade -o} write one: the schema is
     * written first and removed again if the declaration cannot be. An existing {@code output} is
     * refused without {@code force}. Null when done, else why not. A monitoring or
     * self-evaluation form gets its stage's schema, which has that form's tables and columns.
     */
    static Diagnostic writeDeclaration(
            Path output, Declaration declaration, Template resolved, boolean force, PrintWriter out) {
        if (!force && Files.exists(output)) {
            return Problem.OUTPUT_EXISTS.at(Position.of(output.toString(), 1, 1), output);
        }
        SchemaBeside schema = of(output, resolved, declaration.stage());
        boolean created = !Files.exists(schema.file());
        Diagnostic failed = schema.write(force);
        if (failed == null) {
            failed = Output.write(output, Documents.toYaml(declaration, schema.relative()), force, out);
            if (failed != null && created) {
                schema.undo();
            }
        }
        return failed;
    }

    /** Whether the file is there already with this text, and is left as it is. */
    boolean present() {
        try {
            return Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Writes the schema unless it is there already; another text there (another zhibiao's schema
     * of the same template version) is replaced only with {@code --force}. Null when done.
     */
    Diagnostic write(boolean force) {
        return present() ? null : Output.write(file, text, force, new PrintWriter(PrintWriter.nullWriter()));
    }

    /** Removes the schema again when the declaration it was written for could not be. */
    void undo() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort: a schema file left alone harms nothing
        }
    }
}
