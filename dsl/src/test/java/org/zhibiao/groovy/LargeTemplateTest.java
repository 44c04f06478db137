package org.zhibiao.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Result;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Template;

class LargeTemplateTest {

    @Test
    void template_of_500_indicators_loads_equal_to_the_generated_model() {
        // given
        Template generated = LargeTemplate.generate(500);
        String source = new GroovyWriter().write(generated);

        // when
        Result<Template> result = new GroovyReader().readTemplate("large.groovy", source);

        // then
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.value()).isEqualTo(generated);
        assertThat(result.value().indicators().stream()
                        .mapToLong(LargeTemplateTest::rows)
                        .sum())
                .isEqualTo(500);
    }

    private static long rows(Level1 level1) {
        return level1.children().stream().mapToLong(l2 -> l2.entries().size()).sum();
    }
}
