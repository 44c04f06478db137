package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13 §3, bounded and located handling of bad input: each case seen on the landed tool ends
 * at once with exit 1 or 2, a located message (Chinese, or English with {@code --lang en}), no
 * stack trace and no output file.
 */
class BoundedInputTest {

    @TempDir
    Path dir;

    private static final String HUBEI = "hubei/public-security";

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void assertClean(Run run) {
        assertThat(run.code()).as(run.err()).isIn(ExitCode.FINDINGS, ExitCode.USAGE);
        assertThat(run.err())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("内部错误");
    }

    private String declaration() {
        Run made = Run.of("new", HUBEI);
        assertThat(made.code()).isZero();
        return made.out();
    }

    // --- 1. magnitudes ---------------------------------------------------------------------

    @Test
    void issue13_an_amount_of_1e1000000_in_a_declaration_is_refused_at_its_line() throws IOException {
        // given
        String text = declaration() + "funds:\n  income:\n    items:\n      - name: 财政拨款\n        amount: 1e1000000\n";
        Path file = write("d.yaml", text);
        int line = (int) text.lines().count();
        // when
        Run zh = Run.of("check", file.toString());
        Run en = Run.of("check", file.toString(), "--lang", "en");
        // then
        assertClean(zh);
        assertThat(zh.err()).contains(file + ":" + line + ":17: error[number-out-of-range]: 数字“1e1000000”超出范围");
        assertThat(en.err())
                .contains(file + ":" + line + ":17: error[number-out-of-range]: number '1e1000000' out of range");
    }

    @Test
    void issue13_an_amount_of_1e1000000_in_a_profile_writes_nothing() throws IOException {
        // given
        Path profile = write("p.yaml", """
                kind: profile
                department: 测试局
                funds:
                  income:
                    items:
                      - name: 财政拨款
                        amount: 1e1000000
                """);
        Path output = dir.resolve("out.yaml");
        // when
        Run run = Run.of("new", HUBEI, "--profile", profile.toString(), "-o", output.toString());
        // then
        assertClean(run);
        assertThat(run.err()).contains(profile + ":7:17: error[number-out-of-range]");
        assertThat(output).doesNotExist();
    }

    @Test
    void issue13_a_negative_amount_is_a_located_error() throws IOException {
        Path profile = write("p.yaml", """
                kind: profile
                department: 测试局
                funds:
                  income:
                    items:
                      - name: 财政拨款
                        amount: -100
                """);
        Run run = Run.of("new", HUBEI, "--profile", profile.toString(), "--lang", "en");
        assertClean(run);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(profile + ":7:17: error[negative-number]: '-100' cannot be negative");
    }

    // --- 2. what is not a regular file -------------------------------------------------------

    @Test
    void issue13_dev_zero_as_declaration_profile_and_previous_is_refused_at_once() throws IOException {
        assumeThat(Path.of("/dev/zero")).exists();
        // given
        Path previous = write("p.yaml", "kind: profile\ndepartment: 测试局\nprevious: /dev/zero\n");
        // when
        Run check = Run.of("check", "/dev/zero");
        Run profile = Run.of("new", HUBEI, "--profile", "/dev/zero");
        Run last = Run.of("new", HUBEI, "--profile", previous.toString(), "--lang", "en");
        // then
        for (Run run : List.of(check, profile, last)) {
            assertClean(run);
            assertThat(run.code()).isEqualTo(ExitCode.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("/dev/zero:1:1: error[not-a-file]");
        }
        assertThat(last.err()).contains("this is not a regular file but a device, pipe or socket");
    }

    @Test
    void issue13_a_fifo_in_a_checked_folder_is_one_unusable_input_and_the_others_are_checked() throws Exception {
        // given: opening the FIFO would block until a writer came, so the test would not end
        Path folder = Files.createDirectories(dir.resolve("forms"));
        Files.writeString(folder.resolve("a.yaml"), declaration());
        assumeThat(FifoSupport.mkfifo(folder.resolve("b.yaml"))).as("mkfifo").isTrue();
        Files.writeString(folder.resolve("c.yaml"), declaration());
        // when
        Run run = Run.of("check", folder.toString());
        // then
        assertClean(run);
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(folder.resolve("b.yaml") + ":1:1: error[not-a-file]")
                .contains("3 个文件：")
                .contains("1 个无法使用");
    }

    @Test
    void issue13_a_fifo_as_the_profiles_csv_is_refused_without_blocking() throws Exception {
        Path csv = dir.resolve("p.csv");
        assumeThat(FifoSupport.mkfifo(csv)).as("mkfifo").isTrue();
        Run run = Run.of(
                "new",
                HUBEI,
                "--profiles",
                csv.toString(),
                "-o",
                dir.resolve("out").toString());
        assertClean(run);
        assertThat(run.err()).contains(csv + ":1:1: error[not-a-file]");
    }

    // --- 4. wrong types and nulls -------------------------------------------------------------

    static Stream<Arguments> wrongValues() {
        List<Arguments> cases = new ArrayList<>();
        List<String> declarationKeys = List.of(
                "template",
                "department",
                "code",
                "year",
                "unit",
                "contact",
                "functions",
                "tasks",
                "organisation",
                "funds",
                "projects",
                "goals",
                "tables");
        List<String> profileKeys = List.of(
                "department",
                "code",
                "year",
                "contact",
                "functions",
                "tasks",
                "organisation",
                "funds",
                "projects",
                "goals",
                "indicators",
                "previous");
        for (String value : List.of("null", "[a, b]", "{a: b}", "12", "文本")) {
            declarationKeys.forEach(k -> cases.add(Arguments.of("declaration", k, value)));
            profileKeys.forEach(k -> cases.add(Arguments.of("profile", k, value)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wrongValues")
    void issue13_a_null_or_a_wrong_type_in_any_top_level_field_is_located_never_a_crash(
            String kind, String key, String value) throws IOException {
        // given: the key on line 3, after the lines every such document starts with
        String head = kind.equals("declaration")
                ? "kind: declaration\ntemplate: hubei/public-security@2024.1\n"
                : "kind: profile\ndepartment: 测试局\n";
        boolean inHead = inHead(kind, key);
        String text = inHead
                ? head.replaceFirst("(?m)^" + key + ": .*$", key + ": " + value.replace("$", "\\$")) + "\n"
                : head + key + ": " + value + "\n";
        int line = inHead ? 2 : 3;
        Path file = write(kind + ".yaml", text);
        Path output = dir.resolve("out.yaml");
        // when
        Run run = kind.equals("declaration")
                ? Run.of("check", file.toString())
                : Run.of("new", HUBEI, "--profile", file.toString(), "-o", output.toString());
        // then: never an internal error; a list or a mapping where text belongs, or a null where a
        // value is required, is reported at its own line
        assertThat(run.code()).as(run.err()).isIn(ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE);
        assertThat(run.err())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("internal");
        if (wrongType(key, value)) {
            assertThat(run.err()).contains(file + ":" + line + ":").contains("error[wrong-type]");
            assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        }
        if (run.code() != ExitCode.OK && kind.equals("profile")) {
            assertThat(output).doesNotExist();
        }
    }

    /** Whether the key is on a line every such document starts with, which the value then replaces. */
    private static boolean inHead(String kind, String key) {
        return key.equals("template") || (key.equals("department") && kind.equals("profile"));
    }

    /** A list or a mapping where text belongs, or a null where a value is required. */
    private static boolean wrongType(String key, String value) {
        boolean textField = List.of("template", "department", "code", "unit", "tasks", "organisation", "previous")
                .contains(key);
        boolean required = key.equals("template");
        return (textField && (value.startsWith("[") || value.startsWith("{"))) || (required && value.equals("null"));
    }

    // --- 5. too big for memory ----------------------------------------------------------------

    @Test
    void issue13_a_huge_csv_line_is_refused_at_its_line_without_reading_it_whole() throws IOException {
        // given: a 32 MB line (the issue saw 300 MB end in OutOfMemoryError); generated, not committed
        Path csv = dir.resolve("p.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write((Csvs.HEADER + Csvs.department(1)).getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 32; i++) {
                out.write(chunk);
            }
            out.write(("\n" + Csvs.department(3)).getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");
        // when
        Run run = Run.of("new", HUBEI, "--profiles", csv.toString(), "-o", out.toString(), "--lang", "en");
        // then
        assertClean(run);
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(csv + ":3:1: error[csv-too-long]: this line (or quoted value) is longer than 64 KiB")
                .contains("2 file(s): 1 written");
        assertThat(out.resolve("0001.yaml")).isRegularFile();
    }

    @Test
    void issue13_running_out_of_memory_is_one_line_at_the_file_and_exit_2_never_a_stack_trace() throws Exception {
        // given: a declaration within the 8 MiB limit with a 2.6-million-character text, and a heap too small for it
        String text = declaration().replaceFirst("(?m)^unit: 万元$", "unit: 万元\ntasks: " + "任务".repeat(1_300_000));
        Path file = write("big.yaml", text);
        // when
        Process zhibiao = Subprocess.start(dir, List.of("-Xmx24m", "-XX:+UseSerialGC"), "check", file.toString());
        // then
        assertThat(zhibiao.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(zhibiao.exitValue()).as(err).isEqualTo(ExitCode.USAGE);
        assertThat(err)
                .contains(file + ":1:1: error[out-of-memory]: 内存不足：此文件过大")
                .doesNotContain("\tat ")
                .doesNotContain("Exception in thread");
        assertThat(Files.readString(dir.resolve("stdout.txt"))).isEmpty();
    }

    // --- 8. outputs -----------------------------------------------------------------------------

    @Test
    void issue13_force_keeps_the_permissions_of_the_file_it_replaces() throws IOException {
        // given
        Path output = write("mine.yaml", "old\n");
        assumeThat(Files.getFileStore(output).supportsFileAttributeView("posix"))
                .isTrue();
        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rw-------"));
        // when
        Run run = Run.of("new", HUBEI, "-o", output.toString(), "--force");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(output)).contains("kind: declaration");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(output)))
                .isEqualTo("rw-------");
    }

    @Test
    void issue13_an_output_below_a_file_says_the_parent_is_not_a_directory() throws IOException {
        Path file = write("notes.txt", "mine\n");
        Run run = Run.of("new", HUBEI, "-o", file.resolve("x.yaml").toString());
        assertClean(run);
        assertThat(run.err())
                .contains("error[output-parent-not-directory]")
                .contains(file + " 是文件，不是目录")
                .doesNotContain("已存在");
        assertThat(file).hasContent("mine");
    }

    @Test
    void issue13_bulk_new_refuses_to_write_into_or_around_its_profiles() throws IOException {
        // given
        Path profiles = write("p/a.yaml", "kind: profile\ndepartment: 甲\n").getParent();
        // when
        Run same = Run.of("new", HUBEI, "--profiles", profiles.toString(), "-o", profiles.toString(), "--force");
        Run inside = Run.of(
                "new",
                HUBEI,
                "--profiles",
                profiles.toString(),
                "-o",
                profiles.resolve("out").toString());
        Run around = Run.of("new", HUBEI, "--profiles", profiles.toString(), "-o", dir.toString(), "--force");
        // then
        for (Run run : List.of(same, inside, around)) {
            assertClean(run);
            assertThat(run.code()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("error[output-overlaps-input]");
        }
        assertThat(profiles.resolve("a.yaml")).hasContent("kind: profile\ndepartment: 甲");
        assertThat(profiles.resolve("out")).doesNotExist();
    }

    @Test
    void a_csv_next_to_its_outputs_is_never_overwritten_by_a_department_of_the_same_name() throws IOException {
        // given: format csv, and a department whose code is the CSV's own name
        Path csv = write("p.csv", Csvs.HEADER + "甲单位,p,2024,,,\n");
        // when
        Run run =
                Run.of("new", HUBEI, "--profiles", csv.toString(), "-o", dir.toString(), "--format", "csv", "--force");
        // then
        assertThat(run.err()).contains("error[duplicate-output]");
        assertThat(csv).hasContent(Csvs.HEADER + "甲单位,p,2024,,,");
    }

    @Test
    void issue13_catalogue_docs_never_deletes_a_file_it_did_not_write() throws IOException {
        // given
        Path file = write("site", "a person's notes\n");
        // when
        Run run = Run.of("catalogue", "docs", "-o", file.toString(), "--force");
        // then
        assertClean(run);
        assertThat(run.err()).contains("error[output-not-directory]");
        assertThat(file).hasContent("a person's notes");
    }
}
