package org.zhibiao.yaml;

/**
 * Columns of a UTF-8 document counted in UTF-16 code units, as a {@code String} index, an editor
 * and SARIF's {@code utf16CodeUnits} count them, not in bytes as Jackson's byte parser and our
 * scanner see them: in {@code {"a":"群众满意度","b":1}} the key {@code b} is at column 14, not 24.
 * Pretty-printed files hardly differ (a row starts after ASCII indentation), but a web form's
 * one-line JSON would put every finding after its first Chinese character in the wrong place.
 *
 * <p>Counting resumes where the previous position on the same line left off, so asking for every
 * node of a one-line document in order stays linear.
 */
final class Utf16Columns {

    private final byte[] bytes;
    private int lineStart = -1;
    private int countedTo;
    private int units;

    Utf16Columns(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The 1-based UTF-16 column of the byte at {@code pos} on the line that starts at {@code lineStart}. */
    int column(int lineStart, int pos) {
        if (lineStart != this.lineStart || pos < countedTo) {
            this.lineStart = lineStart;
            countedTo = lineStart;
            units = 0;
        }
        int n = units;
        for (int i = countedTo; i < pos; i++) {
            int b = bytes[i];
            if ((b & 0xC0) != 0x80) {
                n += (b & 0xF8) == 0xF0 ? 2 : 1; // a four-byte sequence is a surrogate pair
            }
        }
        countedTo = pos;
        units = n;
        return n + 1;
    }
}
