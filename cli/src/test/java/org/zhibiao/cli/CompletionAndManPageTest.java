package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Lang;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * {@code zhibiao generate-completion} (picocli's bash/zsh script) and the man pages, both derived
 * from the same command model as {@code --help}, so neither can fall behind a new command or option.
 * The man pages are written here, at test time, into {@code cli/target/man} as AsciiDoc (picocli-codegen's
 * ManPageGenerator; {@code asciidoctor -b manpage} turns one into troff): a test costs the build
 * nothing extra, where a plugin execution would start another JVM.
 */
class CompletionAndManPageTest {

    private static final Path MAN = Path.of("target", "man");

    @Test
    void the_completion_script_names_every_command_and_option() {
        // when
        Run run = Run.of("generate-completion");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_zhibiao");
        List<CommandSpec> commands = all(root());
        assertThat(commands)
                .extracting(CommandSpec::name)
                .contains("check", "new", "convert", "schema", "list", "show", "diff", "docs", "generate-completion");
        for (CommandSpec command : commands) {
            assertThat(run.out()).as(command.qualifiedName()).contains(command.name());
            for (OptionSpec option : command.options()) {
                if (!option.hidden()) {
                    assertThat(run.out()).as(command.qualifiedName()).contains(option.longestName());
                }
            }
        }
    }

    @Test
    void the_completion_script_runs_in_bash_and_completes_a_subcommand() throws Exception {
        // given: the script, sourced by bash, asked to complete "zhibiao ch"
        Path script = Files.createTempFile("zhibiao-completion", ".bash");
        Files.writeString(script, Run.of("generate-completion").out(), StandardCharsets.UTF_8);
        String probe = "source " + script + " && COMP_WORDS=(zhibiao ch) && COMP_CWORD=1 && COMP_LINE='zhibiao ch'"
                + " && COMP_POINT=10 && _complete_zhibiao && printf '%s\\n' \"${COMPREPLY[@]}\"";
        // when
        Process bash = new ProcessBuilder("bash", "-c", probe)
                .redirectErrorStream(true)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // then
        assertThat(bash.waitFor()).as(out).isZero();
        assertThat(out.strip()).isEqualTo("check");
        Files.delete(script);
    }

    @Test
    void man_pages_are_written_for_every_command_with_its_options() throws IOException {
        // when
        Files.createDirectories(MAN);
        CommandSpec root = root();
        all(root).forEach(CompletionAndManPageTest::exitStatusSection);
        int code = ManPageGenerator.generateManPage(MAN.toFile(), null, new boolean[0], false, root);
        // then
        assertThat(code).isZero();
        for (CommandSpec command : all(root())) {
            Path page = MAN.resolve(command.qualifiedName("-") + ".adoc");
            assertThat(page).exists();
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(text).contains(":doctype: manpage").contains(command.qualifiedName());
            command.options().stream()
                    .filter(o -> !o.hidden())
                    .forEach(o -> assertThat(text).as(page.toString()).contains(o.longestName()));
        }
        assertThat(Files.readString(MAN.resolve("zhibiao.adoc"), StandardCharsets.UTF_8))
                .contains("xref:zhibiao-check.adoc[*check*]");
        assertThat(Files.readString(MAN.resolve("zhibiao-new.adoc"), StandardCharsets.UTF_8))
                .contains("== Exit status")
                .contains("*2*::")
                .contains("unusable input or usage");
    }

    /**
     * The man page's EXIT STATUS section from the exit codes that {@code --help} prints as its footer
     * ({@code Text.HELP_EXIT_CODES} in English): ManPageGenerator writes a footer only under a footer heading, and an
     * exit-code list as a section of its own, which is where man(7) expects it.
     */
    private static void exitStatusSection(CommandSpec command) {
        String[] footer = command.usageMessage().footer();
        if (footer.length != 1 || !footer[0].startsWith("%nExit codes:%n")) {
            return;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^ +(\\d+) +(.+)$").matcher(String.format(footer[0]));
        while (line.find()) {
            codes.put(line.group(1), line.group(2));
        }
        command.usageMessage()
                .footer(new String[0])
                .exitCodeListHeading("Exit status")
                .exitCodeList(codes);
    }

    private static CommandSpec root() {
        // the man page is English, as man(7) pages are; its exit codes come from the English footer
        return Zhibiao.commandLine(
                        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), null, Lang.EN)
                .getCommandSpec();
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
