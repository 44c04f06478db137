package org.zhibiao.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.Template;

/**
 * The reviewer (审核): applies every rule a resolved template enables to a declaration and returns
 * the findings sorted by position. It changes nothing and throws nothing for bad input.
 */
public final class Checker {

    static final Message UNKNOWN_RULE = new Message("unknown-rule", Severity.WARNING,
            "模板的 rules 中有未知规则“%s”；该设置被忽略",
            "the template's rules name an unknown rule '%s'; the setting is ignored");

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column());

    private Checker() {
    }

    /** Checks a declaration against the resolved template it was compiled from. */
    public static List<Diagnostic> check(Template resolved, Declaration declaration) {
        return check(resolved, declaration, List.of());
    }

    /**
     * Checks with the built-in rules plus {@code extra} ones (for example a Groovy template's closure
     * rules). An extra rule with a built-in code replaces the built-in.
     */
    public static List<Diagnostic> check(Template resolved, Declaration declaration, List<Rule> extra) {
        Map<String, Rule> rules = new java.util.LinkedHashMap<>();
        Rules.all().forEach(r -> rules.put(r.code(), r));
        extra.forEach(r -> rules.put(r.code(), r));
        Map<String, RuleSetting> settings = new HashMap<>();
        Diagnostics out = new Diagnostics();
        for (RuleSetting setting : resolved.rules()) {
            if (rules.containsKey(setting.rule())) {
                settings.put(setting.rule(), setting);
            } else {
                out.add(UNKNOWN_RULE.at(setting.pos(), "rules", Hints.didYouMean(setting.rule(), rules.keySet()),
                        setting.rule()));
            }
        }
        Facts facts = new Facts(resolved, declaration);
        for (Rule rule : rules.values()) {
            RuleSetting setting = settings.get(rule.code());
            boolean enabled = setting == null || setting.enabled() == null
                    ? rule.enabledByDefault() : setting.enabled();
            if (enabled) {
                run(rule, setting, facts, out);
            }
        }
        List<Diagnostic> sorted = new ArrayList<>(out.list());
        sorted.sort(BY_POSITION);
        return sorted;
    }

    private static void run(Rule rule, RuleSetting setting, Facts facts, Diagnostics out) {
        Severity severity = setting != null && setting.severity() != null ? setting.severity() : rule.defaultSeverity();
        Map<String, String> params = setting == null ? Map.of() : setting.params();
        try {
            rule.check(new CheckContext(facts, severity, params, out));
        } catch (RuntimeException e) {
            // One diagnostic asking for a bug report instead of a stack trace (STYLE.md §8).
            out.add(Problem.INTERNAL.at(Position.NONE, "rule " + rule.code() + ": " + e));
        }
    }
}
