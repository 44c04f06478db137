package org.zhibiao.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhibiao.check.Checker;
import org.zhibiao.cli.batch.Batch;
import org.zhibiao.cli.batch.BatchProblem;
import org.zhibiao.cli.batch.BoundedCache;
import org.zhibiao.cli.batch.Progress;
import org.zhibiao.cli.batch.Signals;
import org.zhibiao.cli.batch.Tally;
import org.zhibiao.cli.batch.Walk;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;

/**
 * {@code zhibiao check DIR…} or several files: every declaration checked on all cores, findings
 * printed file by file in a stable order (text) as they come, a file that cannot be used reported
 * on stderr without stopping the rest, and a summary line with the time. Each template is
 * resolved once per run. JSON and SARIF are one document each, streamed file by file.
 */
final class BulkCheck {

    /** One template reference resolved once: the template and its prepared checker, or null and why not. */
    private record Resolved(Template template, List<Diagnostic> diagnostics, Checker checker) {
    }

    /** One file's outcome: its findings, or the problems that made it unusable. */
    private record Checked(List<Diagnostic> findings, List<Diagnostic> problems, boolean usable) {
    }

    static final int TEMPLATES = 32;

    private final CheckCommand command;
    /**
     * Templates by reference, each resolved once while among the recently used: a batch names a
     * few, but 10,000 files naming 10,000 different (mistyped) ones must not grow memory (#13).
     */
    private final BoundedCache<String, Resolved> templates = new BoundedCache<>(TEMPLATES);

    BulkCheck(CheckCommand command) {
        this.command = command;
    }

    int run() {
        PrintWriter out = new PrintWriter(new BufferedWriter(command.spec.commandLine().getOut(), 1 << 16));
        PrintWriter err = new PrintWriter(new BufferedWriter(command.spec.commandLine().getErr(), 1 << 16));
        FindingsFormat.Stream findings = command.format.open(out, command.lang.lang, command.docsUrl);
        Tally tally = new Tally();
        boolean complete;
        try (Signals signals = Signals.watch()) {
            Progress progress = Progress.start(err, command.quiet, () -> Walk.count(command.files));
            complete = Batch.run(Walk.documents(command.files), this::check, checked -> {
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
        return tally.errors() > 0 || command.strict && tally.warnings() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Runs on a pool thread; never throws for a file, so one file never ends the batch. */
    private Checked check(Path file) {
        try {
            Inputs inputs = new Inputs(command.catalogue);
            Declaration declaration = command.template != null ? inputs.read(file, Declaration.class)
                    : inputs.declaration(file);
            if (declaration == null) {
                return new Checked(List.of(), inputs.diagnostics, false);
            }
            String reference = command.template != null ? command.template : declaration.template();
            Resolved resolved = templates.get(Objects.toString(reference, ""), this::resolve);
            if (resolved.template() == null) {
                List<Diagnostic> problems = new ArrayList<>(resolved.diagnostics());
                if (command.template == null) {
                    problems.add(Problem.TEMPLATE_MISMATCH.at(inputs.templateAt(file), reference));
                }
                return new Checked(List.of(), problems, false);
            }
            return new Checked(resolved.checker().check(declaration), List.of(), true);
        } catch (OutOfMemoryError e) {
            // #13: this file was too much for the heap; what it held is garbage now, and the batch goes on
            return new Checked(List.of(), List.of(tooLarge(file)), false);
        } catch (RuntimeException e) {
            // one diagnostic asking for a bug report, and the batch goes on (STYLE.md §8)
            return new Checked(List.of(), List.of(Problem.INTERNAL.at(Position.of(file.toString(), 1, 1),
                    e.toString())), false);
        }
    }

    static Diagnostic tooLarge(Path file) {
        return Problem.OUT_OF_MEMORY.at(Position.of(file.toString(), 1, 1), new Object[] {Text.WORD_THIS_FILE.template(Lang.ZH)},
                new Object[] {Text.WORD_THIS_FILE.template(Lang.EN)});
    }

    /** The operator's {@code --template} (id or file), or a catalogue id a declaration named. */
    private Resolved resolve(String reference) {
        Inputs inputs = new Inputs(command.catalogue);
        Template template = command.template != null ? inputs.template(reference) : inputs.declared(reference);
        return new Resolved(template, List.copyOf(inputs.diagnostics),
                template == null ? null : Checker.of(template, inputs.rules));
    }
}
