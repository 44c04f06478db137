package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.model.Template;
import org.zhibiao.schema.DocumentKind;
import org.zhibiao.schema.Draft;
import org.zhibiao.schema.SchemaExporter;
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
 * resolved template (its tables, 一级/二级 names, rows, vocabularies and 指标值 patterns).
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print a JSON Schema: the generic schema of a document kind,"
            + " or with --template the schema of one template's declarations."},
        footer = ExitCode.HELP)
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Subject subject;

    @Option(names = "--draft", paramLabel = "2020-12|7", defaultValue = "2020-12", converter = DraftConverter.class,
            description = "JSON Schema draft: 2020-12 (default) or 7.")
    Draft draft;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout (- is stdout).")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    @Mixin
    CatalogueOption catalogueOption;

    @Mixin
    LangOption lang;

    /** Exactly one of: a document kind, or a template. */
    static final class Subject {
        @Parameters(paramLabel = "KIND", converter = KindConverter.class,
                description = "declaration, template, library or profile.")
        DocumentKind kind;

        @Option(names = "--template", paramLabel = "TEMPLATE",
                description = "Built-in template id (hubei/public-security, optionally @version) or a template file.")
        String template;
    }

    @Override
    public Integer call() {
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
            text = exporter.forTemplate(resolved, draft);
        }
        Diagnostic failed = Output.write(output, text, force, spec.commandLine().getOut());
        if (failed != null) {
            Console.print(spec.commandLine().getErr(), List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    static final class KindConverter implements ITypeConverter<DocumentKind> {
        @Override
        public DocumentKind convert(String value) {
            DocumentKind kind = DocumentKind.fromKey(value.toLowerCase(java.util.Locale.ROOT));
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
