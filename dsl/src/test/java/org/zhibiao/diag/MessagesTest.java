package org.zhibiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void every_problem_renders_exactly_as_string_format_would() {
        Object[] args = {"甲", 2, "丙", 4.5, "戊"};
        for (Problem p : Problem.values()) {
            for (Lang lang : Lang.values()) {
                assertThat(p.format(lang, args)).as(p + " " + lang).isEqualTo(String.format(p.template(lang), args));
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

    @Property
    void templates_of_text_and_the_three_forms_render_as_string_format_does(
            @ForAll("templates") String template, @ForAll String a, @ForAll int b) {
        Object[] args = {a, b, "丙", "丁", "戊", "己"}; // more than the forms a template has
        assertThat(Messages.format(template, args)).isEqualTo(String.format(template, args));
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> text =
                Arbitraries.strings().withChars("规则甲乙 ab%").ofMaxLength(6).map(t -> t.replace("%", ""));
        Arbitrary<String> form = Arbitraries.of("%s", "%%", "%1$s", "%2$s", "%3$s");
        return Combinators.combine(text, form)
                .as((t, f) -> t + f)
                .list()
                .ofMaxSize(6)
                .map(parts -> String.join("", parts))
                .flatMap(body ->
                        Arbitraries.strings().withChars("指标 x").ofMaxLength(4).map(tail -> body + tail));
    }
}
