package org.zhibiao.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.score.BudgetLine;
import org.zhibiao.score.Scorecard;
import org.zhibiao.score.Scorer;
import org.zhibiao.score.ScoringRules;

/** The review page alone: what it lists, what it counts, and the score hook's columns (issue 16). */
class ReviewPageTest {

    private static final Path ROOT = Path.of("decls");

    @Test
    void at_most_a_hundred_findings_are_listed_per_file_and_the_rest_counted() {
        // given 150 findings in one file
        Path file = ROOT.resolve("a.yaml");
        List<Diagnostic> findings = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            findings.add(Problem.BAD_NUMBER.at(Position.of(file.toString(), i, 3), "x" + i));
        }
        ReviewPage page = new ReviewPage(Lang.ZH, List.of(ROOT));
        // when
        page.add(file, "甲局", "hubei/public-security@2024.1", findings, List.of(), true, null);
        String html = page.html();
        // then
        assertThat(html)
                .contains("id=\"d1-100\"")
                .doesNotContain("id=\"d1-101\"")
                .contains(Text.REPORT_MORE.format(Lang.ZH, 50, file.toString()))
                .contains("<td><code>bad-number</code></td><td class=\"n\">150</td>")
                .contains(Text.REPORT_SUMMARY.format(Lang.ZH, 1, 150, 0, 0));
    }

    @Test
    void a_scorecard_fills_the_score_and_grade_columns_and_the_grade_chart() {
        // given a scored document: budget execution only, 10 × 87/100 = 8.7 → 差
        Scorecard card = Scorer.score(
                ScoringRules.NATIONAL,
                List.of(),
                new BudgetLine(new BigDecimal("100"), new BigDecimal("87"), BigDecimal.TEN, null, Position.NONE));
        ReviewPage page = new ReviewPage(Lang.ZH, List.of(ROOT));
        // when
        page.add(ROOT.resolve("s.yaml"), "乙局", "t@1", List.of(), List.of(), true, card);
        String html = page.html();
        // then
        assertThat(html)
                .contains("<td class=\"n\">8.70</td><td>差</td>")
                .contains(">差</text><rect class=\"bar\" x=\"120\" y=\"79\" width=\"360\"");
    }

    @Test
    void a_rules_title_is_the_first_sentence_of_its_explanation() {
        assertThat(ReviewPage.firstSentence("三级指标名称不得为空（第3条）。其余说明。")).isEqualTo("三级指标名称不得为空（第3条）。");
        assertThat(ReviewPage.firstSentence("A name is set. More.")).isEqualTo("A name is set.");
    }
}
