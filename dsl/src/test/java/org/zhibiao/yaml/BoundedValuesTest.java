package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;

/** Issue 13 §3: numbers bounded in magnitude, amounts not negative, a null required value located. */
class BoundedValuesTest {

    private static Result<Profile> profileWithAmount(String file, String amount) {
        String yaml = """
                kind: profile
                department: 测试局
                funds:
                  income:
                    items:
                      - name: 财政拨款
                        amount: %s
                """.formatted(amount);
        return Documents.readProfile(file, yaml.getBytes(UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000", "1e100000", "1E+100", "12345678901234", "1.1234567", "-1e999999999"})
    void issue13_an_amount_beyond_the_bounds_is_refused_at_its_line(String amount) {
        // when
        Result<Profile> read = profileWithAmount("p.yaml", amount);
        // then
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isIn(Problem.NUMBER_OUT_OF_RANGE.code(), Problem.NEGATIVE_NUMBER.code());
            assertThat(d.position().line()).isEqualTo(7);
            assertThat(d.position().file()).isEqualTo("p.yaml");
        });
    }

    @Test
    void issue13_the_out_of_range_message_names_the_bounds_in_both_languages() {
        Diagnostic d = profileWithAmount("p.yaml", "1e1000000").diagnostics().get(0);
        assertThat(d)
                .isEqualTo(Problem.NUMBER_OUT_OF_RANGE.at(
                        d.position(), "1e1000000", Decimals.MAX_INTEGER_DIGITS, Decimals.MAX_FRACTION_DIGITS));
        assertThat(d.message(Lang.ZH)).contains("13", "6", "万元");
        assertThat(d.message(Lang.EN)).contains("at most 13 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123.123456", "0", "0.5", "49824.92", "1E+3", "\"  12.50 \"", "0000012"})
    void amounts_within_the_bounds_are_read(String amount) {
        Result<Profile> read = profileWithAmount("p.yaml", amount);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value().funds().income().items().get(0).amount()).isInstanceOf(BigDecimal.class);
    }

    @Test
    void a_million_digits_are_refused_without_being_read_as_a_number() {
        // a parse linear in the text: the digits are counted once, BigDecimal never sees them
        String digits = "9".repeat(1_000_000);
        assertThatThrownBy(() -> Decimals.parse(digits)).isInstanceOf(Decimals.OutOfRange.class);
        assertThatThrownBy(() -> Decimals.parse("1e" + digits)).isInstanceOf(Decimals.OutOfRange.class);
        assertThatThrownBy(() -> Decimals.parse("1e"))
                .isNotInstanceOf(Decimals.OutOfRange.class)
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Decimals.parse("12abc")).isNotInstanceOf(Decimals.OutOfRange.class);
    }

    @Test
    void issue13_a_negative_amount_is_refused_at_its_line() {
        // when
        Result<Profile> read = profileWithAmount("p.yaml", "-5");
        // then
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).containsExactly(Problem.NEGATIVE_NUMBER.at(Position.of("p.yaml", 7, 17), "-5"));
    }

    @Test
    void issue13_a_negative_amount_in_json_is_refused_as_in_yaml() {
        String json = """
                {"kind": "declaration", "template": "t@1",
                 "projects": [{"name": "p", "total": -0.01}]}
                """;
        Result<Declaration> read = Documents.readDeclaration("d.json", json.getBytes(UTF_8));
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly(Problem.NEGATIVE_NUMBER.code());
    }

    @Test
    void issue13_a_null_template_is_a_located_wrong_type_not_a_crash() {
        // given
        String yaml = "kind: declaration\ntemplate: null\n";
        // when
        Result<Declaration> read = Documents.readDeclaration("d.yaml", yaml.getBytes(UTF_8));
        // then
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Problem.WRONG_TYPE.code());
            assertThat(d.position().line()).isEqualTo(2);
            assertThat(d.message(Lang.ZH)).contains("template", "文本");
            assertThat(d.message(Lang.EN)).contains("'template' should be text");
        });
    }

    @Test
    void issue13_a_null_template_in_json_is_reported_as_in_yaml() {
        String json = "{\"kind\": \"declaration\", \"template\": null}";
        Result<Declaration> read = Documents.readDeclaration("d.json", json.getBytes(UTF_8));
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly(Problem.WRONG_TYPE.code());
    }

    @Test
    void issue13_a_yaml_file_in_flow_style_is_read_as_yaml_not_as_json() {
        // given: flow-style YAML, not JSON (unquoted keys)
        String yaml = "{kind: profile, department: 测试局, year: 2024}\n";
        // when
        Result<Profile> read = Documents.readProfile("p.yaml", yaml.getBytes(UTF_8));
        // then
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value().department()).isEqualTo("测试局");
        assertThat(read.value().year()).isEqualTo(2024);
    }

    @Test
    void a_json_file_is_still_read_as_json() {
        Result<Profile> read = Documents.readProfile("p.json", "{kind: profile}".getBytes(UTF_8));
        assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly(Problem.JSON_SYNTAX.code());
    }

    @Test
    void the_shared_bounds_are_those_the_issue_asks_for() {
        assertThat(List.of(Decimals.MAX_INTEGER_DIGITS, Decimals.MAX_FRACTION_DIGITS))
                .containsExactly(13, 6);
    }

    @Test
    void issue13_a_million_character_target_is_quoted_cut_in_its_message() {
        // given
        String yaml = "kind: profile\nindicators:\n  - slot: s\n    name: n\n    target: \"≥95" + "%".repeat(1_000_000)
                + "\"\n";
        // when
        Result<Profile> read = Documents.readProfile("p.yaml", yaml.getBytes(UTF_8));
        // then
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Problem.TARGET_SYNTAX.code());
            assertThat(d.message(Lang.ZH)).hasSizeLessThan(300).contains("…");
        });
    }
}
