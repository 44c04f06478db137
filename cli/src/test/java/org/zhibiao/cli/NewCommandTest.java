package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.schema.Draft;
import org.zhibiao.schema.SchemaExporter;
import org.zhibiao.yaml.SchemaIds;

class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void writes_yaml_to_stdout_by_default_with_a_hint_and_no_unreachable_schema_address() {
        Run run = Run.of("new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith(SchemaIds.hint("hubei/public-security@2024.1")
                        + "\nkind: declaration\ntemplate: hubei/public-security@2024.1\n");
        assertThat(run.out()).doesNotContain("yaml-language-server: $schema=", "https://");
    }

    @Test
    void never_overwrites_an_existing_file_without_force() throws IOException {
        // given
        Path target = Files.writeString(dir.resolve("decl.yaml"), "a person's work\n");
        // when
        Run refused = Run.of("new", "hubei/public-security", "-o", target.toString());
        // then
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err().strip())
                .isEqualTo(Problem.OUTPUT_EXISTS
                        .at(Position.of(target.toString(), 1, 1), target)
                        .render(Lang.ZH));
        assertThat(Files.readString(target)).isEqualTo("a person's work\n");
        assertThat(leftovers()).containsExactly("decl.yaml");
    }

    @Test
    void force_replaces_the_file_whole() throws IOException {
        Path target = Files.writeString(dir.resolve("decl.yaml"), "old\n");
        Run run = Run.of("new", "hubei/public-security", "-o", target.toString(), "--force");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(target))
                .startsWith("# yaml-language-server:")
                .contains("kind: declaration");
        assertThat(leftovers()).containsExactly(".zhibiao", "decl.yaml");
    }

    @Test
    void a_new_file_is_complete_and_no_temp_file_remains() throws IOException {
        Path target = dir.resolve("sub/decl.json");
        Run run = Run.of("new", "hubei/department-overall", "--format", "json", "-o", target.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        String json = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{").endsWith("}\n").contains("\"origin\" : \"todo\"");
    }

    @Test
    void department_overall_marks_every_slot_to_fill() {
        Run run = Run.of("new", "hubei/department-overall", "--format", "csv");
        assertThat(run.code()).as(run.err()).isZero();
        // 履职效能, 经济效益, 社会效益, 体制机制改革: one marked row each, in both tables
        assertThat(run.out().lines().filter(l -> l.contains(",,,,,")).count()).isGreaterThan(0);
        assertThat(run.out()
                        .lines()
                        .filter(l -> l.startsWith("长期,履职效能,核心业务产出1,,,"))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void an_unknown_template_is_a_usage_error_with_a_suggestion() {
        Run run = Run.of("new", "hubei/public-securty");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[unknown-template]").contains("hubei/public-security");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void english_messages_on_request() {
        Run run = Run.of("new", "no/such", "--lang", "en");
        assertThat(run.err()).contains("no template 'no/such'");
    }

    @Test
    void help_and_version_go_to_stdout_with_exit_zero() {
        Run help = Run.of("new", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("用法：\nzhibiao new").contains("退出码：");
        Run version = Run.of("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("zhibiao ");
    }

    @Test
    void a_profile_given_to_check_is_refused_at_its_kind_line() throws IOException {
        Path profile = Files.writeString(dir.resolve("p.yaml"), "# 部门资料\nkind: profile\ndepartment: 甲\n");
        Run run = Run.of("check", profile.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(Problem.WRONG_DOCUMENT
                        .at(Position.of(profile.toString(), 2, 7), "申报表", "kind: declaration")
                        .render(Lang.ZH));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        Run run = Run.of("new", "hubei/public-security", "--formt", "csv");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(
                        Problem.USAGE_UNKNOWN_OPTION
                                .at(Position.NONE, "--formt")
                                .withHint(Hint.didYouMean("--format"))
                                .render(Lang.ZH),
                        "  提示：是否应为“--format”？");
    }

    @Test
    void a_yaml_file_gets_its_templates_schema_beside_it_named_by_relative_path() throws IOException {
        // given
        Path target = dir.resolve("decl.yaml");
        // when
        Run run = Run.of("new", "hubei/public-security", "-o", target.toString());
        // then: the first line names the draft-7 schema by a path relative to the file, and it is there
        assertThat(run.code()).as(run.err()).isZero();
        String relative = ".zhibiao/schemas/templates/hubei/public-security@2024.1-7.json";
        assertThat(Files.readString(target)).startsWith("# yaml-language-server: $schema=" + relative + "\n");
        assertThat(Files.readString(dir.resolve(relative)))
                .isEqualTo(new SchemaExporter()
                        .forTemplate(
                                Catalogue.builtIn()
                                        .resolve("hubei/public-security@2024.1")
                                        .value(),
                                Draft.DRAFT_7));
        // and a second declaration in the folder shares it
        Run again = Run.of(
                "new", "hubei/public-security", "-o", dir.resolve("other.yaml").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(leftovers()).containsExactly(".zhibiao", "decl.yaml", "other.yaml");
    }

    @Test
    void stdout_and_json_write_no_side_file() throws IOException {
        Run json = Run.of(
                "new",
                "hubei/public-security",
                "--format",
                "json",
                "-o",
                dir.resolve("d.json").toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(leftovers()).containsExactly("d.json");
    }

    @Test
    void a_refused_declaration_leaves_no_schema_behind() throws IOException {
        Path target = Files.writeString(dir.resolve("decl.yaml"), "a person's work\n");
        Run refused = Run.of("new", "hubei/public-security", "-o", target.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(leftovers()).containsExactly("decl.yaml");
    }

    @Test
    void another_schema_text_beside_is_kept_without_force() throws IOException {
        // given: a schema of the same template version, from another build, that a person may have edited
        Path schema = dir.resolve(".zhibiao/schemas/templates/hubei/public-security@2024.1-7.json");
        Files.createDirectories(schema.getParent());
        Files.writeString(schema, "{}\n");
        // when
        Run run = Run.of(
                "new", "hubei/public-security", "-o", dir.resolve("decl.yaml").toString());
        // then: refused, nothing written
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("output-exists");
        assertThat(Files.readString(schema)).isEqualTo("{}\n");
        assertThat(leftovers()).containsExactly(".zhibiao");
    }

    private Stream<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }
}
