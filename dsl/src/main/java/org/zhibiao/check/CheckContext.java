package org.zhibiao.check;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Template;

/**
 * What a {@link Rule} sees: the facts of this check (template, declaration, parsed values), the
 * rule's severity and parameters, and where to report.
 *
 * @param facts the shared, once-computed view of template and declaration
 * @param severity the severity the template assigns to this rule
 * @param params the rule's parameters from the template's {@code rules:} entry
 * @param out the collector findings go to
 */
public record CheckContext(Facts facts, Severity severity, Map<String, String> params, Diagnostics out) {

    public CheckContext {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    public Template template() {
        return facts.template();
    }

    public Declaration declaration() {
        return facts.declaration();
    }

    /** Reports a finding at the rule's configured severity. */
    public void report(Diagnostic finding) {
        out.add(new Diagnostic(
                finding.code(),
                severity,
                finding.zh(),
                finding.en(),
                finding.position(),
                finding.path(),
                finding.hint()));
    }

    /** Reports one of the rule's messages. */
    public void report(Message message, Position position, String path, Hint hint, Object... args) {
        report(message.at(position, path, hint, args));
    }

    /** A number parameter such as {@code min: 50}; the default when absent or unreadable. */
    public BigDecimal number(String name, BigDecimal fallback) {
        String text = params.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return new BigDecimal(text.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A text parameter; the default when absent. */
    public String text(String name, String fallback) {
        String text = params.get(name);
        return text == null || text.isBlank() ? fallback : text.strip();
    }

    /** A list parameter written as {@code a, b, c} or {@code a|b|c}. */
    public List<String> list(String name, List<String> fallback) {
        String text = params.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return Arrays.stream(text.split("[,，|、]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
