package org.zhibiao.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhibiao convert}: a template or library between YAML, JSON and Groovy (the model is the
 * same), and a declaration between YAML, JSON and CSV in its form's printed layout. The format to
 * write is {@code --to}, or the {@code -o} file's extension.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    /** The formats a document can be written in. */
    enum Target {
        YAML,
        JSON,
        GROOVY,
        CSV,
        /** The Excel form (issue 15); a file, never standard output. */
        XLSX,
        /** The Word form (issue 15); a file, never standard output. */
        DOCX;

        /** Whether the target is a declaration's printed form, which only a declaration has. */
        boolean printed() {
            return this == CSV || this == XLSX || this == DOCX;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--to", paramLabel = "yaml|json|groovy|csv|xlsx|docx")
    Target to;

    @Option(names = "--template", paramLabel = "TEMPLATE")
    String template;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE")
    Path output;

    @Option(names = "--force")
    boolean force;

    @Mixin
    CatalogueOption catalogueOption;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        Target target = to != null ? to : byExtension(output);
        if (target == null) {
            return usage(Problem.USAGE_CONVERT_TARGET.at(Position.NONE, ".yaml, .json, .csv, .xlsx, .docx, .groovy"));
        }
        if (PrintedFiles.isPrinted(file)) {
            return declaration(null, target);
        }
        Result<Object> read = TemplateFiles.readDocument(file);
        Console.print(spec.commandLine().getErr(), read.diagnostics(), lang.lang);
        if (read.value() == null) {
            return ExitCode.USAGE;
        }
        return read.value() instanceof Declaration declaration
                ? declaration(declaration, target)
                : templateOrLibrary(read.value(), target);
    }

    /** A template or library to YAML, JSON or Groovy: the same model in another notation. */
    private int templateOrLibrary(Object model, Target target) {
        if (!(model instanceof Template) && !(model instanceof Library)) {
            return usage(Problem.WRONG_DOCUMENT.at(
                    Position.of(Inputs.name(file), 1, 1),
                    new Object[] {Text.WORD_TEMPLATE_OR_LIBRARY.format(Lang.ZH), "kind: template / kind: library"},
                    new Object[] {Text.WORD_TEMPLATE_OR_LIBRARY.format(Lang.EN), "kind: template / kind: library"}));
        }
        if (target.printed()) {
            return usage(notForKind(Text.WORD_TEMPLATE_OR_LIBRARY, target, "yaml, json, groovy"));
        }
        if (model instanceof Template) {
            warnOfRulesLeftBehind(target);
        }
        String text =
                switch (target) {
                    case YAML -> Documents.toYaml(model);
                    case JSON -> Documents.toJson(model);
                    default -> GroovyFiles.write(model);
                };
        return write(text);
    }

    /** A Groovy template's checker rules are closures, which YAML and JSON cannot hold: said, not lost silently. */
    private void warnOfRulesLeftBehind(Target target) {
        if (!TemplateFiles.isGroovy(file)) {
            return;
        }
        var scripted = GroovyFiles.readScripted(file).value();
        if (scripted == null || scripted.rules().isEmpty()) {
            return;
        }
        String codes =
                String.join(", ", scripted.rules().stream().map(r -> r.code()).toList());
        Console.print(
                spec.commandLine().getErr(),
                List.of(Problem.RULES_NOT_CONVERTED.at(
                        Position.of(file.toString(), 1, 1), codes, target.name().toLowerCase(Locale.ROOT))),
                lang.lang);
    }

    /**
     * A declaration to YAML, JSON, CSV, xlsx or docx; {@code given} is null for one in a printed
     * layout (CSV, xlsx, xls), read here by {@code --template}'s columns or the template a workbook
     * records. A printed form is written by the columns of the operator's {@code --template}, else
     * of the catalogue template the declaration names — both through the one {@link Pipeline}.
     */
    private int declaration(Declaration given, Target target) {
        if (!writesDeclarations(target)) {
            return ExitCode.USAGE;
        }
        if (given != null && !target.printed()) {
            return write(given, target == Target.YAML ? schemaTemplate(given) : null, target);
        }
        Catalogue catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        Pipeline pipeline = new Pipeline(catalogue, template);
        Pipeline.Loaded loaded = given == null ? pipeline.load(file) : pipeline.load(file, given);
        Console.print(spec.commandLine().getErr(), loaded.usable() ? loaded.notes() : loaded.problems(), lang.lang);
        if (!loaded.usable()) {
            return ExitCode.USAGE;
        }
        return write(loaded.declaration(), loaded.template(), target);
    }

    /**
     * Whether {@code target} takes a declaration here, else false after saying why: never Groovy,
     * and an Office file only into a file. A CSV that names no template is the pipeline's to refuse.
     */
    private boolean writesDeclarations(Target target) {
        if (target == Target.GROOVY) {
            usage(notForKind(Text.WORD_DECLARATION, target, "yaml, json, csv, xlsx, docx"));
            return false;
        }
        if ((target == Target.XLSX || target == Target.DOCX)
                && Output.binaryToStdout(
                        target.name().toLowerCase(Locale.ROOT),
                        output,
                        spec.commandLine().getErr(),
                        lang.lang)) {
            return false;
        }
        return true;
    }

    /** {@code what} (a declaration, a template or library) cannot be written as {@code target}; {@code accepted} can. */
    private static Diagnostic notForKind(Text what, Target target, String accepted) {
        String word = target.name().toLowerCase(Locale.ROOT);
        return Problem.USAGE_CONVERT_KIND.at(
                Position.NONE,
                new Object[] {what.format(Lang.ZH), word, accepted},
                new Object[] {what.format(Lang.EN), word, accepted});
    }

    /**
     * The catalogue template a YAML or JSON declaration names, for the schema its YAML file names
     * beside it; null, and the hint line instead, for standard output or a template the catalogue
     * does not give (converting never needed one, so that is no error here).
     */
    private Template schemaTemplate(Declaration given) {
        if (output == null || Inputs.isStandard(output)) {
            return null;
        }
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Catalogue catalogue = catalogueOption.load(nowhere, lang.lang);
        if (catalogue == null) {
            return null;
        }
        Pipeline.Loaded loaded = new Pipeline(catalogue, template).load(file, given);
        return loaded.usable() ? loaded.template() : null;
    }

    /**
     * Writes the declaration as {@code target}; a YAML file with its template's schema beside it,
     * named in its first line, as {@code new -o} writes one (issue 17), when the template is known.
     */
    private int write(Declaration declaration, Template resolved, Target target) {
        PrintWriter stdout = spec.commandLine().getOut();
        Diagnostic failed = target == Target.YAML && resolved != null && output != null && !Inputs.isStandard(output)
                ? SchemaBeside.writeDeclaration(output, declaration, resolved, force, stdout)
                : Pipeline.write(Format.valueOf(target.name()), declaration, resolved, output, force, stdout);
        return failed == null ? ExitCode.OK : usage(failed);
    }

    private int write(String text) {
        Diagnostic failed = Output.write(output, text, force, spec.commandLine().getOut());
        if (failed != null) {
            Console.print(spec.commandLine().getErr(), List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    private int usage(Diagnostic problem) {
        Console.print(spec.commandLine().getErr(), List.of(problem), lang.lang);
        return ExitCode.USAGE;
    }

    /** The format an output file's extension names, or null. */
    private static Target byExtension(Path output) {
        if (output == null || Inputs.isStandard(output)) {
            return null;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".groovy")) {
            return Target.GROOVY;
        }
        Format format = Format.byName(name);
        return format == null ? null : Target.valueOf(format.name());
    }
}
