package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.List;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Severity;
import org.zhibiao.diag.Text;

/** Prints diagnostics to stderr in the one shared line format, with their hints. */
final class Console {

    private Console() {
    }

    static void print(PrintWriter err, List<Diagnostic> diagnostics, Lang lang) {
        lines(err, diagnostics, lang);
        err.flush();
    }

    /** As {@link #print}, without the flush: a batch flushes its buffered streams itself. */
    static void lines(PrintWriter err, List<Diagnostic> diagnostics, Lang lang) {
        for (Diagnostic d : diagnostics) {
            err.println(d.render(lang));
            if (!d.hint().isEmpty()) {
                err.println(Text.CONSOLE_HINT.format(lang, d.hint().text(lang)));
            }
        }
    }

    static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
