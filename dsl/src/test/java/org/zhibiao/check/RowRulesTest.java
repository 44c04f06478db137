package org.zhibiao.check;

import static org.zhibiao.check.Findings.assertNone;
import static org.zhibiao.check.Findings.assertOnly;

import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.ValueColumn;
import org.zhibiao.target.TargetException;

/** Names, value columns and placeholders, on the 长期 table of the clean Hubei fixture. */
class RowRulesTest {

    private Declaration declaration;
    private Table table;

    private List<Diagnostic> checkLongTerm(String level3, Consumer<RowSpec> edit) {
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").stream().filter(r -> level3.equals(r.level3)).forEach(edit);
        declaration = fixture.build();
        table = DeclarationFixture.table(declaration, "长期");
        return Checker.check(Fixtures.hubei(), declaration);
    }

    private Row row(int index) {
        return table.rows().get(index);
    }

    private List<Diagnostic> clean() {
        return Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build());
    }

    @Test
    void an_empty_level3_name_is_an_error() {
        // when
        List<Diagnostic> found = checkLongTerm("出警率", r -> r.name(" "));

        // then
        assertOnly(found, NameRules.EMPTY.at(row(3).pos(), Facts.path(table, row(3)), Hint.NONE));
    }

    @Test
    void named_rows_are_not_empty() {
        assertNone(clean(), "empty-name");
    }

    @Test
    void a_level3_repeating_its_level2_is_a_warning() {
        // when
        List<Diagnostic> found = checkLongTerm("出警率", r -> r.level2("核心业务产出1").name("核心业务产出1"));

        // then
        assertOnly(found, NameRules.SAME_AS_LEVEL2.at(row(3).pos(), Facts.path(table, row(3)), Hint.NONE, "核心业务产出1"));
    }

    @Test
    void a_concrete_level3_name_is_fine() {
        assertNone(clean(), "name-equals-level2");
    }

    @Test
    void a_duplicate_level3_in_a_table_points_at_the_first() {
        // when
        List<Diagnostic> found =
                checkLongTerm("出警率", r -> r.name("群众满意度").level1("满意度").level2("服务对象满意度"));

        // then
        assertOnly(
                found,
                NameRules.DUPLICATE.at(
                        row(4).pos(), Facts.path(table, row(4)), Hint.NONE, "群众满意度", "长期", row(3).pos()));
    }

    @Test
    void the_same_name_in_two_tables_is_not_a_duplicate() {
        assertNone(clean(), "duplicate-indicator");
    }

    @Test
    void an_empty_value_column_is_an_error() {
        // when
        List<Diagnostic> found = checkLongTerm("预算执行率", r -> r.target(""));

        // then
        assertOnly(found, ValueRules.MISSING_VALUE.at(row(1).pos(), Facts.path(table, row(1)), Hint.NONE, "指标值"));
    }

    @Test
    void all_history_and_target_columns_blank_are_listed_in_one_finding() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("年度").get(0).history(null, "").target(null);
        declaration = fixture.build();
        table = DeclarationFixture.table(declaration, "年度");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, ValueRules.MISSING_VALUE.at(row(0).pos(), Facts.path(table, row(0)), Hint.NONE, "前年/上年/指标值"));
    }

    @Test
    void filled_columns_are_not_missing() {
        assertNone(clean(), "missing-value");
    }

    @Test
    void a_value_in_a_column_the_table_lacks_is_an_error() {
        // when
        List<Diagnostic> found = checkLongTerm("预算执行率", r -> r.history(null, "=100%"));

        // then
        assertOnly(found, ValueRules.NOT_IN_FORM.at(row(1).pos(), Facts.path(table, row(1)), Hint.NONE, "长期", "上年"));
    }

    @Test
    void history_columns_in_the_annual_table_are_in_the_form() {
        assertNone(clean(), "column-not-in-form");
    }

    @Test
    void a_syntax_finding_carries_the_grammars_reason_in_both_languages() {
        // given
        Value value =
                new Value(List.of(ValueColumn.TARGET), "≥", null, new TargetException("缺少数字", "number missing", 1));
        Position pos = Position.of("decl.yaml", 3, 4);

        // when
        Diagnostic d = ValueRules.syntax(value, pos, "长期 › x");

        // then
        Assertions.assertThat(d.zh()).isEqualTo(ValueRules.SYNTAX.format(Lang.ZH, "≥", "缺少数字"));
        Assertions.assertThat(d.en()).isEqualTo(ValueRules.SYNTAX.format(Lang.EN, "≥", "number missing"));
    }

    @Test
    void readable_targets_have_no_syntax_finding() {
        assertNone(clean(), "target-syntax");
    }

    @Test
    void a_qualitative_value_with_operator_and_number_is_an_error() {
        // when
        List<Diagnostic> found = checkLongTerm("预算编制科学性", r -> r.target("不低于95%的科学性"));

        // then
        assertOnly(
                found,
                ValueRules.QUALITATIVE_NUMBER.at(row(2).pos(), Facts.path(table, row(2)), Hint.NONE, "不低于95%的科学性"));
    }

    @Test
    void a_plain_level_word_is_fine() {
        assertNone(clean(), "qualitative-with-number");
    }

    @Test
    void the_placeholder_dingxing_is_a_warning() {
        // when
        List<Diagnostic> found = checkLongTerm("预算编制科学性", r -> r.target("定性"));

        // then
        assertOnly(found, ValueRules.PLACEHOLDER.at(row(2).pos(), Facts.path(table, row(2)), Hint.NONE, "指标值", "定性"));
    }

    @Test
    void real_values_are_not_placeholders() {
        assertNone(clean(), "placeholder");
    }

    @Test
    void an_unfilled_slot_row_is_an_error() {
        // when
        List<Diagnostic> found = checkLongTerm(
                "出警率", r -> r.origin(Origin.TO_FILL, "core-output").name(null).target(null));

        // then
        assertOnly(
                found, ValueRules.UNFILLED_ROW.at(row(3).pos(), Facts.path(table, row(3)), Hint.NONE, "core-output"));
    }

    @Test
    void a_filled_slot_row_is_not_todo() {
        assertNone(clean(), "todo-row");
    }

    @Test
    void a_slot_row_a_person_named_counts_as_filled_though_its_origin_line_still_says_todo() {
        // when: the clerk typed a name and a value but left "origin: todo" as it was
        List<Diagnostic> found = checkLongTerm("出警率", r -> r.origin(Origin.TO_FILL, "core-output"));

        // then
        assertNone(found, "todo-row");
    }

    @Test
    void a_value_ending_in_a_full_stop_is_a_sentence() {
        // given
        String text = "充分运用信息化手段提升工作效率及管理效能。";

        // when
        List<Diagnostic> found = checkLongTerm("预算编制科学性", r -> r.target(text));

        // then
        assertOnly(
                found, ValueRules.SENTENCE.at(row(2).pos(), Facts.path(table, row(2)), Hint.NONE, text, text.length()));
    }

    @Test
    void a_short_phrase_is_not_a_sentence() {
        // when
        List<Diagnostic> found = checkLongTerm("预算编制科学性", r -> r.target("公安服务质量逐步提升"));

        // then
        assertNone(found, "sentence");
    }
}
