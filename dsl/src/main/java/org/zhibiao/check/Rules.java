package org.zhibiao.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in rule catalogue: every rule zhibiao knows, by code, with its explanation for
 * {@code zhibiao check --explain CODE} and the rule reference.
 */
public final class Rules {

    private static final Map<String, Rule> BY_CODE = new LinkedHashMap<>();

    static {
        List<Rule> all = new ArrayList<>();
        all.addAll(FrameworkRules.rules());
        all.addAll(NameRules.rules());
        all.addAll(ValueRules.rules());
        all.addAll(KindRules.rules());
        all.addAll(JudgementRules.rules());
        all.addAll(PeriodRules.rules());
        all.addAll(EnumRules.rules());
        all.addAll(ColumnRules.rules());
        all.addAll(ShareRules.rules());
        all.addAll(FundsRules.rules());
        all.addAll(ProjectRules.rules());
        all.addAll(FunctionRules.rules());
        all.addAll(CoverageRules.rules());
        all.addAll(GoalRules.rules());
        all.addAll(SatisfactionRules.rules());
        all.addAll(DefectRules.rules());
        all.addAll(CopyRules.rules());
        all.addAll(StageRules.rules());
        all.forEach(r -> {
            if (BY_CODE.put(r.code(), r) != null) {
                throw new IllegalStateException("duplicate rule code " + r.code());
            }
        });
    }

    private Rules() {}

    /** Every built-in rule, in reference order. */
    public static List<Rule> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_CODE.values()));
    }

    /** The built-in rule with this code, for {@code --explain}. */
    public static Optional<Rule> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
