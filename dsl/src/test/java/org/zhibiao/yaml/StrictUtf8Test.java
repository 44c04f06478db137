package org.zhibiao.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/** Well-formed UTF-8 as the JDK's strict decoder sees it, found without decoding (#14). */
class StrictUtf8Test {

    /** Bytes biased to UTF-8's edges: ASCII, lead bytes C0–F5 and continuation bytes 80–BF. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> edge = Arbitraries.oneOf(
                Arbitraries.bytes().between((byte) 0x20, (byte) 0x7E),
                Arbitraries.integers().between(0x80, 0xBF).map(Integer::byteValue),
                Arbitraries.integers().between(0xC0, 0xFF).map(Integer::byteValue),
                Arbitraries.of(
                        (byte) 0xE0, (byte) 0xED, (byte) 0xF0, (byte) 0xF4, (byte) 0xA0, (byte) 0x8F, (byte) 0x90));
        return edge.array(byte[].class).ofMaxSize(12);
    }

    /**
     * Runs of ASCII, whole characters (CJK most often) and single edge bytes: what the fast paths
     * skip (four ASCII bytes a test, a plain three-byte character) next to what they must not.
     */
    @Provide
    Arbitrary<byte[]> pieces() {
        Arbitrary<byte[]> ascii =
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(9).map(t -> t.getBytes(UTF_8));
        Arbitrary<byte[]> character = Arbitraries.oneOf(
                        Arbitraries.chars().range('\u4E00', '\u9FFF'),
                        Arbitraries.chars().range('\u0080', '\uD7FF'),
                        Arbitraries.chars().range('\uE000', '\uFFFF'))
                .map(c -> String.valueOf(c).getBytes(UTF_8));
        Arbitrary<byte[]> edge = bytes().map(b -> b.length > 2 ? new byte[] {b[0], b[1]} : b);
        return Arbitraries.frequencyOf(Tuple.of(3, ascii), Tuple.of(3, character), Tuple.of(1, edge))
                .list()
                .ofMaxSize(10)
                .map(StrictUtf8Test::concatenated);
    }

    @Property(tries = 3000)
    void agrees_with_the_jdks_strict_decoder_among_ascii_runs_and_whole_characters(@ForAll("pieces") byte[] bytes) {
        assertThat(StrictUtf8.firstInvalid(bytes)).isEqualTo(jdkFirstInvalid(bytes));
    }

    private static byte[] concatenated(List<byte[]> pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }

    @Property(tries = 3000)
    void agrees_with_the_jdks_strict_decoder_on_where_the_bytes_stop_being_utf8(@ForAll("bytes") byte[] bytes) {
        assertThat(StrictUtf8.firstInvalid(bytes)).isEqualTo(jdkFirstInvalid(bytes));
    }

    /** The JDK's encoder writes only well-formed UTF-8 (a lone surrogate becomes ?), astral characters included. */
    @Property(tries = 500)
    void text_encoded_by_the_jdk_is_well_formed(@ForAll String text) {
        assertThat(StrictUtf8.firstInvalid(text.getBytes(UTF_8))).isEqualTo(-1);
    }

    @Test
    void the_overlong_slash_jackson_decodes_as_a_slash_is_ill_formed_at_its_lead_byte() {
        assertThat(StrictUtf8.firstInvalid(HexFormat.of().parseHex("2261c0af22")))
                .isEqualTo(2);
        assertThat(StrictUtf8.firstInvalid("群众满意度≥95%😀".getBytes(UTF_8))).isEqualTo(-1);
    }

    private static int jdkFirstInvalid(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length * 2 + 2), true);
        return result.isError() ? in.position() : -1;
    }
}
