package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.check.Findings.assertOnly;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;

class CheckerTest {

    @Test
    void clean_hubei_declaration_has_no_findings() {
        // given
        Template template = Fixtures.hubei();
        Declaration declaration = Fixtures.hubeiDeclaration().build();

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then
        assertThat(found).isEmpty();
    }

    @Test
    void clean_jiangsu_declaration_has_only_the_partial_project_list_information() {
        // given
        Template template = Fixtures.jiangsu();
        Declaration declaration = Fixtures.jiangsuDeclaration().build();

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then one project of 447 is listed against 项目支出 97,826 (issue 14)
        assertThat(found).extracting(Diagnostic::code).containsExactly("projects-partial", "projects-partial");
        assertThat(found).allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void a_disabled_rule_does_not_run() {
        // given
        Template template = Fixtures.hubei(TemplateFixture.setting("weaker-than-template", false, null));
        Declaration declaration = Fixtures.hubeiDeclaration()
                .change("群众满意度", r -> r.target("≥90%"))
                .build();

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then (both tables now say ≥90%, so they are identical: that rule still runs)
        assertThat(found).extracting(Diagnostic::code).containsExactly("tables-identical");
    }

    @Test
    void the_template_overrides_a_rules_severity_and_parameters() {
        // given
        Template template =
                Fixtures.hubei(TemplateFixture.setting("satisfaction-target", null, Severity.ERROR, "min", "96"));
        Declaration declaration = Fixtures.hubeiDeclaration().build();

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then
        assertThat(found).isNotEmpty().allSatisfy(d -> {
            assertThat(d.code()).isEqualTo("satisfaction-target");
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void an_unknown_rule_in_the_template_is_reported_with_a_suggestion() {
        // given
        Template template = Fixtures.hubei(TemplateFixture.setting("funds-sun", true, null));
        Declaration declaration = Fixtures.hubeiDeclaration().build();

        // when
        List<Diagnostic> found = Checker.check(template, declaration);

        // then
        assertOnly(
                found,
                Checker.UNKNOWN_RULE.at(
                        template.rules().get(0).pos(), "rules", Hint.didYouMean("funds-sum"), "funds-sun"));
    }

    @Test
    void an_extra_rule_runs_with_the_built_in_ones() {
        // given
        Message message = new Message("no-police", Severity.WARNING, "含有“%s”", "contains '%s'");
        Rule extra = Rule.of(
                "no-police",
                Severity.WARNING,
                "示例",
                "example",
                ctx -> ctx.report(
                        message,
                        ctx.declaration().pos(),
                        "",
                        Hint.NONE,
                        ctx.declaration().department()));
        Declaration declaration = Fixtures.hubeiDeclaration().build();

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration, List.of(extra));

        // then
        assertOnly(found, message.at(declaration.pos(), "", Hint.NONE, "测试局"));
    }

    @Test
    void a_failing_rule_becomes_one_internal_diagnostic() {
        // given
        Rule broken = Rule.of("broken", Severity.ERROR, "坏", "broken", ctx -> {
            throw new IllegalStateException("boom");
        });

        // when
        List<Diagnostic> found =
                Checker.check(Fixtures.hubei(), Fixtures.hubeiDeclaration().build(), List.of(broken));

        // then
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("internal");
            assertThat(d.message(Lang.EN)).contains("broken", "boom");
        });
    }

    @Test
    void findings_are_sorted_by_position() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration()
                .change("群众满意度", r -> r.target("≥90%"))
                .change("公用经费控制率", r -> r.target("定性"));

        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), fixture.build());

        // then
        assertThat(found).extracting(d -> d.position().line()).isSorted();
        assertThat(found)
                .hasSizeGreaterThan(3)
                .allSatisfy(d -> assertThat(d.position().isKnown()).isTrue());
    }
}
