package org.zhibiao.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhibiao.diag.Position;

/**
 * Reads the plain block YAML that zhibiao writes (and most people type) straight into the
 * {@link Node} tree that {@link TreeReader}'s Jackson/snakeyaml path would build, positions
 * included, or gives up with null.
 *
 * <p>Why: [#14] {@code zhibiao check} on 2,000 YAML declarations spent most of its CPU in
 * snakeyaml's scanner and Jackson's event layer (JFR: {@code StreamReader}, {@code ScannerImpl},
 * {@code ParserImpl} and {@code YAMLParser} on top of the execution samples), and took 2.8× as
 * long as ajv-cli on the same files, against 1.7× for JSON. A declaration uses a sliver of YAML:
 * block mappings and sequences, plain or quoted one-line scalars, whole-line comments.
 *
 * <p>The reference stays the only reader that reports: this one never reports and never throws.
 * Anything outside that sliver (flow collections, block scalars, multi-line or escaped scalars,
 * anchors, tags, documents markers, empty values, duplicate keys, a plain scalar YAML could read
 * as a number, boolean or null in any spelling but the plainest, tabs, astral characters whose
 * columns snakeyaml counts otherwise …) makes it return null, and the caller reads the same text
 * the reference way, so every message, code and position stays exactly as before.
 *
 * <p>Positions are snakeyaml's marks as Jackson hands them on: a block mapping at its first key,
 * a block sequence at its first {@code -}, a scalar at its first character (a quoted one at its
 * quote), lines and columns from 1 (JsonBinderTest-style equality: BlockYamlReaderTest).
 */
final class BlockYamlReader {

    /**
     * Thrown to leave the reader when the text is not of the sliver read here; made where it is
     * thrown, without a stack trace, so it costs an allocation.
     */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private final String file;
    private final String text;
    /** Per line: where it starts, where it ends (before its line feed), and its indent; -1 for a blank or comment line. */
    private final int[] starts;

    private final int[] ends;
    private final int[] indents;
    private final int lines;
    /** The next line not yet read. */
    private int line;

    private BlockYamlReader(String file, String text) {
        this.file = file;
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        starts = new int[count];
        ends = new int[count];
        indents = new int[count];
        int n = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            starts[n] = start;
            ends[n] = end;
            indents[n] = indent(start, end);
            n++;
            start = end + 1;
        }
        lines = n;
    }

    /** The document's tree, or null if the text is anything but the plain block YAML read here. */
    static Node read(String file, String text) {
        try {
            return new BlockYamlReader(file, text).document();
        } catch (GiveUp e) {
            return null;
        }
    }

    /** A line's indent, or -1 when it holds nothing but spaces or a comment; gives up on what is never read here. */
    private int indent(int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        if (i == end || text.charAt(i) == '#') {
            checkChars(i, end);
            return -1;
        }
        checkChars(i, end);
        if (i == start && (text.startsWith("---", i) || text.startsWith("...", i) || text.charAt(i) == '%')) {
            throw new GiveUp(); // document markers and directives
        }
        return i - start;
    }

    /** Tabs, carriage returns, other control characters and surrogate pairs are left to the reference. */
    private void checkChars(int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c == '\uFEFF') {
                throw new GiveUp();
            }
        }
    }

    private Node document() {
        skipBlank();
        if (line >= lines) {
            throw new GiveUp();
        }
        Node root = block(indents[line], 0);
        skipBlank();
        if (line < lines) {
            throw new GiveUp();
        }
        return root;
    }

    private void skipBlank() {
        while (line < lines && indents[line] < 0) {
            line++;
        }
    }

    /** The block node whose first line is the current one, starting at {@code column} (from 0) of it. */
    private Node block(int column, int depth) {
        if (depth >= TreeReader.MAX_DEPTH - 1) {
            throw new GiveUp(); // the reference reports the nesting
        }
        int at = starts[line] + column;
        if (text.charAt(at) == '-' && (at + 1 == ends[line] || text.charAt(at + 1) == ' ')) {
            return sequence(column, depth);
        }
        return mapping(column, depth);
    }

    private Node sequence(int column, int depth) {
        Position pos = pos(line, column);
        List<Node> items = new ArrayList<>();
        while (line < lines && indents[line] == column && isDash(starts[line] + column)) {
            int at = starts[line] + column;
            if (at + 2 >= ends[line] || text.charAt(at + 2) == ' ') {
                throw new GiveUp(); // `-` alone on its line, or more than one space after it
            }
            items.add(itemOrValue(column + 2, depth + 1));
            skipBlank();
        }
        if (line < lines && indents[line] > column) {
            throw new GiveUp();
        }
        return new Node.Sequence(items, pos);
    }

    private boolean isDash(int at) {
        return text.charAt(at) == '-'
                && (at + 1 == text.length() || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\n');
    }

    /**
     * What follows {@code - } (or a key's {@code : }) on the current line at {@code column}: a
     * nested mapping when it is a key, else a scalar that ends the line.
     */
    private Node itemOrValue(int column, int depth) {
        if (depth >= TreeReader.MAX_DEPTH - 1) {
            throw new GiveUp();
        }
        int at = starts[line] + column;
        if (keyEnd(at, ends[line]) >= 0) {
            return mapping(column, depth);
        }
        if (text.charAt(at) == '-' && (at + 1 == ends[line] || text.charAt(at + 1) == ' ')) {
            throw new GiveUp(); // a sequence nested on the same line
        }
        Node scalar = scalar(at, ends[line]);
        line++;
        return scalar;
    }

    private Node mapping(int column, int depth) {
        Position pos = pos(line, column);
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        boolean first = true;
        while (line < lines && (first || indents[line] == column)) {
            int lineStart = starts[line];
            int at = lineStart + column;
            int end = ends[line];
            int colon = keyEnd(at, end);
            if (colon < 0) {
                throw new GiveUp();
            }
            String key = text.substring(at, colon);
            Position keyPos = pos(line, column);
            Node node = value(column, depth, colon + 1, end);
            if (entries.put(key, new Node.Entry(key, keyPos, node)) != null) {
                throw new GiveUp(); // a duplicate key: the reference reports it
            }
            first = false;
            skipBlank();
        }
        if (line < lines && indents[line] > column) {
            throw new GiveUp(); // a continuation line, or a key indented too far
        }
        return new Node.Mapping(entries, pos);
    }

    /** The value after a key's colon at {@code from}: a block on the lines below, or a scalar on this line. */
    private Node value(int column, int depth, int from, int end) {
        int value = from;
        while (value < end && text.charAt(value) == ' ') {
            value++;
        }
        if (value == end || text.charAt(value) == '#') {
            line++;
            skipBlank();
            if (line >= lines
                    || indents[line] < column
                    || (indents[line] == column && !isDash(starts[line] + column))) {
                throw new GiveUp(); // an empty value: left to the reference
            }
            return block(indents[line], depth + 1);
        }
        if (keyEnd(value, end) >= 0
                || (text.charAt(value) == '-' && (value + 1 == end || text.charAt(value + 1) == ' '))) {
            throw new GiveUp(); // `a: b: c` or `a: - b`
        }
        if (text.charAt(value) == '|') {
            return literal(value, end, column);
        }
        Node node = scalar(value, end);
        line++;
        return node;
    }

    /**
     * Where the plain key starting at {@code at} ends (its colon), or -1 when the line does not
     * start with a plain key followed by {@code ": "} or a colon ending the line.
     */
    private int keyEnd(int at, int end) {
        if (at >= end || !plainStart(text.charAt(at))) {
            return -1;
        }
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')) {
                if (text.charAt(i - 1) == ' ') {
                    throw new GiveUp(); // `key :`
                }
                return i;
            }
            if (c == '#' && text.charAt(i - 1) == ' ') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a plain scalar may start with {@code c}, in the simplest reading (no indicator at all). */
    private static boolean plainStart(char c) {
        return switch (c) {
            case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ' ->
                false;
            default -> true;
        };
    }

    /** A scalar that runs from {@code at} to the end of its line ({@code end}). */
    private Node scalar(int at, int end) {
        Position pos = pos(line, at - starts[line]);
        char c = text.charAt(at);
        if (c == '"') {
            return new Node.Scalar(doubleQuoted(at, end), false, pos);
        }
        if (c == '\'') {
            return new Node.Scalar(singleQuoted(at, end), false, pos);
        }
        if (!plainStart(c)) {
            throw new GiveUp();
        }
        int stop = end;
        for (int i = at; i < end; i++) {
            char d = text.charAt(i);
            if ((d == '#' && text.charAt(i - 1) == ' ') || (d == ':' && (i + 1 == end || text.charAt(i + 1) == ' '))) {
                throw new GiveUp(); // a trailing comment, or a colon YAML would read as a key
            }
        }
        while (text.charAt(stop - 1) == ' ') {
            stop--;
        }
        String value = text.substring(at, stop);
        return new Node.Scalar(value, isNumber(value), pos);
    }

    /**
     * Whether Jackson reads a plain scalar as a number: the plainest spellings only (digits, at
     * most one fraction, no sign, no leading zero). Any other that YAML might read as a number,
     * boolean or null is left to the reference.
     */
    private static boolean isNumber(String value) {
        char c = value.charAt(0);
        if (c >= '0' && c <= '9') {
            return digits(value);
        }
        if (c == '+' || c == '.' || c == '~') {
            throw new GiveUp();
        }
        if (value.length() <= 5) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "null", "true", "false", "yes", "no", "on", "off", "y", "n" -> throw new GiveUp();
                default -> {}
            }
        }
        return false;
    }

    /** A plain scalar that starts with a digit: a number when it is digits with at most one fraction. */
    private static boolean digits(String value) {
        int dots = 0;
        for (int i = 0; i < value.length(); i++) {
            char d = value.charAt(i);
            if (d == '.') {
                dots++;
            } else if (d < '0' || d > '9') {
                return mayBeNumberLike(value);
            }
        }
        if (dots > 1
                || value.endsWith(".")
                || (value.length() > 1 && value.charAt(0) == '0' && value.charAt(1) != '.')) {
            throw new GiveUp();
        }
        return true;
    }

    /** A plain scalar starting with a digit and holding other characters: text, unless it is all ASCII. */
    private static boolean mayBeNumberLike(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false; // such as 2024年1月15日: no YAML number has a CJK character
            }
        }
        throw new GiveUp(); // 1e5, 0x1F, 1_000, 12:30 …: left to the reference
    }

    /**
     * A literal block scalar ({@code |} or {@code |-}, as zhibiao writes a 年度工作任务 of several
     * paragraphs) under a key at {@code parent}: its lines at the indent of the first, up to the
     * first line indented less; kept to one final line feed ({@code |}) or none ({@code |-}).
     * Other indicators, and a block whose first line is blank, are left to the reference.
     */
    private Node literal(int at, int end, int parent) {
        Position pos = pos(line, at - starts[line]);
        int indicators = at + 1;
        boolean strip = indicators < end && text.charAt(indicators) == '-';
        onlySpaces(strip ? indicators + 1 : indicators, end);
        int first = line + 1;
        int indent = blockIndent(first, parent);
        StringBuilder value = new StringBuilder();
        int kept = 0; // the length of value up to its last line with text
        int next = first;
        for (; next < lines; next++) {
            int lineStart = starts[next];
            int lineEnd = ends[next];
            int spaces = rawIndent(next);
            boolean blank = lineStart + spaces == lineEnd;
            if (!blank && spaces < indent) {
                break;
            }
            if (blank && spaces > indent) {
                throw new GiveUp(); // spaces past the indent on an empty line: left to the reference
            }
            if (!blank) {
                value.append(text, lineStart + indent, lineEnd);
                kept = value.length();
            }
            value.append('\n');
        }
        endsWithLineFeed(next);
        value.setLength(kept);
        if (!strip) {
            value.append('\n');
        }
        line = next;
        return new Node.Scalar(value.toString(), false, pos);
    }

    /** A literal block's indent, from its first line; gives up on an empty block or one that starts with a blank line. */
    private int blockIndent(int first, int parent) {
        if (first >= lines) {
            throw new GiveUp();
        }
        int indent = rawIndent(first);
        if (indent <= parent || starts[first] + indent == ends[first]) {
            throw new GiveUp();
        }
        return indent;
    }

    /** Gives up when a literal block runs to the end of a text that has no final line feed. */
    private void endsWithLineFeed(int next) {
        if (next == lines && ends[lines - 1] == text.length() && starts[lines - 1] != ends[lines - 1]) {
            throw new GiveUp();
        }
    }

    /** The spaces a line starts with, whatever follows them (a block scalar's lines may start with {@code #}). */
    private int rawIndent(int index) {
        int i = starts[index];
        while (i < ends[index] && text.charAt(i) == ' ') {
            i++;
        }
        return i - starts[index];
    }

    /** A double-quoted scalar that closes on its line, with nothing but spaces after it; escapes {@code \"} and {@code \\} only. */
    private String doubleQuoted(int at, int end) {
        StringBuilder value = null;
        int from = at + 1;
        for (int i = at + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 >= end || (text.charAt(i + 1) != '"' && text.charAt(i + 1) != '\\')) {
                    throw new GiveUp();
                }
                if (value == null) {
                    value = new StringBuilder();
                }
                value.append(text, from, i).append(text.charAt(i + 1));
                i++;
                from = i + 1;
            } else if (c == '"') {
                onlySpaces(i + 1, end);
                return value == null
                        ? text.substring(at + 1, i)
                        : value.append(text, from, i).toString();
            }
        }
        throw new GiveUp(); // the scalar goes on to the next line
    }

    /** A single-quoted scalar that closes on its line ({@code ''} is a quote). */
    private String singleQuoted(int at, int end) {
        StringBuilder value = new StringBuilder();
        for (int i = at + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                if (i + 1 < end && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i++;
                } else {
                    onlySpaces(i + 1, end);
                    return value.toString();
                }
            } else {
                value.append(c);
            }
        }
        throw new GiveUp();
    }

    private void onlySpaces(int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) != ' ') {
                throw new GiveUp();
            }
        }
    }

    private Position pos(int lineIndex, int column) {
        return Position.of(file, lineIndex + 1, column + 1);
    }
}
