package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Row;

/**
 * A declaration larger than anything real: twenty thousand distinct rows, more than the checker's
 * row memo keeps ({@link RowMemo#LIMIT}). Speed is the JMH benchmarks' business, not this test's.
 */
class ScaleTest {

    @Test
    void rows_past_what_the_row_memo_keeps_are_still_judged_and_placed() {
        // given 20,000 distinct rows, the last one without its operator, checked twice
        DeclarationFixture fixture = Fixtures.hubeiDeclaration();
        for (int i = 2; i < 10_000; i++) {
            for (String table : List.of("长期", "年度")) {
                fixture.table(table)
                        .add(RowSpec.of("履职效能", "核心业务产出" + i, "产出指标" + i, "≥" + (i % 100) + "%")
                                .history("≥1%", "≥2%")
                                .origin(Origin.PERSON, "core-output"));
            }
        }
        fixture.table("长期").forEach(r -> r.history(null, null));
        fixture.table("长期")
                .add(RowSpec.of("履职效能", "核心业务产出10000", "产出指标10000", "≥95%").origin(Origin.PERSON, "core-output"));
        fixture.table("年度")
                .add(RowSpec.of("履职效能", "核心业务产出10000", "产出指标10000", "95%")
                        .history("≥1%", "≥2%")
                        .origin(Origin.PERSON, "core-output"));
        Declaration declaration = fixture.build();
        Checker checker = Checker.of(Fixtures.hubei(), List.of());
        checker.check(declaration);

        // when
        List<Diagnostic> found = checker.check(declaration);

        // then
        List<Row> annual = DeclarationFixture.table(declaration, "年度").rows();
        Row last = annual.get(annual.size() - 1);
        assertThat(found).extracting(Diagnostic::code).containsExactly("missing-operator");
        assertThat(found.get(0).position()).isEqualTo(last.pos());
        assertThat(last.level3()).isEqualTo("产出指标10000");
        assertThat(RowMemo.LIMIT)
                .isLessThan(DeclarationFixture.table(declaration, "长期").rows().size() + annual.size());
    }
}
