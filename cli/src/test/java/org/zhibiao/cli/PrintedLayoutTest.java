package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Problem;

/**
 * The four project layouts of DOMAIN.md §4 (乌海, 井研县, 岳阳楼区, 黄山) read from CSV in their
 * printed layout into a declaration of a built-in template, and written back (issue 14): golden
 * YAML and CSV per layout, the written CSV reads back into the same declaration, and every cell of
 * the input's indicator rows is in the declaration.
 */
class PrintedLayoutTest {

    @TempDir
    Path dir;

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("wuhai-2021", "national/project"),
                Arguments.of("jingyan-2023", "national/project"),
                Arguments.of("yueyanglou-2023", "national/project-101"),
                Arguments.of("huangshan-2025", "national/project"));
    }

    @ParameterizedTest(name = "{0} → {1} → yaml → csv")
    @MethodSource("layouts")
    void a_province_layout_converts_into_a_declaration_and_back_without_losing_a_cell(String layout, String template)
            throws IOException {
        Path csv = copy(layout + ".csv");
        Path yaml = dir.resolve(layout + ".yaml");
        Path back = dir.resolve(layout + ".out.csv");
        Path again = dir.resolve(layout + ".again.yaml");

        Run read = Run.of("convert", csv.toString(), "--template", template, "-o", yaml.toString());
        assertThat(read.code()).as(read.err()).isZero();
        Run write = Run.of("convert", yaml.toString(), "-o", back.toString());
        assertThat(write.code()).as(write.err()).isZero();
        // the CSV zhibiao wrote names its template (模板：…), so it reads back without --template
        Run reread = Run.of("convert", back.toString(), "-o", again.toString());
        assertThat(reread.code()).as(reread.err()).isZero();

        assertThat(Files.readString(yaml)).isEqualTo(golden(layout + ".yaml"));
        assertThat(Files.readString(back)).isEqualTo(golden(layout + ".out.csv"));
        assertThat(Files.readString(again))
                .as("the written CSV reads back into the same declaration")
                .isEqualTo(Files.readString(yaml));
        String declaration = Files.readString(yaml);
        for (String cell : dataCells(Files.readString(csv))) {
            assertThat(declaration).as("input cell “%s” is kept", cell).contains(cell);
        }
    }

    @Test
    void a_header_two_provinces_use_for_different_things_goes_by_its_cells() throws IOException {
        // 乌海 prints 正向/反向 under 指标性质 and = under 指标方向; 井研县 prints ≥ under 指标性质
        Run wuhai =
                Run.of("convert", copy("wuhai-2021.csv").toString(), "--template", "national/project", "--to", "yaml");
        Run jingyan = Run.of(
                "convert", copy("jingyan-2023.csv").toString(), "--template", "national/project", "--to", "yaml");
        assertThat(wuhai.out()).contains("target: =1200个", "nature: 正向").doesNotContain("nature: \"=\"");
        assertThat(jingyan.out()).contains("target: ≥1.2万亩", "nature: 正向指标");
    }

    @Test
    void a_finding_on_a_csv_cell_names_the_line_and_the_header() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), """
                一级指标,二级指标,三级指标,指标性质,指标方向,指标值,计量单位,分值,备注
                产出指标,数量指标,培训人次,正向,≥,abc,人次,10,
                """);
        Run check = Run.of("check", csv.toString(), "--template", "national/project");
        assertThat(check.out()).contains("bad.csv:2:指标值:");
    }

    @Test
    void a_csv_without_template_is_refused_with_the_option_to_give() throws IOException {
        Run run = Run.of(
                "convert",
                copy("wuhai-2021.csv").toString(),
                "-o",
                dir.resolve("x.yaml").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--template");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void a_csv_naming_a_file_or_an_unknown_id_as_its_template_is_refused_and_the_operators_template_overrides_it()
            throws IOException {
        // given CSVs whose 模板 line names a Groovy script beside them, and an id no catalogue has
        Path script =
                Files.writeString(dir.resolve("evil.groovy"), "new File('" + dir.resolve("pwned") + "').text = 'x'\n");
        String table = """
                一级指标,二级指标,三级指标,指标性质,指标方向,指标值,计量单位,分值,备注
                产出指标,数量指标,培训人次,正向,≥,10,人次,10,
                """;
        Path byFile = Files.writeString(dir.resolve("by-file.csv"), "模板：" + script + "\n" + table);
        Path byId = Files.writeString(dir.resolve("by-id.csv"), "模板：nowhere/project\n" + table);

        // when
        Run file = Run.of("check", byFile.toString());
        Run id = Run.of("convert", byId.toString(), "-o", dir.resolve("x.yaml").toString());
        Run overridden = Run.of("check", byFile.toString(), "--template", "national/project");

        // then each is refused at the line, as a YAML template: naming a file is, and nothing is run
        assertThat(file.code()).isEqualTo(ExitCode.USAGE);
        assertThat(file.err())
                .contains(byFile + ":1:1: error[" + Problem.TEMPLATE_NOT_IN_CATALOGUE.code() + "]", "evil.groovy");
        assertThat(dir.resolve("pwned")).doesNotExist();
        assertThat(id.code()).isEqualTo(ExitCode.USAGE);
        assertThat(id.err()).contains("error[" + Problem.TEMPLATE_NOT_IN_CATALOGUE.code() + "]", "nowhere/project");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
        assertThat(overridden.code()).as(overridden.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        assertThat(overridden.err()).doesNotContain(Problem.TEMPLATE_NOT_IN_CATALOGUE.code());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // before, each of these cells held a check for minutes
    void cells_made_to_backtrack_the_header_and_one_cell_patterns_are_read_in_linear_time() throws IOException {
        String table = """
                一级指标,二级指标,三级指标,指标性质,指标方向,指标值,计量单位,分值,备注
                产出指标,数量指标,培训人次,正向,≥,10,人次,10,
                """;
        List<String> hostile = List.of(
                "年度：x" + " ".repeat(200_000) + "y\n" + table,
                "【产出指标-数量指标】指标1:x" + " ".repeat(100_000) + "y\n",
                "【".repeat(100_000) + "\n",
                ("【a-b】指标:" + "x".repeat(10)).repeat(20_000) + "\n",
                "【a-b】指标:" + " ".repeat(100_000) + "x\n");
        for (String text : hostile) {
            Path csv = Files.writeString(dir.resolve("hostile.csv"), text);
            Run run = Run.of("check", csv.toString(), "--template", "national/project");
            // a table is checked; a sheet with neither a header nor a one-cell indicator is named as such
            assertThat(run.code()).as(run.err()).isIn(ExitCode.FINDINGS, ExitCode.USAGE);
            if (run.code() == ExitCode.USAGE) {
                assertThat(run.err()).contains("error[" + Problem.LAYOUT_NO_HEADER.code() + "]");
            }
        }
        // and the one-cell layout still reads with spaces around its parts
        Path spaced = Files.writeString(dir.resolve("spaced.csv"), "【产出指标 - 数量指标】指标1: 设备数 (≥20台)\n");
        assertThat(Run.of("convert", spaced.toString(), "--template", "national/project", "--to", "yaml")
                        .out())
                .contains("level1: 产出指标", "level2: 数量指标", "level3: 设备数", "target: ≥20台");
    }

    @Test
    void a_column_the_template_lacks_is_kept_and_named() throws IOException {
        Run run = Run.of(
                "convert", copy("jingyan-2023.csv").toString(), "--template", "national/project", "--to", "yaml");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("单位名称", "layout-unknown-column");
        assertThat(run.out()).contains("单位名称: 井研县农业农村局", "预算数: \"1200.5\"");
    }

    /** The non-empty cells of the rows under the header, the note rows (注：…) left out. */
    private static List<String> dataCells(String csv) {
        List<String> out = new ArrayList<>();
        boolean header = false;
        for (String line : csv.split("\n", -1)) {
            if (!header) {
                header = line.contains("三级指标") || line.startsWith("【");
                if (!line.startsWith("【")) {
                    continue;
                }
            }
            if (line.startsWith("注")) {
                continue;
            }
            if (line.startsWith("【")) {
                // 黄山's inline cell: its name and its 指标值 are what the declaration keeps
                String name = line.substring(line.indexOf(':') + 1, line.indexOf('('));
                String target = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
                out.add(name);
                out.add(target);
                continue;
            }
            for (String cell : line.split(",", -1)) {
                if (!cell.isBlank()) {
                    out.add(cell);
                }
            }
        }
        return out;
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = PrintedLayoutTest.class.getResourceAsStream("/layouts/" + name)) {
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = PrintedLayoutTest.class.getResourceAsStream("/layouts/" + name)) {
            assertThat(in).as("golden file layouts/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
