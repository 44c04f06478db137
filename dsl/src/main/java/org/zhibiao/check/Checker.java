package org.zhibiao.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Severity;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Row;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;

/**
 * The reviewer (审核): applies every rule a resolved template enables to a declaration and returns
 * the findings sorted by position. It changes nothing and throws nothing for bad input.
 */
public final class Checker {

    static final Message UNKNOWN_RULE = new Message(
            RuleCode.UNKNOWN_RULE,
            Severity.WARNING,
            "模板的 rules 中有未知规则“%s”；该设置被忽略",
            "the template's rules name an unknown rule '%s'; the setting is ignored");

    private static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(
                    (Diagnostic d) -> d.position().file())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column());

    /**
     * One enabled rule with the severity and parameters the template gives it; for a row rule, its
     * body prepared once from those settings, or the finding that says preparing it failed.
     */
    private record Enabled(
            Rule rule,
            Severity severity,
            Map<String, String> params,
            RowCheck rows,
            RowCheck.Body body,
            RuntimeException broken) {

        static Enabled of(Rule rule, Severity severity, Map<String, String> params) {
            RowCheck rows = rule instanceof BuiltinRule builtin ? builtin.rows() : null;
            if (rows == null) {
                return new Enabled(rule, severity, params, null, null, null);
            }
            try {
                // the settings alone: a body is prepared once per checker, before any declaration
                RowCheck.Body body = rows.prepare(new CheckContext(null, severity, params, null));
                return new Enabled(rule, severity, params, rows, body, null);
            } catch (RuntimeException e) {
                return new Enabled(rule, severity, params, rows, null, e);
            }
        }
    }

    private final Framework framework;
    private final List<Enabled> enabled;
    private final List<Diagnostic> setup;
    /** The enabled row rules whose bodies were prepared, and their places in {@link #enabled}. */
    private final Enabled[] rowRules;

    private final int[] rowRuleIndex;
    private final RowMemo memo = new RowMemo();

    /**
     * A checker prepared for one resolved template: its rule settings applied and its framework
     * indexed once, then reused for every declaration (and from every thread) of a batch (#7).
     */
    public static Checker of(Template resolved, List<Rule> extra) {
        return new Checker(resolved, extra);
    }

    private Checker(Template resolved, List<Rule> extra) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Rules.all().forEach(r -> rules.put(r.code(), r));
        extra.forEach(r -> rules.put(r.code(), r));
        Map<String, RuleSetting> settings = new HashMap<>();
        List<Diagnostic> unknown = new ArrayList<>();
        for (RuleSetting setting : resolved.rules()) {
            if (rules.containsKey(setting.rule())) {
                settings.put(setting.rule(), setting);
            } else {
                unknown.add(UNKNOWN_RULE.at(
                        setting.pos(), "rules", Hints.didYouMean(setting.rule(), rules.keySet()), setting.rule()));
            }
        }
        List<Enabled> on = new ArrayList<>();
        for (Rule rule : rules.values()) {
            RuleSetting setting = settings.get(rule.code());
            if ((setting == null || setting.enabled() == null) ? rule.enabledByDefault() : setting.enabled()) {
                Severity severity =
                        setting != null && setting.severity() != null ? setting.severity() : rule.defaultSeverity();
                on.add(Enabled.of(rule, severity, setting == null ? Map.of() : Map.copyOf(setting.params())));
            }
        }
        setup = List.copyOf(unknown);
        enabled = List.copyOf(on);
        int[] index = IntStream.range(0, on.size())
                .filter(i -> on.get(i).body() != null)
                .toArray();
        rowRuleIndex = index;
        rowRules = Arrays.stream(index).mapToObj(on::get).toArray(Enabled[]::new);
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

    /**
     * The findings for one declaration, sorted by position. Safe to call from several threads.
     *
     * <p>The row rules run first, in one pass over the rows; then every other rule. Each rule's
     * findings are kept apart and joined in rule order before the stable sort, so findings at one
     * position come out in the order of the rule list, as when every rule walked the rows itself.
     */
    public List<Diagnostic> check(Declaration declaration) {
        Facts facts = new Facts(framework, declaration);
        Diagnostics[] found = new Diagnostics[enabled.size()];
        new RowPass(facts, found).run();
        for (int i = 0; i < found.length; i++) {
            Enabled rule = enabled.get(i);
            if (rule.rows() == null) {
                run(rule, facts, found(found, i));
            } else if (rule.broken() != null) {
                found(found, i).add(internal(rule.rule(), rule.broken(), declaration.pos()));
            }
        }
        List<Diagnostic> sorted = new ArrayList<>(setup);
        for (Diagnostics each : found) {
            if (each != null) {
                sorted.addAll(each.list());
            }
        }
        sorted.sort(BY_POSITION);
        return sorted;
    }

    private static Diagnostics found(Diagnostics[] found, int rule) {
        if (found[rule] == null) {
            found[rule] = new Diagnostics();
        }
        return found[rule];
    }

    private static void run(Enabled enabled, Facts facts, Diagnostics out) {
        try {
            enabled.rule().check(new CheckContext(facts, enabled.severity(), enabled.params(), out));
        } catch (RuntimeException e) {
            out.add(internal(enabled.rule(), e, facts.declaration().pos()));
        }
    }

    /**
     * One diagnostic asking for a bug report instead of a stack trace (STYLE.md §8), at the
     * declaration (or row) being checked and naming the rule: #13 found it with an empty file name.
     */
    private static Diagnostic internal(Rule rule, RuntimeException e, Position at) {
        return Problem.INTERNAL.at(at, "rule " + rule.code() + ": " + e);
    }

    private static final int[] NO_RULES = {};
    private static final Diagnostic[] NO_FINDINGS = {};

    /**
     * The row rules over one declaration: each row's findings come from the memo when an equal row
     * was judged before, else from running every row rule on it. Findings are placed at the row.
     */
    private final class RowPass {

        private final Facts facts;
        private final Diagnostics[] found;
        /** Contexts of the row rules, made on the first row the memo does not know; null before. */
        private CheckContext[] contexts;

        private Diagnostics scratch;
        private boolean[] failed;

        RowPass(Facts facts, Diagnostics[] found) {
            this.facts = facts;
            this.found = found;
        }

        void run() {
            for (Table table : facts.declaration().tables()) {
                List<Row> rows = table.rows();
                for (int r = 0, n = rows.size(); r < n; r++) {
                    Row row = rows.get(r);
                    RowMemo.Key key = new RowMemo.Key(table, row);
                    RowMemo.Entry entry = memo.get(key);
                    if (entry == null) {
                        entry = judge(table, row, key);
                    } else {
                        facts.remember(row, entry.values());
                    }
                    place(entry, row);
                }
            }
        }

        private RowMemo.Entry judge(Table table, Row row, RowMemo.Key key) {
            if (contexts == null) {
                contexts = new CheckContext[rowRules.length];
                scratch = new Diagnostics();
                failed = new boolean[enabled.size()];
                for (int r = 0; r < rowRules.length; r++) {
                    contexts[r] = new CheckContext(facts, rowRules[r].severity(), rowRules[r].params(), scratch);
                }
            }
            int start = scratch.size();
            int[] ruleOf = NO_RULES;
            boolean complete = true;
            for (int r = 0; r < rowRules.length; r++) {
                Enabled rule = rowRules[r];
                int i = rowRuleIndex[r];
                if (failed[i] || !rule.rows().covers(row)) {
                    continue;
                }
                int before = scratch.size();
                try {
                    rule.body().check(contexts[r], table, row);
                } catch (RuntimeException e) {
                    // the rule stops for this declaration, as a rule that walks the rows itself would
                    failed[i] = true;
                    complete = false;
                    found(found, i)
                            .add(internal(
                                    rule.rule(),
                                    e,
                                    row.pos().isKnown()
                                            ? row.pos()
                                            : facts.declaration().pos()));
                }
                if (scratch.size() > before) {
                    ruleOf = Arrays.copyOf(ruleOf, scratch.size() - start);
                    Arrays.fill(ruleOf, before - start, ruleOf.length, i);
                }
            }
            Diagnostic[] findings = ruleOf.length == 0
                    ? NO_FINDINGS
                    : scratch.list().subList(start, scratch.size()).toArray(NO_FINDINGS);
            RowMemo.Entry entry = new RowMemo.Entry(ruleOf, findings, keys(findings, row), facts.values(table, row));
            if (complete) {
                memo.put(key, entry);
            }
            return entry;
        }

        /** The key of the value each finding points at, found by its place in the judged row. */
        private static String[] keys(Diagnostic[] findings, Row row) {
            String[] keys = new String[findings.length];
            Map<String, Position> places = row.places().asMap();
            if (places.isEmpty()) {
                return keys;
            }
            for (int k = 0; k < findings.length; k++) {
                Position p = findings[k].position();
                for (Map.Entry<String, Position> e : places.entrySet()) {
                    Position q = e.getValue();
                    if (q.line() == p.line()
                            && q.column() == p.column()
                            && q.file().equals(p.file())
                            && (q.line() != row.pos().line()
                                    || q.column() != row.pos().column())) {
                        keys[k] = e.getKey();
                        break;
                    }
                }
            }
            return keys;
        }

        private void place(RowMemo.Entry entry, Row row) {
            int[] rules = entry.rules();
            Diagnostic[] findings = entry.findings();
            for (int k = 0; k < findings.length; k++) {
                if (failed != null && failed[rules[k]]) {
                    continue;
                }
                Diagnostic d = findings[k];
                String key = entry.keys()[k];
                found(found, rules[k])
                        .add(new Diagnostic(
                                d.code(),
                                d.severity(),
                                d.zh(),
                                d.en(),
                                key == null ? row.pos() : row.at(key),
                                d.path(),
                                d.hint()));
            }
        }
    }
}
