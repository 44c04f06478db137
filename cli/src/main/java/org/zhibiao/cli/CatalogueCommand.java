package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Text;
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
            out.println(row(
                    Text.CATALOGUE_LIST_ID.format(lang.lang),
                    Text.CATALOGUE_LIST_VERSION.format(lang.lang),
                    Text.CATALOGUE_LIST_SCOPE.format(lang.lang),
                    Text.CATALOGUE_LIST_TITLE.format(lang.lang)));
            for (Template t : catalogue.templates()) {
                String origin = catalogue.origin(t);
                out.println(row(
                        t.id(),
                        t.version(),
                        t.scope() == null ? "" : t.scope().label(),
                        (t.title() == null ? "" : t.title()) + (origin.isEmpty() ? "" : "  (" + origin + ")")));
            }
            out.flush();
            return ExitCode.OK;
        }

        /** One line of the list, its first three columns 30, 9 and 20 terminal columns wide, then one space. */
        static String row(String id, String version, String scope, String title) {
            return pad(id, 30) + pad(version, 9) + pad(scope, 20) + title;
        }

        /**
         * {@code text} and the spaces that fill it to {@code width} terminal columns, and one more:
         * a Chinese character or full-width sign takes two columns, so {@code %-30s} would push the
         * columns after a Chinese header out of line with the rows below it.
         */
        static String pad(String text, int width) {
            int columns = text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
            return text + " ".repeat(Math.max(0, width - columns) + 1);
        }

        private static boolean wide(int c) {
            return Character.isIdeographic(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60);
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
