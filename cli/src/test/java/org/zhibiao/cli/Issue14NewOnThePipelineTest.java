package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Profile;

/**
 * Issue 14, one driver: {@code new}, {@code new --profiles} and {@code convert} read, resolve and
 * compile through the {@link Pipeline} that {@code check} uses, so its guards and readers reach
 * them too. Each test here fails if one of them went back to a chain of its own.
 */
class Issue14NewOnThePipelineTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");
    private static final Path STAGES = Path.of("src/test/resources/stages");

    @TempDir
    Path dir;

    /** The Ezhou seed declaration with its {@code template:} set to {@code value}. */
    private Path declaring(String value) throws IOException {
        String text = Files.readString(SEEDS.resolve("ezhou-2024.yaml"))
                .replaceFirst("(?m)^template: .*$", "template: " + value);
        return Files.writeString(dir.resolve("decl.yaml"), text);
    }

    /** A Groovy template beside the declaration that would leave {@code pwned} if it were ever run. */
    private void sentinel() throws IOException {
        Files.writeString(
                dir.resolve("evil.groovy"),
                "def f(x = ['touch', '" + dir.resolve("pwned") + "'].execute().waitFor()) { 1 }\nf()\n");
    }

    @Test
    void a_from_declaration_naming_a_template_file_is_refused_as_check_refuses_it_and_nothing_is_written()
            throws IOException {
        // given
        sentinel();
        Path from = declaring("./evil.groovy");
        Path out = dir.resolve("monitoring.yaml");
        // when
        Run check = Run.of("check", from.toString());
        Run run = Run.of("new", "--stage", "monitoring", "--from", from.toString(), "-o", out.toString());
        // then: the same finding at the template: value, exit 2, no form, no script run
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(from + ":6:11: error[" + Problem.TEMPLATE_NOT_IN_CATALOGUE.code() + "]")
                .isEqualTo(check.err().substring(0, check.err().indexOf('\n') + 1));
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void convert_refuses_a_declaration_naming_a_template_file_instead_of_resolving_it() throws IOException {
        // given: before the one driver, convert resolved the named reference without the guard
        sentinel();
        Path from = declaring("./evil.groovy");
        Path out = dir.resolve("decl.csv");
        // when
        Run run = Run.of("convert", from.toString(), "-o", out.toString(), "--lang", "en");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(from + ":1:1: error[" + Problem.TEMPLATE_NOT_IN_CATALOGUE.code()
                        + "]: template './evil.groovy' points at a file, which was not read;")
                .doesNotContain("template-mismatch", "unknown-template");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void a_stage_form_is_written_from_a_csv_declaration_by_the_template_it_names_or_the_one_given_beside_it()
            throws IOException {
        // given the Ezhou declaration in its printed CSV layout, which names its template (模板：…),
        // and the same CSV without that line, as one from elsewhere
        Path csv = dir.resolve("decl.csv");
        Run converted = Run.of("convert", SEEDS.resolve("ezhou-2024.yaml").toString(), "-o", csv.toString());
        assertThat(converted.code()).as(converted.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("\uFEFF模板：hubei/public-security@2024.1");
        Path foreign = Files.write(dir.resolve("foreign.csv"), lines.subList(1, lines.size()));
        Path named = dir.resolve("named.csv");
        Path given = dir.resolve("given.csv");

        // when
        Run byName = Run.of("new", "--stage", "monitoring", "--from", csv.toString(), "-o", named.toString());
        Run without = Run.of("new", "--stage", "monitoring", "--from", foreign.toString(), "-o", given.toString());
        Run run = Run.of(
                "new",
                "hubei/public-security",
                "--stage",
                "monitoring",
                "--from",
                foreign.toString(),
                "-o",
                given.toString());

        // then: read as check reads a CSV, each gives the monitoring form the YAML declaration gives
        assertThat(byName.code()).as(byName.err()).isZero();
        assertThat(Files.readString(named)).isEqualTo(Files.readString(STAGES.resolve("ezhou-monitoring.csv")));
        assertThat(without.code()).isEqualTo(ExitCode.USAGE);
        assertThat(without.err()).contains("error[" + Problem.USAGE_NEEDS_TEMPLATE.code() + "]");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(given)).isEqualTo(Files.readString(STAGES.resolve("ezhou-monitoring.csv")));
    }

    @Test
    void a_stage_form_is_written_from_a_workbook_by_the_template_it_records() throws IOException {
        // given the Ezhou declaration as the Excel form zhibiao writes
        Path book = dir.resolve("decl.xlsx");
        Run converted = Run.of("convert", SEEDS.resolve("ezhou-2024.yaml").toString(), "-o", book.toString());
        assertThat(converted.code()).as(converted.err()).isZero();
        Path out = dir.resolve("monitoring.yaml");
        // when
        Run run = Run.of("new", "--stage", "monitoring", "--from", book.toString(), "-o", out.toString());
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out))
                .contains("template: hubei/public-security@2024.1")
                .contains("stage: monitoring");
    }

    @Test
    void a_template_given_beside_a_yaml_from_is_still_a_usage_error() throws IOException {
        Path from = declaring("hubei/public-security@2024.1");
        Run run = Run.of("new", "hubei/public-security", "--stage", "monitoring", "--from", from.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[" + Problem.STAGE_NEEDS_FROM.code() + "]");
    }

    @Test
    void the_pipeline_compiles_a_starter_and_refuses_a_profile_whose_previous_is_a_script() throws IOException {
        // given
        sentinel();
        Path good = Files.writeString(dir.resolve("good.yaml"), "kind: profile\ndepartment: 甲局\nyear: 2025\n");
        Path bad = Files.writeString(
                dir.resolve("bad.yaml"), "kind: profile\ndepartment: 乙局\nyear: 2025\nprevious: evil.groovy\n");
        Pipeline pipeline = new Pipeline(Catalogue.builtIn(), "hubei/public-security");
        // when
        Pipeline.Compiled made = pipeline.compile(good, null, p -> p);
        Pipeline.Compiled refused = pipeline.compile(bad, null, p -> p);
        Pipeline.Compiled row = pipeline.compile(null, Profile.of("丙局", 2026), p -> p);
        // then
        assertThat(made.usable()).as("%s", made.diagnostics()).isTrue();
        assertThat(made.declaration().department()).isEqualTo("甲局");
        assertThat(refused.usable()).isFalse();
        assertThat(refused.declaration()).isNull();
        assertThat(refused.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(Problem.PREVIOUS_NOT_DECLARATION.code());
        assertThat(row.declaration().year()).isEqualTo(2026);
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void a_template_that_does_not_resolve_still_lets_the_profile_say_what_is_wrong_with_it() throws IOException {
        // given a bad template and a profile that is not one
        Path notProfile = Files.writeString(dir.resolve("p.yaml"), "kind: library\nid: x\n");
        // when
        Run run = Run.of("new", "hubei/public-securty", "--profile", notProfile.toString());
        // then both are reported in one run
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("hubei/public-securty").contains(notProfile.toString());
    }
}
