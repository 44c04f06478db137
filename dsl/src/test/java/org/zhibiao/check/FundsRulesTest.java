package org.zhibiao.check;

import static org.zhibiao.check.DeclarationFixture.line;
import static org.zhibiao.check.Findings.assertNone;
import static org.zhibiao.check.Findings.assertOnly;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.FundLine;
import org.zhibiao.model.Project;

class FundsRulesTest {

    private static List<Diagnostic> hubei(Declaration declaration) {
        return Checker.check(Fixtures.hubei(), declaration);
    }

    @Test
    void expenditure_items_that_do_not_sum_to_the_total_are_an_error() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.expenditure.set(1, line("运转类项目支出", "40.02", "40", "36", "32"));
        Declaration declaration = fixture.build();
        FundLine total = declaration.funds().expenditure().total();

        // when
        List<Diagnostic> found = hubei(declaration);

        // then
        assertOnly(
                found,
                FundsRules.SUM.at(
                        total.pos(),
                        "支出构成 › 合计",
                        Hint.NONE,
                        new Object[] {"支出构成", "金额", "100.02", "100", "0.02"},
                        new Object[] {"expenditure", "amount", "100.02", "100", "0.02"}));
    }

    @Test
    void a_difference_within_one_hundredth_is_tolerated() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.expenditure.set(1, line("运转类项目支出", "40.01", "40", "36", "32"));

        // when
        List<Diagnostic> found = hubei(fixture.build());

        // then
        assertNone(found, "funds-sum");
        assertNone(found, "funds-balance");
    }

    @Test
    void a_history_year_off_by_a_tenth_is_only_a_warning() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.expenditure.set(1, line("运转类项目支出", "40", "40", "36", "31.9"));
        Declaration declaration = fixture.build();
        FundLine total = declaration.funds().expenditure().total();

        // when
        List<Diagnostic> found = hubei(declaration);

        // then
        assertOnly(
                found,
                FundsRules.HISTORY.at(
                        total.pos(),
                        "支出构成 › 合计",
                        Hint.NONE,
                        new Object[] {"支出构成", "前年金额", "79.9", "80", "0.1"},
                        new Object[] {"expenditure", "amount two years back", "79.9", "80", "0.1"}));
        assertNone(found, "funds-sum");
    }

    @Test
    void income_and_expenditure_totals_must_match() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.income.set(0, line("财政拨款", "101", "100", "90", "80"));
        fixture.incomeTotal = line("合计", "101", "100", "90", "80");
        Declaration declaration = fixture.build();
        FundLine total = declaration.funds().expenditure().total();

        // when
        List<Diagnostic> found = hubei(declaration);

        // then
        assertOnly(
                found,
                FundsRules.BALANCE.at(
                        total.pos(), "支出构成 › 合计", Hint.NONE, new Object[] {"金额", "101", "100", "1"}, new Object[] {
                            "amount", "101", "100", "1"
                        }));
    }

    @Test
    void a_share_that_does_not_match_its_amount_is_an_error() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.expenditure.set(0, line("人员类项目支出", "60", "59.5", "54", "48"));
        fixture.expenditure.set(1, line("运转类项目支出", "40", "40.5", "36", "32"));
        Declaration declaration = fixture.build();
        FundLine first = declaration.funds().expenditure().items().get(0);

        // when
        List<Diagnostic> found = Findings.withCode(hubei(declaration), "funds-share");

        // then
        assertOnly(
                found.subList(0, 1),
                FundsRules.SHARE.at(first.pos(), "支出构成 › 人员类项目支出", Hint.NONE, "人员类项目支出", "59.5", "60"));
        Assertions.assertThat(found).hasSize(2);
    }

    @Test
    void shares_that_do_not_sum_to_100_are_an_error() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.expenditure.set(0, line("人员类项目支出", "60", "", "54", "48"));
        Declaration declaration = fixture.build();
        FundLine total = declaration.funds().expenditure().total();

        // when
        List<Diagnostic> found = hubei(declaration);

        // then
        assertOnly(
                found,
                FundsRules.SHARE_SUM.at(total.pos(), "支出构成 › 合计", Hint.NONE, new Object[] {"支出构成", "40"}, new Object[] {
                    "expenditure", "40"
                }));
    }

    @Test
    void a_blank_total_is_reported_with_the_sum_to_enter() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.incomeTotal = null;
        Declaration declaration = fixture.build();

        // when
        List<Diagnostic> found = hubei(declaration);

        // then
        assertOnly(
                found,
                FundsRules.TOTAL_MISSING.at(
                        declaration.funds().income().pos(),
                        "收入构成 › 合计",
                        Hint.NONE,
                        new Object[] {"收入构成", "金额", "100"},
                        new Object[] {"income", "amount", "100"}));
    }

    @Test
    void consistent_funds_have_no_findings() {
        // when
        List<Diagnostic> found = hubei(Fixtures.hubeiDeclaration().build());

        // then
        for (String code : List.of(
                "funds-sum",
                "funds-history",
                "funds-balance",
                "funds-share",
                "funds-total-missing",
                "funds-half-year",
                "project-budget",
                "projects-within-total")) {
            assertNone(found, code);
        }
    }

    @Test
    void a_half_year_plan_above_the_full_year_budget_is_an_error() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.projects.set(0, new String[] {"公安出入境建设", null, "", "447", "500"});
        Declaration declaration = fixture.build();
        Project project = declaration.projects().get(0);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertOnly(
                found, ProjectRules.HALF_YEAR.at(project.pos(), "项目支出 › 公安出入境建设", Hint.NONE, "公安出入境建设", "500", "447"));
    }

    @Test
    void a_current_year_budget_above_the_project_total_is_an_error() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        fixture.projects.set(0, new String[] {"警务辅助人员经费", "常年性项目", "30", "31"});
        Declaration declaration = fixture.build();
        Project project = declaration.projects().get(0);

        // when
        List<Diagnostic> found = hubei(declaration);

        // then
        assertOnly(found, ProjectRules.BUDGET.at(project.pos(), "项目支出 › 警务辅助人员经费", Hint.NONE, "警务辅助人员经费", "31", "30"));
    }

    @Test
    void listed_projects_above_the_project_expenditure_line_are_a_warning() {
        // given
        DeclarationFixture fixture = Fixtures.jiangsuDeclaration();
        fixture.projects.add(new String[] {"大项目", null, "", "97500", "100"});
        Declaration declaration = fixture.build();
        FundLine projectLine = declaration.funds().expenditure().items().get(1);

        // when
        List<Diagnostic> found = Checker.check(Fixtures.jiangsu(), declaration);

        // then
        assertOnly(
                found,
                ProjectRules.WITHIN.at(
                        projectLine.pos(),
                        "项目支出",
                        Hint.NONE,
                        new Object[] {"本年度预算", "97947", "项目支出", "97826"},
                        new Object[] {"current-year budgets", "97947", "项目支出", "97826"}));
    }

    @Test
    void listed_projects_within_the_line_are_fine() {
        assertNone(
                Checker.check(Fixtures.jiangsu(), Fixtures.jiangsuDeclaration().build()), "projects-within-total");
    }
}
