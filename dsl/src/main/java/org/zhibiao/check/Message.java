package org.zhibiao.check;

import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Messages;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;

/**
 * One finding's text in Chinese and English, next to its rule code (AssertJ's {@code ShouldXxx}
 * factories): rules report through it and tests compare against it, never against copied prose.
 * Arguments are substituted with {@link org.zhibiao.diag.Messages#format} (the {@code String.format} subset).
 *
 * @param code the rule code
 * @param severity the rule's default severity
 * @param zh the Chinese template: what is wrong; instead, what to do
 * @param en the English template
 */
public record Message(String code, Severity severity, String zh, String en) {

    /** A built-in rule's message, its code from the one list of them. */
    public Message(RuleCode code, Severity severity, String zh, String en) {
        this(code.code(), severity, zh, en);
    }

    /** The finding at a place, with the document path and a hint ({@link Hint#NONE} for none). */
    public Diagnostic at(Position position, String path, Hint hint, Object... args) {
        return new Diagnostic(code, severity, format(Lang.ZH, args), format(Lang.EN, args), position, path, hint);
    }

    /** The finding when the arguments differ by language (a reason given in Chinese and in English). */
    public Diagnostic at(Position position, String path, Hint hint, Object[] zhArgs, Object[] enArgs) {
        return new Diagnostic(code, severity, format(Lang.ZH, zhArgs), format(Lang.EN, enArgs), position, path, hint);
    }

    public String format(Lang lang, Object... args) {
        return Messages.quoting(lang == Lang.ZH ? zh : en, args);
    }
}
