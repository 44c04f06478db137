package org.zhibiao.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhibiao.target.Quantity;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.TargetSyntax;
import org.zhibiao.target.Targets;

/**
 * The schema's 指标值 patterns and the reader accept and refuse the same values (issue 17: the
 * target syntax defined once). The schema asks for the canonical spelling; the reader also takes
 * the variants it normalises, so the schema's verdict is "the reader reads a quantity in this unit,
 * and the value is already written the way {@link Quantity#print} writes it (up to trailing zeros)".
 */
class TargetSyntaxAgreementTest {

    private static final List<String> CORPUS = List.of(
            "≥95%",
            "≤15分钟",
            "=0起",
            "=4类",
            ">3次",
            "<1天",
            "≥95.5%",
            "≥95.0%",
            "≥-5%",
            "=0%",
            "≥ 95%",
            "≥95 %",
            ">=95%",
            "＞＝95%",
            "≧95%",
            "不低于95%",
            "95%以上",
            "≥９５%",
            "≥95％",
            "95%",
            "≥95",
            "≥95万元",
            "≥1,000%",
            "≥+5%",
            "≥.5%",
            "≥5.%",
            "≥95%%",
            "≥abc",
            "健全",
            "定性",
            "XX",
            "3个重点项目按期完成",
            "",
            "≥95%以下",
            "≤15分钟以内");

    @Test
    void issue17_the_target_pattern_accepts_exactly_the_readers_canonical_quantities() {
        List<String> disagreements = new ArrayList<>();
        for (String unit : List.of("%", "分钟", "起", "")) {
            Pattern pattern = Pattern.compile(ValuePatterns.target(unit));
            for (String value : CORPUS) {
                boolean schema = pattern.matcher(value).matches();
                if (schema != canonicalQuantity(value, unit)) {
                    disagreements.add(unit + " " + value + " schema=" + schema);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void issue17_operator_and_digit_classes_are_the_readers_own_every_character_checked() {
        Pattern operatorStart = Pattern.compile(TargetSyntax.OPERATOR_START);
        Pattern digit = Pattern.compile(TargetSyntax.DIGIT);
        List<String> disagreements = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String ch = String.valueOf((char) c);
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            Target asOperator = parse(ch + "5");
            boolean readerOperator = asOperator instanceof Quantity q && q.operator() != null;
            if (operatorStart.matcher(ch).matches() != readerOperator) {
                disagreements.add("operator U+" + Integer.toHexString(c));
            }
            boolean readerDigit = parse("≥" + ch + "%") instanceof Quantity;
            if (digit.matcher(ch).matches() != readerDigit) {
                disagreements.add("digit U+" + Integer.toHexString(c));
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(TargetSyntax.OPERATOR_START).contains("＞", "≧", "⩾");
    }

    /** What the schema should accept, said with the reader: a quantity, and written canonically. */
    private static boolean canonicalQuantity(String value, String unit) {
        if (!(parse(value) instanceof Quantity q)
                || q.operator() == null
                || !q.unit().equals(unit)) {
            return false;
        }
        String symbol = q.operator().symbol();
        if (!value.startsWith(symbol) || !value.endsWith(unit) || value.length() <= symbol.length() + unit.length()) {
            return false;
        }
        String number = value.substring(symbol.length(), value.length() - unit.length());
        boolean plain = number.chars().allMatch(c -> c == '-' || c == '.' || (c >= '0' && c <= '9'));
        return plain && new BigDecimal(number).compareTo(q.number()) == 0;
    }

    private static Target parse(String value) {
        try {
            return Targets.parse(value);
        } catch (TargetException e) {
            return null;
        }
    }
}
