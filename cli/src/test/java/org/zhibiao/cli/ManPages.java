package org.zhibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages of every command in one language (issue 17), as AsciiDoc with doctype manpage:
 * written by picocli-codegen's ManPageGenerator from the command model {@code --help} prints, in
 * {@code lang} — the descriptions of commands and options come from the model's resource bundle,
 * the message catalogue ({@link HelpTexts}), and the exit codes from the same footer.
 *
 * <p>ManPageGenerator takes every description from the model but writes its section headings
 * ({@code == Name}, {@code == Synopsis} …) and the manual's title in English; those lines are put
 * in {@code lang} afterwards from the catalogue, and {@code :manname-title:} tells asciidoctor what
 * the NAME section is called in this language. Test code: picocli-codegen is a test dependency,
 * so the jar carries no generator.
 */
final class ManPages {

    private static final Pattern EXIT_CODE = Pattern.compile("(?m)^ +(\\d+) +(.+)$");

    /** The lines ManPageGenerator writes in English, and the catalogue entries that say them in the user's language. */
    private static final Map<String, Text> HEADINGS = Map.of(
            "== Name", Text.MAN_NAME,
            "== Synopsis", Text.MAN_SYNOPSIS,
            "== Description", Text.MAN_DESCRIPTION,
            "== Options", Text.MAN_OPTIONS,
            "== Arguments", Text.MAN_ARGUMENTS,
            "== Commands", Text.MAN_COMMANDS);

    private ManPages() {}

    /** Writes {@code dir/zhibiao.adoc}, {@code dir/zhibiao-check.adoc} … in {@code lang}; the commands written. */
    static List<CommandSpec> write(Path dir, Lang lang) throws IOException {
        Files.createDirectories(dir);
        PrintWriter nowhere = new PrintWriter(PrintWriter.nullWriter());
        CommandSpec root = Zhibiao.commandLine(nowhere, nowhere, null, lang).getCommandSpec();
        List<CommandSpec> commands = all(root);
        commands.forEach(command -> exitStatusSection(command, lang));
        int code = ManPageGenerator.generateManPage(dir.toFile(), null, new boolean[0], false, root);
        if (code != 0) {
            throw new IOException("ManPageGenerator exited with " + code);
        }
        for (CommandSpec command : commands) {
            inLanguage(dir.resolve(command.qualifiedName("-") + ".adoc"), lang);
        }
        return commands;
    }

    /**
     * The EXIT STATUS section from the exit codes {@code --help} prints as its footer
     * ({@link Text#HELP_EXIT_CODES} in {@code lang}): ManPageGenerator writes a footer only under a
     * footer heading, and an exit-code list as a section of its own, which is where man(7) expects it.
     */
    private static void exitStatusSection(CommandSpec command, Lang lang) {
        String[] footer = command.usageMessage().footer();
        if (footer.length != 1) {
            return;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        Matcher line = EXIT_CODE.matcher(String.format(footer[0]));
        while (line.find()) {
            codes.put(line.group(1), line.group(2));
        }
        if (!codes.isEmpty()) {
            command.usageMessage()
                    .footer(new String[0])
                    .exitCodeListHeading(Text.MAN_EXIT_STATUS.format(lang))
                    .exitCodeList(codes);
        }
    }

    /** The page's fixed English headings and manual title in {@code lang}, and the NAME section's title declared. */
    private static void inLanguage(Path page, Lang lang) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            Text heading = HEADINGS.get(line);
            if (heading != null) {
                lines.add("== " + heading.format(lang));
            } else if (line.startsWith(":manmanual: ")) {
                lines.add(":manmanual: " + Text.MAN_MANUAL.format(lang));
            } else {
                lines.add(line);
            }
            if (line.equals(":doctype: manpage")) {
                lines.add(":manname-title: " + Text.MAN_NAME.format(lang));
            }
        }
        Files.write(page, lines, StandardCharsets.UTF_8);
    }

    private static List<CommandSpec> all(CommandSpec root) {
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(root);
        root.subcommands().values().forEach(sub -> {
            if (!specs.contains(sub.getCommandSpec())) {
                specs.addAll(all(sub.getCommandSpec()));
            }
        });
        return specs;
    }
}
