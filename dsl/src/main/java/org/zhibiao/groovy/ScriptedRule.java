package org.zhibiao.groovy;

import groovy.lang.Closure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;
import org.zhibiao.check.CheckContext;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * A checker rule a Groovy template defines as a closure over rows: the closure answers "is this
 * row wrong?", the rule reports each row it says yes to with the template's own message.
 *
 * <p>The closure is template code, so it gets the script's guard rails at check time too: it runs
 * on a thread of its own ({@link ScriptRunner#call}) with the reader's time limit per declaration,
 * and the interrupt checks compiled into its loops stop it there. A rule that times out or fails is reported as the
 * template's fault, at the rule's line, and its partial findings are dropped; the other rules
 * and the rest of a batch go on.
 */
final class ScriptedRule {

    private ScriptedRule() {}

    static Rule of(
            String code, Severity severity, String zh, String en, Closure<?> test, Position definedAt, Duration limit) {
        Consumer<CheckContext> body = ctx -> {
            ScriptRunner.Outcome<List<Diagnostic>> run =
                    ScriptRunner.call(() -> findings(ctx.declaration(), test, code, severity, zh, en), limit);
            if (run instanceof ScriptRunner.Outcome.Done<List<Diagnostic>> done) {
                done.value().forEach(ctx::report);
            } else if (run instanceof ScriptRunner.Outcome.TimedOut<List<Diagnostic>>) {
                ctx.out().add(GroovyProblem.RULE_TIMEOUT.at(definedAt, code, limit.toMillis()));
            } else if (run instanceof ScriptRunner.Outcome.Failed<List<Diagnostic>> failed) {
                // whatever the closure threw, OutOfMemoryError included: the template's failure, as data
                ctx.out().add(GroovyProblem.RULE_FAILED.at(definedAt, new Object[] {code, message(failed.failure())}));
            }
            // Interrupted: the batch is being stopped, and the flag is set again for it to say so
        };
        return Rule.of(code, severity, zh, en, body);
    }

    /** The rows the closure answers yes for, as findings; runs on a worker. */
    private static List<Diagnostic> findings(
            Declaration declaration, Closure<?> test, String code, Severity severity, String zh, String en) {
        RowCheckSpec view = new RowCheckSpec();
        Closure<?> copy = (Closure<?>) test.clone();
        copy.setResolveStrategy(Closure.DELEGATE_ONLY);
        copy.setDelegate(view);
        List<Diagnostic> found = new ArrayList<>();
        for (Table table : declaration.tables()) {
            for (Row row : table.rows()) {
                if (!row.isToFill() && DefaultTypeTransformation.castToBoolean(copy.call(view.at(table, row)))) {
                    String path = table.name() + " › " + row.path();
                    found.add(new Diagnostic(code, severity, zh, en, row.pos(), path, Hint.NONE));
                }
            }
        }
        return found;
    }

    private static String message(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
