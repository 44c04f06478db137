package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Problem;
import tools.jackson.databind.json.JsonMapper;

/** {@code -} as a file: a declaration, profile or template read from standard input, a result written to stdout. */
class StandardInputTest {

    @TempDir
    Path dir;

    @Test
    void check_dash_reads_the_declaration_from_stdin_and_names_it_stdin() throws Exception {
        // given
        Path file = skeleton();
        Run fromFile = Run.of("check", file.toString());
        // when
        Run fromStdin = withStdin(Files.readAllBytes(file), () -> Run.of("check", "-"));
        // then
        assertThat(fromStdin.code()).isEqualTo(fromFile.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(fromStdin.out())
                .startsWith("<stdin>:")
                .isEqualTo(fromFile.out().replace(file.toString() + ":", "<stdin>:"));
    }

    @Test
    void sarif_of_stdin_names_it_by_a_relative_uri() throws Exception {
        // when
        Run run = withStdin(Files.readAllBytes(skeleton()), () -> Run.of("check", "-", "--format", "sarif"));
        // then
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(run.out())
                        .get("runs")
                        .get(0)
                        .get("results")
                        .get(0)
                        .get("locations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString())
                .isEqualTo("%3Cstdin%3E");
    }

    @Test
    void convert_dash_reads_a_template_from_stdin_and_writes_to_stdout_with_o_dash() throws Exception {
        // given
        byte[] template = "kind: template\nid: test/stdin\nversion: \"1\"\nextends: hubei/department-overall@2024.1\n"
                .getBytes(StandardCharsets.UTF_8);
        // when
        Run run = withStdin(template, () -> Run.of("convert", "-", "--to", "json", "-o", "-"));
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(run.out()).get("id").asString())
                .isEqualTo("test/stdin");
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void new_with_o_dash_writes_what_it_writes_without_o() {
        // when
        Run plain = Run.of("new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024");
        Run dash = Run.of("new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024", "-o", "-");
        // then
        assertThat(dash.code()).isZero();
        assertThat(dash.out()).isEqualTo(plain.out()).isNotEmpty();
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void a_profile_from_stdin_that_is_not_yaml_is_reported_at_stdin() throws Exception {
        // when
        Run run = withStdin(
                "kind: [profile\n".getBytes(StandardCharsets.UTF_8),
                () -> Run.of("new", "hubei/public-security", "--profile", "-"));
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("<stdin>:").contains("error[yaml-syntax]");
    }

    @Test
    void stdin_beyond_the_size_limit_is_refused_after_reading_one_byte_past_it() throws Exception {
        // given: an endless stream of comment lines
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return '#';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                Arrays.fill(buffer, offset, offset + length, (byte) '#');
                served.addAndGet(length);
                return length;
            }
        };
        // when
        InputStream saved = System.in;
        Run run;
        try {
            System.setIn(endless);
            run = Run.of("check", "-");
        } finally {
            System.setIn(saved);
        }
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("<stdin>:1:1: error[" + Problem.FILE_TOO_LARGE.code() + "]");
        assertThat(served.get()).isEqualTo(8L * 1024 * 1024 + 1);
    }

    @Test
    void dash_cannot_be_combined_with_files() throws Exception {
        // when
        Run run = withStdin(new byte[0], () -> Run.of("check", "-", skeleton().toString()));
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("标准输入");
    }

    @Test
    void bulk_new_refuses_dash_as_its_output_folder() {
        // when
        Run run = Run.of("new", "hubei/public-security", "--profiles", dir.toString(), "-o", "-");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Path.of("-")).doesNotExist();
    }

    private Path skeleton() {
        Path file = dir.resolve("decl.yaml");
        if (!Files.exists(file)) {
            Run written = Run.of(
                    "new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024", "-o", file.toString());
            assertThat(written.code()).as(written.err()).isZero();
        }
        return file;
    }

    private static Run withStdin(byte[] bytes, Supplier<Run> run) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(bytes));
            return run.get();
        } finally {
            System.setIn(saved);
        }
    }
}
