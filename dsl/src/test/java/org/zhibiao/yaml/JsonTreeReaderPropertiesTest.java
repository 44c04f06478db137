package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.yaml.NodeText.FILE;
import static org.zhibiao.yaml.NodeText.jackson;
import static org.zhibiao.yaml.NodeText.render;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Laws of the JSON fast path over generated documents: on clean JSON it builds Jackson's tree,
 * every line and column included; on anything else it gives up (null) or, if the damage left
 * clean JSON, still builds Jackson's tree.
 */
class JsonTreeReaderPropertiesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** Bytes a damaged document may gain: structure, controls and every kind of bad UTF-8 lead. */
    private static final byte[] DAMAGE = HexFormat.of()
            .parseHex("00011f090a0d2022272c2d2e2b303139455c5b5d7b7d3a2f6e74667880bfc0c1c2e0e4edeff0f4f5ff");

    @Property(tries = 1000)
    void clean_documents_read_to_jacksons_tree_with_every_position(@ForAll("documents") String json) {
        // given a clean document
        byte[] bytes = json.getBytes(UTF_8);

        // when
        Node fast = JsonTreeReader.read(FILE, bytes);

        // then
        String expected = render(jackson(bytes));
        assertThat(expected).as(json).isNotEqualTo("<null>");
        assertThat(render(fast)).as(json).isEqualTo(expected);
    }

    @Property(tries = 150)
    void every_proper_prefix_reads_to_null_or_to_jacksons_tree(@ForAll("documents") String json) {
        // given a clean document
        byte[] bytes = json.getBytes(UTF_8);

        // when cut short anywhere, then
        for (int length = 0; length < bytes.length; length++) {
            nullOrJacksons(Arrays.copyOf(bytes, length));
        }
    }

    @Property(tries = 2000)
    void damaged_documents_read_to_null_or_to_jacksons_tree(
            @ForAll("documents") String json, @ForAll("damages") List<Damage> damages) {
        // given a clean document with bytes inserted, replaced or deleted
        byte[] bytes = json.getBytes(UTF_8);
        for (Damage damage : damages) {
            bytes = damage.apply(bytes);
        }

        // when, then
        nullOrJacksons(bytes);
    }

    @Property(tries = 300)
    void a_repeated_key_anywhere_gives_way_to_jackson(@ForAll("documents") String json, @ForAll("strings") Str key) {
        // given a document with one mapping holding the same key twice
        String member = key.json() + ":" + "1";
        byte[] bytes = ("{\"doc\":" + json + ",\"list\":[{" + member + "," + member + "}]}").getBytes(UTF_8);

        // when, then
        assertThat(JsonTreeReader.read(FILE, bytes)).isNull();
    }

    private static void nullOrJacksons(byte[] bytes) {
        Node fast = JsonTreeReader.read(FILE, bytes);
        if (fast != null) {
            assertThat(render(fast)).as(HexFormat.of().formatHex(bytes)).isEqualTo(render(jackson(bytes)));
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> written =
                Combinators.combine(space(), value(4), space()).as((a, v, b) -> a + v + b);
        return Arbitraries.frequencyOf(
                Tuple.of(4, written), Tuple.of(1, written.map(JsonTreeReaderPropertiesTest::pretty)));
    }

    /** As the corpus is written: Jackson's default pretty printer. */
    private static String pretty(String json) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(MAPPER.readTree(json));
    }

    private Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.frequencyOf(
                Tuple.of(4, strings(true).map(Str::json)),
                Tuple.of(3, numbers()),
                Tuple.of(1, Arbitraries.of("true", "false", "null")));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, scalar),
                Tuple.of(1, Arbitraries.lazy(() -> mapping(depth - 1))),
                Tuple.of(1, Arbitraries.lazy(() -> sequence(depth - 1))));
    }

    private Arbitrary<String> mapping(int depth) {
        Arbitrary<Member> member = Combinators.combine(space(), strings(), space(), space(), value(depth), space())
                .as(Member::new);
        return Combinators.combine(
                        member.list().ofMaxSize(5).uniqueElements(m -> m.key().text()), space())
                .as((members, empty) -> members.isEmpty()
                        ? "{" + empty + "}"
                        : members.stream().map(Member::json).collect(Collectors.joining(",", "{", "}")));
    }

    private Arbitrary<String> sequence(int depth) {
        Arbitrary<String> item =
                Combinators.combine(space(), value(depth), space()).as((a, v, b) -> a + v + b);
        return Combinators.combine(item.list().ofMaxSize(5), space())
                .as((items, empty) -> items.isEmpty() ? "[" + empty + "]" : "[" + String.join(",", items) + "]");
    }

    /** None most of the time (compact), else runs of spaces, tabs and every line end. */
    private static Arbitrary<String> space() {
        Arbitrary<String> some = Arbitraries.of(" ", "  ", "\t", "\n", "\r", "\r\n", "\n    ", "\r\r\n\n")
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just("")), Tuple.of(1, some));
    }

    /** Keys: Jackson refuses an escaped surrogate in a name unless it is half of an escaped pair. */
    @Provide
    Arbitrary<Str> strings() {
        return strings(false);
    }

    /** Text with every kind of character and escape; {@code lone} adds escaped lone surrogates, fine in a value. */
    private static Arbitrary<Str> strings(boolean lone) {
        Arbitrary<Character> escapable =
                lone ? Arbitraries.chars().all() : Arbitraries.chars().all().filter(c -> !Character.isSurrogate(c));
        Arbitrary<Str> piece = Arbitraries.frequencyOf(
                Tuple.of(
                        6,
                        Arbitraries.chars()
                                .range(' ', '~')
                                .filter(c -> c != '"' && c != '\\')
                                .map(c -> Str.raw(String.valueOf(c)))),
                Tuple.of(6, Arbitraries.chars().range('\u4e00', '\u9fff').map(c -> Str.raw(String.valueOf(c)))),
                Tuple.of(
                        2,
                        Arbitraries.of(
                                        "：", "，", "。", "（", "）", "≥", "≤", "é", "ß", "\u00a0", "\u007f", "\u0080",
                                        "\u07ff", "\u0800", "\ud7ff", "\ue000", "\ufffd", "\uffff", "\uff01")
                                .map(Str::raw)),
                Tuple.of(
                        2, Arbitraries.integers().between(0x1F300, 0x1FAFF).map(cp -> Str.raw(Character.toString(cp)))),
                Tuple.of(
                        1,
                        Arbitraries.integers().between(0x10000, 0x10FFFF).map(cp -> Str.raw(Character.toString(cp)))),
                Tuple.of(
                        2,
                        Arbitraries.of(
                                new Str("\"", "\\\""),
                                new Str("\\", "\\\\"),
                                new Str("/", "\\/"),
                                new Str("\b", "\\b"),
                                new Str("\f", "\\f"),
                                new Str("\n", "\\n"),
                                new Str("\r", "\\r"),
                                new Str("\t", "\\t"))),
                Tuple.of(
                        2,
                        Combinators.combine(escapable, Arbitraries.of(true, false))
                                .as(Str::escaped)),
                Tuple.of(
                        1,
                        Combinators.combine(
                                        Arbitraries.integers().between(0x10000, 0x10FFFF), Arbitraries.of(true, false))
                                .as((cp, upper) -> {
                                    String text = Character.toString(cp);
                                    return new Str(
                                            text,
                                            Str.escaped(text.charAt(0), upper).json()
                                                    + Str.escaped(text.charAt(1), upper)
                                                            .json());
                                })));
        return piece.list()
                .ofMaxSize(8)
                .map(pieces -> new Str(
                        pieces.stream().map(Str::text).collect(Collectors.joining()),
                        pieces.stream().map(Str::json).collect(Collectors.joining("", "\"", "\""))));
    }

    /** Every shape the strict grammar allows: sign, zero or digits, fraction, exponent in either case and sign. */
    private static Arbitrary<String> numbers() {
        Arbitrary<String> whole = Arbitraries.oneOf(
                Arbitraries.just("0"),
                Combinators.combine(
                                Arbitraries.integers().between(1, 9),
                                Arbitraries.strings().numeric().ofMaxLength(25))
                        .as((first, rest) -> first + rest));
        Arbitrary<String> fraction = Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12).map(d -> "." + d));
        Arbitrary<String> exponent = Arbitraries.oneOf(
                Arbitraries.just(""),
                Combinators.combine(
                                Arbitraries.of("e", "E"),
                                Arbitraries.of("", "+", "-"),
                                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4))
                        .as((e, s, d) -> e + s + d));
        return Combinators.combine(Arbitraries.of("", "-"), whole, fraction, exponent)
                .as((s, w, f, e) -> s + w + f + e);
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, DAMAGE.length - 1).map(i -> DAMAGE[i]))
                .as(Damage::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(3);
    }

    /** A JSON string both ways: its text, and one way to write it. */
    record Str(String text, String json) {

        static Str raw(String text) {
            return new Str(text, text);
        }

        static Str escaped(char c, boolean upper) {
            String hex = String.format("%04x", (int) c);
            return new Str(String.valueOf(c), "\\u" + (upper ? hex.toUpperCase(Locale.ROOT) : hex));
        }
    }

    /** One key and its value, with the space around each. */
    record Member(String before, Str key, String afterKey, String afterColon, String value, String after) {

        String json() {
            return before + key.json() + afterKey + ":" + afterColon + value + after;
        }
    }

    /** Inserts, replaces or deletes one byte at a fraction of the length. */
    record Damage(int kind, double where, byte value) {

        byte[] apply(byte[] bytes) {
            int at = Math.min((int) (where * bytes.length), bytes.length);
            if (kind == 0 || bytes.length == 0) {
                byte[] out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, at);
                out[at] = value;
                System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                return out;
            }
            int index = Math.min(at, bytes.length - 1);
            if (kind == 1) {
                byte[] out = bytes.clone();
                out[index] = value;
                return out;
            }
            byte[] out = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, out, 0, index);
            System.arraycopy(bytes, index + 1, out, index, bytes.length - index - 1);
            return out;
        }
    }
}
