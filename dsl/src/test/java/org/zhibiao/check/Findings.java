package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;

/** Assertions on findings. Positions never take part in equality, so they are compared as text. */
final class Findings {

    private Findings() {}

    static List<Diagnostic> check(Template template, Declaration declaration) {
        return Checker.check(template, declaration);
    }

    static List<Diagnostic> withCode(List<Diagnostic> found, String code) {
        return found.stream().filter(d -> d.code().equals(code)).toList();
    }

    /** Exactly one finding with the expected code, equal to it, at its position. */
    static void assertOnly(List<Diagnostic> found, Diagnostic expected) {
        List<Diagnostic> same = withCode(found, expected.code());
        assertThat(same).as("findings %s", found).containsExactly(expected);
        assertThat(same.get(0).position().toString())
                .isEqualTo(expected.position().toString());
    }

    static void assertNone(List<Diagnostic> found, String code) {
        assertThat(withCode(found, code)).as("findings with code %s", code).isEmpty();
    }
}
