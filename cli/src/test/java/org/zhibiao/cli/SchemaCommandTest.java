package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Stage;
import org.zhibiao.model.Template;
import org.zhibiao.schema.Draft;
import org.zhibiao.schema.SchemaExporter;
import org.zhibiao.yaml.DocumentType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaCommandTest {

    @TempDir
    Path dir;

    private final SchemaExporter exporter = new SchemaExporter();

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void prints_the_generic_schema_of_each_document_kind(DocumentType kind) {
        // when
        Run run = Run.of("schema", kind.kind());
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(exporter.generic(kind, Draft.DRAFT_2020_12));
    }

    @Test
    void draft_7_on_request() {
        Run run = Run.of("schema", "profile", "--draft", "7");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(exporter.generic(DocumentType.PROFILE, Draft.DRAFT_7));
    }

    @Test
    void prints_the_schema_of_a_built_in_template_resolved() {
        // when
        Run run = Run.of("schema", "--template", "hubei/public-security@2024.1", "--draft", "draft-07");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo(exporter.forTemplate(
                        Catalogue.builtIn()
                                .resolve("hubei/public-security@2024.1")
                                .value(),
                        Draft.DRAFT_7));
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void prints_the_schema_of_a_templates_stage_form(Stage stage) {
        // when
        Run run = Run.of("schema", "--template", "jiangsu/public-security", "--stage", stage.label());
        // then: that stage's form, as the store holds it, not the declaration's
        assertThat(run.code()).as(run.err()).isZero();
        Template resolved =
                Catalogue.builtIn().resolve("jiangsu/public-security").value();
        assertThat(run.out())
                .isEqualTo(exporter.forTemplate(resolved, stage, Draft.DRAFT_2020_12))
                .isNotEqualTo(exporter.forTemplate(resolved, Draft.DRAFT_2020_12))
                .contains("\"const\" : \"" + stage.label() + "\"");
    }

    @Test
    void a_stage_needs_a_template_and_a_stage_word() {
        Run withKind = Run.of("schema", "declaration", "--stage", "monitoring");
        Run unknown = Run.of("schema", "--template", "jiangsu/public-security", "--stage", "midyear");

        assertThat(withKind.code()).isEqualTo(ExitCode.USAGE);
        assertThat(withKind.out()).isEmpty();
        assertThat(withKind.err())
                .startsWith(
                        Problem.SCHEMA_STAGE_NEEDS_TEMPLATE.at(Position.NONE).render(Lang.ZH));
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("midyear", "monitoring, self-evaluation");
    }

    @Test
    void prints_the_schema_of_a_template_file() throws IOException {
        // given: the built-in Hubei police template, as a file of one's own
        Path file = dir.resolve("police.yaml");
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("zhibiao/templates/hubei/public-security.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        // when
        Run run = Run.of("schema", "--template", file.toString());
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"const\" : \"hubei/public-security@2024.1\"");
    }

    @Test
    void an_unknown_template_is_unusable_input_with_a_suggestion() {
        // when
        Run run = Run.of("schema", "--template", "hubei/public-securty");
        // then
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .startsWith(Problem.UNKNOWN_TEMPLATE
                        .at(Position.NONE, "hubei/public-securty")
                        .render(Lang.ZH))
                .contains("hubei/public-security");
    }

    @Test
    void a_kind_and_a_template_together_are_a_usage_error() {
        Run run = Run.of("schema", "declaration", "--template", "hubei/public-security");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void an_unknown_kind_or_draft_is_a_usage_error() {
        assertThat(Run.of("schema", "form").code()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("schema", "declaration", "--draft", "2019-09").code()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("schema").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void writes_a_file_and_never_overwrites_it_without_force() throws IOException {
        // given
        Path target = dir.resolve("declaration.json");
        // when
        Run first = Run.of("schema", "declaration", "-o", target.toString());
        Run refused = Run.of("schema", "library", "-o", target.toString());
        // then
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err().strip())
                .isEqualTo(Problem.OUTPUT_EXISTS
                        .at(Position.of(target.toString(), 1, 1), target)
                        .render(Lang.ZH));
        assertThat(Files.readString(target)).isEqualTo(exporter.generic(DocumentType.DECLARATION, Draft.DRAFT_2020_12));
        // and with --force
        assertThat(Run.of("schema", "library", "-o", target.toString(), "--force")
                        .code())
                .isZero();
        assertThat(Files.readString(target)).isEqualTo(exporter.generic(DocumentType.LIBRARY, Draft.DRAFT_2020_12));
    }

    @Test
    void all_writes_a_schema_store_with_a_catalog_whose_urls_resolve() throws IOException {
        // when
        Path store = dir.resolve("schemas");
        Run run = Run.of("schema", "--all", "-o", store.toString());
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(store.resolve("declaration-7.json")))
                .isEqualTo(exporter.generic(DocumentType.DECLARATION, Draft.DRAFT_7));
        assertThat(Files.readString(store.resolve("templates/hubei/public-security@2024.1-2020-12.json")))
                .isEqualTo(exporter.forTemplate(
                        Catalogue.builtIn()
                                .resolve("hubei/public-security@2024.1")
                                .value(),
                        Draft.DRAFT_2020_12));
        JsonNode catalog = JsonMapper.builder().build().readTree(Files.readString(store.resolve("catalog.json")));
        assertThat(catalog.get("schemas").size())
                .isEqualTo(DocumentType.values().length
                        + (1 + Stage.values().length)
                                * Catalogue.builtIn().templates().size());
        for (JsonNode entry : catalog.get("schemas")) {
            assertThat(store.resolve(entry.get("url").asString()))
                    .as(entry.toString())
                    .isRegularFile();
            assertThat(entry.get("fileMatch")).isNotEmpty();
            entry.get("versions")
                    .forEach(v -> assertThat(store.resolve(v.asString())).isRegularFile());
        }
        // and again: the same files, nothing to do
        assertThat(Run.of("schema", "--all", "-o", store.toString()).code()).isZero();
    }

    @Test
    void all_changes_nothing_when_a_file_differs_without_force() throws IOException {
        // given
        Path store = dir.resolve("schemas");
        assertThat(Run.of("schema", "--all", "-o", store.toString()).code()).isZero();
        Path edited = Files.writeString(store.resolve("profile-7.json"), "{}\n");
        Files.delete(store.resolve("library-7.json"));
        // when
        Run refused = Run.of("schema", "--all", "-o", store.toString());
        // then: refused, the missing file not written either
        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err()).contains("output-exists", "profile-7.json");
        assertThat(Files.readString(edited)).isEqualTo("{}\n");
        assertThat(store.resolve("library-7.json")).doesNotExist();
        // and with --force
        assertThat(Run.of("schema", "--all", "-o", store.toString(), "--force").code())
                .isZero();
        assertThat(Files.readString(edited)).isEqualTo(exporter.generic(DocumentType.PROFILE, Draft.DRAFT_7));
    }

    @Test
    void all_needs_a_folder() {
        Run zh = Run.of("schema", "--all");
        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err()).contains("--all 需要用 -o 指定输出目录");
        assertThat(Run.of("schema", "--all", "--lang", "en").err()).contains("--all needs -o DIR");
    }
}
