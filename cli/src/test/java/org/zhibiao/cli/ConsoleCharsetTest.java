package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.check.Rules;
import org.zhibiao.diag.Lang;

/**
 * Standard output and error in the console's charset (issue 17: a clerk's GBK console showed UTF-8
 * as mojibake), UTF-8 when redirected, and files written with {@code -o} always UTF-8.
 */
class ConsoleCharsetTest {

    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void a_jvm_told_its_console_is_gbk_prints_chinese_as_gbk_bytes_on_stdout_and_stderr() throws Exception {
        // given
        String code = Rules.all().get(0).code();
        // when
        byte[][] explained =
                run(List.of("-Dsun.stdout.encoding=GBK", "-Dsun.stderr.encoding=GBK"), "check", "--explain", code);
        byte[][] missing =
                run(List.of("-Dsun.stdout.encoding=GBK", "-Dsun.stderr.encoding=GBK"), "check", "缺少的申报表.yaml");
        // then
        String zh = Rules.all().get(0).explain(Lang.ZH);
        assertThat(new String(explained[0], GBK)).contains(zh);
        assertThat(explained[0])
                .isNotEqualTo(
                        (code + " (" + Rules.all().get(0).defaultSeverity().word() + ")\n" + zh + "\n")
                                .getBytes(StandardCharsets.UTF_8));
        assertThat(new String(explained[0], StandardCharsets.UTF_8)).doesNotContain(zh);
        assertThat(new String(missing[1], GBK)).startsWith("缺少的申报表.yaml:1:1: error[file-unreadable]: 无法读取文件");
    }

    @Test
    void stdout_encoding_as_jdk_19_names_it_is_honoured_too() throws Exception {
        // when
        byte[][] explained = run(
                List.of("-Dstdout.encoding=GBK"),
                "check",
                "--explain",
                Rules.all().get(0).code());
        // then
        assertThat(new String(explained[0], GBK)).contains(Rules.all().get(0).explain(Lang.ZH));
    }

    @Test
    void redirected_output_without_a_console_charset_is_utf_8_and_o_files_always_are() throws Exception {
        // when
        byte[][] explained =
                run(List.of(), "check", "--explain", Rules.all().get(0).code());
        run(
                List.of("-Dsun.stdout.encoding=GBK"),
                "new",
                "hubei/public-security",
                "--department",
                "鄂州市公安局",
                "-o",
                dir.resolve("decl.yaml").toString());
        // then
        assertThat(new String(explained[0], StandardCharsets.UTF_8))
                .contains(Rules.all().get(0).explain(Lang.ZH));
        assertThat(StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(Files.readAllBytes(dir.resolve("decl.yaml"))))
                        .toString())
                .contains("鄂州市公安局");
    }

    @Test
    void the_charset_is_chosen_in_the_documented_order() {
        boolean jdk19 = Runtime.version().feature() >= 19;
        assertThat(charset(Map.of("stdout.encoding", "GBK", "sun.stdout.encoding", "UTF-8"), false))
                .isEqualTo(GBK);
        assertThat(charset(Map.of("sun.stdout.encoding", "cp936"), false)
                        .newEncoder()
                        .canEncode("绩效"))
                .isTrue();
        assertThat(charset(Map.of("sun.stdout.encoding", "no-such-charset"), false))
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(charset(Map.of("native.encoding", "GBK"), true)).isEqualTo(GBK);
        assertThat(charset(Map.of("native.encoding", "GBK"), false)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(charset(Map.of(), false)).isEqualTo(StandardCharsets.UTF_8);
        // JDK 19+ sets stdout.encoding to native.encoding when redirected: that is no choice, and files stay UTF-8
        assertThat(charset(Map.of("stdout.encoding", "GBK", "native.encoding", "GBK"), false))
                .isEqualTo(jdk19 ? StandardCharsets.UTF_8 : GBK);
    }

    @Test
    void characters_the_console_cannot_show_become_question_marks_and_nothing_fails() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter ascii = new PrintWriter(bytes, true, StandardCharsets.US_ASCII);
        ByteArrayOutputStream gbkBytes = new ByteArrayOutputStream();
        PrintWriter gbk = new PrintWriter(gbkBytes, true, GBK);
        // when
        ascii.println("出警率 ≥95%");
        gbk.println("出警率 ≥95％ 😀");
        // then
        assertThat(bytes.toString(StandardCharsets.US_ASCII)).isEqualTo("??? ?95%" + System.lineSeparator());
        assertThat(gbkBytes.toString(GBK)).isEqualTo("出警率 ≥95％ ?" + System.lineSeparator());
    }

    private static Charset charset(Map<String, String> properties, boolean console) {
        return Console.charset("stdout", properties::get, console);
    }

    /** stdout and stderr of zhibiao in a JVM of its own, as bytes. */
    private byte[][] run(List<String> jvm, String... args) throws IOException, InterruptedException {
        Process zhibiao = Subprocess.start(dir, jvm, args);
        assertThat(zhibiao.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new byte[][] {
            Files.readAllBytes(dir.resolve("stdout.txt")), Files.readAllBytes(dir.resolve("stderr.txt"))
        };
    }
}
