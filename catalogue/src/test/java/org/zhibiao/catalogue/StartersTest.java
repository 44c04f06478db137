package org.zhibiao.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhibiao.check.Checker;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Row;
import org.zhibiao.model.Template;

/** Honest starters (issue 14): a starter writes no value its template does not give. */
class StartersTest {

    private static Declaration starter(String id) {
        Catalogue catalogue = Catalogue.builtIn();
        Result<Template> resolved = catalogue.resolve(id);
        return Compiler.compile(resolved.value(), Profile.of("甲", 2024), null, catalogue.index(resolved.value()))
                .value();
    }

    private static List<Row> rows(Declaration declaration) {
        return declaration.tables().stream().flatMap(t -> t.rows().stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"national/project", "national/project-101", "jiangsu/department-overall"})
    void issue14_forms_without_a_basis_column_get_no_basis(String id) {
        assertThat(rows(starter(id))).isNotEmpty().allSatisfy(r -> assertThat(r.basis())
                .isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei/department-overall"})
    void a_form_with_a_basis_column_gets_the_templates_basis(String id) {
        assertThat(rows(starter(id))).filteredOn(r -> r.level3() != null).allSatisfy(r -> assertThat(r.basis())
                .isEqualTo("计划标准"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"national/project", "national/project-101"})
    void issue14_project_starters_invent_no_satisfaction_row(String id) {
        assertThat(rows(starter(id))).extracting(Row::level3).doesNotContain("服务对象满意度");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jiangsu/department-overall", "national/project"})
    void issue14_a_blank_basis_is_no_finding_where_the_form_has_no_basis_column(String id) {
        Catalogue catalogue = Catalogue.builtIn();
        Template template = catalogue.resolve(id).value();
        List<Diagnostic> found = Checker.check(template, starter(id));
        assertThat(found).extracting(Diagnostic::code).doesNotContain("bad-basis", "bad-category");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei/department-overall", "hubei/public-security"})
    void issue14_the_templates_own_rows_raise_no_wording_findings(String id) {
        Catalogue catalogue = Catalogue.builtIn();
        Template template = catalogue.resolve(id).value();
        List<Diagnostic> found = Checker.check(template, starter(id));
        assertThat(found)
                .extracting(Diagnostic::code)
                .doesNotContain("name-equals-level2", "not-satisfaction", "near-duplicate", "vague-value");
    }
}
