package org.zhibiao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code zhibiao} command: performance-indicator systems (绩效指标体系) as code. */
@Command(name = "zhibiao",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "zhibiao (指标): performance-target templates as code.",
            "Provinces write templates; departments run `zhibiao new` for a starter declaration",
            "and `zhibiao check` to see what is still wrong."},
        footer = ExitCode.HELP,
        subcommands = {
            NewCommand.class,
            CheckCommand.class,
            CatalogueCommand.class,
            ConvertCommand.class,
            SchemaCommand.class,
            CommandLine.HelpCommand.class})
public final class Zhibiao implements Runnable {

    static {
        // [#7] picocli's DefaultFactory looks for groovy.lang.Closure, and loading it starts the whole
        // Groovy runtime (~1,000 classes, ~0.2 s) whenever Groovy is on the class path. We use no
        // closures in annotations; Groovy is loaded only for .groovy templates.
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        Preload.startFor(args);
        System.exit(commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args));
    }

    /** The configured command line, with its streams, as tests use it. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Zhibiao());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("内部错误 / internal error: " + e
                    + "\n这是 zhibiao 的缺陷，请附上命令与输入文件报告 / this is a bug in zhibiao; please report it");
            return ExitCode.INTERNAL;
        });
        return cli;
    }
}
