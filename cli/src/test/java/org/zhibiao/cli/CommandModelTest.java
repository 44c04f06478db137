package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The command line main builds: one subcommand's model when one is named, all of them otherwise. */
class CommandModelTest {

    @Test
    void each_registered_name_is_the_name_its_command_declares() {
        Zhibiao.SUBCOMMANDS.forEach((name, command) -> assertThat(
                        command.getAnnotation(Command.class).name())
                .as(command.getName())
                .isEqualTo(name));
    }

    @Test
    void top_level_help_lists_every_command() {
        Run run = Run.of("--help");
        assertThat(run.code()).isZero();
        Zhibiao.SUBCOMMANDS.keySet().forEach(name -> assertThat(run.out() + run.err())
                .contains("  " + name + " "));
    }

    @Test
    void help_for_a_command_still_finds_it() {
        Run run = Run.of("help", "check");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("用法：\nzhibiao check");
    }

    @Test
    void a_mistyped_command_is_refused_with_the_list_of_commands() {
        Run run = Run.of("chek", "x.yaml");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("check");
    }
}
