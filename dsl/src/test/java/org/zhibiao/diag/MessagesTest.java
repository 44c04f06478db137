package org.zhibiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void every_problem_renders_exactly_as_string_format_would() {
        Object[] args = {"甲", 2, "丙", 4.5, "戊"};
        for (Problem p : Problem.values()) {
            for (Lang lang : Lang.values()) {
                assertThat(p.format(lang, args)).as(p + " " + lang)
                        .isEqualTo(String.format(p.template(lang), args));
            }
        }
    }

    @Test
    void positional_and_percent_forms_match_string_format() {
        assertThat(Messages.format("the weight %2$s of '%1$s' is %%", "a", "0"))
                .isEqualTo(String.format("the weight %2$s of '%1$s' is %%", "a", "0"));
        assertThat(Messages.format("%d rows", 3)).isEqualTo("3 rows");
    }

    @Property
    void any_text_without_percent_signs_is_left_as_it_is(@ForAll String text) {
        String plain = text.replace("%", "");
        assertThat(Messages.format(plain, "x")).isEqualTo(plain);
    }
}
