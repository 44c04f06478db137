package org.zhibiao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the {@code zhibiao} command line with captured streams, built as
 * {@code main} builds it (only the subcommand being run), the way picocli's own tests execute commands.
 *
 * @param code the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record Run(int code, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Zhibiao.commandLineFor(args, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
