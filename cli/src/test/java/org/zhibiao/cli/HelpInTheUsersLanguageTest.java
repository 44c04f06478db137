package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Issue 17, "one voice": {@code --help} speaks the user's language — every command's description,
 * every option's and parameter's, the headings and the exit codes — from the one message catalogue
 * ({@link HelpTexts} over {@link Text}), Chinese by default and English with {@code --lang en}.
 */
class HelpInTheUsersLanguageTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");

    @ParameterizedTest
    @EnumSource(Lang.class)
    void every_command_and_argument_has_its_description_from_the_catalogue(Lang lang) {
        List<String> missing = new ArrayList<>();
        int args = 0;
        for (CommandSpec command : all(root(lang))) {
            List<String> paragraphs = new ArrayList<>();
            for (int n = 1; HelpTexts.paragraph(command, n) != null; n++) {
                paragraphs.add(HelpTexts.paragraph(command, n).template(lang));
            }
            List<String> shown =
                    new ArrayList<>(Arrays.asList(command.usageMessage().header()));
            shown.addAll(Arrays.asList(command.usageMessage().description()));
            if (paragraphs.isEmpty() || !shown.equals(paragraphs)) {
                missing.add(command.qualifiedName() + ": " + shown);
            }
            for (ArgSpec arg : command.args()) {
                args++;
                Text text = HelpTexts.of(command, arg);
                String expected = text == null
                        ? null
                        : text.template(lang).replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue()));
                if (expected == null || !List.of(arg.description()).equals(List.of(expected))) {
                    missing.add(command.qualifiedName() + " " + name(arg) + ": " + List.of(arg.description()));
                }
            }
        }
        assertThat(args).isGreaterThan(90);
        assertThat(missing).as("descriptions not taken from the catalogue").isEmpty();
    }

    @Test
    void every_description_has_both_languages_and_the_chinese_one_is_chinese() {
        List<String> wrong = new ArrayList<>();
        for (CommandSpec command : all(root(Lang.ZH))) {
            List<Text> texts = new ArrayList<>();
            for (int n = 1; HelpTexts.paragraph(command, n) != null; n++) {
                texts.add(HelpTexts.paragraph(command, n));
            }
            command.args().forEach(arg -> texts.add(HelpTexts.of(command, arg)));
            for (Text text : texts) {
                if (text != null
                        && (!CJK.matcher(text.template(Lang.ZH)).find()
                                || text.template(Lang.EN).isBlank()
                                || text.template(Lang.EN).equals(text.template(Lang.ZH)))) {
                    wrong.add(command.qualifiedName() + ": " + text.key());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void check_help_is_chinese_by_default_and_english_with_lang_en() {
        // when
        Run zh = Run.of("check", "--help");
        Run en = Run.of("--lang", "en", "check", "--help");

        // then: the descriptions of the command and of its options, wrapped, in one language each
        assertThat(zh.code()).isZero();
        assertThat(squeeze(zh.out()))
                .contains(squeeze(Text.HELP_CMD_CHECK.template(Lang.ZH)))
                .contains(squeeze(Text.HELP_ARG_CHECK_STRICT.template(Lang.ZH)))
                .contains(squeeze(Text.HELP_ARG_CATALOGUE.template(Lang.ZH)))
                .contains(squeeze(Text.HELP_ARG_LANG.template(Lang.ZH)))
                .contains("退出码：")
                .doesNotContain("Warnings", "Output format", "Exit codes");
        assertThat(squeeze(en.out()))
                .contains("Checkfilleddeclarationsagainsttheirtemplates.")
                .contains("Warningscountaserrorsfortheexitcode.")
                .contains("Languageofmessages:zh(default)oren.");
        assertThat(en.out()).doesNotContainPattern(CJK.pattern());
    }

    @Test
    void every_command_prints_its_chinese_descriptions_in_help() {
        for (CommandSpec command : all(root(Lang.ZH))) {
            List<String> args = new ArrayList<>(List.of(command.qualifiedName().split(" ")));
            args.remove(0);
            args.add("--help");
            if ("help".equals(command.name())) {
                args = List.of("help", "help");
            }
            Run run = Run.of(args.toArray(new String[0]));
            assertThat(run.code()).as(args.toString()).isZero();
            assertThat(squeeze(run.out()))
                    .as(command.qualifiedName())
                    .contains(squeeze(HelpTexts.paragraph(command, 1).template(Lang.ZH)));
            for (ArgSpec arg : command.args()) {
                if (!arg.hidden()) {
                    assertThat(squeeze(run.out()))
                            .as(command.qualifiedName() + " " + name(arg))
                            .contains(squeeze(String.join("", arg.description())));
                }
            }
        }
    }

    @Test
    void catalogue_diff_prints_its_own_exit_codes_in_either_language() {
        Run zh = Run.of("catalogue", "diff", "--help");
        Run en = Run.of("catalogue", "diff", "--help", "--lang", "en");

        assertThat(zh.out())
                .contains(String.format(Text.HELP_CMD_CATALOGUE_DIFF_FOOTER.template(Lang.ZH)))
                .doesNotContain("Exit codes");
        assertThat(en.out())
                .contains(String.format(Text.HELP_CMD_CATALOGUE_DIFF_FOOTER.template(Lang.EN)))
                .contains("  1   they differ");
        assertThat(Run.of("catalogue", "list", "--help").out()).contains("退出码：");
    }

    @Test
    void picocli_help_and_completion_commands_speak_chinese_too() {
        Run help = Run.of("help", "help");
        Run completion = Run.of("generate-completion", "--help");
        Run list = Run.of("--help");

        assertThat(help.out()).contains("用法：", "显示指定命令的帮助。").doesNotContain("Display help");
        assertThat(completion.out()).contains("生成 zhibiao 的 bash/zsh 补全脚本。", "选项：");
        assertThat(list.out()).contains("help                 显示指定命令的帮助。");
    }

    /** The text without white space, so that a description wrapped over lines is found whole. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String name(ArgSpec arg) {
        return arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
    }

    private static CommandSpec root(Lang lang) {
        return Zhibiao.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), null, lang)
                .getCommandSpec();
    }

    private static List<CommandSpec> all(CommandSpec root) {
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(root);
        root.subcommands().values().forEach(sub -> specs.addAll(all(sub.getCommandSpec())));
        return specs;
    }
}
