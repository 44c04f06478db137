package org.zhibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.schema.Draft;
import org.zhibiao.schema.SchemaExporter;
import org.zhibiao.schema.SchemaFiles;
import org.zhibiao.yaml.DocumentType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code zhibiao schema}: prints the JSON Schema of a document kind, or of the declarations of one
 * resolved template (its tables, 一级/二级 names, rows, vocabularies and 指标值 patterns), or with
 * {@code --stage} of that template's monitoring or self-evaluation form.
 */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Subject subject;

    /** With {@code --template}: the schema of that template's monitoring or self-evaluation form. */
    @Option(names = "--stage", paramLabel = "monitoring|self-evaluation")
    String stage;

    @Option(names = "--draft", paramLabel = "2020-12|7", defaultValue = "2020-12", converter = DraftConverter.class)
    Draft draft;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE|DIR")
    Path output;

    @Option(names = "--force")
    boolean force;

    @Mixin
    CatalogueOption catalogueOption;

    @Mixin
    LangOption lang;

    /** Exactly one of: a document kind, or a template. */
    static final class Subject {
        @Parameters(paramLabel = "KIND", converter = KindConverter.class)
        DocumentType kind;

        @Option(names = "--template", paramLabel = "TEMPLATE")
        String template;

        @Option(names = "--all")
        boolean all;
    }

    @Override
    public Integer call() {
        if (subject.all) {
            return writeStore();
        }
        Stage wanted = stage == null ? null : Stage.parse(stage).orElse(null);
        if (stage != null && (wanted == null || subject.template == null)) {
            Diagnostic misuse = wanted == null
                    ? Problem.USAGE_BAD_VALUE.at(Position.NONE, stage, "--stage", "monitoring, self-evaluation")
                    : Problem.SCHEMA_STAGE_NEEDS_TEMPLATE.at(Position.NONE);
            Console.print(spec.commandLine().getErr(), List.of(misuse), lang.lang);
            return ExitCode.USAGE;
        }
        SchemaExporter exporter = new SchemaExporter();
        String text;
        if (subject.kind != null) {
            text = exporter.generic(subject.kind, draft);
        } else {
            Catalogue catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
            if (catalogue == null) {
                return ExitCode.USAGE;
            }
            Inputs inputs = new Inputs(catalogue);
            Template resolved = inputs.template(subject.template);
            Console.print(spec.commandLine().getErr(), inputs.diagnostics, lang.lang);
            if (resolved == null) {
                return inputs.unusable ? ExitCode.USAGE : ExitCode.FINDINGS;
            }
            text = exporter.forTemplate(resolved, wanted, draft);
        }
        Diagnostic failed = Output.write(output, text, force, spec.commandLine().getOut());
        if (failed != null) {
            Console.print(spec.commandLine().getErr(), List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    /**
     * {@code --all -o DIR}: every file of the store, or none. A file already there with the same
     * text is left; with another text it is replaced only with {@code --force}, and without it
     * nothing is written.
     */
    private int writeStore() {
        PrintWriter err = spec.commandLine().getErr();
        if (output == null || Inputs.isStandard(output) || Files.isRegularFile(output)) {
            err.println(Text.SCHEMA_ALL_NEEDS_OUTPUT.format(lang.lang));
            err.flush();
            return ExitCode.USAGE;
        }
        Catalogue catalogue = catalogueOption.load(err, lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        Map<String, String> store = SchemaFiles.store(catalogue);
        List<Diagnostic> refused = new ArrayList<>();
        Map<Path, String> changed = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : store.entrySet()) {
            Path target = output.resolve(file.getKey());
            if (!same(target, file.getValue())) {
                if (Files.exists(target) && !force) {
                    refused.add(Problem.OUTPUT_EXISTS.at(Position.of(target.toString(), 1, 1), target));
                }
                changed.put(target, file.getValue());
            }
        }
        if (!refused.isEmpty()) {
            Console.print(err, refused, lang.lang);
            return ExitCode.USAGE;
        }
        for (Map.Entry<Path, String> file : changed.entrySet()) {
            Diagnostic failed = Output.write(
                    file.getKey(), file.getValue(), force, spec.commandLine().getOut());
            if (failed != null) {
                Console.print(err, List.of(failed), lang.lang);
                return ExitCode.USAGE;
            }
        }
        return ExitCode.OK;
    }

    private static boolean same(Path file, String text) {
        try {
            return Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    static final class KindConverter implements ITypeConverter<DocumentType> {
        @Override
        public DocumentType convert(String value) {
            DocumentType kind = DocumentType.ofKind(value.toLowerCase(Locale.ROOT));
            if (kind == null) {
                throw new TypeConversionException("declaration, template, library or profile expected, not " + value);
            }
            return kind;
        }
    }

    static final class DraftConverter implements ITypeConverter<Draft> {
        @Override
        public Draft convert(String value) {
            Draft draft = Draft.fromLabel(value);
            if (draft == null) {
                throw new TypeConversionException("2020-12 or 7 expected, not " + value);
            }
            return draft;
        }
    }
}
