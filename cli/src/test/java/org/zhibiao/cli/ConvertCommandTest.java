package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void yaml_to_groovy_and_back_prints_the_same_yaml() throws IOException {
        // given: a built-in template printed resolved, as YAML
        Path yaml = Files.writeString(
                dir.resolve("t.yaml"),
                Run.of("catalogue", "show", "hubei/public-security").out());
        // when
        Run toGroovy = Run.of(
                "convert",
                yaml.toString(),
                "--to",
                "groovy",
                "-o",
                dir.resolve("t.groovy").toString());
        Run back = Run.of("convert", dir.resolve("t.groovy").toString(), "--to", "yaml");
        // then
        assertThat(toGroovy.code()).as(toGroovy.err()).isZero();
        assertThat(Files.readString(dir.resolve("t.groovy"))).startsWith("template('hubei/public-security')");
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(back.out()).isEqualTo(Files.readString(yaml));
    }

    @Test
    void a_groovy_template_works_wherever_a_template_id_does() throws IOException {
        Path groovy = Files.writeString(dir.resolve("t.groovy"), """
                template('test/tightened') {
                    version '1'
                    extendsTemplate 'hubei/public-security@2024.1'
                    override('满意度/服务对象满意度/群众满意度') { target '≥98%' }
                }
                """);
        Run show = Run.of("catalogue", "show", groovy.toString());
        assertThat(show.code()).as(show.err()).isZero();
        assertThat(show.out()).contains("target: ≥98%");
        Run csv = Run.of("new", groovy.toString(), "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).contains("长期,满意度,服务对象满意度,群众满意度,,,≥98%");
    }

    @Test
    void a_hostile_groovy_template_is_refused_at_its_line_and_the_process_carries_on() throws IOException {
        Path sentinel = dir.resolve("sentinel");
        Path groovy = Files.writeString(
                dir.resolve("evil.groovy"),
                "template('x') {\n    version '1'\n    new File('" + sentinel + "').text = 'owned'\n}\n");
        Run run = Run.of("new", groovy.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).containsPattern("evil\\.groovy:3:\\d+: error\\[groovy-");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(sentinel).doesNotExist();
        assertThat(Run.of("new", "hubei/public-security", "--format", "csv").code())
                .isZero();
    }

    @Test
    void a_groovy_template_s_own_closure_rule_is_applied_by_check() throws IOException {
        // given: the filled 鄂州 seed, checked against a template that adds one rule of its own
        Path groovy = Files.writeString(dir.resolve("own.groovy"), """
                template('test/own-rule') {
                    version '1'
                    extendsTemplate 'hubei/public-security@2024.1'
                    rules {
                        rule('long-name', severity: 'info', zh: '三级指标名称超过 15 字', en: 'name over 15 characters') {
                            level3().length() > 15
                        }
                    }
                }
                """);
        // when
        Run run = Run.of("check", "--template", groovy.toString(), "src/test/resources/seeds/ezhou-2024.yaml");
        // then: only the one long 生态效益 name, in both tables
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("info[long-name]")).toList())
                .hasSize(2)
                .allMatch(l -> l.contains("打击生态环境犯罪，保护长江流域生态环境安全"));
    }

    @Test
    void a_file_that_is_no_template_or_library_is_refused() throws IOException {
        Path profile = Files.writeString(dir.resolve("p.yaml"), "kind: profile\ndepartment: x\n");
        Run run = Run.of("convert", profile.toString(), "--to", "groovy");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("error[wrong-document]");
    }

    @Test
    void the_to_option_names_every_format_convert_writes_in_its_label_and_both_help_texts() {
        // given what --to accepts
        Run help = Run.of("convert", "--help");
        Run english = Run.of("convert", "--help", "--lang", "en");
        for (ConvertCommand.Target target : ConvertCommand.Target.values()) {
            String word = target.name().toLowerCase(Locale.ROOT);
            // then the label and each language's description name it
            assertThat(help.out()).contains("--to=yaml|json|groovy|csv|xlsx|docx");
            assertThat(Text.HELP_ARG_CONVERT_TO.format(Lang.ZH)).as(word).contains(word);
            assertThat(Text.HELP_ARG_CONVERT_TO.format(Lang.EN)).as(word).contains(word);
            assertThat(english.out()).as(word).contains(word);
        }
    }

    @Test
    void a_declaration_goes_to_docx_with_to_and_to_groovy_never() throws IOException {
        Path decl = Path.of("src/test/resources/seeds/ezhou-2024.yaml");
        Path docx = dir.resolve("decl.bin");

        Run word = Run.of("convert", decl.toString(), "--to", "docx", "-o", docx.toString());
        Run groovy = Run.of("convert", decl.toString(), "--to", "groovy");

        assertThat(word.code()).as(word.err()).isZero();
        assertThat(Files.readAllBytes(docx)).startsWith((byte) 'P', (byte) 'K');
        assertThat(groovy.code()).isEqualTo(ExitCode.USAGE);
        assertThat(groovy.err()).contains("groovy").contains("yaml, json, csv, xlsx, docx");
    }

    @Test
    void a_declaration_converted_to_a_yaml_file_names_its_templates_schema_beside_it_when_the_catalogue_has_it()
            throws IOException {
        Path json = dir.resolve("decl.json");
        assertThat(Run.of("convert", "src/test/resources/seeds/ezhou-2024.yaml", "-o", json.toString())
                        .code())
                .isZero();
        Path unknown = Files.writeString(
                dir.resolve("other.json"), Files.readString(json).replace("hubei/public-security@", "nowhere/x@"));

        Run known = Run.of(
                "convert", json.toString(), "-o", dir.resolve("decl.yaml").toString());
        Run notInCatalogue = Run.of(
                "convert", unknown.toString(), "-o", dir.resolve("other.yaml").toString());

        String schema = ".zhibiao/schemas/templates/hubei/public-security@2024.1-7.json";
        assertThat(known.code()).as(known.err()).isZero();
        assertThat(Files.readString(dir.resolve("decl.yaml")))
                .startsWith("# yaml-language-server: $schema=" + schema + "\n");
        assertThat(dir.resolve(schema)).isRegularFile();
        // converting never needed the template: one the catalogue lacks gets the hint, not an error
        assertThat(notInCatalogue.code()).as(notInCatalogue.err()).isZero();
        assertThat(notInCatalogue.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("other.yaml")))
                .startsWith("# 编辑器补全：")
                .contains("template: nowhere/x@2024.1");
    }

    @Test
    void a_monitoring_form_converted_to_a_yaml_file_names_its_stages_schema_beside_it() throws IOException {
        Path out = dir.resolve("monitoring.yaml");

        Run run = Run.of("convert", "src/test/resources/stages/ezhou-monitoring.yaml", "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String schema = ".zhibiao/schemas/templates/hubei/public-security@2024.1-monitoring-7.json";
        assertThat(Files.readString(out))
                .startsWith("# yaml-language-server: $schema=" + schema + "\n")
                .contains("stage: monitoring");
        // the monitoring form's schema, not the declaration's, which has both tables and no 执行情况
        assertThat(Files.readString(dir.resolve(schema)))
                .contains("\"const\" : \"monitoring\"", "\"progress\"")
                .doesNotContain("\"const\" : \"长期\"");
        assertThat(dir.resolve(".zhibiao/schemas/templates/hubei/public-security@2024.1-7.json"))
                .doesNotExist();
    }
}
