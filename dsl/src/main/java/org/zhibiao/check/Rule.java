package org.zhibiao.check;

import java.util.Objects;
import java.util.function.Consumer;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Severity;

/**
 * One reviewer's rule (审核规则) that the checker applies to a declaration. Rules are the place
 * the checker grows: add one, list it in {@link Rules}, and templates can switch it on, off or
 * tune it with a {@code rules:} entry.
 */
public interface Rule {

    /** The stable kebab-case code shown as {@code error[code]} and accepted by {@code --explain}. */
    String code();

    /** The severity used unless the template's rule setting says otherwise. */
    Severity defaultSeverity();

    /** Whether the rule runs when the template does not mention it. */
    default boolean enabledByDefault() {
        return true;
    }

    /** A paragraph for {@code zhibiao check --explain}: what the rule checks, why, and its parameters. */
    String explain(Lang lang);

    /** Looks at the declaration and reports what it finds through the context. */
    void check(CheckContext context);

    /**
     * A rule from a function, for rules a template adds in code (a Groovy closure coerces to the
     * {@link Consumer}).
     */
    static Rule of(String code, Severity severity, String explainZh, String explainEn, Consumer<CheckContext> body) {
        Objects.requireNonNull(body, "body");
        return new BuiltinRule(new Message(code, severity, "", ""), explainZh, explainEn, body);
    }
}
