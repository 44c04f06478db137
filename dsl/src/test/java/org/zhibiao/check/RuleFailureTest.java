package org.zhibiao.check;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.yaml.Documents;

/** Issue 13 §3: a rule that fails inside is one finding that names the file and the rule. */
class RuleFailureTest {

    @Test
    void issue13_an_internal_error_in_a_rule_names_the_file_and_the_rule() {
        // given: a declaration read from a file, and a rule that fails
        Declaration built = Fixtures.hubeiDeclaration().build();
        Declaration declaration = Documents.readDeclaration(
                        "bureau.yaml", Documents.toYaml(built).getBytes(UTF_8))
                .value();
        Rule broken = Rule.of("always-fails", Severity.ERROR, "", "", ctx -> {
            throw new IllegalStateException("boom");
        });
        // when
        List<Diagnostic> found = Checker.check(Fixtures.hubei(), declaration, List.of(broken));
        // then
        assertThat(found)
                .filteredOn(d -> d.code().equals(Problem.INTERNAL.code()))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.position().file()).isEqualTo("bureau.yaml");
                    assertThat(d.position().line()).isPositive();
                    assertThat(d.en()).contains("always-fails", "boom");
                });
    }
}
