package org.zhibiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.stage.StageDocuments;
import org.zhibiao.yaml.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhibiao new}: a starter declaration from a template and a department's profile. */
@Command(name = "new", mixinStandardHelpOptions = true)
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEMPLATE", arity = "0..1")
    String template;

    @Mixin
    CatalogueOption catalogueOption;

    @Option(names = "--department", paramLabel = "NAME")
    String department;

    @Option(names = "--year", paramLabel = "YEAR")
    Integer year;

    @Option(names = "--profile", paramLabel = "FILE")
    Path profile;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE")
    Path output;

    @Option(names = "--format", paramLabel = "yaml|json|csv|xlsx|docx", defaultValue = "yaml")
    Format format;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--profiles", paramLabel = "DIR|FILE.csv")
    Path profiles;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = "--stage", paramLabel = "monitoring|self-evaluation")
    String stage;

    @Option(names = "--from", paramLabel = "FILE")
    Path from;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        format = format();
        if (format.office() && (output == null || Inputs.isStandard(output))) {
            spec.commandLine()
                    .getErr()
                    .println(Text.NEW_OFFICE_NEEDS_OUTPUT.format(
                            lang.lang, format.name().toLowerCase(Locale.ROOT)));
            return ExitCode.USAGE;
        }
        Catalogue catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        if (profiles != null) {
            return new BulkNew(this, catalogue).run();
        }
        if (stage != null || from != null) {
            return stageForm(catalogue);
        }
        if (template == null) {
            Console.print(
                    spec.commandLine().getErr(),
                    List.of(Problem.USAGE_MISSING.at(Position.NONE, "TEMPLATE")),
                    lang.lang);
            return ExitCode.USAGE;
        }
        Inputs inputs = new Inputs(catalogue);
        Template resolved = inputs.template(template);
        Profile given = profile == null ? Profile.of(null, null) : inputs.profile(profile);
        Path previousFile = given == null || profile == null ? null : inputs.previousFile(profile, given);
        Declaration previous = previousFile == null ? null : inputs.previous(previousFile, given.previous());
        if (resolved == null || given == null || inputs.unusable) {
            return fail(inputs);
        }
        Result<Declaration> compiled =
                Compiler.compile(resolved, withOptions(given), previous, inputs.catalogue.index(resolved));
        inputs.diagnostics.addAll(compiled.diagnostics());
        Console.print(spec.commandLine().getErr(), inputs.diagnostics, lang.lang);
        if (compiled.value() == null) {
            return ExitCode.FINDINGS;
        }
        if (output != null && !Inputs.isStandard(output) && format == Format.YAML) {
            return writeWithSchema(resolved, compiled.value());
        }
        Diagnostic failed = format.office()
                ? Output.write(output, format.bytes(compiled.value(), resolved), force)
                : Output.write(
                        output,
                        format.render(compiled.value(), resolved),
                        force,
                        spec.commandLine().getOut());
        if (failed != null) {
            Console.print(spec.commandLine().getErr(), List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    /**
     * A YAML file gets its template's schema beside it and names it in its first line (issue 17);
     * the schema is written first and removed again if the declaration cannot be written.
     */
    private int writeWithSchema(Template resolved, Declaration declaration) {
        SchemaBeside schema = SchemaBeside.of(output, resolved);
        if (!force && Files.exists(output)) {
            Console.print(
                    spec.commandLine().getErr(),
                    List.of(Problem.OUTPUT_EXISTS.at(Position.of(output.toString(), 1, 1), output)),
                    lang.lang);
            return ExitCode.USAGE;
        }
        boolean created = !Files.exists(schema.file());
        Diagnostic failed = schema.write(force);
        if (failed == null) {
            failed = Output.write(
                    output,
                    Documents.toYaml(declaration, schema.relative()),
                    force,
                    spec.commandLine().getOut());
            if (failed != null && created) {
                schema.undo();
            }
        }
        if (failed != null) {
            Console.print(spec.commandLine().getErr(), List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    /**
     * The format: {@code --format} when given, else what the output file's extension asks for among
     * the Office ones ({@code -o decl.xlsx}), else YAML.
     */
    private Format format() {
        boolean given = spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--format");
        Format named = Format.of(output);
        return given || named == null || (profiles != null && !named.office()) ? format : named;
    }

    /** {@code --stage S --from decl}: the stage's form of a filled declaration, in any output format (issue 16). */
    private int stageForm(Catalogue catalogue) {
        Stage wanted = stage == null ? null : Stage.parse(stage).orElse(null);
        if (wanted == null || from == null || template != null) {
            Console.print(
                    spec.commandLine().getErr(),
                    List.of(
                            wanted == null && stage != null
                                    ? Problem.USAGE_BAD_VALUE.at(
                                            Position.NONE, stage, "--stage", "monitoring, self-evaluation")
                                    : Problem.STAGE_NEEDS_FROM.at(Position.NONE)),
                    lang.lang);
            return ExitCode.USAGE;
        }
        Inputs inputs = new Inputs(catalogue);
        Declaration filled = inputs.declaration(from);
        Template resolved = filled == null ? null : inputs.declared(filled.template());
        if (filled == null || resolved == null) {
            return fail(inputs);
        }
        if (filled.stage() != null) {
            Console.print(
                    spec.commandLine().getErr(),
                    List.of(Problem.STAGE_FROM_STAGE.at(
                            Position.of(from.toString(), 1, 1),
                            from,
                            filled.stage().label())),
                    lang.lang);
            return ExitCode.USAGE;
        }
        Declaration staged = StageDocuments.derive(filled, resolved, wanted);
        Format chosen = output != null && Format.byName(output.toString()) != null && format == Format.YAML
                ? Format.byName(output.toString())
                : format;
        Diagnostic failed = write(chosen, staged, resolved);
        if (failed != null) {
            Console.print(spec.commandLine().getErr(), List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }

    /** Writes a document in {@code chosen} to {@code -o} (an Office file as bytes); null when written. */
    private Diagnostic write(Format chosen, Declaration document, Template resolved) {
        return chosen.office()
                ? Output.write(output, chosen.bytes(document, resolved), force)
                : Output.write(
                        output,
                        chosen.render(document, resolved),
                        force,
                        spec.commandLine().getOut());
    }

    Profile withOptions(Profile p) {
        return new Profile(
                department != null ? department : p.department(),
                p.code(),
                year != null ? year : p.year(),
                p.contact(),
                p.functions(),
                p.tasks(),
                p.organisation(),
                p.funds(),
                p.projects(),
                p.goals(),
                p.indicators(),
                p.previous(),
                p.pos());
    }

    private int fail(Inputs inputs) {
        Console.print(spec.commandLine().getErr(), inputs.diagnostics, lang.lang);
        return inputs.unusable ? ExitCode.USAGE : ExitCode.FINDINGS;
    }
}
