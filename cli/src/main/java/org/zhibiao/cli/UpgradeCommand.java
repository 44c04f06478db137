package org.zhibiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
import org.zhibiao.upgrade.Upgrader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhibiao upgrade}: a filled declaration carried to another version of its template. The
 * declaration is written like {@code convert} writes one (format by {@code --format} or the
 * {@code -o} extension, never over a file without {@code --force}); what changed is reported on
 * stderr as located findings, with a one-line summary, or with {@code --findings json|sarif} as
 * one document on stdout: a budget system upgrading a department's declarations reads the
 * conflicts as data instead of parsing text. That needs {@code -o}, as stdout cannot carry the
 * declaration and the findings both.
 */
@Command(name = "upgrade", mixinStandardHelpOptions = true)
final class UpgradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DECLARATION")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "TEMPLATE")
    String to;

    @Option(names = "--template", paramLabel = "TEMPLATE")
    String template;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE")
    Path output;

    @Option(names = "--format", paramLabel = "yaml|json|csv|xlsx|docx")
    Format format;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--findings", paramLabel = "text|json|sarif", defaultValue = "text")
    FindingsFormat findings;

    @Mixin
    CatalogueOption catalogueOption;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Format chosen = chosenFormat();
        if (chosen == null) {
            Console.print(
                    err,
                    List.of(Problem.USAGE_OUTPUT_FORMAT.at(Position.NONE, ".yaml, .json, .csv, .xlsx, .docx")),
                    lang.lang);
            return ExitCode.USAGE;
        }
        if (chosen.office() && Output.binaryToStdout(chosen.extension(), output, err, lang.lang)) {
            return ExitCode.USAGE;
        }
        if (findings != FindingsFormat.TEXT && (output == null || Inputs.isStandard(output))) {
            Console.print(
                    err,
                    List.of(Problem.FINDINGS_NEED_OUTPUT.at(
                            Position.NONE, findings.name().toLowerCase(Locale.ROOT))),
                    lang.lang);
            return ExitCode.USAGE;
        }
        Catalogue catalogue = catalogueOption.load(err, lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        // text goes to stderr as ever; a JSON or SARIF document is stdout's one document, the
        // declaration being in its file, so that a budget system reads what changed as data
        PrintWriter to =
                findings == FindingsFormat.TEXT ? err : spec.commandLine().getOut();
        try (FindingsFormat.Stream report = findings.open(to, lang.lang)) {
            return upgrade(catalogue, report, chosen);
        }
    }

    /** Reads, upgrades and writes, reporting each step's findings as they come. */
    private int upgrade(Catalogue catalogue, FindingsFormat.Stream report, Format chosen) {
        PrintWriter err = spec.commandLine().getErr();
        // a YAML or JSON declaration names its template; a printed CSV is read by the operator's --template
        Pipeline.Loaded before = new Pipeline(catalogue, Pipeline.isPrinted(file) ? template : null).load(file);
        if (!before.usable()) {
            // on stderr whatever the format, as check does; a JSON or SARIF report carries it too
            Console.print(err, before.problems(), lang.lang);
            report.unusable(before.problems());
            return ExitCode.USAGE;
        }
        report.write(before.problems());
        Template older = before.template();
        // a printed form's rows come back attached to the template's own rows (PrintedDeclaration.read)
        Declaration filled = before.declaration();
        Pipeline.Resolved after = new Pipeline(catalogue, to).template();
        report.write(after.diagnostics());
        Template newer = after.template();
        if (newer == null) {
            if (findings != FindingsFormat.TEXT) {
                // an unknown version is a usage error: on stderr whatever the format, as above
                Console.print(err, after.diagnostics(), lang.lang);
            }
            return ExitCode.USAGE;
        }
        Upgrader.Upgrade upgrade = Upgrader.upgrade(filled, older, catalogue.index(older), newer, after.index());
        report.write(upgrade.findings());
        if (upgrade.declaration() == null) {
            return ExitCode.FINDINGS;
        }
        return write(err, chosen, upgrade, newer);
    }

    /** The format asked for, else the output file's, else YAML; null for an output name it cannot tell. */
    private Format chosenFormat() {
        if (format != null) {
            return format;
        }
        return output == null || Inputs.isStandard(output) ? Format.YAML : Format.byName(output.toString());
    }

    /** Writes the upgraded declaration and says what changed. */
    private int write(PrintWriter err, Format chosen, Upgrader.Upgrade upgrade, Template newer) {
        // a YAML file keeps an editor's completion: the new version's schema beside it, named in
        // its first line, as new -o writes one (the old version's line was dropped for a hint)
        Diagnostic failed = chosen == Format.YAML && output != null && !Inputs.isStandard(output)
                ? SchemaBeside.writeDeclaration(
                        output,
                        upgrade.declaration(),
                        newer,
                        force,
                        spec.commandLine().getOut())
                : Pipeline.write(
                        chosen,
                        upgrade.declaration(),
                        newer,
                        output,
                        force,
                        spec.commandLine().getOut());
        if (failed != null) {
            Console.print(err, List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        err.println(Text.UPGRADE_SUMMARY.format(
                lang.lang,
                newer.reference(),
                upgrade.tally().removed(),
                upgrade.tally().added(),
                upgrade.tally().conflicts()));
        err.flush();
        return ExitCode.OK;
    }
}
