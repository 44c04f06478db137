package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.stage.StageDocuments;
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
        if (format.office()
                && Output.binaryToStdout(
                        format.extension(), output, spec.commandLine().getErr(), lang.lang)) {
            return ExitCode.USAGE;
        }
        Catalogue catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        if (profiles != null) {
            // without it the run read every profile and said only: no template ""
            return template == null
                    ? usage(Problem.USAGE_MISSING.at(Position.NONE, "TEMPLATE"))
                    : new BulkNew(this, new Pipeline(catalogue, template)).run();
        }
        if (stage != null || from != null) {
            return stageForm(catalogue);
        }
        return starter(catalogue);
    }

    /** {@code new TEMPLATE [--profile FILE]}: one starter declaration, through the one {@link Pipeline}. */
    private int starter(Catalogue catalogue) {
        if (template == null) {
            return usage(Problem.USAGE_MISSING.at(Position.NONE, "TEMPLATE"));
        }
        Pipeline pipeline = new Pipeline(catalogue, template);
        Pipeline.Resolved resolved = pipeline.template();
        Pipeline.Compiled compiled = pipeline.compile(profile, null, this::withOptions);
        List<Diagnostic> said = new ArrayList<>(resolved.diagnostics());
        said.addAll(compiled.diagnostics());
        Console.print(spec.commandLine().getErr(), said, lang.lang);
        if (resolved.template() == null || !compiled.usable()) {
            return ExitCode.USAGE;
        }
        if (compiled.declaration() == null) {
            return ExitCode.FINDINGS;
        }
        if (output != null && !Inputs.isStandard(output) && format == Format.YAML) {
            return writeWithSchema(resolved.template(), compiled.declaration());
        }
        return written(Pipeline.write(
                format,
                compiled.declaration(),
                resolved.template(),
                output,
                force,
                spec.commandLine().getOut()));
    }

    /**
     * A YAML file gets its template's schema beside it (a stage form its stage's) and names it in
     * its first line (issue 17); the schema is written first and removed again if the document
     * cannot be written.
     */
    private int writeWithSchema(Template resolved, Declaration declaration) {
        Diagnostic failed = SchemaBeside.writeDeclaration(
                output, declaration, resolved, force, spec.commandLine().getOut());
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

    /**
     * {@code --stage S --from decl}: the stage's form of a filled declaration, in any output format
     * (issue 16). The declaration is read as {@code check} reads it ({@link Pipeline#load}): by its
     * own catalogue template, guarded; a printed layout (CSV) by the TEMPLATE given beside it.
     */
    private int stageForm(Catalogue catalogue) {
        Diagnostic misuse = stageMisuse();
        if (misuse != null) {
            return usage(misuse);
        }
        Pipeline.Loaded filled = new Pipeline(catalogue, template).load(from);
        Console.print(spec.commandLine().getErr(), filled.usable() ? filled.notes() : filled.problems(), lang.lang);
        if (!filled.usable()) {
            return ExitCode.USAGE;
        }
        Stage already = filled.declaration().stage();
        if (already != null) {
            return usage(Problem.STAGE_FROM_STAGE.at(Position.of(from.toString(), 1, 1), from, already.label()));
        }
        Stage wanted = Stage.parse(stage).orElseThrow();
        Declaration staged = StageDocuments.derive(filled.declaration(), filled.template(), wanted);
        if (output != null && !Inputs.isStandard(output) && stageFormat() == Format.YAML) {
            return writeWithSchema(filled.template(), staged);
        }
        return written(Pipeline.write(
                stageFormat(),
                staged,
                filled.template(),
                output,
                force,
                spec.commandLine().getOut()));
    }

    /**
     * Why {@code --stage}/{@code --from} do not make a stage form, or null: an unknown stage, a
     * missing {@code --from}, or a TEMPLATE beside a declaration that names its own.
     */
    private Diagnostic stageMisuse() {
        if (stage != null && Stage.parse(stage).isEmpty()) {
            return Problem.USAGE_BAD_VALUE.at(Position.NONE, stage, "--stage", "monitoring, self-evaluation");
        }
        boolean templateFits = template == null || Pipeline.isPrinted(from);
        return stage == null || from == null || !templateFits ? Problem.STAGE_NEEDS_FROM.at(Position.NONE) : null;
    }

    /** A stage form's format: {@code --format}, else the {@code -o} file's extension (yaml, json, csv, xlsx, docx). */
    private Format stageFormat() {
        Format named = output == null ? null : Format.byName(output.toString());
        return named != null && format == Format.YAML ? named : format;
    }

    /** The exit code after a write: 0, or 2 with why it failed. */
    private int written(Diagnostic failed) {
        return failed == null ? ExitCode.OK : usage(failed);
    }

    private int usage(Diagnostic problem) {
        Console.print(spec.commandLine().getErr(), List.of(problem), lang.lang);
        return ExitCode.USAGE;
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
}
