package org.zhibiao.check;

import static org.zhibiao.check.Findings.assertNone;
import static org.zhibiao.check.Findings.assertOnly;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Function;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;

/** Jiangsu's 职能 → 重点工作 → 三级 chain, and Hubei's two tables side by side. */
class ChainRulesTest {

    @Test
    void a_function_without_indicators_is_a_warning() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.functions.add(new String[] {"负责全市公共信息网络安全保护工作。"});
        Declaration declaration = fixture.build();
        Function function = declaration.functions().get(1);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertOnly(
                found,
                FunctionRules.UNCOVERED.at(function.pos(), "职能 › 负责全市公共信息网络安全保护工作。", Hint.NONE, "负责全市公共信息网络安全保护工作。"));
    }

    @Test
    void a_function_worded_slightly_differently_in_the_table_is_covered() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.functions.set(0, new String[] {"依法查处危害社会治安秩序行为；依法管理户籍、居民身份证。"});

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), fixture.build());

        // then
        assertNone(found, "function-uncovered");
    }

    @Test
    void indicators_without_a_key_task_are_an_error() {
        // given
        Declaration declaration = Fixtures.jiangsuDeclaration()
                .change("出租房屋登记率", r -> r.keyWork(null))
                .build();
        Table table = DeclarationFixture.table(declaration, "履职");
        Row row = DeclarationFixture.row(declaration, "履职", "出租房屋登记率");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertOnly(
                found,
                FunctionRules.KEY_WORK_MISSING.at(row.pos(), Facts.path(table, row), Hint.NONE, Fixtures.FUNCTION));
    }

    @Test
    void a_key_task_without_indicators_is_an_error() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.functions.set(0, new String[] {Fixtures.FUNCTION, "推进智慧交管"});
        Declaration declaration = fixture.build();
        Function function = declaration.functions().get(0);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertOnly(
                found,
                FunctionRules.KEY_WORK_EMPTY.at(
                        function.pos(), "职能 › " + Fixtures.FUNCTION + " › 推进智慧交管", Hint.NONE, "推进智慧交管"));
    }

    @Test
    void a_complete_chain_has_no_findings() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.functions.set(0, new String[] {Fixtures.FUNCTION, Fixtures.KEY_WORK});

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), fixture.build());

        // then
        assertNone(found, "function-uncovered");
        assertNone(found, "key-work-missing");
        assertNone(found, "key-work-empty");
    }

    @Test
    void a_row_only_in_the_long_term_table_is_a_warning() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("长期").add(RowSpec.of("履职效能", "核心业务产出2", "重点人口管控率", "=100%"));
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "长期");
        Row row = DeclarationFixture.row(declaration, "长期", "重点人口管控率");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, CoverageRules.TABLES.at(row.pos(), Facts.path(table, row), Hint.NONE, "长期", "重点人口管控率", "年度"));
    }

    @Test
    void tables_with_the_same_rows_are_covered_and_split_tables_are_not_compared() {
        assertNone(Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build()), "table-coverage");
        assertNone(
                Checker.check(Fixtures.jiangsu(), Fixtures.jiangsuDeclaration().build()), "table-coverage");
    }

    @Test
    void history_copied_on_every_row_is_noted() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.table("年度").forEach(r -> r.history(r.target, r.target));
        Declaration declaration = fixture.build();
        Table table = DeclarationFixture.table(declaration, "年度");

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);

        // then
        assertOnly(found, CoverageRules.HISTORY.at(table.pos(), "年度", Hint.NONE, "年度"));
    }

    @Test
    void history_that_changed_somewhere_is_not_noted() {
        assertNone(Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build()), "history-unchanged");
    }
}
