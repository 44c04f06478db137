package org.zhibiao.diag;

import java.util.Objects;

/**
 * One finding about one place in one document: what is wrong, where, and what to do instead.
 *
 * @param code stable identifier shown as {@code error[code]}; see {@link Problem}
 * @param severity how serious it is
 * @param zh the message in Chinese
 * @param en the message in English
 * @param position file, line and column
 * @param path the document path, such as {@code 年度 › 运行成本 › 公用经费控制 › 公用经费控制率}
 * @param hint a fix to offer, such as "did you mean 预算执行率?"; {@link Hint#NONE} when there is none
 */
public record Diagnostic(
        String code, Severity severity, String zh, String en, Position position, String path, Hint hint) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        position = position == null ? Position.NONE : position;
        path = path == null ? "" : path;
        hint = hint == null ? Hint.NONE : hint;
    }

    public String message(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /**
     * {@code file:line:col: error[code]: message} — the one line format every front end shares.
     * A finding about no file (a template id typed on the command line) starts {@code zhibiao:}.
     */
    public String render(Lang lang) {
        boolean located = position.isKnown() || !position.file().isEmpty();
        StringBuilder out = new StringBuilder()
                .append(located ? position.toString() : "zhibiao")
                .append(": ")
                .append(severity.word())
                .append('[')
                .append(code)
                .append("]: ")
                .append(message(lang));
        if (!path.isEmpty()) {
            // a path ends in the row's 三级 name, which can be a pasted page: cut like a quoted value
            out.append(Messages.quoting(Text.DIAGNOSTIC_AT.template(lang), path));
        }
        return out.toString();
    }

    /** The same finding with a fix to offer; a null hint leaves it without one. */
    public Diagnostic withHint(Hint newHint) {
        return new Diagnostic(code, severity, zh, en, position, path, newHint);
    }

    public Diagnostic withPath(String newPath) {
        return new Diagnostic(code, severity, zh, en, position, newPath, hint);
    }
}
