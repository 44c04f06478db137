package org.zhibiao.target;

import java.math.BigDecimal;

/**
 * Reads one 指标值 in a single left-to-right pass over the raw text (DOMAIN.md §7): no regular
 * expressions, so no backtracking, and no normalised copy of the input, so error offsets are
 * offsets into what the user typed.
 *
 * <p>The rule that separates quantities from prose:
 * <ol>
 *   <li>A value that starts with an operator symbol ({@code ≥ ≤ = > <} and their variants) is
 *       committed to being a quantity; anything else after it is an error.
 *   <li>A value that starts with a number or an operator word ({@code 不低于}, {@code 至少} …) is a
 *       quantity if the whole value reads as one. If reading stops and Chinese characters follow
 *       ({@code 3个重点项目按期完成}, {@code 12345热线满意度}, {@code 不少于3次培训}), it is prose;
 *       if no Chinese follows ({@code 95%abc3}), it is an error.
 *   <li>Any other value is a level word, a placeholder or prose.
 * </ol>
 */
final class TargetReader {

    /** More digits than any budget figure needs; also keeps BigDecimal work linear. */
    static final int MAX_DIGITS = 30;

    private static final int SNIPPET = 10;

    private final String raw;
    private final int end;
    private int pos;
    private int danglingSeparatorAt = -1;
    private int danglingPointAt = -1;

    private TargetReader(String raw, int start, int end) {
        this.raw = raw;
        this.pos = start;
        this.end = end;
    }

    static Target read(String raw) throws TargetException {
        int start = 0;
        int end = raw == null ? 0 : raw.length();
        while (start < end && Chars.isTrimmable(raw.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isTrimmable(raw.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw Reason.EMPTY.at(0);
        }
        refuseForbidden(raw, start, end);
        Target word = Vocabulary.word(raw, start, end);
        if (word != null) {
            return word;
        }
        Quantity quantity = new TargetReader(raw, start, end).quantity();
        return quantity != null ? quantity : new Description(raw.substring(start, end));
    }

    private static void refuseForbidden(String raw, int start, int end) throws TargetException {
        for (int i = start; i < end; i++) {
            if (Chars.isForbidden(raw.charAt(i))) {
                throw Reason.FORBIDDEN_CHAR.at(i, (int) raw.charAt(i));
            }
        }
    }

    /** The quantity this value spells, or {@code null} if it is prose (rule 2 above). */
    private Quantity quantity() throws TargetException {
        boolean committed = Spelling.symbolAt(raw, pos, end) != null;
        Spelling prefix = committed ? symbol() : word();
        if (!numberStarts()) {
            return noNumber(committed, prefix);
        }
        BigDecimal number = number();
        skipSpaces();
        String unit = unit();
        skipSpaces();
        int suffixAt = pos;
        Spelling suffix = suffix();
        if (pos < end) {
            return rest(committed, unit);
        }
        return new Quantity(operator(prefix, suffix, suffixAt), number, unit);
    }

    /** The operator symbol at the cursor; a second one right after it is an error ("=>>5"). */
    private Spelling symbol() throws TargetException {
        Spelling symbol = take(Spelling.symbolAt(raw, pos, end));
        Spelling second = Spelling.symbolAt(raw, pos, end);
        if (second != null) {
            throw Reason.SECOND_OPERATOR.at(pos, raw.substring(pos, pos + second.length()));
        }
        return symbol;
    }

    private Spelling word() {
        return take(Spelling.wordAt(raw, pos, end));
    }

    private Spelling suffix() {
        return take(Spelling.suffixAt(raw, pos, end));
    }

    /** Moves past {@code spelling} (if any) and the spaces after it. */
    private Spelling take(Spelling spelling) {
        if (spelling != null) {
            pos += spelling.length();
            skipSpaces();
        }
        return spelling;
    }

    /** No number where one should be: an error after a symbol, otherwise prose. */
    private Quantity noNumber(boolean committed, Spelling prefix) throws TargetException {
        if (pos + 1 < end && Chars.fold(raw.charAt(pos)) == '.' && Chars.isDigit(Chars.fold(raw.charAt(pos + 1)))) {
            throw Reason.LEADING_POINT.at(pos);
        }
        if (committed) {
            throw Reason.NUMBER_EXPECTED.at(pos, prefix.operator().symbol());
        }
        return null;
    }

    /** The operator from before the number or from the suffix; both must agree ("≥95%以下" does not). */
    private static Operator operator(Spelling prefix, Spelling suffix, int suffixAt) throws TargetException {
        if (suffix == null) {
            return prefix == null ? null : prefix.operator();
        }
        if (prefix != null && prefix.operator() != suffix.operator()) {
            throw Reason.CONFLICTING_SUFFIX.at(
                    suffixAt,
                    prefix.operator().symbol(),
                    suffix.text(),
                    suffix.operator().symbol());
        }
        return suffix.operator();
    }

    private boolean numberStarts() {
        if (pos >= end) {
            return false;
        }
        char c = Chars.fold(raw.charAt(pos));
        return Chars.isDigit(c)
                || ((c == '-' || c == '+') && pos + 1 < end && Chars.isDigit(Chars.fold(raw.charAt(pos + 1))));
    }

    /** Digits with optional sign, thousands groups ({@code 44,561}) and fraction, as one BigDecimal. */
    private BigDecimal number() throws TargetException {
        char[] digits = new char[MAX_DIGITS + 2];
        int n = 0;
        char sign = Chars.fold(raw.charAt(pos));
        if (sign == '-' || sign == '+') {
            digits[n++] = sign;
            pos++;
        }
        boolean fraction = false;
        int count = 0;
        while (pos < end) {
            char c = Chars.fold(raw.charAt(pos));
            if (Chars.isDigit(c)) {
                if (++count > MAX_DIGITS) {
                    throw Reason.TOO_MANY_DIGITS.at(pos, MAX_DIGITS);
                }
                digits[n++] = c;
            } else if (c == ',' && !fraction && groupOfThreeAt(pos + 1)) {
                // a thousands separator: skipped, the digits follow
            } else if (c == '.' && !fraction && pos + 1 < end && Chars.isDigit(Chars.fold(raw.charAt(pos + 1)))) {
                fraction = true;
                digits[n++] = '.';
            } else {
                danglingSeparatorAt = c == ',' ? pos : -1;
                danglingPointAt = c == '.' ? pos : -1;
                break;
            }
            pos++;
        }
        return new BigDecimal(digits, 0, n);
    }

    /** Whether exactly three digits start at {@code at}: what may follow a thousands separator. */
    private boolean groupOfThreeAt(int at) {
        for (int i = at; i < at + 3; i++) {
            if (i >= end || !Chars.isDigit(Chars.fold(raw.charAt(i)))) {
                return false;
            }
        }
        return at + 3 >= end || !Chars.isDigit(Chars.fold(raw.charAt(at + 3)));
    }

    /** The unit at the cursor as printed ({@code ％} reads as {@code %}), or "" if none. */
    private String unit() {
        String unit = Units.at(raw, pos, end);
        if (unit == null) {
            return "";
        }
        pos += unit.length();
        if (pos < end && Chars.fold(raw.charAt(pos)) == '/') {
            String per = Units.at(raw, pos + 1, end);
            if (per != null) {
                pos += 1 + per.length();
                return unit + '/' + per;
            }
        }
        return unit;
    }

    /** Text after number and unit: prose if Chinese follows and no symbol committed us (rule 2). */
    private Quantity rest(boolean committed, String unit) throws TargetException {
        if (!committed) {
            for (int i = pos; i < end; i++) {
                if (Chars.isHanAt(raw, i)) {
                    return null;
                }
            }
        }
        if (pos == danglingSeparatorAt) {
            throw Reason.BAD_SEPARATOR.at(pos);
        }
        if (pos == danglingPointAt) {
            throw Reason.DANGLING_POINT.at(pos);
        }
        throw (unit.isEmpty() ? Reason.UNKNOWN_UNIT : Reason.TRAILING_TEXT).at(pos, snippet());
    }

    private String snippet() {
        int cut = Math.min(end, pos + SNIPPET);
        if (cut < end && Character.isHighSurrogate(raw.charAt(cut - 1))) {
            cut--;
        }
        return cut < end ? raw.substring(pos, cut) + "…" : raw.substring(pos, cut);
    }

    private void skipSpaces() {
        while (pos < end && Chars.isSpace(raw.charAt(pos))) {
            pos++;
        }
    }
}
