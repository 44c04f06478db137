package org.zhibiao.groovy;

import groovy.lang.Closure;
import java.util.function.Consumer;
import org.codehaus.groovy.runtime.typehandling.DefaultTypeTransformation;
import org.zhibiao.check.CheckContext;
import org.zhibiao.check.Rule;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/**
 * A checker rule a Groovy template defines as a closure over rows: the closure answers "is this
 * row wrong?", the rule reports each row it says yes to with the template's own message.
 *
 * <p>The closure is template code and runs as trusted code when a declaration is checked — the
 * script's time limit covers reading the template, not checking with it.
 */
final class ScriptedRule {

    private ScriptedRule() {
    }

    static Rule of(String code, Severity severity, String zh, String en, Closure<?> test) {
        Consumer<CheckContext> body = ctx -> {
            RowCheckSpec view = new RowCheckSpec();
            Closure<?> copy = (Closure<?>) test.clone();
            copy.setResolveStrategy(Closure.DELEGATE_ONLY);
            copy.setDelegate(view);
            for (Table table : ctx.declaration().tables()) {
                for (Row row : table.rows()) {
                    if (!row.isToFill() && DefaultTypeTransformation.castToBoolean(copy.call(view.at(table, row)))) {
                        String path = table.name() + " › " + row.path();
                        ctx.report(new Diagnostic(code, severity, zh, en, row.pos(), path, Hint.NONE));
                    }
                }
            }
        };
        return Rule.of(code, severity, zh, en, body);
    }
}
