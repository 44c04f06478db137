package org.zhibiao.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.cli.batch.Batch;
import org.zhibiao.cli.batch.BatchProblem;
import org.zhibiao.cli.batch.Progress;
import org.zhibiao.cli.batch.Signals;
import org.zhibiao.cli.batch.Tally;
import org.zhibiao.cli.batch.Walk;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;

/**
 * {@code zhibiao check DIR…} or several files: every declaration checked on all cores, findings
 * printed file by file in a stable order (text) as they come, a file that cannot be used reported
 * on stderr without stopping the rest, and a summary line with the time. Each template is
 * resolved once per run. JSON and SARIF are one document each, streamed file by file.
 */
final class BulkCheck {

    private final CheckCommand command;
    private final FileCheck files;

    BulkCheck(CheckCommand command) {
        this.command = command;
        this.files = new FileCheck(command.catalogue, command.template);
    }

    /** The files to check: with {@code --template}, a directory's CSV forms among them (issue 14). */
    private Walk walk() {
        return command.template != null ? Walk.forms(command.files) : Walk.documents(command.files);
    }

    @SuppressWarnings("try") // the signal watch is held for the batch's duration; closing it is its use
    int run() {
        PrintWriter out =
                new PrintWriter(new BufferedWriter(command.spec.commandLine().getOut(), 1 << 16));
        PrintWriter err =
                new PrintWriter(new BufferedWriter(command.spec.commandLine().getErr(), 1 << 16));
        FindingsFormat.Stream findings = command.format.open(out, command.lang.lang, command.docsUrl);
        Tally tally = new Tally();
        boolean complete;
        try (Signals signals = Signals.watch()) {
            Progress progress = Progress.start(err, command.quiet, () -> Walk.count(walk()));
            complete = Batch.run(walk(), files::check, checked -> {
                if (!checked.findings().isEmpty() || !checked.problems().isEmpty()) {
                    progress.clear();
                }
                findings.write(checked.findings());
                findings.unusable(checked.problems());
                Console.lines(err, checked.problems(), command.lang.lang);
                tally.add(checked.findings(), checked.usable(), false);
                progress.step(out);
            });
            progress.clear();
            if (!complete) {
                // an interrupted run did not succeed: SARIF says so in its invocation, JSON in an element
                List<Diagnostic> interrupted = List.of(BatchProblem.INTERRUPTED.at(Position.NONE));
                findings.unusable(interrupted);
                findings.close();
                Console.lines(err, interrupted, command.lang.lang);
            } else {
                findings.close();
            }
            err.println(tally.summary(command.lang.lang, false));
            err.flush();
        }
        return exitCode(tally, complete);
    }

    private int exitCode(Tally tally, boolean complete) {
        if (!complete || tally.unusable() > 0) {
            return ExitCode.USAGE;
        }
        return tally.errors() > 0 || (command.strict && tally.warnings() > 0) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    static Diagnostic tooLarge(Path file) {
        return Problem.OUT_OF_MEMORY.at(
                Position.of(file.toString(), 1, 1),
                new Object[] {Text.WORD_THIS_FILE.template(Lang.ZH)},
                new Object[] {Text.WORD_THIS_FILE.template(Lang.EN)});
    }
}
