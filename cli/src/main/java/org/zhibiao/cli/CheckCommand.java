package org.zhibiao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.check.Checker;
import org.zhibiao.check.Rule;
import org.zhibiao.check.Rules;
import org.zhibiao.cli.render.SarifWriter;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Severity;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;
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
        List<Diagnostic> findings = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        boolean unusable = false;
        for (Path file : files) {
            Inputs inputs = new Inputs(catalogue);
            Declaration declaration;
            Template resolved;
            if (PrintedFiles.isPrinted(file)) {
                // a CSV or workbook in the form's printed layout: --template, or the template a workbook records
                Diagnostics read = new Diagnostics();
                PrintedFiles.Read printed = PrintedFiles.read(file, template, inputs, read);
                declaration = printed.declaration();
                inputs.diagnostics.addAll(read.list());
                if (declaration != null) {
                    // the reader's warnings (a column the template lacks) are findings about the file
                    findings.addAll(read.list());
                    inputs.diagnostics.clear();
                }
                resolved = declaration == null ? null : printed.template();
            } else {
                declaration = template != null ? inputs.read(file, Declaration.class) : inputs.declaration(file);
                resolved = declaration == null ? null : template(inputs, declaration, file);
            }
            if (resolved == null) {
                Console.print(spec.commandLine().getErr(), inputs.diagnostics, lang.lang);
                problems.addAll(inputs.diagnostics);
                unusable = true;
                continue;
            }
            findings.addAll(Checker.check(resolved, declaration, inputs.rules));
        }
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
                .anyMatch(d -> d.severity() == Severity.ERROR || strict && d.severity() == Severity.WARNING);
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The operator's {@code --template}, else the catalogue template the declaration named by id. */
    Template template(Inputs inputs, Declaration declaration, Path file) {
        Template resolved = template != null ? inputs.template(template) : inputs.declared(declaration.template());
        if (resolved == null && template == null) {
            inputs.diagnostics.add(Problem.TEMPLATE_MISMATCH.at(inputs.templateAt(file), declaration.template()));
        }
        return resolved;
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
