package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;

/**
 * YAML syntax errors in the reader's language (#17): an unquoted 指标值 is told to be quoted at
 * its first character, and no Chinese message carries snakeyaml's English.
 */
class YamlErrorsTest {

    private static Diagnostic only(String yaml) {
        var result = Documents.read("decl.yaml", yaml.getBytes(UTF_8));
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    static Stream<Arguments> unquotedValues() {
        return Stream.of(
                Arguments.of("kind: declaration\nrows:\n  - target: >=98％\n", ">=98％", 3, 13),
                Arguments.of("kind: declaration\ntarget: >=98%  # 去年 97%\n", ">=98%", 2, 9),
                Arguments.of("kind: declaration\ntargets:\n- >=95%\n", ">=95%", 3, 3),
                Arguments.of("kind: declaration\ntarget: > 98%\n", "> 98%", 2, 9),
                Arguments.of("kind: declaration\ntarget: |100%\n", "|100%", 2, 9),
                Arguments.of("kind: declaration\nbasis: @财政厅文件\n", "@财政厅文件", 2, 8),
                Arguments.of("kind: declaration\nbasis: `文件`\n", "`文件`", 2, 8),
                Arguments.of("kind: declaration\ntarget: %95\n", "%95", 2, 9));
    }

    @ParameterizedTest
    @MethodSource("unquotedValues")
    void an_unquoted_value_is_told_to_be_quoted_at_its_first_character(String yaml, String value, int line, int col) {
        // when
        Diagnostic d = only(yaml);

        // then
        String quoted = "\"" + value + "\"";
        assertThat(d)
                .isEqualTo(Problem.YAML_QUOTE.at(
                        Position.of("decl.yaml", line, col), value, value.substring(0, 1), value));
        assertThat(d.render(Lang.ZH))
                .startsWith("decl.yaml:" + line + ":" + col + ": error[yaml-syntax]: 值“" + value + "”需加引号")
                .contains("请写成 " + quoted);
        assertThat(d.render(Lang.EN)).contains("the value '" + value + "' must be quoted", "write " + quoted);
        assertThat(d.position().line()).isEqualTo(line);
        assertThat(d.position().column()).isEqualTo(col);
    }

    @Test
    void a_value_that_yaml_reads_as_text_is_no_error() {
        var result = Documents.read("decl.yaml", "kind: x\ntarget: ≥95%\nother: =100%\n".getBytes(UTF_8));
        assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("yaml-syntax"));
    }

    static Stream<Arguments> otherErrors() {
        return Stream.of(
                Arguments.of("kind: declaration\nname: 甲: 乙\n", Problem.YAML_COLON, 2, 10, new Object[0]),
                Arguments.of("kind: declaration\nname: - 乙\n", Problem.YAML_DASH, 2, 7, new Object[0]),
                Arguments.of("kind: declaration\nname: '乙\n", Problem.YAML_UNCLOSED_QUOTE, 2, 7, new Object[] {"'"}),
                Arguments.of(
                        "kind: declaration\nname: [1, 2\n", Problem.YAML_UNCLOSED_BRACKET, 2, 7, new Object[] {"[", "]"
                        }),
                Arguments.of(
                        "kind: declaration\nname: {a: 1\n", Problem.YAML_UNCLOSED_BRACKET, 2, 7, new Object[] {"{", "}"
                        }),
                Arguments.of(
                        "kind: declaration\nname: [\n", Problem.YAML_UNCLOSED_BRACKET, 2, 7, new Object[] {"[", "]"}),
                Arguments.of(
                        "kind: declaration\nname: {a: [1, 2], b: '[' # [\n",
                        Problem.YAML_UNCLOSED_BRACKET,
                        2,
                        7,
                        new Object[] {"{", "}"}),
                Arguments.of("kind: declaration\nrows:\n  - a\n b: c\n", Problem.YAML_INDENT, 4, 2, new Object[0]));
    }

    @ParameterizedTest
    @MethodSource("otherErrors")
    void other_syntax_errors_have_messages_of_their_own(
            String yaml, Problem problem, int line, int col, Object[] args) {
        assertThat(only(yaml)).isEqualTo(problem.at(Position.of("decl.yaml", line, col), args));
    }

    @Test
    void no_chinese_syntax_message_carries_the_parser_english() {
        // given every syntax error above and a few the catalogue has no message of its own for
        Stream<String> inputs = Stream.concat(
                Stream.concat(unquotedValues(), otherErrors()).map(a -> (String) a.get()[0]),
                Stream.of("kind: x\n? a\n: b\n- c\n", "a: b\n---\nc: d\n"));

        // then
        inputs.forEach(yaml -> {
            Diagnostic d = Documents.read("decl.yaml", yaml.getBytes(UTF_8))
                    .diagnostics()
                    .get(0);
            assertThat(d.message(Lang.ZH))
                    .as(yaml)
                    .doesNotContainPattern("while|scanning|parsing|expected|found|allowed|mapping|document");
        });
    }

    @Test
    void a_second_document_is_refused_in_each_language() {
        Diagnostic d = only("kind: declaration\n---\nkind: declaration\n");
        assertThat(d.message(Lang.ZH))
                .contains(Text.YAML_ONE_DOCUMENT.format(Lang.ZH))
                .doesNotContain("/");
        assertThat(d.message(Lang.EN)).contains(Text.YAML_ONE_DOCUMENT.format(Lang.EN));
    }
}
