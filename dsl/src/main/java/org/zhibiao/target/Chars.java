package org.zhibiao.target;

/**
 * Character classes for reading 指标值, decided one {@code char} at a time so that the reader
 * never copies the input to normalise it.
 *
 * <p>{@link #fold} maps each full-width form to its ASCII twin one-for-one, which keeps every
 * offset in the folded view equal to the offset in the raw text; error offsets therefore point
 * at what the user typed.
 */
final class Chars {

    private Chars() {}

    /** The ASCII twin of a full-width or variant character people type in Chinese forms. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0); // full-width ASCII block: ０-９ ％ ＞ ＝ ， ． ＸＸ …
        }
        return switch (c) {
            case '\u2212', '\uFE63' -> '-'; // minus sign, small hyphen-minus
            case '\u2267', '\u2A7E', '\u226E' -> '≥'; // ≧ ⩾ ≮ (not less than)
            case '\u2266', '\u2A7D', '\u226F' -> '≤'; // ≦ ⩽ ≯ (not greater than)
            default -> c;
        };
    }

    static boolean isDigit(char folded) {
        return folded >= '0' && folded <= '9';
    }

    /** A space between tokens: ASCII, no-break and ideographic spaces and the other Zs. */
    static boolean isSpace(char c) {
        return c == ' ' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** What may surround a value and is trimmed: spaces plus line breaks and tabs at the ends. */
    static boolean isTrimmable(char c) {
        return isSpace(c)
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\u000B'
                || c == '\f'
                || c == '\u0085'
                || c == '\u2028'
                || c == '\u2029';
    }

    /**
     * Whether {@code c} must not occur inside a value: control characters (a cell is one line),
     * the line and paragraph separators, and invisible format characters (zero-width spaces,
     * bidirectional overrides, byte-order marks) that make two values look equal when they are not.
     */
    static boolean isForbidden(char c) {
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return true;
        }
        return (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || c == '\uFEFF';
    }

    /** Whether a Han ideograph starts at {@code i}: the mark of Chinese prose. */
    static boolean isHanAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return true; // fast path for the CJK Unified Ideographs block
        }
        int cp = Character.isHighSurrogate(c) && i + 1 < s.length() ? Character.toCodePoint(c, s.charAt(i + 1)) : c;
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Whether {@code word} occurs at {@code at} in {@code s}, comparing folded characters. */
    static boolean foldedMatch(CharSequence s, int at, int end, String word) {
        int n = word.length();
        if (at + n > end) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (fold(s.charAt(at + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
