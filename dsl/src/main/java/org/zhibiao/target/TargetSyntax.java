package org.zhibiao.target;

import java.util.function.IntPredicate;

/**
 * The 指标值 grammar's tokens as portable regular-expression pieces, built from the tables the
 * reader itself uses ({@link Operator}, the operator spellings, {@link Chars#fold}), so that the
 * exported JSON Schemas do not restate the grammar by hand (issue 17). Character classes list
 * their members explicitly ({@code [0-9０-９]}, never {@code \d}), in the subset of ECMA-262 that
 * ajv, Python's {@code re} and Java read alike.
 */
public final class TargetSyntax {

    /** The operators as {@link Quantity#print} writes them: {@code [≥≤=><]}. */
    public static final String OPERATOR = operators();

    /** Every character that starts an operator symbol once folded: ≥ ≤ = > < and ＞ ≧ ⩾ ≮ …. */
    public static final String OPERATOR_START = charClass(c -> startsSymbol(Chars.fold((char) c)));

    /** A digit as the reader takes it: ASCII or full-width. */
    public static final String DIGIT = charClass(c -> Chars.isDigit(Chars.fold((char) c)));

    /** A number as {@link Quantity#print} writes it: optional minus, ASCII digits, optional fraction. */
    public static final String NUMBER = "-?[0-9]+(\\.[0-9]+)?";

    private TargetSyntax() {}

    private static boolean startsSymbol(char folded) {
        return Spelling.symbolAt(folded + "0", 0, 2) != null;
    }

    private static String operators() {
        StringBuilder out = new StringBuilder("[");
        for (Operator operator : Operator.values()) {
            out.append(operator.symbol());
        }
        return out.append(']').toString();
    }

    /** The characters of the Basic Multilingual Plane that {@code member} accepts, as ranges. */
    private static String charClass(IntPredicate member) {
        StringBuilder out = new StringBuilder("[");
        int c = 0;
        while (c <= Character.MAX_VALUE) {
            if (!member.test(c)) {
                c++;
                continue;
            }
            int last = c;
            while (last < Character.MAX_VALUE && member.test(last + 1)) {
                last++;
            }
            out.append((char) c);
            if (last > c) {
                out.append(last > c + 1 ? "-" : "").append((char) last);
            }
            c = last + 1;
        }
        return out.append(']').toString();
    }
}
