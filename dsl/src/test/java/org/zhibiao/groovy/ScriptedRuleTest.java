package org.zhibiao.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.check.Checker;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/** Issue #6: a Groovy template may add a checker rule as a closure over rows. */
class ScriptedRuleTest {

    private static Result<GroovyReader.Scripted> scripted(String source) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("rule", ".groovy");
            java.nio.file.Files.writeString(file, source);
            return new GroovyReader().readScripted(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Row row(String name) {
        return new Row("满意度", "服务对象满意度", null, name, null, null, "≥95%", null, null, null, null, null,
                Origin.PERSON, null, null);
    }

    private static List<Diagnostic> check(GroovyReader.Scripted scripted, Row... rows) {
        Declaration d = new Declaration("t@1", null, null, null, null, null, null, null, null, null, null, null,
                List.of(new Table("年度", List.of(rows), null)), null);
        return Checker.check(scripted.template(), d, scripted.rules()).stream()
                .filter(f -> f.code().equals("no-xx")).toList();
    }

    @Test
    void a_closure_rule_reports_exactly_the_rows_it_answers_yes_for_with_the_template_s_message() {
        // given
        Result<GroovyReader.Scripted> read = scripted("""
                template('t') {
                    version '1'
                    rules {
                        rule('no-xx', severity: 'warning', zh: '名称含 XX', en: 'the name holds XX') {
                            level3().contains('XX')
                        }
                    }
                }
                """);
        assertThat(read.diagnostics()).isEmpty();
        // when
        List<Diagnostic> found = check(read.value(), row("群众满意度"), row("XX满意度"));
        // then
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.zh()).isEqualTo("名称含 XX");
            assertThat(d.en()).isEqualTo("the name holds XX");
            assertThat(d.path()).isEqualTo("年度 › 满意度 › 服务对象满意度 › XX满意度");
        });
    }

    @Test
    void a_rule_setting_can_switch_a_closure_rule_off() {
        Result<GroovyReader.Scripted> read = scripted("""
                template('t') {
                    version '1'
                    rules {
                        rule('no-xx', zh: '名称含 XX', en: 'the name holds XX') { level3().contains('XX') }
                        rule 'no-xx', enabled: false
                    }
                }
                """);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(check(read.value(), row("XX满意度"))).isEmpty();
    }

    @Test
    void a_closure_rule_is_held_to_the_same_allow_list_as_the_rest_of_the_script() {
        Result<GroovyReader.Scripted> read = scripted("""
                template('t') {
                    version '1'
                    rules {
                        rule('leak', zh: 'x', en: 'x') { new File('/tmp/zhibiao-leak').text = level3(); false }
                    }
                }
                """);
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).extracting(Diagnostic::code).contains("groovy-forbidden");
        assertThat(read.diagnostics().get(0).position().line()).isEqualTo(4);
    }
}
