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

    @Property
    void a_finding_quotes_an_argument_whole_up_to_the_limit_and_its_start_beyond(
            @ForAll("lengths") int length, @ForAll("fill") char fill) {
        String value = String.valueOf(fill).repeat(length);

        String quoted = Messages.quoting("指标值“%s”有误（%s）", value, 7);

        if (length <= Messages.QUOTED) {
            assertThat(quoted).isEqualTo(Messages.format("指标值“%s”有误（%s）", value, 7));
        } else {
            assertThat(quoted).isEqualTo("指标值“" + value.substring(0, Messages.SHOWN) + "…”有误（7）");
        }
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 2 * Messages.QUOTED),
                Arbitraries.of(Messages.QUOTED, Messages.QUOTED + 1, 100_000));
    }

    @Provide
    Arbitrary<Character> fill() {
        return Arbitraries.of('a', '甲', '.', '%');
    }

    @Test
    void a_cut_never_splits_a_surrogate_pair() {
        String value = "a".repeat(Messages.SHOWN - 1) + "😀".repeat(Messages.QUOTED);

        String quoted = Messages.quoting("%s", value);

        assertThat(quoted).isEqualTo("a".repeat(Messages.SHOWN - 1) + "…");
        assertThat(Problem.INTERNAL.at(Position.NONE, value).message(Lang.ZH)).contains("…");
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
