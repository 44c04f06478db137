package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Inline;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Template;
import org.zhibiao.target.Quantity;

class DocumentsReadTest {

    private static Result<Template> template(String yaml) {
        return Documents.readTemplate("t.yaml", yaml.getBytes(UTF_8));
    }

    private static Diagnostic only(Result<?> result) {
        assertThat(result.diagnostics()).hasSize(1);
        return result.diagnostics().get(0);
    }

    @Test
    void reads_a_template_with_every_entry_kind_and_keeps_positions() {
        // given
        String yaml = """
                kind: template
                id: t/x
                version: "1"
                indicators:
                  - name: 运行成本
                    required: true
                    children:
                      - name: 公用经费控制
                        entries:
                          - ref: 公用经费控制率
                          - name: 会议费控制率
                            target: ≤100%
                          - slot: own
                            min: 1
                """;
        // when
        Result<Template> result = template(yaml);
        // then
        assertThat(result.diagnostics()).isEmpty();
        Template t = result.value();
        var entries = t.indicators().get(0).children().get(0).entries();
        assertThat(entries.get(0)).isInstanceOf(LibraryRef.class);
        assertThat(entries.get(1)).isInstanceOf(Inline.class);
        assertThat(((Inline) entries.get(1)).target()).isInstanceOf(Quantity.class);
        assertThat(entries.get(2)).isInstanceOf(Slot.class);
        assertThat(entries.get(1).pos().line()).isEqualTo(11);
        assertThat(entries.get(1).pos().column()).isEqualTo(13);
        assertThat(t.indicators().get(0).isRequired()).isTrue();
    }

    @Test
    void unknown_key_is_reported_at_the_key_with_a_suggestion() {
        // when
        Result<Template> result = template("kind: template\nid: a\nverison: \"1\"\n");
        // then
        Diagnostic d = only(result);
        assertThat(d.code()).isEqualTo(Problem.UNKNOWN_KEY.code());
        assertThat(d.position().line()).isEqualTo(3);
        assertThat(d.position().column()).isEqualTo(1);
        assertThat(d.hint()).isEqualTo(Hint.didYouMean("version"));
        assertThat(result.value()).isNull();
    }

    @Test
    void duplicate_key_names_the_first_line() {
        Result<Template> result = template("kind: template\nid: a\nid: b\n");
        Diagnostic d = only(result);
        assertThat(d).isEqualTo(Problem.DUPLICATE_KEY.at(Position.of("t.yaml", 3, 1), "id", 2));
        assertThat(d.zh()).isEqualTo(Problem.DUPLICATE_KEY.format(Lang.ZH, "id", 2));
        assertThat(d.position().line()).isEqualTo(3);
    }

    @Test
    void anchors_aliases_and_tags_are_refused_where_they_stand() {
        Result<Template> anchor = template("kind: template\nid: &x a\ntitle: *x\n");
        assertThat(anchor.diagnostics()).extracting(Diagnostic::code).contains(Problem.ANCHOR.code());
        assertThat(anchor.diagnostics().get(0).position().line()).isEqualTo(2);
        Result<Template> tag = template("kind: template\nid: !!str a\n");
        assertThat(only(tag).code()).isEqualTo(Problem.TAG.code());
    }

    @Test
    void wrong_shape_is_reported_with_what_was_expected_and_found() {
        Result<Template> result = template("kind: template\nid: a\nlibraries: common\n");
        Diagnostic d = only(result);
        assertThat(d.code()).isEqualTo(Problem.WRONG_TYPE.code());
        assertThat(d.position().line()).isEqualTo(3);
        assertThat(d.en()).contains("a list").contains("text");
    }

    @Test
    void missing_required_key_is_reported_at_the_mapping() {
        Result<Template> result = template("kind: template\nversion: \"1\"\n");
        Diagnostic d = only(result);
        assertThat(d).isEqualTo(Problem.MISSING_KEY.at(Position.of("t.yaml", 1, 1), "id"));
        assertThat(d.en()).isEqualTo(Problem.MISSING_KEY.format(Lang.EN, "id"));
    }

    @Test
    void bad_target_points_into_the_value() {
        Result<Template> result = template("""
                kind: template
                id: a
                indicators:
                  - name: 满意度
                    children:
                      - name: 服务对象满意度
                        entries:
                          - name: 群众满意度
                            target: "≥"
                """);
        Diagnostic d = only(result);
        assertThat(d.code()).isEqualTo(Problem.TARGET_SYNTAX.code());
        assertThat(d.position().line()).isEqualTo(9);
        assertThat(d.position().column()).isGreaterThanOrEqualTo(21);
    }

    @Test
    void codes_with_leading_zeros_and_yaml_1_1_booleans_stay_text() {
        Result<Profile> result =
                Documents.readProfile("p.yaml", "kind: profile\ndepartment: NO\ncode: 0101\n".getBytes(UTF_8));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value().code()).isEqualTo("0101");
        assertThat(result.value().department()).isEqualTo("NO");
    }

    @Test
    void numbers_bind_exactly_as_written() {
        Result<Profile> result = Documents.readProfile("p.yaml", """
                kind: profile
                funds:
                  income:
                    items:
                      - name: 财政拨款
                        amount: 49824.92
                """.getBytes(UTF_8));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value().funds().income().items().get(0).amount()).isEqualTo(new BigDecimal("49824.92"));
    }

    @Test
    void a_function_may_be_written_as_plain_text() {
        Result<Profile> result =
                Documents.readProfile("p.yaml", "kind: profile\nfunctions:\n  - 指导、监督全市禁毒缉毒工作。\n".getBytes(UTF_8));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value().functions().get(0).name()).isEqualTo("指导、监督全市禁毒缉毒工作。");
    }

    @Test
    void a_document_of_another_kind_is_refused() {
        Result<Template> result = template("kind: profile\ndepartment: x\n");
        assertThat(only(result).code()).isEqualTo(Problem.WRONG_DOCUMENT.code());
    }

    @Test
    void every_problem_in_a_file_is_reported_in_one_run() {
        Result<Template> result = template("kind: template\nid: a\nfoo: 1\nbar: 2\nscope: nation\n");
        assertThat(result.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("unknown-key", "unknown-key", "bad-enum");
        assertThat(result.diagnostics()).extracting(d -> d.position().line()).containsExactly(3, 4, 5);
    }

    @Test
    void byte_level_defects_are_located() {
        List<byte[]> inputs = List.of(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'k', ':', ' ', '1'},
                new byte[] {'k', ':', ' ', (byte) 0xC3, (byte) 0x28},
                "kind: template\n\tid: a\n".getBytes(UTF_8),
                "kind: template\nid: a\u0000\n".getBytes(UTF_8),
                new byte[0],
                "# only a comment\n".getBytes(UTF_8));
        List<String> codes =
                List.of("byte-order-mark", "not-text", "tab-indent", "not-text", "file-empty", "file-empty");
        for (int i = 0; i < inputs.size(); i++) {
            Result<Template> result = Documents.readTemplate("t.yaml", inputs.get(i));
            assertThat(result.diagnostics())
                    .as("input %d", i)
                    .extracting(Diagnostic::code)
                    .containsExactly(codes.get(i));
            assertThat(result.diagnostics().get(0).position().isKnown()).isTrue();
        }
    }

    @Test
    void deep_nesting_is_refused_before_it_costs_memory() {
        String deep = "kind: template\nid: " + "[".repeat(500) + "]".repeat(500) + "\n";
        Result<Template> result = template(deep);
        assertThat(result.diagnostics()).isNotEmpty();
        assertThat(result.diagnostics().get(0).code()).isIn("too-deep", "yaml-syntax");
        assertThat(result.value()).isNull();
    }

    @Test
    void crlf_line_ends_keep_line_numbers_right() {
        Result<Template> result = template("kind: template\r\nid: a\r\nfoo: 1\r\n");
        assertThat(only(result).position().line()).isEqualTo(3);
    }

    @Test
    void json_may_indent_with_tabs_and_reports_bad_bytes_where_they_are() {
        Result<Template> tabs =
                Documents.readTemplate("t.json", "{\n\t\"kind\": \"template\",\n\t\"id\": \"a\"\n}\n".getBytes(UTF_8));
        assertThat(tabs.diagnostics()).isEmpty();
        Result<Template> nul =
                Documents.readTemplate("t.json", "{\"kind\": \"template\",\n \"id\": \"a\u0000\"}".getBytes(UTF_8));
        assertThat(only(nul).code()).isEqualTo("json-syntax");
        assertThat(nul.diagnostics().get(0).en()).contains("CTRL-CHAR");
        assertThat(nul.diagnostics().get(0).position().line()).isEqualTo(2);
    }

    @Test
    void a_cut_off_json_file_is_a_json_syntax_error_in_words_without_parser_internals() {
        Result<Template> cut =
                Documents.readTemplate("t.json", "{\"kind\": \"template\",\n \"rules\": [".getBytes(UTF_8));
        Diagnostic d = only(cut);
        assertThat(d.code()).isEqualTo("json-syntax");
        assertThat(d.zh()).startsWith("JSON 语法错误：Unexpected end-of-input").doesNotContain("Source", "#UNKNOWN");
        assertThat(d.en()).isEqualTo("JSON syntax error: Unexpected end-of-input: expected close marker for Array");
        assertThat(d.position().line()).isEqualTo(2);
    }

    @Test
    void a_json_syntax_error_after_chinese_text_is_at_its_utf16_column() {
        String json = "{\"kind\": \"template\", \"name\": \"湖北省公安厅\" \"id\": \"a\"}";
        Diagnostic d = only(Documents.readTemplate("t.json", json.getBytes(UTF_8)));
        assertThat(d.code()).isEqualTo("json-syntax");
        assertThat(d.position().column()).isEqualTo(json.indexOf("\"id\"") + 1);
    }

    @Test
    void json_is_read_with_the_same_rules() {
        Result<Template> result = Documents.readTemplate(
                "t.json", "{\"kind\": \"template\", \"id\": \"a\", \"id\": \"b\"}".getBytes(UTF_8));
        assertThat(only(result).code()).isEqualTo(Problem.DUPLICATE_KEY.code());
    }
}
