package org.zhibiao.target;

import org.zhibiao.diag.Messages;

/**
 * Why a 指标值 cannot be read, one constant per message with its Chinese and English text
 * (AssertJ's {@code ShouldXxx} factories, STYLE.md convention 9): the reader throws
 * {@code Reason.X.at(offset, args)} and tests compare against the same call, never copied prose.
 *
 * <p>Message shape: "what is wrong; instead, what to do". Texts go through
 * {@link Messages#format} (%s, %N$s), so a literal percent sign is written {@code %%}.
 */
enum Reason {
    EMPTY(
            "指标值为空；请填写定量值（如 ≥95%%）或定性值（如 健全）",
            "the target value is empty; instead, write a quantity such as ≥95%% or a level such as 健全"),
    FORBIDDEN_CHAR(
            "指标值含不可见字符 U+%04X；请删除换行、制表符等控制字符，把指标值写成一行",
            "the target value contains the invisible character U+%04X; instead, delete line breaks, tabs"
                    + " and other control characters so that the value is one line"),
    SECOND_OPERATOR(
            "多余的运算符“%s”；请只写一个运算符，如 ≥95%%", "a second operator '%s'; instead, write a single operator, e.g. ≥95%%"),
    NUMBER_EXPECTED(
            "运算符 %s 后缺少数字；请写成 运算符+数字+单位，如 ≥95%%",
            "a number is missing after %s; instead, write operator + number + unit, e.g. ≥95%%"),
    LEADING_POINT("数字不能以小数点开头；请写成 0.5 这样的形式", "a number cannot start with a decimal point; instead, write it like 0.5"),
    DANGLING_POINT("小数点后缺少数字；请写成 95 或 95.5", "a decimal point is not followed by digits; instead, write 95 or 95.5"),
    BAD_SEPARATOR(
            "千分位逗号后应恰有三位数字；请写成 44,561 或 44561",
            "a thousands separator must be followed by exactly three digits; instead, write 44,561 or 44561"),
    TOO_MANY_DIGITS(
            "数字超过 %s 位；请换用更大的单位，如 万元、亿元",
            "the number has more than %s digits; instead, use a larger unit such as 万元 or 亿元"),
    UNKNOWN_UNIT(
            "无法识别的计量单位“%s”；请使用 %%、个、次、天、万元 等单位", "unknown unit '%s'; instead, use a unit such as %%, 个, 次, 天 or 万元"),
    TRAILING_TEXT(
            "单位后多出“%s”；请只写 运算符+数字+单位，说明文字写入指标解释",
            "unexpected '%s' after the number and unit; instead, write only operator + number + unit"
                    + " and put explanations in the indicator's description"),
    CONFLICTING_SUFFIX(
            "运算符 %s 与后缀“%s”（即 %s）矛盾；请只保留一种写法",
            "the operator %s contradicts the suffix '%s' (which means %s); instead, keep only one of them");

    private final String zh;
    private final String en;

    Reason(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The exception for this reason at the 0-based offset (a {@code String} index into the raw text). */
    TargetException at(int offset, Object... args) {
        // the project's formatter, not String.format: a 指标值 that does not parse is common in a
        // batch (=健全 from a split form), and String.format parses its pattern on every call and
        // starts the locale machinery on the first (#14)
        return new TargetException(Messages.quoting(zh, args), Messages.quoting(en, args), offset);
    }
}
