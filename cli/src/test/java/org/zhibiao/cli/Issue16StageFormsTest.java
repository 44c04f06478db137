package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.cli.office.WorkbookDump;

/**
 * The monitoring and self-evaluation forms (issue 16): written from the seed declarations and a
 * project declaration (golden files), scored by {@code zhibiao score} with figures worked by hand,
 * and checked by the stage rules at the cell.
 */
class Issue16StageFormsTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    /** Set to rewrite the golden files from the current output, then review the diff. */
    private static final boolean UPDATE = Boolean.getBoolean("zhibiao.updateGolden");

    @TempDir
    Path dir;

    static Stream<Arguments> forms() {
        return Stream.of("ezhou", "suzhou", "project").flatMap(c -> Stream.of("monitoring", "self-evaluation")
                .flatMap(s -> Stream.of("yaml", "csv").map(f -> Arguments.of(c, s, f))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("forms")
    void stage_form_is_written_from_a_filled_declaration(String name, String stage, String ext) throws IOException {
        // given a filled declaration
        Path from = declaration(name);

        // when its stage form is written
        Path out = dir.resolve(name + "." + ext);
        Run run = Run.of("new", "--stage", stage, "--from", from.toString(), "-o", out.toString());

        // then it is the golden file
        assertThat(run.code()).as(run.err()).isZero();
        golden("stages/" + name + "-" + stage + "." + ext, Files.readString(out));
    }

    static Stream<Arguments> workbooks() {
        return Stream.of("ezhou", "suzhou", "project")
                .flatMap(c -> Stream.of("monitoring", "self-evaluation").map(s -> Arguments.of(c, s)));
    }

    @ParameterizedTest(name = "{0} {1} xlsx")
    @MethodSource("workbooks")
    void stage_form_is_written_as_a_workbook(String name, String stage) throws IOException {
        // given a filled declaration
        Path from = declaration(name);

        // when its stage form is written as xlsx
        Path out = dir.resolve(name + ".xlsx");
        Run run = Run.of("new", "--stage", stage, "--from", from.toString(), "-o", out.toString());

        // then the workbook, dumped as text (cells by A1, merges, drop-downs), is the golden file
        assertThat(run.code()).as(run.err()).isZero();
        golden("stages/" + name + "-" + stage + ".xlsx.txt", WorkbookDump.of(out));
    }

    @Test
    void stage_form_is_a_declaration_of_its_stage_and_checks_clean_of_unknown_columns() throws IOException {
        Path out = dir.resolve("m.yaml");
        Run.of("new", "--stage", "monitoring", "--from", declaration("ezhou").toString(), "-o", out.toString());
        String text = Files.readString(out);
        assertThat(text).contains("stage: monitoring");
        Run check = Run.of("check", out.toString());
        assertThat(check.out() + check.err()).doesNotContain("unknown-column");
    }

    @Test
    void score_prints_subtotals_total_and_grade_worked_by_hand() {
        // 4 × 90/100 = 3.6 (=100% missed); ≤50万元 beaten by 45万元 → 6; 考核合格率 has no 实际完成值 → 0;
        // budget execution 10 × 87/100 = 8.7; 效益 and 满意度 absent, 产出 weighs 90. Total 3.6 + 6 + 0 + 8.7 = 18.3 → 差.
        Run run = Run.of(
                "score", RESOURCES.resolve("stages/selfeval-project.yaml").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("产出指标\t90.00\t15.00\t9.60")
                .contains("预算执行\t10\t10.00\t8.70")
                .contains("总分 18.30，等级 差");
        assertThat(run.err()).contains("error[actual-missing]").contains("error[score-above-points]");
    }

    @Test
    void score_writes_every_score_total_and_grade_into_the_document() throws IOException {
        Path out = dir.resolve("scored.yaml");
        Run run = Run.of(
                "score", RESOURCES.resolve("stages/selfeval-project.yaml").toString(), "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String text = Files.readString(out);
        assertThat(text)
                .contains("score: \"3.60\"")
                .contains("score: \"6.00\"")
                .contains("score: \"8.70\"")
                .contains("rate: \"87.00%\"")
                .contains("total: 18.30")
                .contains("grade: 差");
    }

    @Test
    void score_refuses_a_document_that_is_not_a_self_evaluation() {
        Run run =
                Run.of("score", RESOURCES.resolve("stages/monitor-project.yaml").toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[not-self-evaluation]");
    }

    @Test
    void self_evaluation_check_reports_the_engines_findings_at_the_cell() {
        Run run = Run.of(
                "check", RESOURCES.resolve("stages/selfeval-project.yaml").toString());
        // 考核合格率: score "6" above 分值 5 at line 41, column 16; no 实际完成值 at the same line's score cell
        assertThat(run.out() + run.err())
                .contains("selfeval-project.yaml:41:16: error[score-above-points]")
                .contains("selfeval-project.yaml:41:16: error[actual-missing]");
    }

    @Test
    void monitoring_check_reports_each_stage_rule_at_its_cell() {
        Run run =
                Run.of("check", RESOURCES.resolve("stages/monitor-project.yaml").toString());
        String err = run.out() + run.err();
        assertThat(err)
                .contains("monitor-project.yaml:22:17: error[likelihood-without-reason]")
                .contains("monitor-project.yaml:20:19: warning[progress-above-year]")
                .contains("monitor-project.yaml:27:19: error[progress-past-ceiling]")
                .contains("monitor-project.yaml:12:14: warning[execution-behind-pace]");
    }

    @Test
    void stage_rules_explain_themselves() {
        for (String code : new String[] {
            "likelihood-without-reason",
            "execution-behind-pace",
            "progress-past-ceiling",
            "progress-above-year",
            "score-above-points",
            "score-disagrees",
            "actual-missing",
            "shortfall-without-reason"
        }) {
            Run run = Run.of("check", "--explain", code);
            assertThat(run.code()).as(code + run.err()).isZero();
            assertThat(run.out()).as(code).isNotBlank();
        }
    }

    @Test
    void new_stage_refuses_a_stage_document_as_its_source() {
        Run run = Run.of(
                "new",
                "--stage",
                "monitoring",
                "--from",
                RESOURCES.resolve("stages/monitor-project.yaml").toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[stage-from-stage]");
    }

    private Path declaration(String name) throws IOException {
        if (name.equals("project")) {
            Path out = dir.resolve("project-decl.yaml");
            Run run = Run.of("new", "national/project", "--department", "示例单位", "--year", "2024", "-o", out.toString());
            assertThat(run.code()).as(run.err()).isIn(0, 1);
            return out;
        }
        return RESOURCES.resolve("seeds/" + name + "-2024.yaml");
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = RESOURCES.resolve(name);
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file));
    }
}
