package org.zhibiao.target;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, prints and compares 指标值 (DOMAIN.md §7): the facade other packages use.
 *
 * <p>{@link #parse} accepts what people type — {@code >=}, {@code ≧}, full-width {@code ＞＝ ％ ９５},
 * 不低于/不少于/大于等于/至少, 以上/以下/以内 after the unit, spaces between tokens, thousands
 * separators — and {@link Target#print()} gives the canonical form: {@code 不低于 95 ％ → ≥95%},
 * {@code 15分钟以内 → ≤15分钟}. For every {@code x} that parses,
 * {@code parse(parse(x).print()).equals(parse(x))}.
 *
 * <p>Which text is a quantity and which is prose is decided by the rule documented on
 * {@link TargetReader}: a leading operator symbol commits to a quantity; a leading number or operator
 * word is a quantity unless Chinese prose follows; everything else is a level, placeholder or text.
 */
public final class Targets {

    private Targets() {}

    /**
     * Reads one 指标值.
     *
     * @param raw the value as written; surrounding spaces and line breaks are ignored
     * @return a {@link Quantity}, {@link Level}, {@link Placeholder} ({@code 定性}, {@code XX}) or
     *     {@link Description}
     * @throws TargetException if the value is empty, contains control characters, or starts like a
     *     quantity but is not one ({@code ≥abc}, {@code ≥95%%}, {@code 95%abc3}); its offset is a
     *     0-based {@code String} index into {@code raw}
     */
    public static Target parse(String raw) throws TargetException {
        return TargetReader.read(raw);
    }

    /** The canonical spelling of {@code raw}: {@code parse(raw).print()}. */
    public static String canonical(String raw) throws TargetException {
        return parse(raw).print();
    }

    /** Whether {@code word} is one of the known qualitative levels (健全, 规范, 完全相符, 良好 …). */
    public static boolean isLevel(String word) {
        return Vocabulary.LEVELS.contains(word);
    }

    /** The known qualitative levels, for completion lists and "did you mean" hints. */
    public static Set<String> levels() {
        return Vocabulary.LEVELS;
    }

    /**
     * The family of a unit as {@link Quantity#unit()} prints it, e.g. RATIO for {@code %},
     * TIME for {@code 工作日}, MONEY for {@code 万元/人} (a rate takes its numerator's family).
     *
     * @return empty for {@code ""} (a bare number) and for units the grammar does not know
     */
    public static Optional<UnitFamily> unitFamily(String unit) {
        return Optional.ofNullable(Units.family(unit));
    }

    /**
     * How strict {@code candidate} is relative to {@code reference}, reading each quantity as the set
     * of actual values that meet it. Units convert where the conversion is exact ({@code 万元}/{@code 元},
     * {@code %}/{@code ‰}/{@code 比例}, {@code 小时}/{@code 分钟}, {@code 年}/{@code 月}); {@code 天}
     * and {@code 工作日}, or {@code 月} and {@code 天}, do not. Mixed directions ({@code ≥} vs {@code ≤})
     * are {@link Strictness#INCOMPARABLE} unless one set holds the other ({@code =100%} is stricter
     * than {@code ≤100%}). A quantity without operator, and any non-quantity, is only ever
     * {@link Strictness#SAME} (when equal) or {@link Strictness#INCOMPARABLE}.
     */
    public static Strictness compare(Target candidate, Target reference) {
        return Comparison.compare(candidate, reference);
    }

    /**
     * Whether every actual value that meets {@code candidate} also meets {@code floor}: {@code ≥96%}
     * is at least as strict as {@code ≥95%}, {@code ≤10分钟} as {@code ≤15分钟}. False when the two
     * cannot be compared (mixed directions, units that do not convert, text); use
     * {@link #compare} to tell "looser" from "incomparable".
     */
    public static boolean atLeastAsStrict(Target candidate, Target floor) {
        Strictness s = compare(candidate, floor);
        return s == Strictness.SAME || s == Strictness.STRICTER;
    }

    /**
     * The numbers of two quantities in one common unit, for a ratio between them: {@code 20分钟}
     * and {@code 1小时} give 1200 and 3600 (seconds). Only exact conversions count, as in
     * {@link #compare}; a bare number takes the other's unit, since an 实际完成值 is often typed
     * without one ({@code 90} against {@code ≥95%}).
     *
     * @return {@code [a, b]} in the common unit, or empty when the units do not convert
     */
    public static Optional<BigDecimal[]> commensurate(Quantity a, Quantity b) {
        String ua = a.unit().isEmpty() ? b.unit() : a.unit();
        String ub = b.unit().isEmpty() ? a.unit() : b.unit();
        Units.Scale sa = Units.scale(ua);
        Units.Scale sb = Units.scale(ub);
        if (!sa.base().equals(sb.base())) {
            return Optional.empty();
        }
        return Optional.of(
                new BigDecimal[] {a.number().multiply(sa.factor()), b.number().multiply(sb.factor())});
    }
}
