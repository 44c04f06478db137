package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code --help} of every command is wrapped by picocli at word boundaries within
 * {@link Zhibiao#HELP_WIDTH} columns (a CJK character counts two), never by a line break written into
 * a description in the middle of a sentence (issue 17: "starter declaration\nand").
 */
class HelpTextTest {

    @Test
    void no_description_line_of_ours_breaks_a_sentence_and_no_footer_line_needs_wrapping() {
        List<String> broken = new ArrayList<>();
        for (CommandSpec command : ours()) {
            for (String line : command.usageMessage().description()) {
                if (!endsASentence(line)) {
                    broken.add(command.qualifiedName() + ": " + line);
                }
            }
            for (String footer : command.usageMessage().footer()) {
                for (String line : String.format(footer).split("\\R", -1)) {
                    if (width(line) > Zhibiao.HELP_WIDTH) {
                        broken.add(command.qualifiedName() + " footer, wider than the help: " + line);
                    }
                }
            }
            for (ArgSpec arg : command.args()) {
                for (String line : arg.description()) {
                    if (!endsASentence(line)) {
                        broken.add(command.qualifiedName() + " " + arg.paramLabel() + ": " + line);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void no_help_line_is_wider_than_the_help_width() {
        List<String> wide = new ArrayList<>();
        int commands = 0;
        for (CommandSpec command :
                all(Zhibiao.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                        .getCommandSpec())) {
            StringWriter help = new StringWriter();
            command.commandLine().usage(new PrintWriter(help), CommandLine.Help.Ansi.OFF);
            commands++;
            for (String line : help.toString().split("\\R", -1)) {
                if (width(line) > Zhibiao.HELP_WIDTH) {
                    wide.add(command.qualifiedName() + ": " + line);
                }
            }
        }
        assertThat(commands).isGreaterThanOrEqualTo(Zhibiao.SUBCOMMANDS.size() + 4);
        assertThat(wide).isEmpty();
    }

    @Test
    void a_long_description_is_wrapped_at_a_word_in_the_rendered_help() {
        // when
        Run run = Run.of("new", "--help", "--lang", "en");
        // then: the sentence that used to be cut after "marked (origin: todo)," is wrapped at a word
        assertThat(run.code()).isZero();
        for (String line : run.out().split("\\R", -1)) {
            assertThat(line).doesNotEndWith(" ");
        }
        assertThat(String.join(" ", run.out().split("\\s+")))
                .contains(
                        "every department-specific slot is marked (origin: todo), funds shares and totals are computed.");
    }

    @Test
    void the_width_is_measured_in_columns_with_cjk_characters_counting_two() {
        assertThat(width("abc")).isEqualTo(3);
        assertThat(width("绩效目标")).isEqualTo(8);
        assertThat(width("（指标）")).isEqualTo(8);
    }

    /** The commands whose descriptions zhibiao writes (not picocli's help and completion commands). */
    private static List<CommandSpec> ours() {
        return all(Zhibiao.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                        .getCommandSpec())
                .stream()
                .filter(c -> c.userObject().getClass().getName().startsWith("org.zhibiao."))
                .toList();
    }

    private static List<CommandSpec> all(CommandSpec root) {
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(root);
        root.subcommands().values().forEach(sub -> specs.addAll(all(sub.getCommandSpec())));
        return specs;
    }

    private static boolean endsASentence(String line) {
        String text = line.strip();
        return text.isEmpty() || ".。:：)）?？!！".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** East Asian wide and full-width code points, as first and last of each range. */
    private static final int[][] WIDE = {
        {0x1100, 0x115F},
        {0x2E80, 0xA4CF},
        {0xAC00, 0xD7A3},
        {0xF900, 0xFAFF},
        {0xFE30, 0xFE4F},
        {0xFF00, 0xFF60},
        {0xFFE0, 0xFFE6},
        {0x20000, 0x3FFFD}
    };

    /** Terminal columns: East Asian wide and full-width characters take two. */
    static int width(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            columns += isWide(c) ? 2 : 1;
        }
        return columns;
    }

    private static boolean isWide(int c) {
        for (int[] range : WIDE) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
