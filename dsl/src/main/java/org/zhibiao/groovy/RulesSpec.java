package org.zhibiao.groovy;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
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

    /**
     * A rule of this template's own, written as a closure over each row that answers "is this row
     * wrong?": {@code rule('no-xx-names', severity: 'warning', zh: '三级指标名称含 XX', en: 'the name holds XX')
     * { level3().contains('XX') }}. {@code zh} and {@code en} are the finding's message.
     */
    public void rule(
            Map<String, ?> options,
            String code,
            @DelegatesTo(value = RowCheckSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> test) {
        String name = ctx.name(code, "rule");
        String zh = DslContext.text(options.get("zh"));
        String en = DslContext.text(options.get("en"));
        Severity level = options.get(Key.SEVERITY.en) == null
                ? Severity.ERROR
                : severity(DslContext.text(options.get(Key.SEVERITY.en)));
        ctx.defineRule(ScriptedRule.of(
                name,
                level == null ? Severity.ERROR : level,
                zh == null ? name : zh,
                en == null ? name : en,
                test,
                ctx.here(),
                ctx.ruleTimeLimit()));
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
            if (s.word().equals(word)
                    || s.name().equals(word)
                    || s.label(Lang.ZH).equals(word)) {
                return s;
            }
        }
        ctx.report(Problem.BAD_ENUM.at(ctx.here(), word, "error, warning, info"));
        return null;
    }

    List<RuleSetting> build() {
        return List.copyOf(rules);
    }
}
