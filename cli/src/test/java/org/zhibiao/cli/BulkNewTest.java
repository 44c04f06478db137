package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.batch.BatchProblem;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;

/** {@code zhibiao new TEMPLATE --profiles DIR|FILE.csv -o OUTDIR} (issue 7). */
class BulkNewTest {

    private static final String SUMMARY = "(?m)^\\d+ 个文件：写出 \\d+ 个，\\d+ 个错误，\\d+ 个警告(，\\d+ 个无法使用)?，用时 \\d+\\.\\d 秒$";

    @TempDir
    Path dir;

    @Test
    void a_csv_line_gives_the_same_declaration_as_a_single_new_with_its_name_and_year() throws IOException {
        // given
        Path csv = Files.writeString(dir.resolve("p.csv"), "department,year\n鄂州市公安局,2024\n", StandardCharsets.UTF_8);
        // when
        Run bulk = Run.of(
                "new",
                "hubei/public-security",
                "--profiles",
                csv.toString(),
                "-o",
                dir.resolve("out").toString());
        Path alone = dir.resolve("alone/鄂州市公安局.yaml");
        Files.createDirectories(alone.getParent());
        Run single = Run.of(
                "new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024", "-o", alone.toString());
        // then the same file, schema line and schema beside it included
        assertThat(bulk.code()).as(bulk.err()).isZero();
        assertThat(single.code()).as(single.err()).isZero();
        assertThat(bulk.err()).containsPattern(SUMMARY).startsWith("1 个文件：写出 1 个，0 个错误，0 个警告，用时");
        assertThat(Files.readString(dir.resolve("out/鄂州市公安局.yaml"))).isEqualTo(Files.readString(alone));
        String schema = ".zhibiao/schemas/templates/hubei/public-security@2024.1-7.json";
        assertThat(Files.readString(alone)).startsWith("# yaml-language-server: $schema=" + schema + "\n");
        assertThat(dir.resolve("out").resolve(schema)).hasSameTextualContentAs(alone.resolveSibling(schema));
    }

    @Test
    void a_bad_line_in_the_middle_is_reported_at_its_line_and_the_rest_are_written() throws IOException {
        // given
        String csv = Csvs.HEADER + Csvs.department(1) + "第二分局,0002,二〇二四,,,\n" + Csvs.department(3);
        Path file = Files.writeString(dir.resolve("p.csv"), csv, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        // when
        Run run = Run.of(
                "new",
                "hubei/public-security",
                "--profiles",
                file.toString(),
                "-o",
                out.toString(),
                "--format",
                "json");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines().findFirst())
                .hasValue(BatchProblem.CSV_VALUE
                        .at(
                                Position.of(file.toString(), 3, 1),
                                new Object[] {"year", "二〇二四", "年份如 2024"},
                                new Object[] {"year", "二〇二四", "a year like 2024"})
                        .render(Lang.ZH));
        assertThat(run.err()).containsPattern(SUMMARY).contains("3 个文件：写出 2 个").contains("1 个无法使用");
        assertThat(names(out)).containsExactly("0001.json", "0003.json");
        assertThat(Files.readString(out.resolve("0003.json")))
                .contains("\"department\" : \"第3公安分局\"")
                .contains("\"preparer\" : \"填报人3\"")
                .endsWith("}\n");
    }

    @Test
    void a_directory_of_profiles_keeps_its_file_names_and_a_broken_profile_does_not_stop_the_others()
            throws IOException {
        // given
        Path profiles = Files.createDirectories(dir.resolve("profiles/sub"));
        Files.copy(Seeds.example("ezhou-2024.yaml"), profiles.resolve("ezhou.yaml"));
        Files.writeString(profiles.resolve("broken.yaml"), "kind: profile\ndepartment: [\n");
        Files.writeString(dir.resolve("profiles/a.yml"), "kind: profile\ndepartment: 甲单位\nyear: 2025\n");
        Files.writeString(dir.resolve("profiles/notes.txt"), "not a profile");
        Path out = dir.resolve("out");
        // when
        Run run = Run.of(
                "new",
                "hubei/public-security",
                "--profiles",
                dir.resolve("profiles").toString(),
                "-o",
                out.toString(),
                "--quiet");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains("broken.yaml:2:13: error[yaml-syntax]: “[”没有闭合")
                .contains("3 个文件：写出 2 个");
        assertThat(Files.readString(out.resolve("a.yaml")))
                .contains("department: 甲单位")
                .contains("year: 2025");
        assertThat(Files.readString(out.resolve("sub/ezhou.yaml")))
                .contains("department: 鄂州市公安局")
                .startsWith(
                        "# yaml-language-server: $schema=../.zhibiao/schemas/templates/hubei/public-security@2024.1-7.json\n");
        assertThat(Files.readString(out.resolve("a.yaml")))
                .startsWith(
                        "# yaml-language-server: $schema=.zhibiao/schemas/templates/hubei/public-security@2024.1-7.json\n");
        assertThat(out.resolve(".zhibiao/schemas/templates/hubei/public-security@2024.1-7.json"))
                .isRegularFile();
        assertThat(Files.exists(out.resolve("sub/broken.yaml"))).isFalse();
    }

    @Test
    void existing_outputs_are_kept_and_reported_unless_force() throws IOException {
        // given
        Path csv = Csvs.write(dir.resolve("p.csv"), 2);
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("0002.yaml"), "a person's work\n");
        // when
        Run kept = Run.of("new", "hubei/public-security", "--profiles", csv.toString(), "-o", out.toString());
        Run forced =
                Run.of("new", "hubei/public-security", "--profiles", csv.toString(), "-o", out.toString(), "--force");
        // then
        assertThat(kept.code()).isEqualTo(ExitCode.USAGE);
        assertThat(kept.err()).contains("error[output-exists]").contains("2 个文件：写出 1 个");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(out.resolve("0002.yaml"))).contains("department: 第2公安分局");
        assertThat(names(out))
                .containsExactly(
                        ".zhibiao/schemas/templates/hubei/public-security@2024.1-7.json", "0001.yaml", "0002.yaml");
    }

    @Test
    void a_run_that_writes_no_declaration_leaves_no_schema_behind() throws IOException {
        // given only a broken profile
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("broken.yaml"), "kind: profile\ndepartment: [\n");
        Path out = dir.resolve("out");
        // when
        Run run = Run.of("new", "hubei/public-security", "--profiles", profiles.toString(), "-o", out.toString());
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(out.resolve(".zhibiao")).doesNotExist();
    }

    @Test
    void another_schema_in_the_output_folder_stops_the_run_before_any_profile_unless_force() throws IOException {
        // given a schema of the same name with other text, as another zhibiao could have left
        Path csv = Csvs.write(dir.resolve("p.csv"), 2);
        Path out = dir.resolve("out");
        Path schema = out.resolve(".zhibiao/schemas/templates/hubei/public-security@2024.1-7.json");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, "{}\n");
        // when
        Run refused = Run.of("new", "hubei/public-security", "--profiles", csv.toString(), "-o", out.toString());
        // then nothing is written and the schema is named
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("error[output-exists]").contains(schema.toString());
        assertThat(names(out)).containsExactly(out.relativize(schema).toString());
        // and with --force the schema is replaced and the declarations name it
        Run forced =
                Run.of("new", "hubei/public-security", "--profiles", csv.toString(), "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(schema)).contains("\"$schema\"");
        assertThat(Files.readString(out.resolve("0001.yaml"))).startsWith("# yaml-language-server: $schema=");
    }

    @Test
    void profiles_need_an_output_directory_and_no_single_profile_options() throws IOException {
        Path csv = Csvs.write(dir.resolve("p.csv"), 1);
        assertThat(Run.of("new", "hubei/public-security", "--profiles", csv.toString())
                        .code())
                .isEqualTo(ExitCode.USAGE);
        Run both = Run.of(
                "new",
                "hubei/public-security",
                "--profiles",
                csv.toString(),
                "-o",
                dir.toString(),
                "--department",
                "某局");
        assertThat(both.code()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).contains("--department");
    }

    @Test
    void an_unknown_template_stops_before_any_profile_is_read() throws IOException {
        Path csv = Csvs.write(dir.resolve("p.csv"), 3);
        Run run = Run.of(
                "new",
                "hubei/public-securty",
                "--profiles",
                csv.toString(),
                "-o",
                dir.resolve("out").toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[unknown-template]");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void profiles_without_a_template_are_a_missing_argument_not_an_unknown_template() throws IOException {
        Path csv = Csvs.write(dir.resolve("p.csv"), 3);
        Run run = Run.of(
                "new", "--profiles", csv.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(Problem.USAGE_MISSING.at(Position.NONE, "TEMPLATE").render(Lang.ZH))
                .doesNotContain("unknown-template");
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    static List<String> names(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
