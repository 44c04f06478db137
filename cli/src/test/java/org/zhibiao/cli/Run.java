package org.zhibiao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the {@code zhibiao} command line with captured streams, built and
 * run as {@code main} does it (only the subcommand being run), the way picocli's own tests execute commands.
 *
 * @param code the exit code
 * @param out what went to stdout
 * @param err what went to stderr
 */
record Run(int code, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Zhibiao.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
