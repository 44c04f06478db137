package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;

/** A smoke test that checking stays linear; the JMH benchmark gives the real figures. */
class ScaleTest {

    @Test
    void twenty_thousand_rows_are_checked_in_well_under_a_few_seconds() {
        // given
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        for (int i = 2; i < 10_000; i++) {
            for (String table : List.of("长期", "年度")) {
                fixture.table(table).add(RowSpec.of("履职效能", "核心业务产出" + i, "产出指标" + i, "≥" + (i % 100) + "%")
                        .history("≥1%", "≥2%").origin(Origin.PERSON, "core-output"));
            }
        }
        fixture.table("长期").forEach(r -> r.history(null, null));
        Declaration declaration = fixture.build();
        Checker.check(Fixtures.hubei(), declaration);

        // when
        long start = System.nanoTime();
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration);
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        assertThat(found).isEmpty();
        assertThat(millis).isLessThan(5_000);
    }
}
