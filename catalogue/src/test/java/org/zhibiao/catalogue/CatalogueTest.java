package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Template;

class CatalogueTest {

    static Stream<String> templates() {
        return Catalogue.builtIn().allTemplates().stream().map(Template::reference);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void every_template_resolves_and_compiles_with_an_empty_profile(String reference) {
        Catalogue catalogue = Catalogue.builtIn();
        Result<Template> resolved = catalogue.resolve(reference);
        assertThat(resolved.diagnostics()).isEmpty();
        Result<Declaration> compiled =
                Compiler.compile(resolved.value(), Profile.of(null, null), null, catalogue.index(resolved.value()));
        assertThat(compiled.diagnostics())
                .filteredOn(d -> d.severity() == Severity.ERROR)
                .isEmpty();
        assertThat(compiled.value().tables()).isNotEmpty().allSatisfy(t -> assertThat(t.rows())
                .isNotEmpty());
    }

    @Test
    void the_built_in_catalogue_lists_hubei_jiangsu_and_national_templates() {
        assertThat(Catalogue.builtIn().templates())
                .extracting(Template::id)
                .contains(
                        "hubei/department-overall",
                        "hubei/public-security",
                        "jiangsu/department-overall",
                        "jiangsu/public-security",
                        "national/project",
                        "national/project-101");
    }

    @Test
    void an_unknown_template_suggests_the_nearest_id() {
        Result<Template> result = Catalogue.builtIn().resolve("hubei/public-securty");
        assertThat(result.value()).isNull();
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.code()).isEqualTo("unknown-template");
        assertThat(d.hint()).isEqualTo(Hint.didYouMean("hubei/public-security"));
    }

    @Test
    void an_unknown_version_lists_the_versions_there_are() {
        Result<Template> result = Catalogue.builtIn().resolve("hubei/public-security@1999.1");
        assertThat(result.diagnostics().get(0).code()).isEqualTo("unknown-version");
        assertThat(result.diagnostics().get(0).en()).contains("2024.1");
    }

    @Test
    void versions_order_numerically_by_part() {
        assertThat(Versions.compare("2024.10", "2024.9")).isPositive();
        assertThat(Versions.compare("2024.1", "2025.1")).isNegative();
        assertThat(Versions.compare("2024.1", "2024.1")).isZero();
        // a missing or empty part counts as 0, as it did before String.split kept trailing ones
        assertThat(Versions.compare("2024.1.", "2024.1")).isZero();
        assertThat(Versions.compare("2024.1.0", "2024.1")).isZero();
        assertThat(Versions.compare("2024-1", "2024.1")).isZero();
    }
}
