package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Names as the rules match them: without spaces and the punctuation a name may end with. */
class NamesTest {

    /** The pattern {@link Names#normalise} no longer uses, kept as its specification. */
    private static final Pattern TRAILING = Pattern.compile("[。；;，,.、]+$");

    @Test
    void spaces_and_trailing_punctuation_go_and_inner_punctuation_stays() {
        assertThat(Names.normalise(" 群众 满意度。；")).isEqualTo("群众满意度");
        assertThat(Names.normalise("案件.办结率\u3000,")).isEqualTo("案件.办结率");
        assertThat(Names.normalise("。。")).isEmpty();
        assertThat(Names.normalise(null)).isEmpty();
    }

    @Property(tries = 2000)
    void normalise_answers_as_the_pattern_it_replaces(@ForAll("names") String name) {
        String spaceless = name.replaceAll("[\\s\u3000]+", "");
        assertThat(Names.normalise(name)).isEqualTo(TRAILING.matcher(spaceless).replaceAll(""));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("。；;，,.、 \u3000\t甲乙x").ofMaxLength(14);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // the pattern took 14 s on 50,000
    void a_long_punctuation_run_inside_a_name_is_normalised_in_linear_time() {
        String name = "。".repeat(200_000) + "x";

        assertThat(Names.normalise(name)).isEqualTo(name);
    }
}
