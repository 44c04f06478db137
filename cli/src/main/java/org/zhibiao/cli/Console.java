package org.zhibiao.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.zhibiao.cli.batch.Terminal;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Severity;
import org.zhibiao.diag.Text;

/**
 * Prints diagnostics to stderr in the one shared line format, with their hints; and chooses the
 * charset the standard streams are written in.
 */
final class Console {

    private Console() {}

    /**
     * The charset of {@code stdout} or {@code stderr} (issue 17: on a clerk's GBK console, UTF-8
     * bytes are mojibake). In order: {@code stdout.encoding} (JDK 19+; there it is always set, and
     * taken only on a console or when it differs from {@code native.encoding}, that is when someone
     * chose it); {@code sun.stdout.encoding}, which the JDK sets on a Windows console ({@code cp936});
     * on a console, {@code native.encoding}; otherwise UTF-8, since redirected output is a file, and
     * files are UTF-8 (as everything written with {@code -o} is). A name the JVM does not know is skipped.
     *
     * @param stream {@code stdout} or {@code stderr}
     * @param properties the system properties (injected by tests)
     * @param console whether a terminal is attached ({@link Terminal#attached()})
     */
    static Charset charset(String stream, Function<String, String> properties, boolean console) {
        String nativeEncoding = properties.apply("native.encoding");
        String chosen = properties.apply(stream + ".encoding");
        boolean jdkDefault = Runtime.version().feature() >= 19
                && !console
                && chosen != null
                && chosen.equalsIgnoreCase(nativeEncoding);
        List<String> candidates = new ArrayList<>();
        if (!jdkDefault) {
            candidates.add(chosen);
        }
        candidates.add(properties.apply("sun." + stream + ".encoding"));
        if (console) {
            candidates.add(nativeEncoding);
        }
        for (String name : candidates) {
            Charset charset = known(name);
            if (charset != null) {
                return charset;
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** A writer on a standard stream in its {@link #charset}; what the charset cannot encode becomes '?'. */
    static PrintWriter writer(OutputStream stream, String name) {
        return new PrintWriter(stream, true, charset(name, System::getProperty, Terminal.attached()));
    }

    private static Charset known(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
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
