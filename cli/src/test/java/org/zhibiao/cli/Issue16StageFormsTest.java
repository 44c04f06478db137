package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.cli.office.WorkbookDump;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Table;
import org.zhibiao.yaml.Documents;

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
        if (ext.equals("yaml")) {
            // naming its stage's schema, written beside it
            String first = Files.readString(out).lines().findFirst().orElseThrow();
            assertThat(first).startsWith("# yaml-language-server: $schema=").endsWith("-" + stage + "-7.json");
            assertThat(dir.resolve(first.substring(first.indexOf('=') + 1))).isRegularFile();
        }
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
        String schema = ".zhibiao/schemas/templates/national/project@2020.1-self-evaluation-7.json";
        assertThat(text).startsWith("# yaml-language-server: $schema=" + schema + "\n");
        assertThat(dir.resolve(schema)).isRegularFile();
        assertThat(text)
                .contains("score: \"3.60\"")
                .contains("score: \"6.00\"")
                .contains("score: \"8.70\"")
                .contains("rate: \"87.00%\"")
                .contains("total: 18.30")
                .contains("grade: 差");
        // the subtotals per 一级: 产出 3.6 + 6 + 0 = 9.6 of 15 (weight 90: 效益 and 满意度 absent), 预算执行 8.7 of 10
        assertThat(text).contains("""
                        subtotals:
                          - level1: 产出指标
                            weight: 90.00
                            points: 15.00
                            score: 9.60
                          - level1: 预算执行
                            weight: 10
                            points: 10.00
                            score: 8.70
                        """);
    }

    @Test
    void score_writes_the_subtotals_into_json_too() throws IOException {
        Path out = dir.resolve("scored.json");
        Run run = Run.of(
                "score", RESOURCES.resolve("stages/selfeval-project.yaml").toString(), "-o", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Declaration scored = read(out);
        assertThat(scored.subtotals())
                .extracting(s -> s.level1() + "=" + s.score().toPlainString())
                .containsExactly("产出指标=9.60", "预算执行=8.70");
        assertThat(scored.total()).isEqualByComparingTo("18.3");
        assertThat(scored.grade()).isEqualTo("差");
    }

    @Test
    void score_writes_the_excel_and_word_forms_which_read_back_with_every_score() throws IOException {
        // when the scored self-evaluation is asked for as the forms a clerk opens
        Path xlsx = dir.resolve("scored.xlsx");
        Path docx = dir.resolve("scored.docx");
        Path source = RESOURCES.resolve("stages/selfeval-project.yaml");
        Run workbook = Run.of("score", source.toString(), "-o", xlsx.toString());
        Run word = Run.of("score", source.toString(), "-o", docx.toString());
        Run piped = Run.of("score", source.toString(), "-o", "-", "--lang", "en");

        // then both are written (before, exit 70: an internal error), and the workbook reads back scored
        assertThat(workbook.code()).as(workbook.err()).isZero();
        assertThat(word.code()).as(word.err()).isZero();
        assertThat(Files.readAllBytes(docx)).startsWith((byte) 'P', (byte) 'K');
        Path back = dir.resolve("back.json");
        Run read = Run.of("convert", xlsx.toString(), "-o", back.toString());
        assertThat(read.code()).as(read.err()).isZero();
        Declaration scored = read(back);
        assertThat(scored.stage()).isEqualTo(Stage.SELF_EVALUATION);
        assertThat(scored.total()).isEqualByComparingTo("18.3");
        assertThat(scored.grade()).isEqualTo("差");
        assertThat(scored.tables().get(0).rows())
                .extracting(r ->
                        r.cells().containsKey("score") ? r.cells().get("score").text() : "")
                .contains("3.60", "6.00");
        // and YAML still goes to standard output when asked
        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(piped.out()).contains("total: 18.30");
    }

    @Test
    void the_self_evaluation_form_pairs_each_annual_goal_with_its_achievement_to_fill() throws IOException {
        Path out = dir.resolve("selfeval.yaml");
        Run.of(
                "new",
                "--stage",
                "self-evaluation",
                "--from",
                declaration("ezhou").toString(),
                "-o",
                out.toString());
        Declaration form = read(out);
        assertThat(form.goals().annual()).hasSize(2);
        assertThat(form.goals().achieved()).containsExactly("", "");
        Path monitoring = dir.resolve("monitor.yaml");
        Run.of("new", "--stage", "monitoring", "--from", declaration("ezhou").toString(), "-o", monitoring.toString());
        assertThat(read(monitoring).goals().achieved()).isEmpty();
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
    void self_evaluation_check_reports_each_scoring_rule_at_the_score_cell() {
        // 4 × 90/100 = 3.6, typed 4 (line 15); 5 × 85/95 = 4.47 with no 偏差原因 (the blank 得分 at line 23);
        // 部分达成 allows 6–8 of 10, typed 9 (line 31); ≥95% against 20分钟 cannot be compared (line 39)
        Run run = Run.of(
                "check", RESOURCES.resolve("stages/selfeval-findings.yaml").toString());
        assertThat(run.out() + run.err())
                .contains("selfeval-findings.yaml:15:16: warning[score-disagrees]")
                .contains("selfeval-findings.yaml:23:16: warning[shortfall-without-reason]")
                .contains("selfeval-findings.yaml:31:16: error[score-outside-band]")
                .contains("selfeval-findings.yaml:39:16: warning[score-by-hand]");
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
            "shortfall-without-reason",
            "score-outside-band",
            "score-by-hand"
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

    static Stream<Arguments> filledForms() {
        return Stream.of(
                Arguments.of("selfeval-project.yaml", "self-evaluation"),
                Arguments.of("monitor-project.yaml", "monitoring"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filledForms")
    void a_filled_stage_form_goes_to_csv_and_back_with_its_stage_and_every_value(String name, String stage)
            throws IOException {
        // given a filled stage form written as CSV in its printed layout
        Path yaml = RESOURCES.resolve("stages/" + name);
        Path csv = dir.resolve("form.csv");
        Run out = Run.of("convert", yaml.toString(), "-o", csv.toString());
        assertThat(out.code()).as(out.err()).isZero();

        // when the CSV is read back by its template
        Path back = dir.resolve("back.yaml");
        Run in = Run.of("convert", csv.toString(), "--template", "national/project@2020.1", "-o", back.toString());

        // then it is a form of the same stage, with every value of every row
        assertThat(in.code()).as(in.err()).isZero();
        Declaration before = read(yaml);
        Declaration after = read(back);
        assertThat(after.stage()).isEqualTo(Stage.parse(stage).orElseThrow());
        assertThat(values(after)).isEqualTo(values(before));
        assertThat(values(before)).anySatisfy(row -> assertThat(row)
                .containsAnyOf(Map.entry("actual", "90%"), Map.entry("progress", "5类")));
    }

    @Test
    void check_reads_a_csv_stage_form_as_its_stage_and_reports_at_the_cell() throws IOException {
        // given the filled monitoring form as CSV
        Path csv = dir.resolve("monitor.csv");
        Run.of("convert", RESOURCES.resolve("stages/monitor-project.yaml").toString(), "-o", csv.toString());

        // when it is checked, by the template its 模板 line names
        Run run = Run.of("check", csv.toString());

        // then the monitoring rules run, at the cell named by its printed header (line 5 is the first
        // row: under the 模板 line, the header block and the header)
        assertThat(run.out() + run.err())
                .contains("monitor.csv:5:偏差原因: error[likelihood-without-reason]")
                .contains("monitor.csv:5:1–7月执行情况: warning[progress-above-year]")
                .contains("monitor.csv:6:1–7月执行情况: error[progress-past-ceiling]");
    }

    @Test
    void a_derived_stage_form_writes_no_empty_keys_in_yaml_or_json() throws IOException {
        for (String ext : new String[] {"yaml", "json"}) {
            Path out = dir.resolve("selfeval." + ext);
            Run run = Run.of(
                    "new",
                    "--stage",
                    "self-evaluation",
                    "--from",
                    declaration("ezhou").toString(),
                    "-o",
                    out.toString());
            assertThat(run.code()).as(run.err()).isZero();
            String text = Files.readString(out);
            // the only blanks are the goals' 实际完成情况, one per 年度目标 (StageDocuments.goals says why)
            String rows = text.substring(
                    text.indexOf("\"tables\"") >= 0 ? text.indexOf("\"tables\"") : text.indexOf("\ntables:"));
            assertThat(rows)
                    .as(ext)
                    .doesNotContain("\"\"")
                    .doesNotContain(": \n")
                    .contains("level3");
            assertThat(text).as(ext).contains("self-evaluation");
        }
    }

    private static Declaration read(Path file) throws IOException {
        var read = Documents.read(file.toString(), Files.readAllBytes(file), Declaration.class);
        assertThat(read.diagnostics()).isEmpty();
        return read.value();
    }

    /** Every non-blank value of every row, by column id, in table and row order. */
    private static List<Map<String, String>> values(Declaration d) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Table t : d.tables()) {
            for (Row r : t.rows()) {
                Map<String, String> row = new TreeMap<>();
                row.put("table", t.name());
                for (String key : List.of("level1", "level2", "keyWork", "level3", "prev2", "prev1", "target")) {
                    put(row, key, r.text(key));
                }
                r.cells().forEach((key, cell) -> put(row, key, cell.text()));
                out.add(row);
            }
        }
        return out;
    }

    private static void put(Map<String, String> row, String key, String text) {
        if (text != null && !text.isBlank()) {
            row.put(key, text);
        }
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
