package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Problem;

/**
 * Issue 13 §1, who chooses the template: a department's declaration names its template by
 * catalogue id only; a path or file name there is refused at the {@code template:} value before
 * anything is opened, and only the operator adds templates ({@code --catalogue}, {@code --template}).
 */
class Issue13TemplateTrustTest {

    static final String CODE = Problem.TEMPLATE_NOT_IN_CATALOGUE.code();

    @TempDir
    Path dir;

    /** A starter declaration as {@code new} writes it, without the comment line, so its lines are known. */
    private String declaration;

    @BeforeEach
    void starter() {
        Run made = Run.of("new", "hubei/public-security", "--department", "测试局", "--year", "2025");
        assertThat(made.code()).as(made.err()).isZero();
        declaration = String.join(
                        "\n", made.out().lines().filter(l -> !l.startsWith("#")).toList()) + "\n";
    }

    /** The declaration with {@code template:} set to {@code value}, written to {@code name}. */
    private Path declaring(String name, String value) throws IOException {
        String text = declaration.replaceFirst("(?m)^template: .*$", Matcher.quoteReplacement("template: " + value));
        return Files.writeString(dir.resolve(name), text);
    }

    /** {@code file:line:col} of the value of {@code template:} in {@code file}. */
    private static String templateValueAt(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("template: ")) {
                return file + ":" + (i + 1) + ":" + ("template: ".length() + 1);
            }
        }
        throw new AssertionError("no template: line in " + file);
    }

    /** A Groovy template whose execution would create {@code pwned} beside it (issue 13's default-parameter escape). */
    private Path sentinel(String name) throws IOException {
        Path script = dir.resolve(name);
        Files.createDirectories(script.getParent());
        return Files.writeString(
                script,
                "def f(x = ['touch', '" + dir.resolve("pwned") + "'].execute().waitFor()) { 1 }\n"
                        + "f()\ntemplate('evil/x') { version '1'; extendsTemplate 'hubei/public-security' }\n");
    }

    /** A YAML template that would switch every rule off, were a department allowed to name it. */
    private Path lenient(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, """
                kind: template
                id: mine/lenient
                version: "1"
                extends: hubei/public-security@2024.1
                """);
    }

    static Stream<String> refusedForms() {
        return Stream.of(
                "./evil.groovy",
                "evil.groovy",
                "/abs/x.yaml",
                "../x.yaml",
                "mine.yaml",
                "C:\\x.yaml",
                "hubei/public-security.yaml",
                "~/t.json",
                "templates/x/y.yml",
                "Hubei/Public_Security");
    }

    @ParameterizedTest
    @MethodSource("refusedForms")
    void a_path_or_file_name_as_template_is_refused_at_the_value_with_exit_2(String value) throws IOException {
        // given
        sentinel("evil.groovy");
        lenient("mine.yaml");
        Path file = declaring("decl.yaml", value);
        // when
        Run run = Run.of("check", file.toString());
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith(templateValueAt(file) + ": error[" + CODE + "]: 模板“" + value + "”")
                .contains("--catalogue", "ZHIBIAO_CATALOGUE", "--template")
                .doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void a_template_value_of_200000_characters_is_refused_at_the_value_not_with_a_stack_overflow() throws IOException {
        // given a value whose repeated parts once ran the grammar's pattern out of stack
        String value = "a-".repeat(100_000) + "a";
        Path file = declaring("decl.yaml", value);
        // when
        Run run = Run.of("check", file.toString());
        // then refused like any other malformed name, quoted by its start
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(templateValueAt(file) + ": error[" + CODE + "]: 模板“a-a-a-")
                .contains("…”")
                .doesNotContain("Exception", "\tat ", "StackOverflow");
        assertThat(run.err().length()).isLessThan(2_000);
    }

    @Test
    void the_refusal_is_in_english_with_lang_en_and_says_how_an_operator_adds_a_template() throws IOException {
        Path file = declaring("decl.yaml", "./evil.groovy");
        Run run = Run.of("check", file.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(templateValueAt(file) + ": error[" + CODE
                        + "]: template './evil.groovy' points at a file, which was not read;")
                .contains("an operator passes --catalogue DIR or sets ZHIBIAO_CATALOGUE, or passes --template FILE");
    }

    @Test
    void an_absolute_path_to_a_real_sentinel_script_is_neither_read_nor_run() throws IOException {
        // given: the script exists where the declaration points, and would leave pwned if run
        Path script = sentinel("t/evil.groovy");
        Path file = declaring("decl.yaml", script.toString());
        // when
        Run run = Run.of("check", file.toString());
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith(templateValueAt(file) + ": error[" + CODE + "]");
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void a_lenient_yaml_template_beside_the_declaration_cannot_switch_the_rules_off() throws IOException {
        // given: checked against the real template the starter has errors (exit 1)
        Path mine = lenient("mine.yaml");
        Path file = declaring("decl.yaml", mine.toString());
        // when
        Run run = Run.of("check", file.toString());
        // then: refused, not "no errors"
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[" + CODE + "]");
    }

    @Test
    void a_well_formed_id_not_in_the_catalogue_is_refused_with_did_you_mean() throws IOException {
        Path file = declaring("decl.yaml", "hubei/public-securty");
        Run run = Run.of("check", file.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(templateValueAt(file) + ": error[" + CODE + "]: 模板“hubei/public-securty”不在模板目录中")
                .contains("是否应为“hubei/public-security”？");
    }

    @Test
    void a_file_name_that_resembles_an_id_gets_the_id_as_did_you_mean() throws IOException {
        Path file = declaring("decl.yaml", "./hubei/public-security.yaml");
        Run run = Run.of("check", file.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(templateValueAt(file) + ": error[" + CODE + "]")
                .contains("help: did you mean 'hubei/public-security'?");
    }

    @Test
    void an_unknown_version_of_a_known_id_is_refused_with_the_versions_there_are() throws IOException {
        Path file = declaring("decl.yaml", "hubei/public-security@1999.1");
        Run run = Run.of("check", file.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .startsWith(templateValueAt(file) + ": error[" + CODE + "]")
                .contains("(versions there: 2024.1)");
    }

    @Test
    void a_json_declaration_is_refused_at_its_template_value_too() throws IOException {
        Run made = Run.of("new", "hubei/public-security", "--format", "json");
        Path file = Files.writeString(
                dir.resolve("decl.json"),
                made.out().replace("\"template\" : \"hubei/public-security@2024.1\"", "\"template\" : \"../x.yaml\""));
        Run run = Run.of("check", file.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .containsPattern("^" + Pattern.quote(file.toString()) + ":\\d+:\\d+: error\\[" + CODE + "\\]");
        assertThat(run.err()).doesNotStartWith(file + ":1:1:");
    }

    @Test
    void the_operators_template_option_overrides_what_the_declaration_names() throws IOException {
        // given: a declaration naming a script; the operator chooses the template
        Path file = declaring("decl.yaml", "./evil.groovy");
        Path template = lenient("ops/lenient.yaml");
        // when
        Run byId = Run.of("check", "--template", "hubei/public-security", file.toString());
        Run byFile = Run.of("check", "--template", template.toString(), file.toString());
        // then: checked (findings), never refused
        assertThat(byId.code()).as(byId.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(byFile.code()).as(byFile.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(byFile.err()).doesNotContain(CODE);
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void bulk_check_counts_each_refused_file_as_unusable_and_checks_the_rest() throws IOException {
        // given
        Path decls = Files.createDirectories(dir.resolve("decls"));
        Files.writeString(decls.resolve("a.yaml"), declaration);
        Files.move(declaring("b.yaml", "./evil.groovy"), decls.resolve("b.yaml"));
        Files.move(declaring("c.yaml", "mine.yaml"), decls.resolve("c.yaml"));
        Files.writeString(decls.resolve("d.yaml"), declaration);
        // when
        Run run = Run.of("check", decls.toString(), "--quiet", "--lang", "en");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains(
                        templateValueAt(decls.resolve("b.yaml")) + ": error[" + CODE + "]",
                        templateValueAt(decls.resolve("c.yaml")) + ": error[" + CODE + "]")
                .containsPattern("(?m)^4 file\\(s\\): \\d+ error\\(s\\), \\d+ warning\\(s\\), 2 unusable");
        assertThat(run.out()).contains(decls.resolve("a.yaml") + ":", decls.resolve("d.yaml") + ":");
    }

    @Test
    void no_groovy_class_is_loaded_when_declarations_name_scripts_beside_them() throws Exception {
        // given: in a process of its own, run from a folder where ./evil.groovy and mine.yaml exist
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.move(sentinel("evil.groovy"), work.resolve("evil.groovy"));
        Files.move(lenient("mine.yaml"), work.resolve("mine.yaml"));
        Path decls = Files.createDirectories(work.resolve("decls"));
        int n = 0;
        for (String value : refusedForms().toList()) {
            Files.move(declaring("d" + n + ".yaml", value), decls.resolve("d" + n++ + ".yaml"));
        }
        Path log = dir.resolve("classes.log");
        // when
        Process process = Subprocess.start(
                work,
                List.of("-Xshare:off", "-Xlog:class+load=info:file=" + log),
                "check",
                decls.toString(),
                "--quiet",
                "--lang",
                "en");
        // then
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(work.resolve("stderr.txt"));
        assertThat(process.exitValue()).as(err).isEqualTo(ExitCode.USAGE);
        assertThat(err)
                .containsPattern("(?m)^" + n + " file\\(s\\): 0 error\\(s\\), 0 warning\\(s\\), " + n + " unusable");
        assertThat(Files.readAllLines(log))
                .filteredOn(l -> l.contains(" groovy.")
                        || l.contains(" org.codehaus.groovy.")
                        || l.contains(" org.apache.groovy."))
                .isEmpty();
        assertThat(dir.resolve("pwned")).doesNotExist();
    }
}
