package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code zhibiao.cmd} (Windows) does what {@code ./zhibiao} does: cmd.exe cannot run here, so the two
 * files are parsed and compared, that they cannot drift apart: the same JVM options, build command,
 * training and main classes, and ZHIBIAO_JAVA_OPTS in the same place.
 */
class LauncherTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void both_launchers_pass_the_same_jvm_options() throws IOException {
        // when
        List<String> bash = options(group(sh(), "(?m)^opts=\\((.*)\\)$"));
        List<String> cmd = options(group(cmd(), "(?m)^set \"opts=(.*)\"\\r?$"));
        // then
        assertThat(bash).contains("-Xmx384m", "-XX:+UseSerialGC");
        assertThat(cmd).isEqualTo(bash);
    }

    @Test
    void both_build_the_same_way_and_run_the_same_classes() throws IOException {
        for (String line : List.of(
                "mvnw.cmd",
                "-B -q -DskipTests package -pl cli -am",
                "org.zhibiao.cli.CdsTraining",
                "-XX:ArchiveClassesAtExit=",
                "-Xshare:on",
                "--version",
                "cli/target/zhibiao.jar".replace('/', '\\'),
                "zhibiao.jsa",
                ".failed",
                "-cp \"%jar%\" org.zhibiao.cli.Zhibiao %*")) {
            assertThat(cmd()).as(line).contains(line);
        }
        assertThat(sh())
                .contains(
                        "mvnw",
                        "-B -q -DskipTests package -pl cli -am",
                        "org.zhibiao.cli.CdsTraining",
                        "-cp \"$jar\" org.zhibiao.cli.Zhibiao \"$@\"");
    }

    @Test
    void both_add_zhibiao_java_opts_after_their_own_options_and_the_archive() throws IOException {
        assertThat(sh())
                .containsPattern("exec java \"\\$\\{opts\\[@]}\" \"\\$\\{cds\\[@]}\" \\$\\{ZHIBIAO_JAVA_OPTS:-} -cp");
        assertThat(cmd()).contains("java %opts% %cds% %ZHIBIAO_JAVA_OPTS% -cp");
    }

    @Test
    void the_cmd_file_has_crlf_line_ends_and_ends_with_the_exit_code_of_java() throws IOException {
        String cmd = cmd();
        assertThat(cmd).startsWith("@echo off\r\n").doesNotContainPattern("[^\\r]\\n");
        assertThat(cmd).contains("exit /b %errorlevel%");
        assertThat(Files.readString(ROOT.resolve(".gitattributes"), StandardCharsets.UTF_8))
                .contains("zhibiao.cmd text eol=crlf");
    }

    private static List<String> options(String text) {
        return Arrays.asList(text.trim().split("\\s+"));
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static String sh() throws IOException {
        return Files.readString(ROOT.resolve("zhibiao"), StandardCharsets.UTF_8);
    }

    private static String cmd() throws IOException {
        return Files.readString(ROOT.resolve("zhibiao.cmd"), StandardCharsets.UTF_8);
    }
}
