package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Lang;

class RulesTest {

    @Test
    void every_rule_has_a_kebab_case_code_and_an_explanation_in_both_languages() {
        // given / when / then
        assertThat(Rules.all()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.code()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
            assertThat(rule.explain(Lang.ZH)).isNotBlank();
            assertThat(rule.explain(Lang.EN)).isNotBlank();
            assertThat(rule.defaultSeverity()).isNotNull();
        });
    }

    @Test
    void rules_are_found_by_code_for_explain() {
        // given
        String code = "funds-sum";

        // when / then
        assertThat(Rules.byCode(code))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(code));
        assertThat(Rules.byCode("no-such-rule")).isEmpty();
    }

    @Test
    void codes_are_unique() {
        // when
        long distinct = Rules.all().stream().map(Rule::code).distinct().count();

        // then
        assertThat(distinct).isEqualTo(Rules.all().size());
    }
}
