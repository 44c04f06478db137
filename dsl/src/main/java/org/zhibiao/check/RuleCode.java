package org.zhibiao.check;

import java.util.Locale;

/**
 * The code of a finding of the built-in rules, as {@code error[code]}, the SARIF {@code ruleId} and
 * {@code zhibiao check --explain CODE} print and read it: the constant's name in kebab case
 * ({@link #FUNDS_SUM} is {@code funds-sum}). A rule's {@link Message} constants name their code
 * here, so the built-in vocabulary is one closed list (STYLE.md 7, issue 17). A template's own
 * rules (a Groovy {@code rules { … }} closure) choose their codes freely, which is why {@link
 * Rule#code()} stays a string.
 */
public enum RuleCode {
    ACTUAL_MISSING,
    BAD_BASIS,
    BAD_CATEGORY,
    CELL_CHOICE,
    CELL_NUMBER,
    CELL_POINTS,
    CELL_REQUIRED,
    CELL_TARGET,
    COLUMN_NOT_IN_FORM,
    COST_OVER_BUDGET,
    DIRECTION_OPERATOR,
    DUPLICATE_INDICATOR,
    EMPTY_NAME,
    EXCEL_DATE,
    EXECUTION_BEHIND_PACE,
    FUNCTION_UNCOVERED,
    FUNDS_BALANCE,
    FUNDS_HALF_YEAR,
    FUNDS_HISTORY,
    FUNDS_SHARE,
    FUNDS_SUM,
    FUNDS_TOTAL_MISSING,
    GENERIC_CRITERIA,
    GOALS_DEADLINE,
    GOALS_HORIZON,
    HALF_YEAR_EXCEEDS,
    HALF_YEAR_OPERATOR,
    HISTORY_UNCHANGED,
    KEY_WORK_EMPTY,
    KEY_WORK_EQUALS_FUNCTION,
    KEY_WORK_MISSING,
    KIND_MISMATCH,
    LEVEL1_NOT_IN_TABLE,
    LIKELIHOOD_WITHOUT_REASON,
    MISSING_OPERATOR,
    MISSING_ROW,
    MISSING_TABLE,
    MISSING_UNIT,
    MISSING_VALUE,
    NAME_EQUALS_LEVEL2,
    NATURE_OPERATOR,
    NEAR_DUPLICATE,
    NOT_IN_TEMPLATE,
    NOT_SATISFACTION,
    PERCENT_RANGE,
    PLACEHOLDER,
    POINTS_PER_LEVEL1,
    PROGRESS_ABOVE_YEAR,
    PROGRESS_PAST_CEILING,
    PROJECT_BUDGET,
    PROJECT_CATEGORY,
    PROJECTS_PARTIAL,
    PROJECTS_WITHIN_TOTAL,
    QUALITATIVE_OPERATOR,
    QUALITATIVE_UNSCORED,
    QUALITATIVE_WITH_NUMBER,
    QUANTITATIVE_SHARE,
    RATE_ABOVE_100,
    RATE_AT_LEAST_100,
    RATE_BELOW_1,
    RATE_NOT_QUANTITATIVE,
    REQUIRED_LEVEL1_EMPTY,
    SATISFACTION_MISSING,
    SATISFACTION_TARGET,
    SCORE_ABOVE_POINTS,
    SCORE_BY_HAND,
    SCORE_DISAGREES,
    SCORE_OUTSIDE_BAND,
    SENTENCE,
    SHORTFALL_WITHOUT_REASON,
    TABLE_COVERAGE,
    TABLES_IDENTICAL,
    TARGET_SYNTAX,
    TODO_ROW,
    UNIT_MISMATCH,
    UNIT_NOT_ALLOWED,
    UNKNOWN_COLUMN,
    UNKNOWN_LEVEL1,
    UNKNOWN_LEVEL2,
    UNKNOWN_RULE,
    UNKNOWN_TABLE,
    VAGUE_VALUE,
    VALUE_TYPE_MISMATCH,
    WEAKER_THAN_TEMPLATE,
    WEIGHTS,
    ZERO_COST,
    ZERO_COUNT;

    private final String code;

    RuleCode() {
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The code as printed: {@code funds-sum}. */
    public String code() {
        return code;
    }
}
