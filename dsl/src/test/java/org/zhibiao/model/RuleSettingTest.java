package org.zhibiao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rule's parameters print in the order the template wrote them, the same in every JVM (issue 13). */
class RuleSettingTest {

    @Test
    void params_keep_the_order_they_were_written_in() {
        // given twenty keys in neither sorted nor hash order
        Map<String, String> written = new LinkedHashMap<>();
        List<String> keys = List.of(
                "min",
                "max-share",
                "units",
                "zeta",
                "alpha",
                "k9",
                "k1",
                "b",
                "a",
                "year",
                "级别",
                "比例",
                "m",
                "n",
                "x1",
                "x0",
                "omega",
                "delta",
                "c3",
                "c2");
        keys.forEach(k -> written.put(k, k + "-value"));

        // when
        RuleSetting setting = new RuleSetting("quantitative-share", null, null, written, null);

        // then
        assertThat(setting.params().keySet()).containsExactlyElementsOf(keys);
    }

    @Test
    void params_are_a_copy_that_cannot_be_changed() {
        // given
        Map<String, String> written = new LinkedHashMap<>(Map.of("min", "50"));

        // when
        RuleSetting setting = new RuleSetting("quantitative-share", null, null, written, null);
        written.put("max", "90");

        // then
        assertThat(setting.params()).containsOnlyKeys("min");
        assertThatThrownBy(() -> setting.params().put("max", "90")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_null_parameter_value_is_refused_as_before() {
        // given
        Map<String, String> written = new LinkedHashMap<>();
        written.put("min", null);

        // when / then
        assertThatThrownBy(() -> new RuleSetting("quantitative-share", null, null, written, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void no_params_is_an_empty_map() {
        assertThat(new RuleSetting("placeholder", false, null, null, null).params())
                .isEmpty();
    }
}
