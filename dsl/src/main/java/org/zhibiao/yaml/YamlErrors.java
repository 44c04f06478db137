package org.zhibiao.yaml;

import java.util.ArrayDeque;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;

/**
 * Turns snakeyaml-engine's syntax errors into catalogue findings (#17), so a clerk reads in their
 * own language what to change and where, never the scanner's English.
 *
 * <p>The common mistake is a 指标值 typed without quotes: {@code target: >=98%} starts a folded
 * block scalar ({@code >}), {@code @} and {@code `} are reserved, {@code %} starts a directive. The
 * finding names the value, says it must be quoted, and points at its first character. Other
 * errors the scanner and parser find (a stray {@code ': '}, an unclosed quote or bracket, an
 * indentation that lines up with nothing) get their own message; anything else a generic one in
 * Chinese, with the parser's words kept for the English reader.
 */
final class YamlErrors {

    /** Characters that cannot start an unquoted value; the scanner's "cannot start any token". */
    private static final String RESERVED = "@`%";

    private YamlErrors() {}

    /**
     * The finding for a parser failure, or null when the failure did not come from snakeyaml (a
     * Jackson limit, for example), which the caller reports as before.
     */
    static Diagnostic of(Throwable failure, String text, String file) {
        MarkedYamlEngineException e = yamlCause(failure);
        if (e == null) {
            return null;
        }
        String context = orEmpty(e.getContext());
        String problem = orEmpty(e.getProblem());
        Mark contextMark = e.getContextMark().orElse(null);
        Mark at = e.getProblemMark().orElse(contextMark);
        if (at == null) {
            return generic(Position.of(file, 1, 1), problem);
        }
        if (context.contains("block scalar") && contextMark != null && problem.startsWith("expected")) {
            return quote(file, text, contextMark);
        }
        Diagnostic found = byProblem(file, text, problem, at);
        if (found == null) {
            found = byContext(file, text, context, contextMark, at);
        }
        return found != null ? found : generic(position(file, at), problem);
    }

    private static MarkedYamlEngineException yamlCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof MarkedYamlEngineException)) {
            cause = cause.getCause();
        }
        return (MarkedYamlEngineException) cause;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The finding the scanner's problem names by itself, or null. */
    private static Diagnostic byProblem(String file, String text, String problem, Mark at) {
        if (problem.startsWith("found character") && RESERVED.indexOf(charAt(text, at)) >= 0) {
            return quote(file, text, at);
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return Problem.YAML_COLON.at(position(file, at));
        }
        if (problem.startsWith("sequence entries are not allowed")) {
            return Problem.YAML_DASH.at(position(file, at));
        }
        return null;
    }

    /** The finding the parser's context (what it was reading) points to, or null. */
    private static Diagnostic byContext(String file, String text, String context, Mark contextMark, Mark at) {
        if (context.contains("quoted scalar") && contextMark != null) {
            char quote = charAt(text, contextMark);
            return Problem.YAML_UNCLOSED_QUOTE.at(position(file, contextMark), String.valueOf(quote));
        }
        if (context.contains("flow")) {
            Position open = unclosedBracket(file, text);
            if (open != null) {
                char bracket = charAt(text, open);
                return Problem.YAML_UNCLOSED_BRACKET.at(open, String.valueOf(bracket), bracket == '[' ? "]" : "}");
            }
        }
        if (context.contains("block mapping") || context.contains("block collection")) {
            return Problem.YAML_INDENT.at(position(file, at));
        }
        return null;
    }

    /** A syntax error with no message of its own: the parser's words only for the English reader. */
    private static Diagnostic generic(Position at, String problem) {
        return Problem.SYNTAX.at(at, new Object[] {Text.YAML_SYNTAX.format(Lang.ZH)}, new Object[] {problem});
    }

    private static Diagnostic quote(String file, String text, Mark start) {
        String value = valueAt(text, start);
        return Problem.YAML_QUOTE.at(
                position(file, start),
                value,
                value.substring(0, 1),
                value.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    /** The unquoted value from its first character to the end of its line, without a comment. */
    static String valueAt(String text, Mark start) {
        int lineStart = 0;
        for (int line = 0; line < start.getLine() && lineStart >= 0; line++) {
            int nl = text.indexOf('\n', lineStart);
            lineStart = nl < 0 ? -1 : nl + 1;
        }
        if (lineStart < 0) {
            return "?";
        }
        int end = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, end < 0 ? text.length() : end);
        int from = line.offsetByCodePoints(0, Math.min(start.getColumn(), line.codePointCount(0, line.length())));
        String value = line.substring(from);
        int comment = value.indexOf(" #");
        value = (comment < 0 ? value : value.substring(0, comment)).strip();
        return value.isEmpty() ? "?" : value;
    }

    /**
     * The innermost <code>[</code> or <code>{</code> left open at the end of the text, or null: the parser
     * only notices at the end of the file, but the bracket is what to fix. Quoted text and
     * comments are skipped.
     */
    static Position unclosedBracket(String file, String text) {
        Brackets brackets = new Brackets();
        for (int i = 0; i < text.length(); i++) {
            brackets.read(text.charAt(i));
        }
        int[] last = brackets.open.peek();
        return last == null ? null : Position.of(file, last[0], last[1]);
    }

    /** The scan behind {@link #unclosedBracket}: the brackets still open, each at its line and column. */
    private static final class Brackets {

        private final ArrayDeque<int[]> open = new ArrayDeque<>();
        private int line = 1;
        private int column;
        private char quote;
        private boolean comment;
        private char previous = '\n';

        void read(char c) {
            column++;
            if (c == '\n') {
                line++;
                column = 0;
                comment = false;
            } else if (comment) {
                return;
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else {
                plain(c);
            }
            previous = c;
        }

        /** A character outside quotes and comments. */
        private void plain(char c) {
            if (c == '#' && (previous == ' ' || previous == '\n' || previous == '\t')) {
                comment = true;
            } else if ((c == '\'' || c == '"') && "[{,: \n".indexOf(previous) >= 0) {
                quote = c;
            } else if (c == '[' || c == '{') {
                open.push(new int[] {line, column});
            } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
        }
    }

    private static char charAt(String text, Position at) {
        int start = 0;
        for (int line = 1; line < at.line(); line++) {
            start = text.indexOf('\n', start) + 1;
        }
        return text.charAt(start + at.column() - 1);
    }

    private static char charAt(String text, Mark mark) {
        String value = valueAt(text, mark);
        return value.charAt(0);
    }

    /** snakeyaml counts lines and columns from 0, in code points; positions count from 1. */
    private static Position position(String file, Mark mark) {
        return Position.of(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
