package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.model.Template;
import org.zhibiao.yaml.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhibiao catalogue}: browse the templates and libraries, built-in and the operator's own. */
@Command(
        name = "catalogue",
        mixinStandardHelpOptions = true,
        subcommands = {
            CatalogueCommand.ListCommand.class,
            CatalogueCommand.ShowCommand.class,
            CatalogueDiffCommand.class,
            CatalogueDocsCommand.class
        })
final class CatalogueCommand implements Runnable {

    /**
     * The names of the subcommands above, for {@link LangOption#behindCommand} to see before picocli
     * reads the annotations (a test keeps the two equal).
     */
    static final Set<String> NAMES = Set.of("list", "show", "diff", "docs");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** {@code zhibiao catalogue list}. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CatalogueOption catalogueOption;

        @Mixin
        LangOption lang;

        @Override
        public Integer call() {
            Catalogue catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
            if (catalogue == null) {
                return ExitCode.USAGE;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-30s %-9s %-20s %s%n", "ID", "VERSION", "SCOPE", "TITLE");
            for (Template t : catalogue.templates()) {
                String origin = catalogue.origin(t);
                out.printf(
                        "%-30s %-9s %-20s %s%n",
                        t.id(),
                        t.version(),
                        t.scope() == null ? "" : t.scope().label(),
                        (t.title() == null ? "" : t.title()) + (origin.isEmpty() ? "" : "  (" + origin + ")"));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** {@code zhibiao catalogue show ID}. */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class ShowCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEMPLATE")
        String template;

        @Mixin
        CatalogueOption catalogueOption;

        @Mixin
        LangOption lang;

        @Override
        public Integer call() {
            Catalogue catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
            if (catalogue == null) {
                return ExitCode.USAGE;
            }
            Inputs inputs = new Inputs(catalogue);
            Template resolved = inputs.template(template);
            Console.print(spec.commandLine().getErr(), inputs.diagnostics, lang.lang);
            if (resolved == null) {
                return inputs.unusable ? ExitCode.USAGE : ExitCode.FINDINGS;
            }
            spec.commandLine().getOut().print(Documents.toYaml(resolved));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
