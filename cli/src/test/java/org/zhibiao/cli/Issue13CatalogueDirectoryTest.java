package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Problem;

/**
 * Issue 13 §1: the operator's catalogue directories ({@code --catalogue DIR}, repeatable, and
 * {@code ZHIBIAO_CATALOGUE}) add templates that declarations then name by id; duplicates are
 * refused naming both files; a profile's {@code previous:} is data, never a template or a script.
 */
class Issue13CatalogueDirectoryTest {

    @TempDir
    Path dir;

    private Path catalogue;

    /** A catalogue directory in the built-in layout: a template that extends a built-in one and uses a built-in library. */
    @BeforeEach
    void catalogue() throws IOException {
        catalogue = Files.createDirectories(dir.resolve("catalogue/templates/test"));
        Files.writeString(catalogue.resolve("police.yaml"), """
                kind: template
                id: test/police
                version: "2025.1"
                title: 测试模板（公安）
                extends: hubei/public-security@2024.1
                libraries: [common, police]
                """);
        catalogue = dir.resolve("catalogue");
    }

    private static Path templateFile(Path root, String name, String id, String version) throws IOException {
        Files.createDirectories(root);
        return Files.writeString(
                root.resolve(name),
                "kind: template\nid: " + id + "\nversion: \"" + version
                        + "\"\nextends: hubei/department-overall@2024.1\n");
    }

    @Test
    void a_template_in_a_catalogue_directory_is_found_by_id_for_new_and_check() throws IOException {
        // when
        Path made = dir.resolve("decl.yaml");
        Run created = Run.of("new", "test/police", "--catalogue", catalogue.toString(), "-o", made.toString());
        Run checked = Run.of("check", made.toString(), "--catalogue", catalogue.toString());
        Run without = Run.of("check", made.toString());
        // then
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(Files.readString(made)).contains("template: test/police@2025.1");
        assertThat(checked.code()).as(checked.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(checked.out())
                .isEqualTo(Run.of("check", made.toString(), "--template", "hubei/public-security")
                        .out());
        assertThat(without.code()).isEqualTo(ExitCode.USAGE);
        assertThat(without.err())
                .contains("error[" + Problem.TEMPLATE_NOT_IN_CATALOGUE.code() + "]", "test/police@2025.1");
    }

    @Test
    void a_groovy_template_in_a_catalogue_directory_brings_its_closure_rules_to_check() throws IOException {
        // given
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("long.groovy"), """
                template('test/long-names') {
                    version '1'
                    extendsTemplate 'hubei/public-security@2024.1'
                    rules {
                        rule('long-name', severity: 'error', zh: '三级指标名称超过 4 字', en: 'name over 4 characters') {
                            level3().length() > 4
                        }
                    }
                }
                """);
        Path made = dir.resolve("decl.yaml");
        Run created = Run.of("new", "test/long-names", "--catalogue", scripts.toString(), "-o", made.toString());
        assertThat(created.code()).as(created.err()).isZero();
        // when
        Run checked = Run.of("check", made.toString(), "--catalogue", scripts.toString());
        // then
        assertThat(checked.code()).as(checked.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(checked.out()).contains("error[long-name]");
    }

    @Test
    void a_catalogue_template_that_does_not_resolve_is_reported_at_the_declarations_template_value()
            throws IOException {
        // given: a declaration made from a good template, then the directory's template broken
        Path made = dir.resolve("decl.yaml");
        assertThat(Run.of("new", "test/police", "--catalogue", catalogue.toString(), "-o", made.toString())
                        .code())
                .isZero();
        Files.writeString(
                catalogue.resolve("templates/test/police.yaml"),
                "kind: template\nid: test/police\nversion: \"2025.1\"\nextends: hubei/nowhere\n");
        // when
        Run run = Run.of("check", made.toString(), "--catalogue", catalogue.toString());
        // then
        int line = Files.readAllLines(made).indexOf("template: test/police@2025.1") + 1;
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[unknown-template]", made + ":" + line + ":11: error[template-mismatch]");
    }

    @Test
    void catalogue_list_shows_where_each_template_comes_from() {
        Run run = Run.of("catalogue", "list", "--catalogue", catalogue.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^test/police +2025\\.1 .*测试模板（公安）  \\("
                        + Pattern.quote(
                                catalogue.resolve("templates/test/police.yaml").toString()) + "\\)$")
                .containsPattern("(?m)^hubei/public-security +2024\\.1 +department-overall +部门整体绩效目标申报表（公安）$");
    }

    @Test
    void show_schema_diff_and_docs_resolve_templates_of_the_catalogue_directory() {
        String dirOption = catalogue.toString();
        Run show = Run.of("catalogue", "show", "test/police", "--catalogue", dirOption);
        Run schema = Run.of("schema", "--template", "test/police", "--catalogue", dirOption);
        Run diff = Run.of("catalogue", "diff", "hubei/public-security", "test/police", "--catalogue", dirOption);
        Run docs = Run.of("catalogue", "docs", "-o", dir.resolve("site").toString(), "--catalogue", dirOption);
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("id: test/police", "version: \"2025.1\"");
        assertThat(schema.code()).as(schema.err()).isZero();
        assertThat(diff.code()).as(diff.err()).isIn(0, CatalogueDiffCommand.DIFFERENT);
        assertThat(docs.code()).as(docs.err()).isZero();
        assertThat(dir.resolve("site/templates/test")).isDirectory();
    }

    @Test
    void a_flat_directory_works_and_several_directories_add_up() throws IOException {
        Path flat = dir.resolve("flat");
        templateFile(flat, "a.yaml", "test/flat", "1");
        Run run = Run.of("catalogue", "list", "--catalogue", catalogue.toString(), "--catalogue", flat.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("test/police", "test/flat");
    }

    @Test
    void the_same_id_and_version_in_two_directories_is_an_error_naming_both_files() throws IOException {
        Path first = templateFile(dir.resolve("one"), "x.yaml", "test/dup", "1");
        Path second = templateFile(dir.resolve("two"), "y.yaml", "test/dup", "1");
        Run run = Run.of(
                "check",
                "--catalogue",
                dir.resolve("one").toString(),
                "--catalogue",
                dir.resolve("two").toString(),
                "x.yaml",
                "--lang",
                "en");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(
                        "error[" + Problem.CATALOGUE_DUPLICATE.code() + "]",
                        "'test/dup@1' is defined twice: " + first + " and " + second);
    }

    @Test
    void an_id_and_version_of_the_built_in_catalogue_is_an_error_naming_the_file() throws IOException {
        Path file = templateFile(dir.resolve("shadow"), "x.yaml", "hubei/public-security", "2024.1");
        Run run =
                Run.of("catalogue", "list", "--catalogue", dir.resolve("shadow").toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(file + ":")
                .contains("error[catalogue-duplicate]", "“hubei/public-security@2024.1”定义了两次：内置模板目录 和 " + file);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void a_new_version_of_a_built_in_id_is_welcome() throws IOException {
        templateFile(dir.resolve("newer"), "x.yaml", "hubei/public-security", "2026.1");
        Run run = Run.of(
                "catalogue",
                "show",
                "hubei/public-security@2026.1",
                "--catalogue",
                dir.resolve("newer").toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void a_catalogue_template_whose_id_a_declaration_could_not_name_is_refused() throws IOException {
        templateFile(dir.resolve("bad"), "x.yaml", "Mine.yaml", "1");
        Run run = Run.of("catalogue", "list", "--catalogue", dir.resolve("bad").toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[" + Problem.CATALOGUE_BAD_ID.code() + "]", "Mine.yaml");
    }

    @Test
    void a_missing_catalogue_directory_is_a_usage_error() {
        Path missing = dir.resolve("missing");
        Run run = Run.of("new", "hubei/public-security", "--catalogue", missing.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(
                        "error[" + Problem.CATALOGUE_NOT_DIRECTORY.code() + "]",
                        "catalogue directory " + missing + " does not exist",
                        "(from --catalogue)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void the_environment_variable_adds_its_directories_in_a_process_of_its_own() throws Exception {
        // given: two directories in the path list, one empty
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Zhibiao.class.getName(),
                "new",
                "test/police",
                "-o",
                "decl.yaml"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("out.txt").toFile());
        builder.environment().put(CatalogueOption.ENVIRONMENT, empty + File.pathSeparator + catalogue);
        // when
        Process process = builder.start();
        // then
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(work.resolve("out.txt")))
                .isZero();
        assertThat(Files.readString(work.resolve("decl.yaml"))).contains("template: test/police@2025.1");
    }

    // --- a profile's previous: is data -----------------------------------------------------

    private Path profile(String name, String previous) throws IOException {
        return Files.writeString(
                dir.resolve(name), "kind: profile\ndepartment: 测试局\nyear: 2025\nprevious: " + previous + "\n");
    }

    @Test
    void a_profiles_previous_naming_a_groovy_script_is_refused_at_the_value_and_not_run() throws IOException {
        Files.writeString(
                dir.resolve("evil.groovy"),
                "def f(x = ['touch', '" + dir.resolve("pwned") + "'].execute().waitFor()) { 1 }\nf()\n");
        Path profile = profile("p.yaml", "evil.groovy");
        Run run = Run.of("new", "hubei/public-security", "--profile", profile.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith(profile + ":4:11: error[" + Problem.PREVIOUS_NOT_DECLARATION.code()
                        + "]: previous 应指向上年的申报表（数据文件），“evil.groovy”是 Groovy 脚本");
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void a_profiles_previous_naming_a_template_is_refused_at_the_value() throws IOException {
        Path profile = profile("p.yaml", "catalogue/templates/test/police.yaml");
        Run run = Run.of("new", "hubei/public-security", "--profile", profile.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(
                        profile + ":4:11: error[previous-not-declaration]: previous must name"
                                + " last year's declaration (a data file); 'catalogue/templates/test/police.yaml' is a template");
    }

    @Test
    void a_profiles_previous_naming_a_declaration_still_fills_the_history_columns() throws IOException {
        Run made = Run.of(
                "new", "hubei/public-security", "-o", dir.resolve("last.yaml").toString());
        assertThat(made.code()).as(made.err()).isZero();
        Run run = Run.of(
                "new",
                "hubei/public-security",
                "--profile",
                profile("p.yaml", "last.yaml").toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void bulk_new_counts_each_refused_previous_as_one_unusable_profile() throws IOException {
        // given
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.writeString(profiles.resolve("a.yaml"), "kind: profile\ndepartment: 甲局\nyear: 2025\n");
        Files.writeString(profiles.resolve("b.yaml"), """
                kind: profile
                department: 乙局
                year: 2025
                previous: x.groovy
                """);
        Files.writeString(profiles.resolve("c.yaml"), """
                kind: profile
                department: 丙局
                year: 2025
                previous: ../catalogue/templates/test/police.yaml
                """);
        // when
        Run run = Run.of(
                "new",
                "hubei/public-security",
                "--profiles",
                profiles.toString(),
                "-o",
                dir.resolve("out").toString(),
                "--quiet",
                "--lang",
                "en");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(
                        profiles.resolve("b.yaml") + ":4:11: error[previous-not-declaration]",
                        profiles.resolve("c.yaml") + ":4:11: error[previous-not-declaration]")
                .containsPattern("(?m)^3 file\\(s\\): 1 written, .* 2 unusable");
        assertThat(dir.resolve("out/a.yaml")).exists();
        assertThat(dir.resolve("out/b.yaml")).doesNotExist();
    }
}
