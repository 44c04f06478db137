package org.zhibiao.groovy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.RuleSetting;

/**
 * The body of {@code rules}: the template's settings for checker rules.
 *
 * @since 0.1
 */
public final class RulesSpec {

    private final DslContext ctx;
    private final List<RuleSetting> rules = new ArrayList<>();

    RulesSpec(DslContext ctx) {
        this.ctx = ctx;
    }

    /**
     * One rule's setting, e.g. {@code rule 'quantitative-share', min: '50'} or
     * {@code rule 'placeholder', enabled: false, severity: 'info'}. Every other option is a rule parameter.
     */
    public void rule(Map<String, ?> options, String code) {
        Position at = ctx.here();
        Map<String, String> params = new LinkedHashMap<>();
        options.forEach((k, v) -> params.put(k, DslContext.text(v)));
        Boolean enabled = ctx.bool(options.get(Key.ENABLED.en), "enabled");
        String severity = params.remove(Key.SEVERITY.en);
        params.remove(Key.ENABLED.en);
        rules.add(new RuleSetting(ctx.name(code, "rule"), enabled, severity(severity), params, at));
    }

    /** A rule with its default settings. */
    public void rule(String code) {
        rule(Map.of(), code);
    }

    private Severity severity(String word) {
        if (word == null) {
            return null;
        }
        for (Severity s : Severity.values()) {
            if (s.word().equals(word) || s.name().equals(word) || s.label(org.zhibiao.diag.Lang.ZH).equals(word)) {
                return s;
            }
        }
        ctx.report(org.zhibiao.diag.Problem.BAD_ENUM.at(ctx.here(), word, "error, warning, info"));
        return null;
    }

    List<RuleSetting> build() {
        return List.copyOf(rules);
    }
}
