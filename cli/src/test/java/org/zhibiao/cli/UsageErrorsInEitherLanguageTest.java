package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import picocli.CommandLine;

/**
 * Issue 17, "one voice": command-line mistakes are catalogue findings in Chinese by default and in
 * English with {@code --lang en}: never picocli's English, never a screen of usage help, exit 2.
 */
class UsageErrorsInEitherLanguageTest {

    private static final String CJK = "[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]";

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("missing-argument", List.of("upgrade", "x.yaml")),
                Arguments.of("exclusive-options", List.of("schema", "declaration", "--all")),
                Arguments.of("bad-option-value", List.of("new", "hubei/public-security", "--year", "abc")),
                Arguments.of("missing-option-value", List.of("check", "x.yaml", "--format")),
                Arguments.of("missing-argument", List.of("catalogue", "diff", "a")),
                Arguments.of("unexpected-argument", List.of("score", "a", "b")),
                Arguments.of("bad-option-value", List.of("schema", "--draft", "5", "declaration")),
                Arguments.of("unknown-option", List.of("report", "--fore", "dir")),
                Arguments.of("repeated-option", List.of("check", "--format", "json", "--format", "text", "x.yaml")));
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void issue17_a_command_line_mistake_is_a_finding_in_chinese_or_english(String code, List<String> args) {
        // when
        Run zh = Run.of(args.toArray(new String[0]));
        List<String> english = new ArrayList<>(List.of("--lang", "en"));
        english.addAll(args);
        Run en = Run.of(english.toArray(new String[0]));

        // then
        assertThat(zh.code()).as(zh.err()).isEqualTo(ExitCode.USAGE);
        assertThat(en.code()).as(en.err()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err()).startsWith("zhibiao: error[" + code + "]: ").containsPattern(CJK);
        assertThat(en.err()).startsWith("zhibiao: error[" + code + "]: ").doesNotContainPattern(CJK);
        for (String err : List.of(zh.err(), en.err())) {
            assertThat(err).doesNotContain("Usage:", "用法：", "Exception", "\tat ");
        }
        assertThat(zh.out()).isEmpty();
    }

    @Test
    void issue17_an_option_without_its_value_names_the_values_it_takes() {
        Run zh = Run.of("check", "x.yaml", "--format");
        Run en = Run.of("check", "x.yaml", "--format", "--lang=en");

        assertThat(zh.err())
                .startsWith(Problem.USAGE_NO_VALUE
                        .at(Position.NONE, "--format", "text|json|sarif")
                        .render(Lang.ZH));
        assertThat(en.err())
                .startsWith("zhibiao: error[missing-option-value]: --format needs a value: text|json|sarif");
    }

    @Test
    void issue17_lang_before_a_group_goes_behind_its_subcommand() {
        // when
        Run list = Run.of("--lang", "en", "catalogue", "list");
        Run group = Run.of("--lang", "en", "catalogue");

        // then: catalogue takes no --lang itself; its subcommand does, and the group's help is English
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("hubei/public-security");
        assertThat(group.code()).as(group.err()).isZero();
        assertThat(group.out() + group.err())
                .contains(Text.HELP_CMD_CATALOGUE.template(Lang.EN).substring(0, 30))
                .doesNotContain("no option");
    }

    @Test
    void lang_is_moved_behind_the_command_and_the_subcommand_of_a_group() {
        List<String> commands = List.copyOf(Zhibiao.SUBCOMMANDS.keySet());
        Set<String> without = Set.of("help", Zhibiao.COMPLETION);
        Map<String, Set<String>> groups = Map.of("catalogue", CatalogueCommand.NAMES);

        assertThat(LangOption.behindCommand(
                        new String[] {"--lang", "en", "check", "x"}, Set.copyOf(commands), without, groups))
                .containsExactly("check", "--lang", "en", "x");
        assertThat(LangOption.behindCommand(
                        new String[] {"--lang=en", "catalogue", "show", "t"}, Set.copyOf(commands), without, groups))
                .containsExactly("catalogue", "show", "--lang=en", "t");
        assertThat(LangOption.behindCommand(
                        new String[] {"--lang", "en", "catalogue"}, Set.copyOf(commands), without, groups))
                .containsExactly("catalogue");
        assertThat(LangOption.behindCommand(
                        new String[] {"--lang", "en", "help", "check"}, Set.copyOf(commands), without, groups))
                .containsExactly("help", "check");
    }

    @Test
    void the_catalogue_subcommand_names_are_the_names_the_commands_declare() {
        CommandLine catalogue = Zhibiao.commandLine(
                        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands()
                .get("catalogue");
        assertThat(catalogue.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(CatalogueCommand.NAMES);
    }
}
