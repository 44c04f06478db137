package org.zhibiao.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Strictness of one target against another, and unit families, as a checker asks for them. */
class TargetsCompareTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("≥96%", "≥95%", Strictness.STRICTER),
                Arguments.of("≥95%", "≥96%", Strictness.LOOSER),
                Arguments.of("≥95%", "≥95.0%", Strictness.SAME),
                Arguments.of(">95%", "≥95%", Strictness.STRICTER),
                Arguments.of("≥95%", ">95%", Strictness.LOOSER),
                Arguments.of("≤10分钟", "≤15分钟", Strictness.STRICTER),
                Arguments.of("<15分钟", "≤15分钟", Strictness.STRICTER),
                Arguments.of("≤1小时", "≤60分钟", Strictness.SAME),
                Arguments.of("≤50分钟", "≤1小时", Strictness.STRICTER),
                Arguments.of("≥0.97比例", "≥97%", Strictness.SAME),
                Arguments.of("≥960‰", "≥95%", Strictness.STRICTER),
                Arguments.of("≤1万元", "≤10000元", Strictness.SAME),
                Arguments.of("≤1年", "≤12个月", Strictness.SAME),
                Arguments.of("=100%", "≥95%", Strictness.STRICTER),
                Arguments.of("=100%", "≤100%", Strictness.STRICTER),
                Arguments.of("≥95%", "=100%", Strictness.LOOSER),
                Arguments.of("=0起", "=0起", Strictness.SAME),
                Arguments.of("=4类", "=3类", Strictness.INCOMPARABLE),
                Arguments.of("=90%", "≥95%", Strictness.INCOMPARABLE),
                Arguments.of("≥95%", "≤95%", Strictness.INCOMPARABLE),
                Arguments.of("≤15天", "≤15工作日", Strictness.INCOMPARABLE),
                Arguments.of("≤1月", "≤30天", Strictness.INCOMPARABLE),
                Arguments.of("≥95%", "≥95次", Strictness.INCOMPARABLE),
                Arguments.of("95%", "≥95%", Strictness.INCOMPARABLE),
                Arguments.of("95%", "95%", Strictness.SAME),
                Arguments.of("健全", "健全", Strictness.SAME),
                Arguments.of("健全", "规范", Strictness.INCOMPARABLE),
                Arguments.of("健全", "≥95%", Strictness.INCOMPARABLE));
    }

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @MethodSource("pairs")
    void strictness_is_set_inclusion_of_acceptable_actual_values(
            String candidate, String reference, Strictness expected) throws TargetException {
        // given
        Target a = Targets.parse(candidate);
        Target b = Targets.parse(reference);

        // when
        Strictness forward = Targets.compare(a, b);
        Strictness backward = Targets.compare(b, a);

        // then
        assertThat(forward).isEqualTo(expected);
        assertThat(backward)
                .isEqualTo(
                        switch (expected) {
                            case STRICTER -> Strictness.LOOSER;
                            case LOOSER -> Strictness.STRICTER;
                            default -> expected;
                        });
    }

    @Test
    void a_higher_floor_is_at_least_as_strict_and_a_lower_one_is_not() throws TargetException {
        // given
        Target floor = Targets.parse("≥95%");

        // when / then
        assertThat(Targets.atLeastAsStrict(Targets.parse("≥96%"), floor)).isTrue();
        assertThat(Targets.atLeastAsStrict(Targets.parse("≥95%"), floor)).isTrue();
        assertThat(Targets.atLeastAsStrict(Targets.parse("≥90%"), floor)).isFalse();
        assertThat(Targets.atLeastAsStrict(Targets.parse("≤99%"), floor)).isFalse();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "%, RATIO",
        "‰, RATIO",
        "比例, RATIO",
        "次, COUNT",
        "万人次, COUNT",
        "起, COUNT",
        "分钟, TIME",
        "工作日, TIME",
        "个月, TIME",
        "万元, MONEY",
        "万元/人, MONEY",
        "元/亩, MONEY",
        "分, OTHER",
        "平方米, OTHER"
    })
    void units_report_their_family(String unit, UnitFamily family) {
        // given a unit as Quantity.unit() prints it

        // when / then
        assertThat(Targets.unitFamily(unit)).hasValue(family);
    }

    @Test
    void bare_numbers_and_unknown_units_have_no_family() {
        // given / when / then
        assertThat(Targets.unitFamily("")).isEmpty();
        assertThat(Targets.unitFamily("瓶")).isEmpty();
        assertThat(Targets.unitFamily("元/瓶")).isEmpty();
    }
}
