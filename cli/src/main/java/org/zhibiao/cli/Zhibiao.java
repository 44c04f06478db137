package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code zhibiao} command: performance-indicator systems (绩效指标体系) as code. */
@Command(name = "zhibiao", mixinStandardHelpOptions = true, versionProvider = Version.class)
public final class Zhibiao implements Runnable {

    /**
     * The subcommands by name, in the order help lists them. Registered here rather than in the
     * annotation so that {@link #main} can build picocli's model for the one command being run:
     * picocli reads every command's annotations reflectively, about 0.1 s of a cold start for all
     * six (#7). The names must match each class's {@code @Command(name)}; a test checks it.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    /** picocli's own subcommand that prints a bash/zsh completion script; it needs every command's model. */
    static final String COMPLETION = "generate-completion";

    /**
     * Columns of {@code --help}: fixed rather than picocli's auto width (which asks {@code tput}) so that
     * help reads the same everywhere; CJK characters count two columns each.
     */
    static final int HELP_WIDTH = 100;

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("new", NewCommand.class);
        commands.put("check", CheckCommand.class);
        commands.put("catalogue", CatalogueCommand.class);
        commands.put("convert", ConvertCommand.class);
        commands.put("upgrade", UpgradeCommand.class);
        commands.put("schema", SchemaCommand.class);
        commands.put("report", ReportCommand.class);
        commands.put("score", ScoreCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        commands.put(COMPLETION, AutoComplete.GenerateCompletion.class);
        return Collections.unmodifiableMap(commands);
    }

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
        System.exit(run(args, Console.writer(System.out, "stdout"), Console.writer(System.err, "stderr")));
    }

    /**
     * Runs the command; running out of memory becomes one line and exit 2, never a stack trace
     * (#13: a 300 MB CSV line printed Java's OutOfMemoryError trace): it is what too big an input
     * does. Whatever the command held is unreachable by the time this catches it, so there is
     * room to print.
     */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        Lang lang = LangOption.scan(args);
        String[] moved = LangOption.behindCommand(
                args, SUBCOMMANDS.keySet(), Set.of("help", COMPLETION), Map.of("catalogue", CatalogueCommand.NAMES));
        try {
            return commandLine(out, err, only(moved), lang).execute(moved);
        } catch (OutOfMemoryError e) {
            Diagnostic d = Problem.OUT_OF_MEMORY.at(
                    Position.NONE,
                    new Object[] {Text.WORD_INPUT.template(Lang.ZH)},
                    new Object[] {Text.WORD_INPUT.template(Lang.EN)});
            err.println(d.render(lang));
            err.flush();
            return ExitCode.USAGE;
        }
    }

    /**
     * The command line to run {@code args} with: {@code zhibiao check …} needs only check's model;
     * help, an unknown command or none needs them all. Help speaks the language {@code args} ask for.
     */
    static CommandLine commandLineFor(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err, only(args), LangOption.scan(args));
    }

    /** The one subcommand {@code args} run, or null when help, completion or no command needs them all. */
    private static String only(String[] args) {
        boolean one = args.length > 0
                && SUBCOMMANDS.containsKey(args[0])
                && !"help".equals(args[0])
                && !COMPLETION.equals(args[0]);
        return one ? args[0] : null;
    }

    /** The configured command line, with its streams, as tests use it; help in Chinese. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null, Lang.ZH);
    }

    /**
     * As {@link #commandLine(PrintWriter, PrintWriter)} with only the named subcommand, or all when
     * null, and help in {@code lang}. Parse errors and internal errors are catalogue findings (#17).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String only, Lang lang) {
        CommandLine cli = new CommandLine(new Zhibiao());
        SUBCOMMANDS.forEach((name, command) -> {
            if (only == null || only.equals(name)) {
                cli.addSubcommand(name, command);
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setAdjustLineBreaksForWideCJKCharacters(true);
        cli.setResourceBundle(new HelpTexts(cli.getCommandSpec(), lang));
        HelpTexts.footers(cli, lang);
        cli.setParameterExceptionHandler(new UsageErrors(lang));
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            Lang said = LangOption.scan(parsed.originalArgs().toArray(new String[0]), lang);
            Console.print(command.getErr(), List.of(Problem.INTERNAL.at(Position.NONE, e)), said);
            return ExitCode.INTERNAL;
        });
        return cli;
    }
}
