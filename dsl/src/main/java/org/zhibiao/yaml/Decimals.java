package org.zhibiao.yaml;

import java.math.BigDecimal;

/**
 * The numbers a document may hold: decimals of at most {@value #MAX_INTEGER_DIGITS} digits
 * before the point and {@value #MAX_FRACTION_DIGITS} after; exponent notation only as short as a
 * JSON writer prints it ({@code 1E+3}), and only for a value within those bounds.
 *
 * <p>Why bounded (#13): {@code new BigDecimal("1e1000000")} is cheap, but every sum, rounding
 * and print of such a value afterwards is not: an amount of {@code 1e1000000} kept
 * {@code zhibiao check} busy for more than five minutes and made {@code new} write 2 MB. Amounts
 * are in 万元, so 13 digits are a trillion 万元 and 6 decimals are a hundredth of a 分; no
 * number on a form needs more. The scan is one pass over the text, so a parse is linear in its length.
 */
final class Decimals {

    static final int MAX_INTEGER_DIGITS = 13;
    static final int MAX_FRACTION_DIGITS = 6;
    /** Longest mantissa, sign and point included: leading zeros do not count as digits, but no one types 40. */
    private static final int MAX_LENGTH = 40;
    /** An exponent as a JSON writer may print one ({@code 1E+3}); {@code 1e1000000} is refused unread. */
    private static final int MAX_EXPONENT_DIGITS = 2;

    /** A well-formed number that zhibiao does not take: too many digits, or an exponent. */
    static final class OutOfRange extends NumberFormatException {
        private static final long serialVersionUID = 1L;

        OutOfRange() {
            super("number out of range");
        }
    }

    private Decimals() {}

    /**
     * The number {@code text} spells (surrounding blanks ignored).
     *
     * @throws OutOfRange for a number beyond the bounds, or with an exponent of more than two digits
     * @throws NumberFormatException for text that is not a number at all
     */
    static BigDecimal parse(String text) {
        String s = text.strip();
        int mantissa = mantissaEnd(s);
        checkExponent(s, mantissa);
        if (mantissa > MAX_LENGTH) {
            throw new OutOfRange();
        }
        // now short, and with an exponent below 100: BigDecimal's own reading is cheap
        BigDecimal number = new BigDecimal(s);
        int integer = number.signum() == 0 ? 0 : number.precision() - number.scale();
        if (integer > MAX_INTEGER_DIGITS || number.scale() > MAX_FRACTION_DIGITS) {
            throw new OutOfRange();
        }
        return number;
    }

    /** Where the sign, digits and point at the start of {@code s} end; refuses a mantissa without digits. */
    private static int mantissaEnd(String s) {
        int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        int i = digitsEnd(s, start);
        int digits = i - start;
        if (i < s.length() && s.charAt(i) == '.') {
            int fraction = digitsEnd(s, i + 1);
            digits += fraction - (i + 1);
            i = fraction;
        }
        if (digits == 0) {
            throw new NumberFormatException(s);
        }
        return i;
    }

    /** Refuses anything after the mantissa but an exponent, and an exponent of more than two digits. */
    private static void checkExponent(String s, int mantissa) {
        int n = s.length();
        if (mantissa == n) {
            return;
        }
        if (s.charAt(mantissa) != 'e' && s.charAt(mantissa) != 'E') {
            throw new NumberFormatException(s);
        }
        int start = mantissa + 1;
        if (start < n && (s.charAt(start) == '-' || s.charAt(start) == '+')) {
            start++;
        }
        int end = digitsEnd(s, start);
        if (end == start || end < n) {
            throw new NumberFormatException(s);
        }
        if (end - start > MAX_EXPONENT_DIGITS) {
            throw new OutOfRange();
        }
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
