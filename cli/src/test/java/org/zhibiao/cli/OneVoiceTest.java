package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;

/**
 * Issue 17, "one voice": usage errors, help and file errors speak Chinese by default and English
 * with {@code --lang en}, wherever on the line {@code --lang} stands, and a near miss gets the one
 * did-you-mean.
 */
class OneVoiceTest {

    /** Any CJK ideograph or full-width punctuation: English output must have none. */
    private static final String CJK = "[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]";

    @TempDir
    Path dir;

    @Test
    void issue17_an_unknown_option_is_a_finding_with_a_suggestion_in_chinese() {
        Run run = Run.of("check", "--fromat", "json", "x.yaml");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .isEqualTo(Problem.USAGE_UNKNOWN_OPTION
                                .at(Position.NONE, "--fromat")
                                .render(Lang.ZH) + "\n  提示：是否应为“--format”？\n"
                        + Text.USAGE_SEE_HELP.format(Lang.ZH, "zhibiao check") + "\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void issue17_an_unknown_option_is_reported_in_english_even_when_lang_comes_after_it() {
        Run run = Run.of("check", "--fromat=json", "x.yaml", "--lang", "en");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(
                        "zhibiao: error[unknown-option]: no option '--fromat'",
                        "  help: did you mean '--format'?",
                        "see zhibiao check --help")
                .doesNotContainPattern(CJK);
    }

    @Test
    void issue17_a_mistyped_command_gets_the_nearest_command() {
        Run zh = Run.of("chekc", "x.yaml");
        Run en = Run.of("chekc", "x.yaml", "--lang=en");

        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err()).contains("error[unknown-command]: 没有命令“chekc”", "提示：是否应为“check”？");
        assertThat(en.err())
                .contains("error[unknown-command]: no command 'chekc'", "did you mean 'check'?")
                .doesNotContainPattern(CJK);
    }

    @Test
    void issue17_help_with_a_mistyped_command_gets_the_nearest_command_in_either_language() {
        Run zh = Run.of("help", "chekc");
        Run en = Run.of("--lang", "en", "help", "chekc");

        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err()).contains("error[unknown-command]: 没有命令“chekc”", "提示：是否应为“check”？");
        assertThat(en.code()).isEqualTo(ExitCode.USAGE);
        assertThat(en.err())
                .contains("error[unknown-command]: no command 'chekc'", "did you mean 'check'?")
                .doesNotContainPattern(CJK);
    }

    @Test
    void issue17_the_exit_codes_footer_follows_the_language() {
        Run zh = Run.of("check", "--help");
        Run en = Run.of("check", "--help", "--lang", "en");

        assertThat(zh.out()).contains("退出码：", "  70  zhibiao 内部错误").doesNotContain("Exit codes");
        assertThat(en.out()).contains("Exit codes:").doesNotContain("退出码");
        assertThat(en.out()).contains(String.format(Text.HELP_EXIT_CODES.template(Lang.EN)));
    }

    @Test
    void issue17_lang_before_the_command_works_as_after_it() {
        Path missing = dir.resolve("missing.yaml");

        Run before = Run.of("--lang", "en", "check", missing.toString());
        Run after = Run.of("check", missing.toString(), "--lang", "en");
        Run equals = Run.of("--lang=en", "check", missing.toString());

        assertThat(before.code()).isEqualTo(after.code()).isEqualTo(ExitCode.USAGE);
        assertThat(before.err()).isEqualTo(after.err()).isEqualTo(equals.err()).contains("no such file");
        assertThat(Run.of("--lang", "en", "help", "check").out()).startsWith("Usage: zhibiao check");
        assertThat(Run.of("--lang", "en", "--help").out()).startsWith("Usage: zhibiao");
    }

    @Test
    void issue17_a_bad_option_value_names_the_values_allowed() {
        Run format = Run.of("check", "--format", "xml", "x.yaml");
        Run lang = Run.of("check", "--lang", "fr", "x.yaml");

        assertThat(format.code()).isEqualTo(ExitCode.USAGE);
        assertThat(format.err())
                .contains(Problem.USAGE_BAD_VALUE
                        .at(Position.NONE, "xml", "--format", "text|json|sarif")
                        .render(Lang.ZH));
        assertThat(lang.err()).contains("--lang 的值“fr”无效；应为 zh|en");
    }

    @Test
    void issue17_a_missing_argument_is_reported_in_either_language() {
        Run zh = Run.of("schema");
        Run en = Run.of("schema", "--lang", "en");

        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err()).contains("error[missing-argument]: 缺少必填的");
        assertThat(en.err())
                .contains("error[missing-argument]: missing required")
                .doesNotContainPattern(CJK);
    }

    @Test
    void issue17_a_missing_file_is_no_such_file_in_english() {
        Path missing = dir.resolve("missing.yaml");

        Run zh = Run.of("check", missing.toString());
        Run en = Run.of("check", missing.toString(), "--lang", "en");

        assertThat(zh.err()).contains("无法读取文件：文件不存在").doesNotContain("no such file");
        assertThat(en.err()).contains("cannot read the file: no such file").doesNotContain("文件不存在");
    }

    @Test
    void issue17_help_headings_follow_the_language() {
        Run zh = Run.of("check", "--help");
        Run en = Run.of("check", "--help", "--lang", "en");

        assertThat(zh.out()).startsWith("用法：\nzhibiao check").contains("\n选项：\n", "显示本帮助并退出。");
        assertThat(en.out())
                .startsWith("Usage: zhibiao check")
                .contains("\nOptions:\n", "Show this help message")
                .doesNotContain("用法", "选项：");
        assertThat(Run.of("--help").out()).contains("\n命令：\n");
    }

    @Test
    void issue17_explain_of_a_misspelt_rule_code_suggests_the_rule() {
        Run zh = Run.of("check", "--explain", "funds-sun");
        Run en = Run.of("check", "--explain", "funds-sun", "--lang", "en");

        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err())
                .isEqualTo(Problem.USAGE_UNKNOWN_RULE
                                .at(Position.NONE, "funds-sun")
                                .withHint(Hint.didYouMean("funds-sum"))
                                .render(Lang.ZH)
                        + "\n  提示：是否应为“funds-sum”？\n");
        assertThat(en.err()).contains("no rule 'funds-sun'", "did you mean 'funds-sum'?");
    }

    @Test
    void issue17_an_unquoted_target_is_told_to_be_quoted_at_its_line_and_column() throws IOException {
        // given a declaration whose 指标值 starts with >, which YAML reads as a folded block
        Path decl = Files.writeString(dir.resolve("decl.yaml"), """
                kind: declaration
                template: hubei/public-security
                year: 2024
                department: 甲
                tables:
                  - rows:
                      - target: >=98％
                """);

        // when
        Run zh = Run.of("check", decl.toString());
        Run en = Run.of("check", decl.toString(), "--lang", "en");

        // then
        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err())
                .contains(decl + ":7:17: error[yaml-syntax]: 值“>=98％”需加引号")
                .doesNotContain("scanning", "block scalar");
        assertThat(en.err()).contains(decl + ":7:17: error[yaml-syntax]: the value '>=98％' must be quoted");
    }
}
