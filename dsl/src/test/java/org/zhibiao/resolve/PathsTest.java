package org.zhibiao.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Template paths split into their 一级/二级/三级 parts. */
class PathsTest {

    @Test
    void parts_lose_the_spaces_around_each_slash_and_empty_parts_at_the_end() {
        assertThat(Paths.split(" 产出指标 / 数量指标/ 培训人次 ")).containsExactly("产出指标", "数量指标", "培训人次");
        assertThat(Paths.split("产出指标/")).containsExactly("产出指标");
        assertThat(Paths.split("/产出指标")).containsExactly("", "产出指标");
        assertThat(Paths.split("产出 指标")).containsExactly("产出 指标");
        assertThat(Paths.split("产出指标\u3000/\u3000数量指标")).containsExactly("产出指标", "数量指标");
    }

    @Property(tries = 2000)
    void ascii_paths_split_as_the_pattern_did(@ForAll("paths") String path) {
        assertThat(Paths.split(path)).isEqualTo(List.of(path.strip().split("\\s*/\\s*")));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("/ \t甲乙x").ofMaxLength(12);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // the pattern retried the run from each of its spaces
    void a_long_run_of_spaces_is_split_in_linear_time() {
        String path = "产出指标" + " ".repeat(200_000) + "x/数量指标";

        assertThat(Paths.split(path)).hasSize(2);
    }
}
