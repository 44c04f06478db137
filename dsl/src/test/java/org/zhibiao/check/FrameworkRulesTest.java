package org.zhibiao.check;

import static org.zhibiao.check.Findings.assertNone;
import static org.zhibiao.check.Findings.assertOnly;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;

class FrameworkRulesTest {

    private final Template template = Fixtures.hubei();

    @Test
    void a_table_the_form_does_not_have_is_reported_with_a_suggestion() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.tables.put("年度 ", fixture.tables.remove("年度"));
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "年度 ");

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then
        assertOnly(found, FrameworkRules.UNKNOWN_TABLE.at(table.pos(), "年度 ", Hint.didYouMean("年度"), "年度 "));
        assertOnly(found, FrameworkRules.MISSING_TABLE.at(declaration.pos(), "年度", Hint.NONE, "年度"));
    }

    @Test
    void tables_of_the_form_are_accepted() {
        // when
        List<Diagnostic> found =
                Checker.check(template, Fixtures.hubeiDeclaration().build());

        // then
        assertNone(found, "unknown-table");
        assertNone(found, "missing-table");
    }

    @Test
    void a_level1_outside_the_framework_is_reported_with_the_nearest_name() {
        // given
        Declaration declaration =
                Fixtures.hubeiDeclaration().change("群众满意度", r -> r.level1("满意")).build();
        Row row = DeclarationFixture.row(declaration, "长期", "群众满意度");

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then
        Table table = DeclarationFixture.table(declaration, "长期");
        Diagnostic expected =
                FrameworkRules.UNKNOWN_LEVEL1.at(row.pos(), Facts.path(table, row), Hint.didYouMean("满意度"), "满意");
        Assertions.assertThat(Findings.withCode(found, "unknown-level1"))
                .hasSize(2)
                .first()
                .isEqualTo(expected);
    }

    @Test
    void a_level2_under_the_wrong_level1_is_reported_but_numbered_slots_are_open() {
        // given
        Declaration declaration = Fixtures.hubeiDeclaration()
                .change("预算执行率", r -> r.level2("预算执"))
                .build();
        Table table = DeclarationFixture.table(declaration, "长期");
        Row row = DeclarationFixture.row(declaration, "长期", "预算执行率");

        // when
        List<Diagnostic> found = Findings.withCode(Checker.check(template, declaration), "unknown-level2");

        // then
        Findings.assertOnly(
                found.subList(0, 1),
                FrameworkRules.UNKNOWN_LEVEL2.at(
                        row.pos(), Facts.path(table, row), Hint.didYouMean("预算执行"), "预算执", "管理效率"));
        Assertions.assertThat(found).hasSize(2);
    }

    @Test
    void numbered_core_output_level2_is_accepted() {
        // given
        Declaration declaration = Fixtures.hubeiDeclaration()
                .change("出警率", r -> r.level2("核心业务产出12"))
                .build();

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then
        assertNone(found, "unknown-level2");
    }

    @Test
    void a_required_level1_without_indicators_is_reported_at_the_table() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").removeIf(r -> r.level1.equals("运行成本"));
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "长期");

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then
        assertOnly(found, FrameworkRules.REQUIRED_EMPTY.at(table.pos(), "长期 › 运行成本", Hint.NONE, "运行成本", "长期"));
    }

    @Test
    void a_required_level1_with_a_filled_slot_row_is_satisfied() {
        // when
        List<Diagnostic> found =
                Checker.check(template, Fixtures.hubeiDeclaration().build());

        // then
        assertNone(found, "required-level1-empty");
    }

    @Test
    void a_deleted_template_row_is_missing() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("年度").removeIf(r -> r.level3.equals("预算编制科学性"));
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "年度");

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then
        assertOnly(
                found, FrameworkRules.MISSING_ROW.at(table.pos(), "年度 › 管理效率 › 预算编制 › 预算编制科学性", Hint.NONE, "预算编制科学性"));
    }

    @Test
    void a_renamed_row_is_noted_with_the_template_name() {
        // given
        Declaration declaration = Fixtures.hubeiDeclaration()
                .change("预算执行率", r -> r.name("预算执行律"))
                .build();
        Table table = DeclarationFixture.table(declaration, "长期");
        Row row = DeclarationFixture.row(declaration, "长期", "预算执行律");

        // when
        List<Diagnostic> found = Findings.withCode(Checker.check(template, declaration), "not-in-template");

        // then
        Assertions.assertThat(found).hasSize(2);
        assertOnly(
                found.subList(0, 1),
                FrameworkRules.NOT_IN_TEMPLATE.at(
                        row.pos(), Facts.path(table, row), Hint.didYouMean("预算执行率"), "预算执行律", "管理效率 › 预算执行"));
    }

    @Test
    void template_rows_are_not_noted() {
        // when
        List<Diagnostic> found =
                Checker.check(template, Fixtures.hubeiDeclaration().build());

        // then
        assertNone(found, "not-in-template");
        assertNone(found, "missing-row");
    }

    @Test
    void a_level1_in_a_table_that_does_not_show_it_is_reported() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.table("履职").get(0).level1("过程").level2("预算执行").keyWork(null);
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "履职");
        Row row = DeclarationFixture.row(declaration, "履职", "出租房屋登记率");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertOnly(found, FrameworkRules.NOT_IN_TABLE.at(row.pos(), Facts.path(table, row), Hint.NONE, "过程", "履职"));
    }

    @Test
    void level1s_in_their_own_tables_are_accepted() {
        // when
        List<Diagnostic> found =
                Checker.check(Fixtures.jiangsu(), Fixtures.jiangsuDeclaration().build());

        // then
        assertNone(found, "level1-not-in-table");
    }
}
