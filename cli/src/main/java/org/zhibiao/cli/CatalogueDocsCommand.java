package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.cli.docs.Site;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhibiao catalogue docs -o site/}: the reference of the whole built-in catalogue. */
@Command(name = "docs", mixinStandardHelpOptions = true)
final class CatalogueDocsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR")
    Path output;

    @Option(names = "--force")
    boolean force;

    @Mixin
    CatalogueOption catalogueOption;

    @Mixin
    LangOption lang;

    @Override
    public Integer call() {
        if (Inputs.isStandard(output)) {
            // a folder of pages has no place on stdout; "-" would otherwise become a folder named "-"
            spec.commandLine().getErr().println(Text.DOCS_NO_STDOUT.format(lang.lang));
            return ExitCode.USAGE;
        }
        Catalogue catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        Diagnostic failed = SiteWriter.write(output, Site.of(catalogue), force);
        if (failed != null) {
            Console.print(spec.commandLine().getErr(), List.of(failed), lang.lang);
            return ExitCode.USAGE;
        }
        return ExitCode.OK;
    }
}
