package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Library;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhibiao convert}: a template or library from YAML to Groovy or back; the model is the same. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Translate a template or indicator library between YAML, JSON and the Groovy DSL.",
            "Both forms build the same model; comments are not carried over."},
        footer = ExitCode.HELP)
final class ConvertCommand implements Callable<Integer> {

    /** The source formats a template or library can be written in. */
    enum Target {
        YAML,
        JSON,
        GROOVY
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A template or library: .yaml, .yml, .json or .groovy; - reads YAML or JSON from"
            + " standard input.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "yaml|json|groovy", description = "The format to write.")
    Target to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout (- is stdout).")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        Result<Object> read = TemplateFiles.readDocument(file);
        Console.print(spec.commandLine().getErr(), read.diagnostics(), lang.lang);
        if (read.value() == null) {
            return ExitCode.USAGE;
        }
        if (!(read.value() instanceof Template) && !(read.value() instanceof Library)) {
            Console.print(spec.commandLine().getErr(), List.of(Problem.WRONG_DOCUMENT.at(
                    Position.of(Inputs.name(file), 1, 1),
                    new Object[] {Text.WORD_TEMPLATE_OR_LIBRARY.format(Lang.ZH), "kind: template / kind: library"},
                    new Object[] {Text.WORD_TEMPLATE_OR_LIBRARY.format(Lang.EN), "kind: template / kind: library"})),
                    lang.lang);
            return ExitCode.USAGE;
        }
        if (TemplateFiles.isGroovy(file) && read.value() instanceof Template) {
            var scripted = GroovyFiles.readScripted(file).value();
            if (scripted != null && !scripted.rules().isEmpty()) {
                String codes = String.join(", ", scripted.rules().stream().map(r -> r.code()).toList());
                Console.print(spec.commandLine().getErr(), List.of(Problem.RULES_NOT_CONVERTED.at(
                        Position.of(file.toString(), 1, 1), codes, to.name().toLowerCase())), lang.lang);
            }
        }
        String text = switch (to) {
            case YAML -> Documents.toYaml(read.value());
            case JSON -> Documents.toJson(read.value());
            case GROOVY -> GroovyFiles.write(read.value());
        };
        Diagnostic failed = Output.write(output, text, force, spec.commandLine().getOut());
        if (failed != null) {
            Console.print(spec.commandLine().getErr(), List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }
}
