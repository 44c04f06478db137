package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import org.zhibiao.diag.Position;

/**
 * The byte-level half of the JSON fast paths: whitespace and line ends, tokens, strings shared
 * through caches, the number grammar and UTF-8 validation, each giving up (throwing
 * {@link #GIVE_UP}) on anything Jackson would not read cleanly.
 *
 * <p>Why a class of its own: [#7] two readers consume the same clean JSON, {@link JsonTreeReader}
 * building the located {@link Node} tree and {@link JsonBinder} building model records directly.
 * What counts as clean, and which line and column a token stands at, must be the same for both,
 * so both walk the bytes with this one scanner and differ only in what they build.
 *
 * <p>Positions are Jackson's token locations for byte input: the line counts LF, CR and CRLF each
 * as one line end, and the column is the byte offset in the line plus one, so a CJK character
 * before a token counts three columns, as it does in Jackson's own messages.
 */
final class JsonScanner {

    /** Jackson refuses numbers longer than 1000 characters; real ones are far shorter. */
    private static final int MAX_NUMBER = 100;

    /** Jackson refuses names longer than 50,000 characters; real keys are far shorter. */
    private static final int MAX_KEY = 1024;

    /** Keys up to this many bytes are interned in {@link #KEYS}. */
    private static final int CACHED_KEY = 64;

    /**
     * Keys repeat across nodes and files, so their Strings (with their hash codes) are shared.
     * Direct-mapped and written racily: an entry's contents are published through final fields,
     * so a reader on another thread sees either an old entry, a new one or none, and a miss only
     * costs a new String.
     */
    private static final Key[] KEYS = new Key[1024];

    /** Values up to this many bytes (a 指标值, a 三级 name, a 评（扣）分标准 rarely longer) are shared. */
    private static final int CACHED_VALUE = 96;

    /**
     * Short values repeat across the declarations of a batch as keys do (the template's 一级, 二级
     * and 三级 names, {@code ≥95%}, 计划标准 …), and are shared the same way. [#7] A shared string
     * skips decoding, and the checker then hashes and compares it once instead of once per file.
     */
    private static final Key[] VALUES = new Key[8192];

    static final GiveUp GIVE_UP = new GiveUp();

    private final String file;
    private final byte[] in;
    private final int end;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final Utf16Columns columns;
    private StringBuilder scratch;

    JsonScanner(String file, byte[] in) {
        this.file = file;
        this.in = in;
        this.end = in.length;
        this.columns = new Utf16Columns(in);
    }

    /** The byte at the cursor, the first of the next token; gives up at the end of the input. */
    byte peek() {
        if (pos >= end) {
            throw GIVE_UP;
        }
        return in[pos];
    }

    /** Skips to the document's only value, giving up on empty input. */
    void start() {
        skipWhitespace();
        peek();
    }

    /** Gives up unless nothing but whitespace follows the document's value. */
    void finish() {
        skipWhitespace();
        if (pos != end) {
            throw GIVE_UP;
        }
    }

    /**
     * Steps into the mapping or list at the cursor and whether it is empty: then its
     * {@code close} bracket is consumed too. Otherwise the cursor is on its first key or item.
     */
    boolean openEmpty(char close) {
        pos++;
        skipWhitespace();
        if (pos < end && in[pos] == close) {
            pos++;
            return true;
        }
        return false;
    }

    /**
     * After a member or item: whether another one follows (the cursor is then on it), or the
     * mapping or list ends with {@code close}.
     */
    boolean more(char close) {
        skipWhitespace();
        if (pos >= end) {
            throw GIVE_UP;
        }
        byte b = in[pos++];
        if (b == close) {
            return false;
        }
        if (b != ',') {
            throw GIVE_UP;
        }
        skipWhitespace();
        return true;
    }

    /** A member's key and its colon; the cursor is left on the value. */
    String memberKey() {
        if (pos >= end || in[pos] != '"') {
            throw GIVE_UP;
        }
        String key = key();
        colon();
        return key;
    }

    /**
     * The index of the member key at the cursor among {@code names[from..last)} when its bytes
     * are exactly one of those names, with its colon read and the cursor left on the value; else
     * -1 and the cursor unmoved. A writer puts a record's keys in component order, so the key is
     * nearly always the next name or one after it: comparing a few bytes in place is cheaper than
     * hashing and looking up every key of every row (#7).
     */
    int memberKey(byte[][] names, int from, int last) {
        if (pos >= end || in[pos] != '"') {
            throw GIVE_UP;
        }
        int start = pos + 1;
        for (int i = from; i < last; i++) {
            byte[] name = names[i];
            int close = start + name.length;
            if (close < end && in[close] == '"' && sameBytes(name, start)) {
                pos = close + 1;
                colon();
                return i;
            }
        }
        return -1;
    }

    private boolean sameBytes(byte[] name, int start) {
        for (int k = 0; k < name.length; k++) {
            if (in[start + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    private void colon() {
        skipWhitespace();
        if (pos >= end || in[pos] != ':') {
            throw GIVE_UP;
        }
        pos++;
        skipWhitespace();
    }

    /**
     * The text of the string, number, {@code true} or {@code false} at the cursor, as Jackson's
     * {@code getString()} gives it: a number keeps its spelling.
     */
    String scalar() {
        switch (peek()) {
            case '"':
                return string();
            case 't':
                literal('t', 'r', 'u', 'e');
                return "true";
            case 'f':
                literal('f', 'a', 'l', 's');
                if (pos >= end || in[pos] != 'e') {
                    throw GIVE_UP;
                }
                pos++;
                return "false";
            default:
                return number();
        }
    }

    /** Whether the value at the cursor is a number, as Jackson tells its tokens apart. */
    boolean atNumber() {
        byte b = peek();
        return b != '"' && b != 't' && b != 'f';
    }

    /** Consumes the {@code null} at the cursor. */
    void nullLiteral() {
        literal('n', 'u', 'l', 'l');
    }

    /**
     * JSON whitespace only; the only place a line can end in valid JSON. The hot loops keep the
     * array and its length in locals: C1 does not hoist field loads out of a loop.
     */
    private void skipWhitespace() {
        byte[] in = this.in;
        int end = this.end;
        int i = pos;
        while (i < end) {
            byte b = in[i];
            if (b == ' ' || b == '\t') {
                i++;
            } else if (b == '\n') {
                i++;
                line++;
                lineStart = i;
            } else if (b == '\r') {
                i++;
                if (i < end && in[i] == '\n') {
                    i++;
                }
                line++;
                lineStart = i;
            } else {
                break;
            }
        }
        pos = i;
    }

    /** Where the cursor is; the column in UTF-16 code units ({@link Utf16Columns}). */
    Position here() {
        return Position.of(file, line, columns.column(lineStart, pos));
    }

    private void literal(char a, char b, char c, char d) {
        int i = pos;
        if (i + 4 > end || in[i] != a || in[i + 1] != b || in[i + 2] != c || in[i + 3] != d) {
            throw GIVE_UP;
        }
        pos = i + 4;
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, spelled as written. */
    private String number() {
        int start = pos;
        int i = pos;
        if (in[i] == '-') {
            i++;
        }
        if (i < end && in[i] == '0') {
            i++;
        } else if (i < end && in[i] >= '1' && in[i] <= '9') {
            i = digits(i + 1);
        } else {
            throw GIVE_UP;
        }
        if (i < end && in[i] == '.') {
            i = someDigits(i + 1);
        }
        if (i < end && (in[i] == 'e' || in[i] == 'E')) {
            i++;
            if (i < end && (in[i] == '+' || in[i] == '-')) {
                i++;
            }
            i = someDigits(i);
        }
        if (i - start > MAX_NUMBER) {
            throw GIVE_UP;
        }
        pos = i;
        return new String(in, start, i - start, ISO_8859_1);
    }

    private int someDigits(int i) {
        int after = digits(i);
        if (after == i) {
            throw GIVE_UP;
        }
        return after;
    }

    private int digits(int i) {
        while (i < end && in[i] >= '0' && in[i] <= '9') {
            i++;
        }
        return i;
    }

    /**
     * A string value, shared through {@link #VALUES} when short. Long ones (a 年度目标 paragraph)
     * are validated in the same pass and decoded by the JDK.
     */
    private String string() {
        return shared(VALUES, CACHED_VALUE, false);
    }

    /** A key: like a string, but hashed on the way and shared through {@link #KEYS}. */
    private String key() {
        return shared(KEYS, CACHED_KEY, true);
    }

    /**
     * A string taken from {@code cache} when the same bytes were read before (by this file or
     * another), else checked, made and remembered. {@code limit} is the longest string cached;
     * {@code name} says whether this is a key, which has its own rules.
     *
     * <p>The first loop only looks for the closing quote (no byte of a multi-byte UTF-8 sequence
     * can be a quote or a backslash), and the hash samples at most sixteen bytes: most strings of
     * a batch are in the cache, equal bytes were checked when the entry was made, and checking
     * and hashing every byte of every string was a sixth of reading a declaration (#7).
     */
    private String shared(Key[] cache, int limit, boolean name) {
        byte[] in = this.in;
        int end = this.end;
        int start = pos + 1;
        int i = start;
        while (i < end && in[i] != '"' && in[i] != '\\') {
            i++;
        }
        if (i >= end) {
            throw GIVE_UP;
        }
        if (in[i] == '\\') {
            checked(start, i); // escaped() trusts the bytes before the first backslash
            String text = escaped(start, i, name);
            if (name && text.length() > MAX_KEY) {
                throw GIVE_UP;
            }
            return text;
        }
        pos = i + 1;
        int length = i - start;
        if (name && length > MAX_KEY) {
            throw GIVE_UP;
        }
        if (length > limit) {
            return decoded(start, i);
        }
        int hash = hash(in, start, length);
        int slot = (hash ^ (hash >>> 10)) & (cache.length - 1);
        Key cached = cache[slot];
        if (cached != null && cached.hash == hash && cached.matches(in, start, length)) {
            if (!cached.hit) {
                cached.hit = true;
            }
            return cached.text;
        }
        String text = decoded(start, i);
        if (name) {
            // the JVM's own copy, which record component names are too: the binder's key lookup
            // then ends at the first reference comparison (#7)
            text = text.intern();
        }
        if (cached == null || !cached.hit) {
            cache[slot] = new Key(Arrays.copyOfRange(in, start, i), hash, text);
        }
        return text;
    }

    /** A hash of the length and the first and last eight bytes: all of a string up to 16 bytes. */
    private static int hash(byte[] in, int start, int length) {
        int hash = length;
        int head = Math.min(length, 8);
        for (int k = 0; k < head; k++) {
            hash = 31 * hash + in[start + k];
        }
        for (int k = Math.max(head, length - 8); k < length; k++) {
            hash = 31 * hash + in[start + k];
        }
        return hash;
    }

    /** The bytes {@code [start, end)} as text, once {@link #checked}. */
    private String decoded(int start, int end) {
        return new String(in, start, end - start, checked(start, end) ? ISO_8859_1 : UTF_8);
    }

    /**
     * Gives up on a control character (JSON wants it escaped) or ill-formed UTF-8 in
     * {@code [start, end)}, so the JDK's decoder never has to substitute U+FFFD; true when all ASCII.
     */
    private boolean checked(int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end; ) {
            byte b = in[i];
            if (b < 0) {
                ascii = false;
                i = multiByte(i);
            } else if (b < 0x20) {
                throw GIVE_UP;
            } else {
                i++;
            }
        }
        return ascii;
    }

    /**
     * The rest of a string that has an escape, from {@code start} (after the quote) with the first
     * backslash at {@code i}. Rare in real files, so built simply.
     */
    private String escaped(int start, int i, boolean name) {
        if (scratch == null) {
            scratch = new StringBuilder();
        }
        StringBuilder text = scratch;
        text.setLength(0);
        int run = start;
        while (true) {
            if (i >= end) {
                throw GIVE_UP;
            }
            byte b = in[i];
            if (b >= 0x20 && b != '"' && b != '\\') {
                i++;
            } else if (b == '"') {
                text.append(new String(in, run, i - run, UTF_8));
                pos = i + 1;
                return text.toString();
            } else if (b == '\\') {
                text.append(new String(in, run, i - run, UTF_8));
                i = escape(i + 1, text, name);
                run = i;
            } else if (b < 0) {
                i = multiByte(i);
            } else {
                throw GIVE_UP;
            }
        }
    }

    /**
     * Appends the escape whose letter is at {@code i}; returns the index after it. In a name,
     * Jackson refuses an escaped surrogate unless a high one is followed at once by an escaped
     * low one (in a value it takes any), so anything else there is left to Jackson.
     */
    private int escape(int i, StringBuilder text, boolean name) {
        if (i >= end) {
            throw GIVE_UP;
        }
        switch (in[i]) {
            case '"' -> text.append('"');
            case '\\' -> text.append('\\');
            case '/' -> text.append('/');
            case 'b' -> text.append('\b');
            case 'f' -> text.append('\f');
            case 'n' -> text.append('\n');
            case 'r' -> text.append('\r');
            case 't' -> text.append('\t');
            case 'u' -> {
                char c = unicode(i + 1);
                text.append(c);
                if (!name || !Character.isSurrogate(c)) {
                    return i + 5;
                }
                if (!Character.isHighSurrogate(c) || i + 6 >= end || in[i + 5] != '\\' || in[i + 6] != 'u') {
                    throw GIVE_UP;
                }
                char low = unicode(i + 7);
                if (!Character.isLowSurrogate(low)) {
                    throw GIVE_UP;
                }
                text.append(low);
                return i + 11;
            }
            default -> throw GIVE_UP;
        }
        return i + 1;
    }

    /** The four hex digits from {@code i}. */
    private char unicode(int i) {
        if (i + 4 > end) {
            throw GIVE_UP;
        }
        return (char) ((hex(in[i]) << 12) | (hex(in[i + 1]) << 8) | (hex(in[i + 2]) << 4) | hex(in[i + 3]));
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        throw GIVE_UP;
    }

    /**
     * Checks the well-formed UTF-8 sequence whose lead byte is at {@code i} (Unicode table 3-7: no
     * overlong forms, no surrogates, nothing above U+10FFFF) and returns the index after it, so the
     * JDK's decoder never has to substitute U+FFFD.
     */
    private int multiByte(int i) {
        int lead = in[i] & 0xFF;
        int low = 0x80;
        int high = 0xBF;
        int more;
        if (lead >= 0xC2 && lead <= 0xDF) {
            more = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            more = 2;
            if (lead == 0xE0) {
                low = 0xA0;
            } else if (lead == 0xED) {
                high = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            more = 3;
            if (lead == 0xF0) {
                low = 0x90;
            } else if (lead == 0xF4) {
                high = 0x8F;
            }
        } else {
            throw GIVE_UP;
        }
        if (i + more >= end) {
            throw GIVE_UP; // the sequence and at least a closing quote must fit
        }
        int second = in[i + 1] & 0xFF;
        if (second < low || second > high) {
            throw GIVE_UP;
        }
        for (int k = 2; k <= more; k++) {
            if ((in[i + k] & 0xC0) != 0x80) {
                throw GIVE_UP;
            }
        }
        return i + more + 1;
    }

    /**
     * A cached string: its UTF-8 bytes and its String, and whether it was ever read again. A string
     * read twice keeps its slot: the department names, phone numbers and the like that each file
     * brings once would otherwise push the template's recurring names out, and with them the
     * sharing the checker's row memo relies on (#7). {@code hit} is written racily; a stale false
     * only lets the entry be replaced.
     */
    private static final class Key {
        final byte[] bytes;
        final int hash;
        final String text;
        boolean hit;

        Key(byte[] bytes, int hash, String text) {
            this.bytes = bytes;
            this.hash = hash;
            this.text = text;
        }

        boolean matches(byte[] in, int start, int length) {
            return bytes.length == length && Arrays.equals(bytes, 0, length, in, start, start + length);
        }
    }

    /** Unwinds a reader to its entry point; never escapes it, so it needs no stack trace. */
    static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }
}
