package org.zhibiao.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What people type reads as the canonical quantity: operator symbol, plain number, unit. */
class TargetsNormalisationTest {

    static Stream<Arguments> typedVariants() {
        return Stream.of(
                Arguments.of("不低于 95 ％", "≥95%"),
                Arguments.of("15分钟以内", "≤15分钟"),
                Arguments.of(">=95%", "≥95%"),
                Arguments.of("=>95%", "≥95%"),
                Arguments.of("<=100%", "≤100%"),
                Arguments.of("=<100%", "≤100%"),
                Arguments.of("＝0起", "=0起"),
                Arguments.of("＞90%", ">90%"),
                Arguments.of("＜24小时", "<24小时"),
                Arguments.of("≧95%", "≥95%"),
                Arguments.of("≦15天", "≤15天"),
                Arguments.of("⩾98%", "≥98%"),
                Arguments.of("⩽5%", "≤5%"),
                Arguments.of("＞＝９５％", "≥95%"),
                Arguments.of("≥ 95 %", "≥95%"),
                Arguments.of("  ≥95%\n", "≥95%"),
                Arguments.of("≥\u300095\u3000%", "≥95%"),
                Arguments.of("不少于 200 次", "≥200次"),
                Arguments.of("大于等于90%", "≥90%"),
                Arguments.of("大于或等于90%", "≥90%"),
                Arguments.of("至少3项", "≥3项"),
                Arguments.of("不高于5%", "≤5%"),
                Arguments.of("不超过10个工作日", "≤10个工作日"),
                Arguments.of("小于等于1681680元", "≤1681680元"),
                Arguments.of("至多2起", "≤2起"),
                Arguments.of("95%以上", "≥95%"),
                Arguments.of("95%及以上", "≥95%"),
                Arguments.of("5%以下", "≤5%"),
                Arguments.of("3天内", "≤3天"),
                Arguments.of("大于0", ">0"),
                Arguments.of("小于24小时", "<24小时"),
                Arguments.of("等于100%", "=100%"),
                Arguments.of("≥95%以上", "≥95%"),
                Arguments.of("44,561", "44561"),
                Arguments.of("≤1,681,680元", "≤1681680元"),
                Arguments.of("≤１，６８１，６８０元", "≤1681680元"),
                Arguments.of("≥９５．５０％", "≥95.5%"),
                Arguments.of("=100.00%", "=100%"),
                Arguments.of("≥0.970比例", "≥0.97比例"),
                Arguments.of("≥-5%", "≥-5%"),
                Arguments.of("≥－5%", "≥-5%"),
                Arguments.of("=-0%", "=0%"),
                Arguments.of("≥+5%", "≥5%"),
                Arguments.of("≥007台", "≥7台"),
                Arguments.of("=1000", "=1000"),
                Arguments.of("95%", "95%"),
                Arguments.of("2280次", "2280次"),
                Arguments.of("28.8万元", "28.8万元"),
                Arguments.of("≥3.5万元/人", "≥3.5万元/人"),
                Arguments.of("≤200元／亩", "≤200元/亩"),
                Arguments.of("≥5000万人次", "≥5000万人次"),
                Arguments.of("≤3个月", "≤3个月"),
                Arguments.of("≥2个百分点", "≥2个百分点"),
                Arguments.of("≤5‰", "≤5‰"),
                Arguments.of("＝4类", "=4类"),
                Arguments.of("ｘｘ", "XX"),
                Arguments.of("ＸＸ", "XX"),
                Arguments.of("xx", "XX"),
                Arguments.of(" 定性 ", "定性"),
                Arguments.of(" 健全\t", "健全"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("typedVariants")
    void typed_variants_print_canonically(String typed, String canonical) throws TargetException {
        // given a value as people type it

        // when
        String printed = Targets.canonical(typed);

        // then
        assertThat(printed).isEqualTo(canonical);
    }

    @Test
    void full_width_percent_and_digits_normalise_to_ascii() throws TargetException {
        // given
        String typed = "≥９５％";

        // when
        Target target = Targets.parse(typed);

        // then
        assertThat(target).isEqualTo(new Quantity(Operator.GE, new BigDecimal("95"), "%"));
    }

    @Test
    void a_number_without_operator_is_a_quantity_with_null_operator() throws TargetException {
        // given
        String legacy = "95%";

        // when
        Target target = Targets.parse(legacy);

        // then
        assertThat(target).isEqualTo(new Quantity(null, new BigDecimal("95"), "%"));
    }

    @Test
    void trailing_zeros_are_stripped_so_equal_amounts_are_equal_targets() throws TargetException {
        // given
        String longForm = "≥95.000%";

        // when
        Target target = Targets.parse(longForm);

        // then
        assertThat(target).isEqualTo(Targets.parse("≥95%"));
    }

    @Test
    void the_longest_unit_wins_over_its_prefix() throws TargetException {
        // given
        String months = "≤3个月";

        // when
        Quantity quantity = (Quantity) Targets.parse(months);

        // then
        assertThat(quantity.unit()).isEqualTo("个月");
        assertThat(Targets.unitFamily(quantity.unit())).hasValue(UnitFamily.TIME);
    }
}
