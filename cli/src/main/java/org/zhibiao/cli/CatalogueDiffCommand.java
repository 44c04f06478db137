package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diff.Difference;
import org.zhibiao.diff.TemplateDiff;
import org.zhibiao.model.Template;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhibiao catalogue diff A B}: what changed between two templates, like diff(1). */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class CatalogueDiffCommand implements Callable<Integer> {

    /** Exit code when the two templates differ, as diff(1) has it. */
    static final int DIFFERENT = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A")
    String before;

    @Parameters(index = "1", paramLabel = "B")
    String after;

    @Mixin
    CatalogueOption catalogueOption;

    @Mixin
    LangOption lang;

    private Catalogue catalogue;

    @Override
    public Integer call() {
        catalogue = catalogueOption.load(spec.commandLine().getErr(), lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        Template a = resolve(before);
        Template b = resolve(after);
        if (a == null || b == null) {
            return ExitCode.USAGE;
        }
        List<Difference> differences = TemplateDiff.between(a, b);
        if (differences.isEmpty()) {
            return ExitCode.OK;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("--- " + a.reference());
        out.println("+++ " + b.reference());
        out.print(DiffText.render(differences, lang.lang));
        out.flush();
        return DIFFERENT;
    }

    /** Each side gets its own inputs, so that two template files with one id do not meet. */
    private Template resolve(String spec) {
        Inputs inputs = new Inputs(catalogue);
        Template resolved = inputs.template(spec);
        Console.print(this.spec.commandLine().getErr(), inputs.diagnostics, lang.lang);
        return resolved;
    }
}
