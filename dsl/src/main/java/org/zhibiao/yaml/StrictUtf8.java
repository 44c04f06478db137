package org.zhibiao.yaml;

/**
 * Whether bytes are well-formed UTF-8 as RFC 3629 defines it: no overlong form, no encoded
 * surrogate, nothing above U+10FFFF, no sequence cut short.
 *
 * <p>Why: Jackson's UTF-8 parser, which reads every JSON declaration, decodes the overlong
 * {@code C0 AF} as {@code /} and lets it through, so a department's file could carry a character
 * nobody sees in an editor, and the model would hold a value other than the bytes say (#14; the
 * YAML path, decoded by the JDK, always refused it). Only checking, never decoding: one pass over
 * the bytes, mostly ASCII.
 */
final class StrictUtf8 {

    private StrictUtf8() {}

    /**
     * The offset of the first byte that is not part of well-formed UTF-8, or -1 when there is none.
     *
     * <p>Two fast paths, as this runs over every byte of every JSON declaration (#14: byte by byte it
     * was an eighth of checking 2,000 of them): ASCII four bytes a test (indentation, keys, numbers)
     * and the three-byte form of the CJK ideographs, E1–EC and EE–EF followed by two continuation
     * bytes, which needs no range beyond 80–BF. Every other lead takes {@link #sequence}.
     */
    static int firstInvalid(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            while (i + 4 <= n && (bytes[i] | bytes[i + 1] | bytes[i + 2] | bytes[i + 3]) >= 0) {
                i += 4;
            }
            if (i >= n) {
                break;
            }
            int b = bytes[i];
            if (b >= 0) {
                i++;
            } else if (isPlainThreeBytes(bytes, i, b & 0xFF)) {
                i += 3;
            } else {
                int length = sequence(bytes, i, b & 0xFF);
                if (length == 0) {
                    return i;
                }
                i += length;
            }
        }
        return -1;
    }

    /**
     * A lead among E1–EC, EE, EF and two continuation bytes after it: as a signed byte a
     * continuation byte (80–BF) is below -64. E0 and ED, whose second byte has a narrower range,
     * go to {@link #threeBytes}.
     */
    private static boolean isPlainThreeBytes(byte[] bytes, int i, int lead) {
        return lead >= 0xE1
                && lead != 0xED
                && lead <= 0xEF
                && i + 2 < bytes.length
                && bytes[i + 1] < -64
                && bytes[i + 2] < -64;
    }

    /** The length of the well-formed sequence led by {@code lead} at {@code i}, or 0. */
    private static int sequence(byte[] bytes, int i, int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continuation(bytes, i + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return threeBytes(bytes, i, lead) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return fourBytes(bytes, i, lead) ? 4 : 0;
        }
        return 0; // a continuation byte without a lead, C0, C1 or F5–FF
    }

    /** E0 needs A0–BF next (no overlong form), ED needs 80–9F (no surrogate). */
    private static boolean threeBytes(byte[] bytes, int i, int lead) {
        int low = lead == 0xE0 ? 0xA0 : 0x80;
        int high = lead == 0xED ? 0x9F : 0xBF;
        return continuation(bytes, i + 1, low, high) && continuation(bytes, i + 2, 0x80, 0xBF);
    }

    /** F0 needs 90–BF next (no overlong form), F4 needs 80–8F (nothing above U+10FFFF). */
    private static boolean fourBytes(byte[] bytes, int i, int lead) {
        int low = lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xF4 ? 0x8F : 0xBF;
        return continuation(bytes, i + 1, low, high)
                && continuation(bytes, i + 2, 0x80, 0xBF)
                && continuation(bytes, i + 3, 0x80, 0xBF);
    }

    private static boolean continuation(byte[] bytes, int i, int low, int high) {
        if (i >= bytes.length) {
            return false;
        }
        int b = bytes[i] & 0xFF;
        return b >= low && b <= high;
    }
}
