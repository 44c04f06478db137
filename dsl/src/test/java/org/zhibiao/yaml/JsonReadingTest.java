package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhibiao.yaml.NodeText.FILE;
import static org.zhibiao.yaml.NodeText.jackson;
import static org.zhibiao.yaml.NodeText.render;

import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;

/**
 * Reading JSON with Jackson's parser (#14: it replaced a hand-written scanner): every unclean
 * document is reported with a located error and never bound by {@link JsonBinder}, and positions
 * count lines as Jackson does and columns in UTF-16 units.
 */
class JsonReadingTest {

    private static Arguments text(String why, String json) {
        return Arguments.of(why, json.getBytes(UTF_8));
    }

    private static Arguments hex(String why, String hex) {
        return Arguments.of(why, HexFormat.of().parseHex(hex));
    }

    /** Documents Jackson refuses: the fast path must leave every one of them to Jackson. */
    static Stream<Arguments> unclean() {
        return Stream.of(
                text("empty", ""),
                text("only whitespace", " \r\n\t "),
                text("missing value", "{\"a\":}"),
                text("missing colon", "{\"a\" 1}"),
                text("missing comma", "[1 2]"),
                text("trailing comma in a mapping", "{\"a\":1,}"),
                text("trailing comma in a list", "[1,]"),
                text("unclosed mapping", "{\"a\":1"),
                text("unclosed list", "[1"),
                text("unclosed string", "{\"a\":\"x"),
                text("mismatched bracket", "{\"a\":1]"),
                text("unquoted key", "{a:1}"),
                text("single quotes", "{'a':1}"),
                text("comment", "{\"a\":1 /* c */}"),
                text("line comment", "// c\n{\"a\":1}"),
                text("a second document", "{\"a\":1} {\"b\":2}"),
                text("trailing garbage", "{\"a\":1} x"),
                text("trailing bracket", "{\"a\":1}}"),
                text("NUL in a string", "{\"a\":\"x\u0000y\"}"),
                text("raw tab in a string", "{\"a\":\"x\ty\"}"),
                text("raw newline in a string", "{\"a\":\"x\ny\"}"),
                text("raw newline in a key", "{\"a\nb\":1}"),
                text("control character between tokens", "{\"a\":1\u0001}"),
                text("form feed as whitespace", "{\"a\":\f1}"),
                text("vertical tab as whitespace", "{\"a\":\u000b1}"),
                hex("lone continuation byte in a string", "7b2261223a2280227d"),
                hex("bad byte before an escape in a string", "2280205c2222"),
                hex("bad byte before an escape in a key", "7b2280205c22223a317d"),
                hex("truncated CJK character in a string", "7b2261223a22e4b8227d"),
                hex("encoded surrogate in a string", "7b2261223a22eda080227d"),
                hex("invalid byte in a key", "7b22ff223a317d"),
                hex("invalid byte between tokens", "7b2261223a31ff7d"),
                text("full-width digit as a value", "{\"a\":１}"),
                text("ideographic space as whitespace", "{\"a\":1}\u3000"),
                text("no-break space as whitespace", "{\"a\":\u00a01}"),
                text("unknown escape", "{\"a\":\"\\x\"}"),
                text("escaped single quote", "{\"a\":\"\\'\"}"),
                text("bad hex in a unicode escape", "{\"a\":\"\\u12G4\"}"),
                text("short unicode escape", "{\"a\":\"\\u12\"}"),
                text("backslash at the end", "{\"a\":\"\\"),
                text("lone high surrogate escape in a key", "{\"\\ud800\":1}"),
                text("lone low surrogate escape in a key", "{\"\\udc00\":1}"),
                text("high surrogate escape then a letter in a key", "{\"\\ud800x\":1}"),
                text("high surrogate escape then another escape in a key", "{\"\\ud800\\u0041\":1}"),
                text("two high surrogate escapes in a key", "{\"\\ud800\\ud800\\udc00\":1}"),
                text("leading zero", "{\"a\":01}"),
                text("negative leading zero", "{\"a\":-01}"),
                text("double zero", "[00]"),
                text("plus sign", "{\"a\":+1}"),
                text("leading decimal point", "{\"a\":.5}"),
                text("trailing decimal point", "{\"a\":1.}"),
                text("decimal point before exponent", "[1.e5]"),
                text("exponent without digits", "[1e]"),
                text("signed exponent without digits", "[1e+]"),
                text("minus alone", "[-]"),
                text("NaN", "{\"a\":NaN}"),
                text("Infinity", "{\"a\":-Infinity}"),
                text("hex number", "[0x10]"),
                text("capitalised literal", "{\"a\":True}"),
                text("short literal", "{\"a\":nul}"),
                text("long literal", "[nulll]"),
                text("literals run together", "[truefalse]"),
                text("undefined", "[undefined]"),
                text("too deep", "[".repeat(TreeReader.MAX_DEPTH + 1) + "1" + "]".repeat(TreeReader.MAX_DEPTH + 1)),
                text(
                        "too deep by a mapping",
                        "{\"a\":".repeat(TreeReader.MAX_DEPTH + 1) + "{}" + "}".repeat(TreeReader.MAX_DEPTH + 1)),
                text("duplicate key", "{\"a\":1,\"b\":2,\"a\":3}"),
                text("duplicate key spelled with an escape", "{\"a\":1,\"\\u0061\":2}"),
                text("duplicate key deep inside", "{\"x\":[{\"k\":{\"a\":1,\"a\":1}}]}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unclean")
    void the_binder_gives_way_and_the_tree_reports_an_unclean_document(String why, byte[] bytes) {
        // when
        Object fast = JsonBinder.read(FILE, bytes, DocumentType.DECLARATION);

        // then the binder gives up, and the tree path does find something to report
        assertThat(fast).as(why).isNull();
        Diagnostics jackson = new Diagnostics();
        try {
            new TreeReader(FILE, jackson).readJsonWithJackson(bytes, "test");
        } catch (TreeReader.Abort e) {
            // reported, then stopped: the case is unclean
        }
        assertThat(jackson.hasErrors()).as(why).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unclean")
    void an_unclean_document_is_reported_with_a_line_and_column_and_no_stack_trace(String why, byte[] bytes) {
        // when read the ordinary way
        Diagnostics read = new Diagnostics();
        try {
            new TreeReader(FILE, read).read(bytes, "test");
        } catch (TreeReader.Abort e) {
            // as Documents does
        }

        // then
        assertThat(read.hasErrors()).as(why).isTrue();
        assertThat(located(read)).as(why).doesNotContain("Exception").doesNotContain("Source:");
        read.list().forEach(d -> assertThat(d.position().line()).as(why).isPositive());
    }

    private static String located(Diagnostics out) {
        StringBuilder text = new StringBuilder();
        out.list().forEach(d -> text.append(d.position().line())
                .append(':')
                .append(d.position().column())
                .append(' ')
                .append(d)
                .append('\n'));
        return text.toString();
    }

    /**
     * Bytes a strict UTF-8 decoder refuses (Jackson's byte parser takes some), in a declaration:
     * the binder gives them to the tree path, or binds what the tree binds; never more.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lenient")
    void the_binder_takes_no_more_than_the_tree_takes(String why, byte[] bytes) {
        byte[] declaration = concat(
                "{\"kind\":\"declaration\",\"template\":\"t@1\",\"unit\":".getBytes(UTF_8), bytes, "}".getBytes(UTF_8));
        Diagnostics tree = new Diagnostics();
        Object reference = Documents.readByTree(FILE, declaration, DocumentType.DECLARATION, tree);
        Object fast = JsonBinder.read(FILE, declaration, DocumentType.DECLARATION);
        if (!tree.list().isEmpty()) {
            assertThat(fast).as(why).isNull();
        } else if (fast != null) {
            SameModel.assertSame(reference, fast);
        }
    }

    /**
     * Ill-formed UTF-8 that Jackson's parser would decode without a word (the overlong C0 AF as
     * {@code /}) is refused as not text, at its own byte, by the tree path, and the binder leaves
     * it to the tree path: a department's value is the bytes it wrote or an error, never a
     * character nobody typed (#14).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("illFormed")
    void ill_formed_utf8_is_not_text_at_its_byte(String why, byte[] bytes) {
        byte[] prefix = "{\"kind\":\"declaration\",\n\"unit\":\"".getBytes(UTF_8);
        byte[] declaration = concat(prefix, bytes, "\"}".getBytes(UTF_8));
        Diagnostics tree = new Diagnostics();

        Object reference = Documents.readByTree(FILE, declaration, DocumentType.DECLARATION, tree);

        assertThat(reference).as(why).isNull();
        assertThat(tree.list()).as(why).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("not-text");
            assertThat(d.position().line()).isEqualTo(2);
            assertThat(d.position().column()).isEqualTo("\"unit\":\"".length() + 1);
            assertThat(d.zh()).contains("第 " + prefix.length + " 字节起");
        });
        assertThat(JsonBinder.read(FILE, declaration, DocumentType.DECLARATION))
                .as(why)
                .isNull();
    }

    /**
     * A declared column's key given twice, the first time as null, is a repeated key: the binder
     * skipped the null without remembering the key and bound the second value (jqwik seed
     * -1782660565441127934 of {@code JsonBinderPropertiesTest} found it).
     */
    @Test
    void a_declared_column_repeated_after_a_null_is_left_to_the_reference_which_reports_it() {
        byte[] json =
                ("{\"kind\":\"declaration\",\"template\":\"national/project@2020.1\",\"tables\":[{\"name\":\"年度\","
                                + "\"rows\":[{\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"level3\":\"培训人次\","
                                + "\"target\":\"=100人次\",\n\"points\":null,\n\"points\":\"4\"}]}]}")
                        .getBytes(UTF_8);
        Diagnostics tree = new Diagnostics();

        Documents.readByTree(FILE, json, DocumentType.DECLARATION, tree);

        assertThat(tree.list()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("duplicate-key");
            assertThat(d.position().line()).isEqualTo(3);
        });
        assertThat(JsonBinder.read(FILE, json, DocumentType.DECLARATION)).isNull();
    }

    static Stream<Arguments> illFormed() {
        return Stream.of(
                hex("overlong slash", "c0af"),
                hex("overlong three-byte slash", "e080af"),
                hex("encoded surrogate", "eda080"),
                hex("above U+10FFFF", "f4908080"),
                hex("lead byte F5", "f5808080"),
                hex("continuation without a lead", "80"),
                hex("three-byte sequence cut short", "e4b8"));
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] all = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }

    static Stream<Arguments> lenient() {
        return Stream.of(
                hex("overlong slash", "22c0af22"),
                hex("above U+10FFFF", "22f480808022"),
                hex("lead byte F5", "22f580808022"),
                text("a number longer than a hundred digits", "1".repeat(101)));
    }

    @Test
    void columns_count_utf16_units_not_bytes_and_cr_crlf_lf_each_end_a_line_as_in_jackson() {
        // given a CJK key and value (three bytes, one UTF-16 unit a character) before a key, and each
        // kind of line end
        String json = "{\"名称\":\"中文\",\"b\":1,\r\"c\":2,\r\n\"d\":\t3,\n \"e\":[]}";

        // when
        Node fast = jackson(json.getBytes(UTF_8));

        // then
        Node.Mapping root = (Node.Mapping) fast;
        assertThat(root.entries().get("b").keyPos().column())
                .isEqualTo(json.indexOf("\"b\"") + 1)
                .isEqualTo(12);
        assertThat(root.entries().get("b").value().pos().column()).isEqualTo(json.indexOf("1,") + 1);
        assertThat(root.entries().get("c").keyPos().line()).isEqualTo(2);
        assertThat(root.entries().get("d").keyPos().line()).isEqualTo(3);
        assertThat(root.entries().get("d").value().pos().column()).isEqualTo(6);
        assertThat(root.entries().get("e").keyPos().line()).isEqualTo(4);
        assertThat(root.entries().get("e").keyPos().column()).isEqualTo(2);
    }

    @Test
    void a_character_outside_the_basic_plane_is_two_columns_as_in_a_java_string() {
        // given 𠀀 (U+20000: four bytes, a surrogate pair) before a key
        String json = "{\"a\":\"𠀀\",\"b\":1}";

        // when
        Node.Mapping root = (Node.Mapping) jackson(json.getBytes(UTF_8));

        // then
        assertThat(root.entries().get("b").keyPos().column())
                .isEqualTo(json.indexOf("\"b\"") + 1)
                .isEqualTo(11);
    }

    @Test
    void reads_the_deepest_nesting_allowed_like_jackson() {
        // given a scalar at depth MAX_DEPTH, one short of too deep
        int depth = TreeReader.MAX_DEPTH;
        byte[] bytes = ("[".repeat(depth) + "1" + "]".repeat(depth)).getBytes(UTF_8);

        // when
        Node fast = jackson(bytes);

        // then
        assertThat(fast).isNotNull();
    }

    @Test
    void reads_scalars_as_jackson_does() {
        // given each kind of scalar, escapes and a lone surrogate escape included
        String json =
                " [\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u4E2d\\ud83d\\ude00\\udc00\", -0, 1.50E+3, 12e-0, true, false, null, "
                        + "\"\uFFFD\uFFFF😀中\", {}, [], \"\"] ";
        byte[] bytes = json.getBytes(UTF_8);

        // when
        Node fast = jackson(bytes);

        // then
        assertThat(fast).isNotNull();
        Node.Sequence items = (Node.Sequence) fast;
        assertThat(items.items().get(0)).isEqualTo(new Node.Scalar("a\"\\/\b\f\n\r\t中😀\udc00", false, Position.NONE));
        assertThat(items.items().get(2)).isEqualTo(new Node.Scalar("1.50E+3", true, Position.NONE));
        assertThat(items.items().get(4)).isEqualTo(new Node.Scalar("true", false, Position.NONE));
        assertThat(items.items().get(6)).isInstanceOf(Node.Null.class);
    }

    @Test
    void an_escaped_surrogate_pair_in_a_key_reads_as_jackson_does() {
        byte[] bytes = "{\"\\ud83d\\ude00x\":\"\\ud800\"}".getBytes(UTF_8);
        Node.Mapping fast = (Node.Mapping) jackson(bytes);
        assertThat(fast.entries().keySet()).containsExactly("😀x");
    }

    @Test
    void a_root_scalar_reads_as_jackson_does() {
        byte[] bytes = "\r\n  42 \n".getBytes(UTF_8);
        assertThat(render(jackson(bytes))).isEqualTo("number 42 @t.json:2:3\n");
    }
}
