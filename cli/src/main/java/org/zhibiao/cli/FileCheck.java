package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.check.Checker;
import org.zhibiao.cli.batch.BoundedCache;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.score.Scorecard;
import org.zhibiao.score.ScoringRules;
import org.zhibiao.stage.SelfEvaluation;

/**
 * One declaration of a batch checked against its template: the step {@code check DIR} and
 * {@code report DIR} share. Each template is resolved once while among the recently used; safe to
 * call from every worker thread of a {@link org.zhibiao.cli.batch.Batch}.
 */
final class FileCheck {

    /** One template reference resolved once: the template and its prepared checker, or null and why not. */
    private record Resolved(Template template, List<Diagnostic> diagnostics, Checker checker) {}

    /**
     * One file's outcome: who it is from and its findings, or the problems that made it unusable.
     *
     * @param department 部门名称, or null when the file could not be read or names none
     * @param template the template id@version it was checked against, or null
     * @param card the scorecard of a self-evaluation (issue 16), or null for any other document
     */
    record Checked(
            Path file,
            String department,
            String template,
            List<Diagnostic> findings,
            List<Diagnostic> problems,
            boolean usable,
            Scorecard card) {

        Checked(
                Path file,
                String department,
                String template,
                List<Diagnostic> findings,
                List<Diagnostic> problems,
                boolean usable) {
            this(file, department, template, findings, problems, usable, null);
        }
    }

    static final int TEMPLATES = 32;

    private final Catalogue catalogue;
    /** The operator's {@code --template} (id or file), or null: each declaration's own. */
    private final String override;
    /**
     * Templates by reference: a batch names a few, but 10,000 files naming 10,000 different
     * (mistyped) ones must not grow memory (#13).
     */
    private final BoundedCache<String, Resolved> templates = new BoundedCache<>(TEMPLATES);

    FileCheck(Catalogue catalogue, String override) {
        this.catalogue = catalogue;
        this.override = override;
    }

    /** Runs on a pool thread; never throws for a file, so one file never ends the batch. */
    Checked check(Path file) {
        try {
            Inputs inputs = new Inputs(catalogue);
            Diagnostics read = new Diagnostics();
            Declaration declaration = PrintedFiles.isPrinted(file)
                    ? PrintedFiles.read(file, override, inputs, read).declaration()
                    : override != null ? inputs.read(file, Declaration.class) : inputs.declaration(file);
            if (declaration == null) {
                List<Diagnostic> problems = new ArrayList<>(inputs.diagnostics);
                problems.addAll(read.list());
                return new Checked(file, null, null, List.of(), problems, false);
            }
            String reference = override != null ? override : declaration.template();
            Resolved resolved = templates.get(Objects.toString(reference, ""), this::resolve);
            if (resolved.template() == null) {
                List<Diagnostic> problems = new ArrayList<>(resolved.diagnostics());
                if (override == null) {
                    problems.add(Problem.TEMPLATE_MISMATCH.at(inputs.templateAt(file), reference));
                }
                return new Checked(file, declaration.department(), reference, List.of(), problems, false);
            }
            Scorecard card = declaration.stage() == Stage.SELF_EVALUATION
                    ? SelfEvaluation.score(declaration, ScoringRules.NATIONAL).card()
                    : null;
            // a printed file's reader warnings (a column the template lacks) are findings about it
            List<Diagnostic> findings = new ArrayList<>(read.list());
            findings.addAll(resolved.checker().check(declaration));
            return new Checked(file, declaration.department(), reference, findings, List.of(), true, card);
        } catch (OutOfMemoryError e) {
            // #13: this file was too much for the heap; what it held is garbage now, and the batch goes on
            return new Checked(file, null, null, List.of(), List.of(BulkCheck.tooLarge(file)), false);
        } catch (RuntimeException e) {
            // one diagnostic asking for a bug report, and the batch goes on (STYLE.md §8)
            return new Checked(
                    file,
                    null,
                    null,
                    List.of(),
                    List.of(Problem.INTERNAL.at(Position.of(file.toString(), 1, 1), e.toString())),
                    false);
        }
    }

    /** The operator's {@code --template} (id or file), or a catalogue id a declaration named. */
    private Resolved resolve(String reference) {
        Inputs inputs = new Inputs(catalogue);
        Template template = override != null ? inputs.template(reference) : inputs.declared(reference);
        return new Resolved(
                template,
                List.copyOf(inputs.diagnostics),
                template == null ? null : Checker.of(template, inputs.rules));
    }
}
