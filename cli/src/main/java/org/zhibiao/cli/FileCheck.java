package org.zhibiao.cli;

import java.nio.file.Path;
import java.util.List;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Stage;
import org.zhibiao.score.Scorecard;
import org.zhibiao.score.ScoringRules;
import org.zhibiao.stage.SelfEvaluation;

/**
 * One declaration of a batch checked against its template: the step {@code check DIR} and
 * {@code report DIR} share. Each template is resolved once while among the recently used; safe to
 * call from every worker thread of a {@link org.zhibiao.cli.batch.Batch}.
 */
final class FileCheck {

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

    /** Reads, resolves (each template once while among the recently used) and checks. */
    private final Pipeline pipeline;

    FileCheck(Catalogue catalogue, String override) {
        this.pipeline = new Pipeline(catalogue, override);
    }

    /** Runs on a pool thread; never throws for a file, so one file never ends the batch. */
    Checked check(Path file) {
        try {
            Pipeline.Loaded loaded = pipeline.load(file);
            Declaration declaration = loaded.declaration();
            String department = declaration == null ? null : declaration.department();
            if (!loaded.usable()) {
                return new Checked(file, department, loaded.reference(), List.of(), loaded.problems(), false);
            }
            Scorecard card = declaration.stage() == Stage.SELF_EVALUATION
                    ? SelfEvaluation.score(declaration, ScoringRules.of(loaded.template()))
                            .card()
                    : null;
            return new Checked(file, department, loaded.reference(), loaded.check(), List.of(), true, card);
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
}
