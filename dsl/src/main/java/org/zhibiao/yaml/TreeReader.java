package org.zhibiao.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML 1.2 or JSON strictly into a located {@link Node} tree.
 *
 * <p>Strict because departments type these files by hand (DESIGN.md): a byte-order mark, bytes
 * that are not UTF-8, tabs in indentation, anchors, aliases, tags and duplicate keys are all
 * errors with a line and column, never silently "fixed". Size and nesting are bounded so that
 * a 50 MB file or a bomb of brackets is refused before it costs memory.
 */
final class TreeReader {

    /** Larger than any real declaration (the seeds are ~20 KB) by a wide margin. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    static final int MAX_DEPTH = 32;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH + 8)
            .maxDocumentLength(MAX_BYTES)
            .maxStringLength(MAX_BYTES)
            .build();

    private static final TokenStreamFactory YAML =
            YAMLFactory.builder().streamReadConstraints(LIMITS).build();

    /**
     * The JSON parsers' factory, the tree path's and {@link JsonBinder}'s alike: the same limits,
     * and property names interned, so the binder finds a key among the record components (whose
     * names the JVM interns) by reference (#7).
     */
    static final TokenStreamFactory JSON = JsonFactory.builder()
            .streamReadConstraints(LIMITS)
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .build();

    private final String file;
    private final Diagnostics out;
    /** For a JSON file read by Jackson: its positions in UTF-16 columns; null for YAML. */
    private JsonPositions jsonPositions;

    TreeReader(String file, Diagnostics out) {
        this.file = file;
        this.out = out;
    }

    /** The root node, or null after reporting why the bytes are not a usable document. */
    Node read(byte[] bytes, String expected) {
        if (bytes.length > MAX_BYTES) {
            out.report(Problem.FILE_TOO_LARGE, pos(1, 1), bytes.length, MAX_BYTES);
            return null;
        }
        if (hasBom(bytes)) {
            out.report(Problem.BOM, pos(1, 1));
            return null;
        }
        if (isJson(file)) {
            return readJsonWithJackson(bytes, expected);
        }
        if (!scan(bytes)) {
            return null;
        }
        String text = decode(bytes);
        if (text == null) {
            return null;
        }
        // [#14] plain block YAML, nearly every file of a bulk check, is read without snakeyaml;
        // anything else, or anything that would be reported, is read by the reference below
        Node fast = BlockYamlReader.read(file, text);
        if (fast != null) {
            return fast;
        }
        return readYamlText(text, expected);
    }

    /**
     * The reference YAML reader and the only one that reports: {@link BlockYamlReader} must build
     * the same tree, and gives way to this for anything but plain block YAML.
     */
    Node readYamlWithSnakeyaml(byte[] bytes, String expected) {
        if (!scan(bytes)) {
            return null;
        }
        String text = decode(bytes);
        return text == null ? null : readYamlText(text, expected);
    }

    private Node readYamlText(String text, String expected) {
        if (onlyComments(text)) {
            out.report(Problem.FILE_EMPTY, pos(1, 1), expected);
            return null;
        }
        if (AnchorScan.mayContain(text) && !AnchorScan.clean(file, text, out)) {
            return null;
        }
        return parse(YAML, null, text, expected);
    }

    /**
     * The JSON reader and the only one that reports: {@link JsonBinder} must bind what this reads
     * to the same records, and gives way to this for anything but clean JSON.
     */
    Node readJsonWithJackson(byte[] bytes, String expected) {
        int invalid = StrictUtf8.firstInvalid(bytes);
        if (invalid >= 0) {
            // Jackson decodes some ill-formed UTF-8 (an overlong C0 AF as /) without a word
            out.report(Problem.NOT_TEXT, at(bytes, invalid), invalid);
            return null;
        }
        // JSON is parsed from the bytes: Jackson's UTF-8 parser itself rejects bad encoding and
        // unescaped control characters, at their line and column; tabs are JSON whitespace
        jsonPositions = new JsonPositions(file, bytes);
        return parse(JSON, bytes, null, expected);
    }

    private Node parse(TokenStreamFactory factory, byte[] bytes, String text, String expected) {
        try (JsonParser parser = bytes != null
                ? factory.createParser(ObjectReadContext.empty(), bytes)
                : factory.createParser(ObjectReadContext.empty(), text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                out.report(Problem.FILE_EMPTY, pos(1, 1), expected);
                return null;
            }
            Node root = node(parser, 0);
            if (root != null && parser.nextToken() != null) {
                out.add(syntax(factory)
                        .at(
                                where(parser.currentTokenLocation()),
                                new Object[] {Text.YAML_ONE_DOCUMENT.format(Lang.ZH)},
                                new Object[] {Text.YAML_ONE_DOCUMENT.format(Lang.EN)}));
            }
            return out.hasErrors() ? null : root;
        } catch (JacksonException e) {
            Diagnostic yaml = factory == YAML ? YamlErrors.of(e, text, file) : null;
            if (yaml != null) {
                out.add(yaml);
                return null;
            }
            TokenStreamLocation at = e.getLocation();
            out.report(syntax(factory), at == null ? pos(1, 1) : where(at), parserMessage(e.getOriginalMessage()));
            return null;
        }
    }

    /** A .json file's syntax errors say JSON: a clerk who sent JSON should not be told about YAML. */
    private static Problem syntax(TokenStreamFactory factory) {
        return factory == JSON ? Problem.JSON_SYNTAX : Problem.SYNTAX;
    }

    /**
     * The parser's own words, first line only and without the source location Jackson appends to
     * some ({@code (start marker at [Source: REDACTED …; byte offset: #UNKNOWN])}): the finding
     * already says where, and that text means nothing to the person who typed the file.
     */
    static String parserMessage(String message) {
        return SOURCE_LOCATION.matcher(firstLine(message)).replaceAll("").strip();
    }

    private static final Pattern SOURCE_LOCATION =
            Pattern.compile("\\s*\\((?:start marker at )?\\[Source: [^\\]]*\\]\\)|\\s*at \\[Source: [^\\]]*\\]");

    /**
     * One pass over the raw bytes for what never belongs in a hand-typed document: C0 control
     * characters (NUL, form feed …; tab, CR and LF are fine) and tabs in indentation.
     * Both are ASCII, and no byte of a multi-byte UTF-8 sequence is below 0x80, so the bytes can be
     * scanned before decoding. [#7] this replaced two scans over the decoded text, which cost a
     * fifth of {@code zhibiao check} on a large corpus.
     */
    private boolean scan(byte[] bytes) {
        boolean indent = true;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                indent = true;
            } else if (b == '\t') {
                if (indent) {
                    out.report(Problem.TAB_INDENT, at(bytes, i));
                    return false;
                }
            } else if (b >= 0 && b < 0x20 && b != '\r') {
                out.report(Problem.NOT_TEXT, at(bytes, i), i);
                return false;
            } else if (b != ' ' && b != '-') {
                indent = false;
            }
        }
        return true;
    }

    /** The line and column (in characters) of a byte offset; only computed for an error. */
    private Position at(byte[] bytes, int offset) {
        String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return pos(line, before.length() - lineStart + 1);
    }

    /**
     * Whether these bytes are read as JSON with nothing reported before parsing: not too large, no
     * byte-order mark. Only such input may try a fast path that skips this reader (#7).
     */
    static boolean plainJson(String file, byte[] bytes) {
        return bytes.length <= MAX_BYTES && !hasBom(bytes) && isJson(file);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * JSON by its name alone, never by its content (DESIGN.md): a {@code .yaml} file that starts
     * with a flow mapping {@code {…}} is YAML, and was refused as bad JSON before (#13).
     */
    private static boolean isJson(String file) {
        return file.endsWith(".json");
    }

    private Node node(JsonParser parser, int depth) {
        JsonToken token = parser.currentToken();
        Position at = where(parser.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            out.report(Problem.TOO_DEEP, at, MAX_DEPTH);
            throw new Abort();
        }
        if (!refuseYamlFeatures(parser, at)) {
            parser.skipChildren();
            return null;
        }
        return switch (token) {
            case START_OBJECT -> mapping(parser, depth, at);
            case START_ARRAY -> sequence(parser, depth, at);
            case VALUE_NULL -> new Node.Null(at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Node.Scalar(SharedStrings.of(parser), true, at);
            default -> new Node.Scalar(SharedStrings.of(parser), false, at);
        };
    }

    private Node mapping(JsonParser parser, int depth, Position at) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            Position keyPos = where(parser.currentTokenLocation());
            parser.nextToken();
            Node value = node(parser, depth + 1);
            Node.Entry earlier = entries.get(key);
            if (earlier != null) {
                out.report(Problem.DUPLICATE_KEY, keyPos, key, earlier.keyPos().line());
            } else {
                entries.put(key, new Node.Entry(key, keyPos, value));
            }
        }
        return new Node.Mapping(entries, at);
    }

    private Node sequence(JsonParser parser, int depth, Position at) {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Node item = node(parser, depth + 1);
            if (item != null) {
                items.add(item);
            }
        }
        return new Node.Sequence(items, at);
    }

    /** Anchors, aliases and tags make a value mean something other than what is written. */
    private boolean refuseYamlFeatures(JsonParser parser, Position at) {
        if (!(parser instanceof YAMLParser yaml)) {
            return true;
        }
        if (yaml.isCurrentAlias()) {
            out.report(Problem.ANCHOR, at, "*" + parser.getString());
            return false;
        }
        String anchor = yaml.getObjectId();
        if (anchor != null) {
            out.report(Problem.ANCHOR, at, "&" + anchor);
            return false;
        }
        String tag = yaml.getTypeId();
        if (tag != null) {
            out.report(Problem.TAG, at, tag.startsWith("!") ? tag : "!" + tag);
            return false;
        }
        return true;
    }

    /**
     * Decodes strictly, but fast: the JDK's intrinsic {@code new String(bytes, UTF_8)} replaces bad
     * bytes with U+FFFD, so only a text that contains U+FFFD (rare, and then possibly legitimate)
     * goes through the slow reporting decoder. [#7] the reporting decoder alone was a fifth of
     * {@code zhibiao check}'s time on a large corpus.
     */
    private String decode(byte[] bytes) {
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            }
            return text;
        } catch (CharacterCodingException e) {
            out.report(Problem.NOT_TEXT, pos(1, 1), firstMalformed(bytes));
            return null;
        }
    }

    private static int firstMalformed(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var result = StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : 0;
    }

    private static boolean onlyComments(String text) {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---"));
    }

    /**
     * A parser location as a position: a JSON file's in UTF-16 columns ({@link JsonPositions}),
     * a YAML file's as snakeyaml counts them (code points).
     */
    private Position where(TokenStreamLocation location) {
        if (jsonPositions != null) {
            return jsonPositions.of(location);
        }
        return pos(Math.max(location.getLineNr(), 1), Math.max(location.getColumnNr(), 1));
    }

    private Position pos(int line, int col) {
        return Position.of(file, line, col);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** Stops reading at once after a limit was reported. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }
}
