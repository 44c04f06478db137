package org.zhibiao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.check.Rule;
import org.zhibiao.check.Rules;
import org.zhibiao.cli.render.SarifWriter;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Severity;
import org.zhibiao.diag.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhibiao check}: reviews filled declarations against their templates (审核) and prints
 * every finding with its rule code, severity, row and position. Findings are the command's
 * result and go to stdout; input that cannot be used goes to stderr with exit code 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DECLARATION", arity = "0..*")
    List<Path> files = new ArrayList<>();

    @Option(names = "--template", paramLabel = "TEMPLATE")
    String template;

    @Mixin
    CatalogueOption catalogueOption;

    /** The catalogue of this run: built-in plus the operator's directories, loaded once in {@link #call}. */
    Catalogue catalogue;

    @Option(names = "--strict")
    boolean strict;

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text")
    FindingsFormat format;

    @Option(names = "--docs-url", paramLabel = "URL|DIR", defaultValue = SarifWriter.DEFAULT_DOCS)
    String docsUrl;

    @Option(names = "--explain", paramLabel = "CODE")
    String explain;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        if (explain != null) {
            return explain();
        }
        if (files.isEmpty()) {
            spec.commandLine().getErr().println(Text.CHECK_NO_FILE.format(lang.lang));
            return ExitCode.USAGE;
        }
        if (files.size() > 1 && files.stream().anyMatch(Inputs::isStandard)) {
            spec.commandLine().getErr().println(Text.CHECK_STDIN_ALONE.format(lang.lang));
            return ExitCode.USAGE;
        }
        catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        if (files.size() > 1 || Files.isDirectory(files.get(0))) {
            return new BulkCheck(this).run();
        }
        Pipeline.Loaded loaded = new Pipeline(catalogue, template).load(files.get(0));
        if (!loaded.usable()) {
            Console.print(spec.commandLine().getErr(), loaded.problems(), lang.lang);
        }
        return report(loaded.check(), loaded.problems(), !loaded.usable());
    }

    /** Prints one file's findings (or why it is unusable) and the summary; the exit code. */
    private int report(List<Diagnostic> findings, List<Diagnostic> problems, boolean unusable) {
        PrintWriter out = spec.commandLine().getOut();
        try (FindingsFormat.Stream stream = format.open(out, lang.lang, docsUrl)) {
            stream.write(findings);
            stream.unusable(problems);
        }
        summary(findings, unusable);
        if (unusable) {
            return ExitCode.USAGE;
        }
        boolean failing = findings.stream()
                .anyMatch(d -> d.severity() == Severity.ERROR || (strict && d.severity() == Severity.WARNING));
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void summary(List<Diagnostic> findings, boolean unusable) {
        long errors =
                findings.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings =
                findings.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (unusable) {
            spec.commandLine().getErr().println(Text.CHECK_ONE_UNUSABLE.format(lang.lang));
            spec.commandLine().getErr().flush();
            return;
        }
        spec.commandLine().getErr().println(Text.CHECK_SUMMARY.format(lang.lang, files.size(), errors, warnings));
        spec.commandLine().getErr().flush();
    }

    private int explain() {
        Rule rule = Rules.byCode(explain).orElse(null);
        if (rule == null) {
            Console.print(
                    spec.commandLine().getErr(),
                    List.of(Problem.USAGE_UNKNOWN_RULE
                            .at(Position.NONE, explain)
                            .withHint(DidYouMean.hint(
                                    explain,
                                    Rules.all().stream().map(Rule::code).toList()))),
                    lang.lang);
            return ExitCode.USAGE;
        }
        spec.commandLine()
                .getOut()
                .println(rule.code() + " (" + rule.defaultSeverity().word() + ")");
        spec.commandLine().getOut().println(rule.explain(lang.lang));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
