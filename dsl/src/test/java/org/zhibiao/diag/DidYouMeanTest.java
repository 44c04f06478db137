package org.zhibiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The one "did you mean" (#17): laws of its distance, and where its thresholds fall. */
class DidYouMeanTest {

    @Property
    void distance_is_zero_from_itself_and_symmetric(@ForAll("words") String a, @ForAll("words") String b) {
        assertThat(DidYouMean.distance(a, a)).isZero();
        assertThat(DidYouMean.distance(a, b)).isEqualTo(DidYouMean.distance(b, a));
    }

    @Property
    void distance_lies_between_the_length_difference_and_the_longer_length(
            @ForAll("words") String a, @ForAll("words") String b) {
        int d = DidYouMean.distance(a, b);
        assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
    }

    @Property
    void one_slip_is_one_edit(@ForAll("words") String word, @ForAll("slips") int slip, @ForAll("seeds") int at) {
        // given a word and one slip of the hand at some place in it
        String slipped = slip(word, slip, at);

        // then the two are at most one edit apart
        assertThat(DidYouMean.distance(word, slipped)).isLessThanOrEqualTo(1);
    }

    @Property
    void a_slip_of_a_longer_name_finds_the_name_among_others(
            @ForAll("longWords") String word, @ForAll("slips") int slip, @ForAll("seeds") int at) {
        String slipped = slip(word, slip, at);
        if (slipped.equalsIgnoreCase(word)) {
            return;
        }
        String found = DidYouMean.closest(slipped, List.of("zzzzzzzzzzzzzzzzzz", word, "0000000000000000"));
        assertThat(found).isEqualTo(word);
    }

    @Property
    void the_banded_distance_is_the_distance_up_to_its_bound(
            @ForAll("words") String a, @ForAll("words") String b, @ForAll("bounds") int most) {
        // [#14] isSlip computes only the band a slip can use: exact up to the bound, beyond it bound + 1
        int banded = DidYouMean.within(
                a.toLowerCase(Locale.ROOT).toCharArray(),
                b.toLowerCase(Locale.ROOT).toCharArray(),
                most);

        assertThat(banded).isEqualTo(Math.min(DidYouMean.distance(a, b), most + 1));
    }

    @Property
    void is_slip_says_what_closest_says_for_one_candidate(@ForAll("names") String a, @ForAll("names") String b) {
        boolean slip = DidYouMean.isSlip(DidYouMean.Word.of(a), DidYouMean.Word.of(b));

        assertThat(slip).isEqualTo(DidYouMean.closest(b, List.of(a)) != null);
    }

    @Test
    void is_slip_takes_one_chinese_character_in_four_and_never_the_name_itself() {
        assertThat(DidYouMean.isSlip(DidYouMean.Word.of("预算执行率"), DidYouMean.Word.of("预算执形率")))
                .isTrue();
        assertThat(DidYouMean.isSlip(DidYouMean.Word.of("预算执行率"), DidYouMean.Word.of("预算完成率")))
                .isFalse();
        assertThat(DidYouMean.isSlip(DidYouMean.Word.of("预算执行率"), DidYouMean.Word.of("预算执行率")))
                .isFalse();
        assertThat(DidYouMean.isSlip(DidYouMean.Word.of("Check-list"), DidYouMean.Word.of("chekc-list")))
                .isTrue();
    }

    @Provide
    Arbitrary<Integer> bounds() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abAB执行率预算完成").ofMinLength(5).ofMaxLength(12);
    }

    @Test
    void swapped_neighbours_and_case_are_one_slip_or_none() {
        assertThat(DidYouMean.distance("chekc", "check")).isEqualTo(1);
        assertThat(DidYouMean.distance("Check", "check")).isZero();
        assertThat(DidYouMean.closest("chekc", List.of("new", "check", "convert")))
                .isEqualTo("check");
        assertThat(DidYouMean.closest("--fromat", List.of("--format", "--force")))
                .isEqualTo("--format");
    }

    @Test
    void a_chinese_name_may_be_one_character_off_but_not_two() {
        List<String> names = List.of("预算执行率", "资金到位率", "群众满意度");
        assertThat(DidYouMean.closest("预算执形率", names)).isEqualTo("预算执行率");
        assertThat(DidYouMean.closest("预算完成率", names)).isNull();
        assertThat(DidYouMean.closest("年份", List.of("年度", "部门"))).isEqualTo("年度");
    }

    @Test
    void an_ascii_name_may_be_one_letter_off_per_three() {
        assertThat(DidYouMean.closest("tempalte", List.of("template"))).isEqualTo("template");
        assertThat(DidYouMean.closest("fund-sums", List.of("funds-sum"))).isEqualTo("funds-sum");
        assertThat(DidYouMean.closest("xyz", List.of("new", "check"))).isNull();
        assertThat(DidYouMean.closest("hubei/public-security", List.of("jiangsu/public-security")))
                .isNull();
        assertThat(DidYouMean.closest("hubei/pubilc-secruity", List.of("hubei/public-security")))
                .isEqualTo("hubei/public-security");
    }

    @Test
    void nothing_is_suggested_for_blank_input_an_exact_match_or_no_candidates() {
        assertThat(DidYouMean.closest("", List.of("a"))).isNull();
        assertThat(DidYouMean.closest(null, List.of("a"))).isNull();
        assertThat(DidYouMean.closest("check", List.of("check"))).isNull();
        assertThat(DidYouMean.hint("check", List.of())).isEqualTo(Hint.NONE);
        assertThat(DidYouMean.hint("chek", List.of("check"))).isEqualTo(Hint.didYouMean("check"));
    }

    private static String slip(String word, int slip, int seed) {
        if (word.isEmpty()) {
            return "x";
        }
        int at = Math.floorMod(seed, word.length());
        return switch (slip) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + "q" + word.substring(at);
            case 2 -> word.substring(0, at) + "率" + word.substring(at + 1);
            default ->
                at + 1 < word.length()
                        ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2)
                        : word;
        };
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdeABC-预算执行率").ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> longWords() {
        return Arbitraries.strings().withChars("abcdefghij-").ofMinLength(6).ofMaxLength(16);
    }

    @Provide
    Arbitrary<Integer> slips() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<Integer> seeds() {
        return Arbitraries.integers().between(0, 1000);
    }
}
