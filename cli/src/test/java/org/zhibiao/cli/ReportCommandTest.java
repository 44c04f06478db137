package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/** {@code zhibiao report DIR -o report.html} (issue 16): the review page over a folder of declarations. */
class ReportCommandTest {

    static final String SCRIPT_DEPARTMENT = "<script>alert(1)</script>";

    @TempDir
    Path dir;

    Path decls;

    @BeforeEach
    void corpus() throws IOException {
        decls = corpus(dir, 3);
    }

    /**
     * {@code n} generated declarations, the second renamed to a {@code <script>} department, and
     * one file that is not YAML at all.
     */
    static Path corpus(Path dir, int n) throws IOException {
        Path csv = Csvs.write(dir.resolve("p.csv"), n);
        Path decls = dir.resolve("decls");
        Run made = Run.of("new", "hubei/public-security", "--profiles", csv.toString(), "-o", decls.toString());
        assertThat(made.code()).as(made.err()).isZero();
        Path second = decls.resolve("0002.yaml");
        String yaml = Files.readString(second);
        assertThat(yaml).contains("department: 第2公安分局\n");
        Files.writeString(second, yaml.replace("department: 第2公安分局\n", "department: \"" + SCRIPT_DEPARTMENT + "\"\n"));
        Files.writeString(decls.resolve("zz-broken.yaml"), "kind: declaration\ntemplate: [\n");
        return decls;
    }

    @Test
    void the_page_has_one_row_per_document_and_a_section_each_linked_from_the_table() throws IOException {
        // when
        Path page = dir.resolve("report.html");
        Run run = Run.of("report", decls.toString(), "-o", page.toString(), "-q");
        // then: a broken file makes the input unusable (2), as for check; the page is written all the same
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("(?m)^4 个文件：\\d+ 个错误，\\d+ 个警告，1 个无法使用，用时 \\d+\\.\\d 秒$");
        String html = Files.readString(page);
        String table = between(html, "<table id=\"departments\">", "</table>");
        assertThat(count(table, "<tr>") + count(table, "<tr class=\"unusable\">"))
                .isEqualTo(1 + 4);
        for (int i = 1; i <= 4; i++) {
            assertThat(table).contains("<a href=\"#d" + i + "\">");
            assertThat(html).contains("<section id=\"d" + i + "\">");
        }
        assertThat(table)
                .contains("<td>0001.yaml</td><td>hubei/public-security@")
                .contains("第1公安分局")
                .contains("<td>zz-broken.yaml</td><td></td><td class=\"n\">无法使用</td>");
        assertThat(html).contains("zz-broken.yaml:2:11</a> <b>error[yaml-syntax]</b>");
    }

    @Test
    void self_evaluations_show_their_score_and_grade() throws IOException {
        // given two self-evaluations: every target met and budget spent (50 + 30 + 10 + 10 = 100 → 优), and
        // selfeval-project.yaml (3.6 + 6 + 0 + 8.7 = 18.3 → 差, worked in Issue16StageFormsTest)
        Path folder = Files.createDirectories(dir.resolve("selfevals"));
        for (String name : new String[] {"selfeval-full-marks.yaml", "selfeval-project.yaml"}) {
            Files.copy(Path.of("src/test/resources/stages", name), folder.resolve(name));
        }

        // when the review page is written
        Path page = dir.resolve("scores.html");
        Run run = Run.of("report", folder.toString(), "-o", page.toString(), "-q");

        // then each row shows its total and grade, and the grade chart counts one 优 and one 差
        assertThat(run.code()).as(run.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        String html = Files.readString(page);
        String table = between(html, "<table id=\"departments\">", "</table>");
        assertThat(table)
                .contains("满分单位")
                .contains("<td class=\"n\">100.00</td><td>优</td>")
                .contains("<td class=\"n\">18.30</td><td>差</td>");
        assertThat(html).contains(">优</text>").contains(">差</text>");
    }

    @Test
    void a_department_named_script_stays_text() throws IOException {
        Path page = dir.resolve("report.html");
        Run.of("report", decls.toString(), "-o", page.toString());
        String html = Files.readString(page);
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void the_page_is_self_contained_and_may_fetch_nothing() throws IOException {
        Path page = dir.resolve("report.html");
        Run.of("report", decls.toString(), "-o", page.toString());
        String html = Files.readString(page);
        assertThat(html)
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'\">");
        assertThat(html)
                .doesNotContainIgnoringCase("http:")
                .doesNotContainIgnoringCase("https:")
                .doesNotContain("src=")
                .doesNotContain("<link")
                .doesNotContain("url(")
                .doesNotContain("@import");
        assertThat(html).contains("<svg id=\"chart-findings\"").contains("<svg id=\"chart-grades\"");
    }

    @Test
    void findings_point_at_file_and_position_and_the_rules_most_broken_are_counted() throws IOException {
        Path page = dir.resolve("report.html");
        Run check = Run.of("check", decls.resolve("0001.yaml").toString());
        Run.of("report", decls.toString(), "-o", page.toString());
        String html = Files.readString(page);
        // the first finding of 0001.yaml, as check prints it, appears with its position relative to the folder
        String first = check.out().lines().findFirst().orElseThrow();
        Matcher m = Pattern.compile("^.*/(0001\\.yaml:\\d+:\\d+): (\\w+)\\[([\\w-]+)\\]")
                .matcher(first);
        assertThat(m.find()).as(first).isTrue();
        assertThat(html).contains("\">" + m.group(1) + "</a> <b>" + m.group(2) + "[" + m.group(3) + "]</b>");
        String rules = between(html, "<table id=\"rules\">", "</table>");
        assertThat(rules).contains("<code>" + m.group(3) + "</code>");
    }

    @Test
    void english_labels_with_lang_en() throws IOException {
        Path page = dir.resolve("report.html");
        Run run = Run.of("report", decls.toString(), "-o", page.toString(), "--lang", "en");
        assertThat(run.err()).contains("4 file(s): ");
        String html = Files.readString(page);
        assertThat(html)
                .contains("<html lang=\"en\">")
                .contains(Text.REPORT_RULES.template(Lang.EN))
                .contains(Text.REPORT_COL_DEPARTMENT.template(Lang.EN))
                .doesNotContain(Text.REPORT_RULES.template(Lang.ZH));
    }

    @Test
    void an_existing_page_is_not_overwritten_without_force() throws IOException {
        // given
        Path page = Files.writeString(dir.resolve("report.html"), "mine");
        // when
        Run refused = Run.of("report", decls.toString(), "-o", page.toString());
        // then
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains(page + ":1:1: error[output-exists]");
        assertThat(Files.readString(page)).isEqualTo("mine");
        Run forced = Run.of("report", decls.toString(), "-o", page.toString(), "--force");
        assertThat(forced.code()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void a_clean_folder_exits_with_the_findings_code_of_check() throws IOException {
        Files.delete(decls.resolve("zz-broken.yaml"));
        Run check = Run.of("check", decls.toString(), "-q");
        Run report =
                Run.of("report", decls.toString(), "-o", dir.resolve("r.html").toString());
        assertThat(report.code()).isEqualTo(check.code());
    }

    @Test
    void a_missing_folder_is_listed_as_unusable() {
        Run run = Run.of(
                "report",
                dir.resolve("nowhere").toString(),
                "-o",
                dir.resolve("r.html").toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("nowhere:1:1: error[file-unreadable]");
    }

    @Test
    void without_a_folder_it_is_a_usage_error_and_with_dash_the_page_goes_to_stdout() {
        Run none = Run.of("report");
        assertThat(none.code()).isEqualTo(ExitCode.USAGE);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("DIR");
        Run stdout = Run.of("report", decls.resolve("0001.yaml").toString(), "-o", "-");
        assertThat(stdout.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(stdout.code())
                .isEqualTo(
                        Run.of("check", decls.resolve("0001.yaml").toString()).code());
    }

    @Test
    void help_names_the_command_and_its_exit_codes() {
        Run run = Run.of("report", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("zhibiao report").contains("--force").contains("70");
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return text.substring(start, text.indexOf(to, start));
    }

    static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
