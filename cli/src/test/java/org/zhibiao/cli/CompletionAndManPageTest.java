package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code zhibiao generate-completion} (picocli's bash/zsh script) and the man pages, both derived
 * from the same command model as {@code --help}, so neither can fall behind a new command or option.
 * The man pages are written here, at test time, into {@code cli/target/man/zh} (the default language)
 * and {@code cli/target/man/en} as AsciiDoc ({@link ManPages}; {@code asciidoctor -b manpage} turns one
 * into troff): a test costs the build nothing extra, where a plugin execution would start another JVM.
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

    @ParameterizedTest
    @EnumSource(Lang.class)
    void man_pages_are_written_for_every_command_with_its_options(Lang lang) throws IOException {
        // when
        Path dir = MAN.resolve(lang.name().toLowerCase(Locale.ROOT));
        List<CommandSpec> commands = ManPages.write(dir, lang);
        // then
        assertThat(commands).hasSizeGreaterThan(10);
        for (CommandSpec command : commands) {
            Path page = dir.resolve(command.qualifiedName("-") + ".adoc");
            assertThat(page).exists();
            String text = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(text)
                    .contains(":doctype: manpage", ":manname-title: " + Text.MAN_NAME.format(lang))
                    .contains(command.qualifiedName());
            command.options().stream()
                    .filter(o -> !o.hidden())
                    .forEach(o -> assertThat(text).as(page.toString()).contains(o.longestName()));
        }
        assertThat(Files.readString(dir.resolve("zhibiao.adoc"), StandardCharsets.UTF_8))
                .contains("xref:zhibiao-check.adoc[*check*]");
    }

    @Test
    void the_man_pages_speak_chinese_by_default_and_english_on_request() throws IOException {
        // when
        ManPages.write(MAN.resolve("zh"), Lang.ZH);
        ManPages.write(MAN.resolve("en"), Lang.EN);
        String zh = Files.readString(MAN.resolve("zh/zhibiao-new.adoc"), StandardCharsets.UTF_8);
        String en = Files.readString(MAN.resolve("en/zhibiao-new.adoc"), StandardCharsets.UTF_8);
        // then: headings, the command's summary, its options and its exit codes from the catalogue
        assertThat(zh)
                .contains("== 名称", "== 概要", "== 描述", "== 选项", "== 参数", "== 退出码")
                .contains(":manmanual: zhibiao 手册")
                .contains("zhibiao-new - " + Text.HELP_CMD_NEW.format(Lang.ZH))
                .contains(Text.HELP_ARG_NEW_YEAR.format(Lang.ZH))
                .contains("*2*::")
                .contains("输入不可用或用法有误")
                .doesNotContain("== Name", "== Options", "Exit status", "unusable input");
        assertThat(en)
                .contains("== Name", "== Synopsis", "== Description", "== Options", "== Arguments", "== Exit status")
                .contains("zhibiao-new - " + Text.HELP_CMD_NEW.format(Lang.EN))
                .contains(Text.HELP_ARG_NEW_YEAR.format(Lang.EN))
                .contains("*2*::")
                .contains("unusable input or usage")
                .doesNotContain("== 名称", "退出码");
    }

    private static CommandSpec root() {
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
