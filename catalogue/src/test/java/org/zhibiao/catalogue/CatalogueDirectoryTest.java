package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;

/** Issue 13 §1: the operator's catalogue directories join the built-in catalogue, found by the ids inside. */
class CatalogueDirectoryTest {

    @TempDir
    Path dir;

    private static Map<Path, String> named(Path... directories) {
        Map<Path, String> named = new LinkedHashMap<>();
        for (Path d : directories) {
            named.put(d, "--catalogue");
        }
        return named;
    }

    @Test
    void a_template_extends_a_built_in_one_and_draws_on_a_built_in_library_and_an_own_one() throws IOException {
        // given
        Files.createDirectories(dir.resolve("libraries"));
        Files.writeString(dir.resolve("libraries/own.yaml"), """
                kind: library
                id: own
                version: "1"
                indicators:
                  - id: own-rate
                    name: 自有指标完成率
                    unit: "%"
                    kind: 定量
                    direction: 正向
                    target: ≥90%
                """);
        Files.createDirectories(dir.resolve("templates/test"));
        Files.writeString(dir.resolve("templates/test/t.yaml"), """
                kind: template
                id: test/t
                version: "1"
                extends: hubei/public-security@2024.1
                libraries: [common, police, own]
                """);
        // when
        Result<Catalogue> loaded = Catalogue.builtIn().withDirectories(named(dir));
        // then
        assertThat(loaded.diagnostics()).isEmpty();
        Catalogue catalogue = loaded.value();
        assertThat(catalogue.library("own")).isPresent();
        Result<Template> resolved = catalogue.resolve("test/t@1");
        assertThat(resolved.diagnostics()).isEmpty();
        assertThat(catalogue.origin(catalogue.template("test/t", "1").orElseThrow()))
                .isEqualTo(dir.resolve("templates/test/t.yaml").toString());
        assertThat(catalogue.origin(
                        catalogue.template("hubei/public-security", null).orElseThrow()))
                .isEmpty();
        Result<Declaration> compiled =
                Compiler.compile(resolved.value(), Profile.of("测试局", 2025), null, catalogue.index(resolved.value()));
        assertThat(compiled.value()).isNotNull();
        assertThat(Catalogue.builtIn().template("test/t", null)).isEmpty();
    }

    @Test
    void a_library_id_of_the_built_in_catalogue_is_a_duplicate() throws IOException {
        Files.writeString(dir.resolve("common.yaml"), "kind: library\nid: common\nversion: \"9\"\n");
        Result<Catalogue> loaded = Catalogue.builtIn().withDirectories(named(dir));
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("catalogue-duplicate");
            assertThat(d.en())
                    .isEqualTo("'common' is defined twice: the built-in catalogue and " + dir.resolve("common.yaml")
                            + "; an id and version may appear only once in the catalogue");
        });
    }

    @Test
    void a_broken_file_is_reported_at_its_line_and_leaves_no_catalogue() throws IOException {
        Files.writeString(dir.resolve("x.yaml"), "kind: template\nid: test/x\nversion: [\n");
        Result<Catalogue> loaded = Catalogue.builtIn().withDirectories(named(dir));
        assertThat(loaded.value()).isNull();
        assertThat(loaded.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(
                        d.position().file())
                .isEqualTo(dir.resolve("x.yaml").toString()));
    }

    @Test
    void hidden_files_and_other_extensions_are_not_read() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/x.yaml"), "not: a template\n");
        Files.writeString(dir.resolve("README.md"), "# notes\n");
        Result<Catalogue> loaded = Catalogue.builtIn().withDirectories(named(dir));
        assertThat(loaded.diagnostics()).isEmpty();
        assertThat(loaded.value().allTemplates())
                .hasSameSizeAs(Catalogue.builtIn().allTemplates());
    }

    @Test
    void with_an_operators_file_replaces_a_template_of_the_same_id_and_version() {
        Template builtIn =
                Catalogue.builtIn().template("hubei/public-security", "2024.1").orElseThrow();
        Template edited = new Template(
                builtIn.id(),
                builtIn.version(),
                "改过的标题",
                builtIn.scope(),
                builtIn.parent(),
                builtIn.libraries(),
                builtIn.form(),
                builtIn.indicators(),
                builtIn.add(),
                builtIn.overrides(),
                builtIn.remove(),
                builtIn.fill(),
                builtIn.rules(),
                builtIn.pos());
        Catalogue catalogue = Catalogue.builtIn().with(edited);
        assertThat(catalogue
                        .template("hubei/public-security", "2024.1")
                        .orElseThrow()
                        .title())
                .isEqualTo("改过的标题");
    }
}
