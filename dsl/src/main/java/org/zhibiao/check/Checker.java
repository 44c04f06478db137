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

    /** One enabled rule with the severity and parameters the template gives it. */
    private record Enabled(Rule rule, Severity severity, Map<String, String> params) {
    }

    private final Framework framework;
    private final List<Enabled> enabled;
    private final List<Diagnostic> setup;

    /**
     * A checker prepared for one resolved template: its rule settings applied and its framework
     * indexed once, then reused for every declaration (and from every thread) of a batch (#7).
     */
    public static Checker of(Template resolved, List<Rule> extra) {
        return new Checker(resolved, extra);
    }

    private Checker(Template resolved, List<Rule> extra) {
        Map<String, Rule> rules = new java.util.LinkedHashMap<>();
        Rules.all().forEach(r -> rules.put(r.code(), r));
        extra.forEach(r -> rules.put(r.code(), r));
        Map<String, RuleSetting> settings = new HashMap<>();
        List<Diagnostic> unknown = new ArrayList<>();
        for (RuleSetting setting : resolved.rules()) {
            if (rules.containsKey(setting.rule())) {
                settings.put(setting.rule(), setting);
            } else {
                unknown.add(UNKNOWN_RULE.at(setting.pos(), "rules", Hints.didYouMean(setting.rule(), rules.keySet()),
                        setting.rule()));
            }
        }
        List<Enabled> on = new ArrayList<>();
        for (Rule rule : rules.values()) {
            RuleSetting setting = settings.get(rule.code());
            if (setting == null || setting.enabled() == null ? rule.enabledByDefault() : setting.enabled()) {
                Severity severity = setting != null && setting.severity() != null
                        ? setting.severity() : rule.defaultSeverity();
                on.add(new Enabled(rule, severity, setting == null ? Map.of() : Map.copyOf(setting.params())));
            }
        }
        setup = List.copyOf(unknown);
        enabled = List.copyOf(on);
        framework = new Framework(resolved);
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
        return of(resolved, extra).check(declaration);
    }

    /** The findings for one declaration, sorted by position. Safe to call from several threads. */
    public List<Diagnostic> check(Declaration declaration) {
        Diagnostics out = new Diagnostics();
        setup.forEach(out::add);
        Facts facts = new Facts(framework, declaration);
        for (Enabled rule : enabled) {
            run(rule, facts, out);
        }
        List<Diagnostic> sorted = new ArrayList<>(out.list());
        sorted.sort(BY_POSITION);
        return sorted;
    }

    private static void run(Enabled enabled, Facts facts, Diagnostics out) {
        try {
            enabled.rule().check(new CheckContext(facts, enabled.severity(), enabled.params(), out));
        } catch (RuntimeException e) {
            // One diagnostic asking for a bug report instead of a stack trace (STYLE.md §8).
            out.add(Problem.INTERNAL.at(Position.NONE, "rule " + enabled.rule().code() + ": " + e));
        }
    }
}
