package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reports a command line picocli cannot parse as a catalogue finding in the user's language
 * (#17), with the one did-you-mean for a misspelt command or option, instead of picocli's English
 * and a screen of usage help that buries it.
 *
 * <p>{@code --lang} is read from the arguments themselves: parsing failed, so the option may
 * never have been set.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    private final Lang otherwise;

    /** @param otherwise the language when the arguments parsed name none ({@code zhibiao --lang en help x}) */
    UsageErrors(Lang otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        Lang lang = LangOption.scan(args, otherwise);
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        Console.print(err, List.of(finding(e, command.getCommandSpec())), lang);
        err.println(Text.USAGE_SEE_HELP.format(lang, command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCode.USAGE;
    }

    /** The finding for one of picocli's parse failures; the most specific that fits. */
    static Diagnostic finding(ParameterException e, CommandSpec spec) {
        String topic = helpTopic(e, spec);
        if (topic != null) {
            return unmatched(topic, spec);
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(unmatched.getUnmatched().get(0), spec);
        }
        if (e instanceof CommandLine.MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            return missing(missing.getMissing().get(0));
        }
        if (e instanceof CommandLine.OverwrittenOptionException repeated) {
            return Problem.USAGE_REPEATED.at(Position.NONE, label(repeated.getOverwritten()));
        }
        if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            return Problem.USAGE_EXCLUSIVE.at(Position.NONE, exclusive(e.getMessage()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            return Problem.USAGE_BAD_VALUE.at(Position.NONE, e.getValue(), label(arg), expected(arg));
        }
        return Problem.USAGE.at(
                Position.NONE, new Object[] {Text.USAGE_CHECK_OPTIONS.format(Lang.ZH)}, new Object[] {e.getMessage()});
    }

    /**
     * A required argument not given, or an option given without its value ({@code check --format}):
     * picocli reports both as missing, but the second needs the values it takes, not "required".
     */
    private static Diagnostic missing(ArgSpec arg) {
        if (arg instanceof OptionSpec option
                && !option.required()
                && option.arity().min() > 0) {
            return Problem.USAGE_NO_VALUE.at(Position.NONE, option.longestName(), expected(option));
        }
        return Problem.USAGE_MISSING.at(Position.NONE, label(arg));
    }

    /** An unknown option or subcommand, or a word where none was expected, with the nearest name. */
    private static Diagnostic unmatched(String typed, CommandSpec spec) {
        List<String> names = new ArrayList<>();
        if (typed.startsWith("-")) {
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            spec.options().forEach(o -> names.addAll(List.of(o.names())));
            return Problem.USAGE_UNKNOWN_OPTION.at(Position.NONE, name).withHint(DidYouMean.hint(name, names));
        }
        names.addAll(spec.subcommands().keySet());
        if (names.isEmpty()) {
            return Problem.USAGE_EXTRA.at(Position.NONE, typed);
        }
        return Problem.USAGE_UNKNOWN_COMMAND
                .at(Position.NONE, typed, String.join(", ", names))
                .withHint(DidYouMean.hint(typed, names));
    }

    /**
     * The command {@code zhibiao help NAME} did not find, or null. picocli's help subcommand
     * reports it against the parent command, only as English text ("Unknown subcommand 'chekc'."),
     * so the name is taken from between its quotes (#17: {@code help chekc} gets the did-you-mean
     * the other commands get).
     */
    private static String helpTopic(ParameterException e, CommandSpec spec) {
        String message = e.getMessage();
        if (message == null
                || !message.startsWith("Unknown subcommand '")
                || spec.subcommands().isEmpty()) {
            return null;
        }
        int start = message.indexOf('\'') + 1;
        int end = message.lastIndexOf('\'');
        return end > start ? message.substring(start, end) : null;
    }

    /** The arguments picocli's message names ("Error: A, --b are mutually exclusive …"). */
    private static String exclusive(String message) {
        String text = message == null ? "" : message.replaceFirst("^Error: ", "");
        int end = text.indexOf(" are mutually exclusive");
        return end < 0 ? text : text.substring(0, end);
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /**
     * What the argument takes: its label when that lists the choices as users write them
     * ({@code zh|en}, {@code text|json|sarif}), else its enum values, else its label ({@code FILE}).
     */
    private static String expected(ArgSpec arg) {
        if (arg.paramLabel().contains("|")) {
            return arg.paramLabel();
        }
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates != null) {
            List<String> values = new ArrayList<>();
            candidates.forEach(values::add);
            if (!values.isEmpty()) {
                return String.join(", ", values);
            }
        }
        return arg.paramLabel();
    }
}
