package org.zhibiao.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Everything {@code --help} says, in the user's language, from the message catalogue (#17): the
 * description of every command and option, the section headings ({@code 用法：}, {@code 选项：}) and
 * the exit-code footer. The annotations carry names and labels only, so no English text stays
 * behind when a description changes.
 *
 * <p>picocli asks a resource bundle for keys of its own making ({@code zhibiao.check.format},
 * {@code zhibiao.check.DECLARATION[0..*]}, {@code zhibiao.check.usage.description.0}); this bundle
 * walks the command tree once and answers them from catalogue entries named after what they
 * describe:
 *
 * <ul>
 *   <li>{@code help.cmd.zhibiao.check}: a command's summary (its first paragraph, the line the
 *       command list shows), {@code help.cmd.zhibiao.check.2} the next paragraph, and
 *       {@code help.cmd.….footer} its own exit codes where they differ from {@link Text#HELP_EXIT_CODES};
 *   <li>{@code help.arg.zhibiao.check.--format}, {@code help.arg.zhibiao.check.DECLARATION}: an
 *       option by its longest name, a positional parameter by its label; {@code help.arg.--force}
 *       for every command that has no entry of its own;
 *   <li>{@code help.arg.KEY} for an argument with a picocli description key (the standard help and
 *       version options, picocli's help command).
 * </ul>
 *
 * <p>A bundle built in code: help costs no properties file read at start-up.
 */
final class HelpTexts extends ResourceBundle {

    private static final String COMMAND = "help.cmd.";
    private static final String ARGUMENT = "help.arg.";

    /** picocli's section headings, the same for every command. */
    private static final Map<String, Text> HEADINGS = Map.of(
            "usage.synopsisHeading", Text.HELP_USAGE,
            "usage.optionListHeading", Text.HELP_OPTIONS,
            "usage.commandListHeading", Text.HELP_COMMANDS,
            "usage.parameterListHeading", Text.HELP_PARAMETERS);

    private final Map<String, String> strings = new HashMap<>();

    /** The texts of {@code root} and every command below it, in {@code lang}. */
    HelpTexts(CommandSpec root, Lang lang) {
        HEADINGS.forEach((key, text) -> strings.put(key, text.template(lang)));
        add(root, lang);
    }

    /**
     * Sets the exit-code footer of {@code command} and the commands below it, in {@code lang}: the
     * command's own where it has one ({@code catalogue diff}), else the one every command shares. Set
     * on the model rather than answered from the bundle, so that the man page can move it into a
     * section of its own. picocli's help and completion commands get none.
     */
    static void footers(CommandLine command, Lang lang) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.userObject().getClass().getName().startsWith("org.zhibiao.")) {
            Text own = Catalogue.BY_KEY.get(COMMAND + spec.qualifiedName(".") + ".footer");
            spec.usageMessage().footer((own == null ? Text.HELP_EXIT_CODES : own).template(lang));
        }
        command.getSubcommands().values().forEach(sub -> footers(sub, lang));
    }

    /** The catalogue entry describing {@code arg} of {@code command}, or null when there is none. */
    static Text of(CommandSpec command, ArgSpec arg) {
        String key = arg.descriptionKey();
        if (key != null && !key.isEmpty()) {
            return Catalogue.BY_KEY.get(ARGUMENT + key);
        }
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        Text own = Catalogue.BY_KEY.get(ARGUMENT + command.qualifiedName(".") + "." + name);
        return own != null ? own : Catalogue.BY_KEY.get(ARGUMENT + name);
    }

    /** The catalogue entry of paragraph {@code n} (1, 2 …) of {@code command}'s description, or null. */
    static Text paragraph(CommandSpec command, int n) {
        return Catalogue.BY_KEY.get(COMMAND + command.qualifiedName(".") + (n == 1 ? "" : "." + n));
    }

    private void add(CommandSpec command, Lang lang) {
        String prefix = command.qualifiedName(".") + ".";
        // picocli's help command has a header (the line the command list shows) before its description
        boolean header = command.usageMessage().header().length > 0;
        int line = 0;
        for (int n = 1; paragraph(command, n) != null; n++) {
            String key = header && n == 1 ? "usage.header.0" : "usage.description." + line++;
            strings.put(prefix + key, paragraph(command, n).template(lang));
        }
        for (ArgSpec arg : command.args()) {
            Text text = of(command, arg);
            if (text != null) {
                strings.put(bundleKey(prefix, arg), text.template(lang));
            }
        }
        command.subcommands().values().forEach(sub -> add(sub.getCommandSpec(), lang));
    }

    /**
     * The key picocli looks up for {@code arg}'s description: its description key, else (an option)
     * its longest name without the dashes, else (a positional parameter) its label and index, each
     * qualified with the command's name.
     */
    private static String bundleKey(String prefix, ArgSpec arg) {
        String key = arg.descriptionKey();
        if (key != null && !key.isEmpty()) {
            return prefix + key;
        }
        if (arg instanceof PositionalParamSpec positional) {
            return prefix + positional.paramLabel() + "[" + positional.index() + "]";
        }
        String name = ((OptionSpec) arg).longestName();
        int start = 0;
        while (start < name.length() && !Character.isJavaIdentifierPart(name.charAt(start))) {
            start++;
        }
        return prefix + name.substring(start);
    }

    @Override
    protected Object handleGetObject(String key) {
        return strings.get(key);
    }

    @Override
    protected Set<String> handleKeySet() {
        return strings.keySet();
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(strings.keySet());
    }

    /** The catalogue's entries by key. */
    private static final class Catalogue {
        static final Map<String, Text> BY_KEY = byKey();

        private static Map<String, Text> byKey() {
            Map<String, Text> texts = new HashMap<>();
            for (Text text : Text.values()) {
                texts.put(text.key(), text);
            }
            return texts;
        }
    }
}
