package org.zhibiao.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every 指标值 in the seed declarations reads, and prints back exactly as written. */
class TargetsSeedTest {

    static Stream<Arguments> seedValues() {
        return Seeds.valueCells().stream().map(cell -> Arguments.of(cell[0], cell[1]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("seedValues")
    void every_seed_value_parses_and_prints_back_unchanged(String cell, String value) throws TargetException {
        // given a value cell of a seed declaration (already canonical)

        // when
        Target target = Targets.parse(value);

        // then
        assertThat(target.print()).as(cell).isEqualTo(value);
    }

    @Test
    void the_seeds_cover_all_four_kinds_of_target() throws TargetException {
        // given
        Set<Class<?>> kinds = new HashSet<>();

        // when
        for (String[] cell : Seeds.valueCells()) {
            kinds.add(Targets.parse(cell[1]).getClass());
        }

        // then
        assertThat(kinds).containsExactlyInAnyOrder(Quantity.class, Level.class, Description.class, Placeholder.class);
    }
}
