package org.zhibiao.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the grammar over generated quantities, noisy spellings and arbitrary text. */
class TargetsPropertiesTest {

    private static final List<String> UNITS = List.of(
            "", "%", "‰", "比例", "个", "次", "人次", "起", "类", "项", "分钟", "小时", "天", "工作日", "个月", "年", "元", "万元", "亿元",
            "万元/人", "元/亩", "分", "亩", "平方米", "万人次", "km");

    /** Spellings of each operator, folded or not, before the number; {@code null} entry = no operator. */
    private static final List<List<String>> PREFIXES = List.of(
            List.of("≥", ">=", "=>", "≧", "⩾", "＞＝", "不低于", "不少于", "大于等于", "至少"),
            List.of("≤", "<=", "=<", "≦", "⩽", "＜＝", "不高于", "不超过", "小于等于", "至多"),
            List.of("=", "＝", "等于"),
            List.of(">", "＞", "大于"),
            List.of("<", "＜", "小于"));

    @Property
    void printed_quantities_parse_back_to_the_same_quantity(@ForAll("quantities") Quantity quantity)
            throws TargetException {
        // given a quantity built from parts

        // when
        Target reread = Targets.parse(quantity.print());

        // then
        assertThat(reread).isEqualTo(quantity);
    }

    @Property
    void noisy_spellings_read_as_the_canonical_quantity(@ForAll("noisy") String[] noisyAndCanonical)
            throws TargetException {
        // given a quantity spelled the way people type it, and its canonical form
        String noisy = noisyAndCanonical[0];

        // when
        Target target = Targets.parse(noisy);

        // then
        assertThat(target.print()).isEqualTo(noisyAndCanonical[1]);
        assertThat(Targets.parse(target.print())).isEqualTo(target);
    }

    @Property(tries = 2000)
    void parse_throws_nothing_but_target_exception_and_print_is_idempotent(@ForAll("junk") String raw) {
        // given arbitrary text, Chinese, symbols, digits and Unicode junk
        Target target;

        // when
        try {
            target = Targets.parse(raw);
        } catch (TargetException e) {
            // then a rejection points into the text, or just past its end
            assertThat(e.offset()).isBetween(0, raw.length());
            return;
        }

        // then print ∘ parse is a fixed point
        String printed = target.print();
        assertThat(reparse(printed)).isEqualTo(target);
        assertThat(reparse(printed).print()).isEqualTo(printed);
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        Arbitrary<Operator> operator = Arbitraries.of(Operator.values()).injectNull(0.1);
        Arbitrary<BigDecimal> number = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1000000"), new BigDecimal("100000000"))
                .ofScale(3);
        return Combinators.combine(operator, number, Arbitraries.of(UNITS)).as(Quantity::new);
    }

    @Provide
    Arbitrary<String[]> noisy() {
        Arbitrary<Integer> op = Arbitraries.integers().between(0, PREFIXES.size() - 1);
        Arbitrary<Long> whole = Arbitraries.longs().between(0, 9_999_999);
        Arbitrary<Integer> cents = Arbitraries.integers().between(0, 99);
        return Combinators.combine(op, whole, cents, Arbitraries.of(UNITS), noise())
                .as((o, w, c, unit, n) -> Noise.spell(o, PREFIXES.get(o), w, c, unit, n));
    }

    private static Arbitrary<Noise> noise() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        Arbitraries.of("", " ", "\u3000", "  "))
                .as(Noise::new);
    }

    @Provide
    Arbitrary<String> junk() {
        Arbitrary<String> alphabet = Arbitraries.strings()
                .withChars("≥≤=<>＝＞＜≧≦⩾⩽%％‰.,．，-－+ 　0123456789０９"
                        + "不低于少以上下内大小等至多分钟万元个次天健全定性XxＸ的群众满意abc/／\t\n\u0000\u200B")
                .ofMaxLength(12);
        return Arbitraries.oneOf(
                alphabet,
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().ofMaxLength(20));
    }

    private static Target reparse(String printed) {
        try {
            return Targets.parse(printed);
        } catch (TargetException e) {
            throw new AssertionError("printed form '" + printed + "' does not parse: " + e.getMessage(), e);
        }
    }

    /** How to garble one spelling: which operator word, full-width digits, separators, suffix, spaces. */
    record Noise(int pick, boolean fullWidth, boolean thousands, boolean asSuffix, String space) {

        /** {noisy spelling, canonical print} of operator {@code op} with value {@code whole.cents}. */
        static String[] spell(int op, List<String> spellings, long whole, int cents, String unit, Noise n) {
            String fraction = cents == 0 ? "" : "." + (cents < 10 ? "0" : "") + cents;
            String digits = (n.thousands ? String.format(Locale.ROOT, "%,d", whole) : Long.toString(whole)) + fraction;
            String typedUnit = unit;
            if (n.fullWidth) {
                StringBuilder wide = new StringBuilder();
                digits.chars().forEach(c -> wide.append(c == ' ' ? ' ' : (char) (c + 0xFEE0)));
                digits = wide.toString();
                typedUnit = unit.equals("%") ? "％" : unit;
            }
            String number =
                    new BigDecimal(whole + fraction).stripTrailingZeros().toPlainString();
            String canonical = PREFIXES.get(op).get(0) + number + unit;
            if (n.asSuffix && op <= 1) {
                String suffix = op == 0 ? "以上" : (n.pick % 2 == 0 ? "以内" : "以下");
                return new String[] {n.space + digits + n.space + typedUnit + n.space + suffix + n.space, canonical};
            }
            String prefix = spellings.get(n.pick % spellings.size());
            return new String[] {n.space + prefix + n.space + digits + n.space + typedUnit + n.space, canonical};
        }
    }
}
