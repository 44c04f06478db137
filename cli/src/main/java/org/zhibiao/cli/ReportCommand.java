package org.zhibiao.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.cli.batch.Batch;
import org.zhibiao.cli.batch.BatchProblem;
import org.zhibiao.cli.batch.Progress;
import org.zhibiao.cli.batch.Signals;
import org.zhibiao.cli.batch.Tally;
import org.zhibiao.cli.batch.Walk;
import org.zhibiao.cli.report.ReviewPage;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.score.Scorecard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code zhibiao report DIR -o report.html}: checks every declaration under the folders the way
 * {@code check DIR} does ({@link FileCheck} on every core, one bad file never fatal) and writes one
 * static, self-contained HTML page for a finance reviewer ({@link ReviewPage}). The page is
 * written atomically once every file is done; an interrupted run writes nothing.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*")
    List<Path> files = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE")
    Path output;

    @Option(names = "--force")
    boolean force;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Mixin
    CatalogueOption catalogueOption;

    @Mixin
    LangOption lang;

    /**
     * The hook for scored self-evaluations (issue 16): a document's scorecard, or null for any
     * document that is not a self-evaluation. {@link FileCheck} scores a self-evaluation by the
     * national rules while it checks it, so the page's score and grade columns and the grade chart
     * fill from it.
     */
    private final Function<FileCheck.Checked, Scorecard> scoring = FileCheck.Checked::card;

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(new BufferedWriter(spec.commandLine().getErr(), 1 << 16));
        try {
            return run(err);
        } finally {
            err.flush();
        }
    }

    private int run(PrintWriter err) {
        if (output != null && !Inputs.isStandard(output) && !force && Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            // refused before the work, not after minutes of checking
            Console.lines(
                    err, List.of(Problem.OUTPUT_EXISTS.at(Position.of(output.toString(), 1, 1), output)), lang.lang);
            return ExitCode.USAGE;
        }
        Catalogue catalogue = catalogueOption.load(err, lang.lang);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        Tally tally = new Tally();
        if (!reviewed(err, catalogue, tally)) {
            return ExitCode.USAGE;
        }
        if (tally.unusable() > 0) {
            return ExitCode.USAGE;
        }
        return tally.errors() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * Checks every file into the page and writes the page; false when interrupted or when the
     * page could not be written.
     */
    @SuppressWarnings("try") // Signals works by its scope alone: Ctrl-C ends the batch while it runs
    private boolean reviewed(PrintWriter err, Catalogue catalogue, Tally tally) {
        FileCheck checks = new FileCheck(catalogue, null);
        ReviewPage page = new ReviewPage(lang.lang, files);
        try (Signals signals = Signals.watch()) {
            Progress progress = Progress.start(err, quiet, () -> Walk.count(files));
            boolean complete = Batch.run(
                    Walk.documents(files), checks::check, checked -> add(err, progress, page, tally, checked));
            progress.clear();
            if (!complete) {
                Console.lines(err, List.of(BatchProblem.INTERRUPTED.at(Position.NONE)), lang.lang);
                err.println(tally.summary(lang.lang, false));
                return false;
            }
            Diagnostic failed =
                    Output.write(output, page.html(), force, spec.commandLine().getOut());
            if (failed != null) {
                Console.lines(err, List.of(failed), lang.lang);
            }
            err.println(tally.summary(lang.lang, false));
            return failed == null;
        }
    }

    /** One checked file onto the page and the tally. */
    private void add(PrintWriter err, Progress progress, ReviewPage page, Tally tally, FileCheck.Checked checked) {
        if (!checked.problems().isEmpty()) {
            // a file that cannot be used is said on stderr too, as check says it: the page may never be opened
            progress.clear();
            Console.lines(err, checked.problems(), lang.lang);
        }
        page.add(
                checked.file(),
                checked.department(),
                checked.template(),
                checked.findings(),
                checked.problems(),
                checked.usable(),
                scoring.apply(checked));
        tally.add(checked.findings(), checked.usable(), false);
        progress.step(err);
    }
}
