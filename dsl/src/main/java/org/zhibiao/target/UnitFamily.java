package org.zhibiao.target;

/**
 * The kind of quantity a 计量单位 measures, so that a checker can ask "is this a percentage, a
 * duration, an amount of money?" without knowing every unit (DOMAIN.md §7 {@code unit}).
 */
public enum UnitFamily {
    /** Shares and rates: {@code %}, {@code ‰}, {@code 比例} (0.97 比例 ≡ 97 %), {@code 百分点}. */
    RATIO,
    /** Things counted: {@code 个 次 人 人次 台 类 起 件 项 …}, also with 万/亿 ({@code 万人次}). */
    COUNT,
    /** Durations and periods: {@code 秒 分钟 小时 天 日 工作日 周 个月 月 季度 年}. */
    TIME,
    /** Amounts of money: {@code 元 万元 亿元}, and per-unit amounts such as {@code 元/人}. */
    MONEY,
    /** Everything else that is still a unit: scores ({@code 分}), areas, lengths, weights, energy. */
    OTHER
}
