package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 §2 through the command line: the two escapes found on the landed tool (a default
 * parameter value, a subscript by name) are refused before anything runs, with a located message
 * in Chinese by default and English with {@code --lang en}, and no stack trace.
 */
class GroovyGuardRailsTest {

    @TempDir
    Path dir;

    @Test
    void a_method_s_default_parameter_value_runs_no_command() throws IOException {
        // given
        Path created = dir.resolve("created");
        Path groovy = Files.writeString(
                dir.resolve("default.groovy"),
                "def f(x = 'touch " + created + "'.execute().waitFor()) { 1 }\nf()\ntemplate('x') { version '1' }\n");

        // when
        Run zh = Run.of("new", groovy.toString());
        Run en = Run.of("new", groovy.toString(), "--lang", "en");

        // then
        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err()).contains(groovy + ":1:1: error[groovy-forbidden]: 模板脚本中不允许定义方法");
        assertThat(en.err()).contains(groovy + ":1:1: error[groovy-forbidden]: defining a method");
        assertThat(zh.err() + en.err()).doesNotContain("\tat ");
        assertThat(created).doesNotExist();
    }

    @Test
    void a_subscript_by_name_on_a_list_is_refused_at_its_line_and_column() throws IOException {
        // given the walk from a list to java.lang.System
        Path groovy = Files.writeString(
                dir.resolve("walk.groovy"),
                "def list = [1]\ntemplate(list['class']['classLoader'].toString()) { version '1' }\n");

        // when
        Run run = Run.of("new", groovy.toString(), "--lang", "en");

        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(groovy + ":2:14: error[groovy-forbidden]: reading a property by name (list[class])");
        assertThat(run.out()).isEmpty();
    }
}
