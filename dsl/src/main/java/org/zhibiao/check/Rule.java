package org.zhibiao.check;

import org.zhibiao.diag.Severity;

/**
 * One reviewer's rule (审核规则) that the checker applies to a declaration. Rules are the place
 * the checker grows: add one, list it in {@link Rules}, and templates can switch it on, off or
 * tune it with a {@code rules:} entry.
 */
public interface Rule {

    /** The stable code shown as {@code error[code]} and accepted by {@code --explain}. */
    String code();

    /** The severity used unless the template's rule setting says otherwise. */
    Severity defaultSeverity();

    /** Whether the rule runs when the template does not mention it. */
    default boolean enabledByDefault() {
        return true;
    }

    /** A paragraph for {@code zhibiao check --explain}, Chinese then English. */
    String explain();

    /** Looks at the declaration and reports what it finds through the context. */
    void check(CheckContext context);
}
