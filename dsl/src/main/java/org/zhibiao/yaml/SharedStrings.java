package org.zhibiao.yaml;

import java.util.Arrays;
import tools.jackson.core.JsonParser;

/**
 * Short values read by {@link JsonBinder}, shared across the files of a batch: the template's 一级,
 * 二级 and 三级 names, {@code ≥95%}, 计划标准 … recur in every declaration, and one String per
 * value lets the checker find them in its tables by reference, with their hash codes computed
 * once, instead of comparing characters again for every file. [#7, #14] without sharing, the
 * checker's lookups were a tenth of checking 2,000 JSON declarations.
 *
 * <p>Direct-mapped and written racily: an entry's contents are published through final fields,
 * so a reader on another thread sees an old entry, a new one or none, and a miss only costs a new
 * String. A string read twice keeps its slot ({@link Entry#hit}): the names and phone numbers each
 * file brings once would otherwise push the recurring names out.
 */
final class SharedStrings {

    /** Values up to this many characters (a 指标值, a 三级 name, a 评（扣）分标准) are shared. */
    private static final int LONGEST = 96;

    private static final Entry[] ENTRIES = new Entry[8192];

    private SharedStrings() {}

    /**
     * The current scalar token's text, shared. The tree path reads the built-in catalogue this way
     * too, so a declaration's 一级 or 三级 name is the template's own String, and the checker's
     * lookups in the template's maps end at {@code ==} instead of comparing characters (#14).
     */
    static String of(JsonParser parser) {
        return of(parser.getStringCharacters(), parser.getStringOffset(), parser.getStringLength());
    }

    /** The text of {@code chars[offset, offset + length)}, the same String as last time when it was seen before. */
    static String of(char[] chars, int offset, int length) {
        if (length > LONGEST) {
            return new String(chars, offset, length);
        }
        int hash = hash(chars, offset, length);
        int slot = (hash ^ (hash >>> 13)) & (ENTRIES.length - 1);
        Entry cached = ENTRIES[slot];
        if (cached != null && cached.hash == hash && cached.matches(chars, offset, length)) {
            if (!cached.hit) {
                cached.hit = true;
            }
            return cached.text;
        }
        String text = new String(chars, offset, length);
        if (cached == null || !cached.hit) {
            ENTRIES[slot] = new Entry(hash, text, Arrays.copyOfRange(chars, offset, offset + length));
        }
        return text;
    }

    /**
     * A hash of the length and the first and last eight characters: all of a string up to 16.
     * Equal characters are compared anyway on a hit, and hashing every character of every value
     * cost as much as decoding it (#14).
     */
    private static int hash(char[] chars, int offset, int length) {
        int hash = length;
        int head = Math.min(length, 8);
        for (int k = 0; k < head; k++) {
            hash = 31 * hash + chars[offset + k];
        }
        for (int k = Math.max(head, length - 8); k < length; k++) {
            hash = 31 * hash + chars[offset + k];
        }
        return hash;
    }

    /** A shared string and its hash; {@code hit}, written racily, says it was read again. */
    private static final class Entry {
        final int hash;
        final String text;
        /** The text's characters, compared without String's index checks. */
        final char[] chars;

        boolean hit;

        Entry(int hash, String text, char[] chars) {
            this.hash = hash;
            this.text = text;
            this.chars = chars;
        }

        boolean matches(char[] other, int offset, int length) {
            char[] mine = chars;
            if (mine.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (mine[i] != other[offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
