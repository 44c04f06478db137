package org.zhibiao.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
        return scripted(source, GroovyReader.DEFAULT_TIME_LIMIT);
    }

    private static Result<GroovyReader.Scripted> scripted(String source, Duration limit) {
        try {
            Path file = Files.createTempFile("rule", ".groovy");
            Files.writeString(file, source);
            return new GroovyReader(limit).readScripted(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(String name) {
        return new Row(
                "满意度",
                "服务对象满意度",
                null,
                name,
                null,
                null,
                "≥95%",
                null,
                null,
                null,
                null,
                null,
                Origin.PERSON,
                null,
                null);
    }

    private static List<Diagnostic> check(GroovyReader.Scripted scripted, Row... rows) {
        return checkAll(scripted, rows).stream()
                .filter(f -> f.code().equals("no-xx"))
                .toList();
    }

    private static List<Diagnostic> checkAll(GroovyReader.Scripted scripted, Row... rows) {
        Declaration d = new Declaration(
                "t@1",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new Table("年度", List.of(rows), null)),
                null);
        return Checker.check(scripted.template(), d, scripted.rules());
    }

    @Test
    @Timeout(60) // without the limit this test would never end
    void a_closure_rule_that_never_ends_is_stopped_at_the_time_limit_and_blamed_at_its_line() {
        // given a rule that loops for ever, read with a 300 ms limit
        Result<GroovyReader.Scripted> read = scripted("""
                template('t') {
                    version '1'
                    rules {
                        rule('spin', zh: '转', en: 'spin') { while (true) { } ; false }
                        rule('no-xx', zh: '名称含 XX', en: 'the name holds XX') { level3().contains('XX') }
                    }
                }
                """, Duration.ofMillis(300));
        assertThat(read.diagnostics()).isEmpty();

        // when
        List<Diagnostic> found = checkAll(read.value(), row("XX满意度"));

        // then the other rule still ran, and the stuck one is one error at its line
        assertThat(found)
                .extracting(Diagnostic::code)
                .contains("no-xx", "groovy-rule-timeout")
                .doesNotContain("spin");
        Diagnostic stopped = found.stream()
                .filter(d -> d.code().equals("groovy-rule-timeout"))
                .findFirst()
                .orElseThrow();
        assertThat(stopped.severity()).isEqualTo(Severity.ERROR);
        assertThat(stopped.position().line()).isEqualTo(4);
        assertThat(stopped.en()).contains("'spin'", "300 ms");
        assertThat(Thread.getAllStackTraces().keySet())
                .as("no thread of the rule outlives the check")
                .noneMatch(t -> t.isAlive() && t.getName().startsWith(ScriptRunner.THREAD_PREFIX));
    }

    @Test
    void a_closure_rule_that_throws_is_the_template_s_failure_not_an_internal_error() {
        // given a rule that cuts a name shorter than it expects
        Result<GroovyReader.Scripted> read = scripted("""
                template('t') {
                    version '1'
                    rules {
                        rule('long-name', zh: '名称过长', en: 'name too long') { level3().substring(15) != '' }
                    }
                }
                """);
        assertThat(read.diagnostics()).isEmpty();

        // when
        List<Diagnostic> found = checkAll(read.value(), row("群众满意度")).stream()
                .filter(d -> d.code().startsWith("groovy-") || d.code().equals("internal"))
                .toList();

        // then
        assertThat(found).extracting(Diagnostic::code).containsExactly("groovy-rule-failed");
        assertThat(found.get(0).zh()).startsWith("模板规则“long-name”运行出错，本规则未检查：");
        assertThat(found.get(0).position().line()).isEqualTo(4);
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
