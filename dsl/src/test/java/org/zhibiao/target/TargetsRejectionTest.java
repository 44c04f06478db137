package org.zhibiao.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values that look like quantities but are not are errors located at the offending character. */
class TargetsRejectionTest {

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("", Reason.EMPTY.at(0)),
                Arguments.of("   \n\t", Reason.EMPTY.at(0)),
                Arguments.of(null, Reason.EMPTY.at(0)),
                Arguments.of("≥abc", Reason.NUMBER_EXPECTED.at(1, "≥")),
                Arguments.of("≥", Reason.NUMBER_EXPECTED.at(1, "≥")),
                Arguments.of("> ", Reason.NUMBER_EXPECTED.at(1, ">")),
                Arguments.of("=>>5", Reason.SECOND_OPERATOR.at(2, ">")),
                Arguments.of("≥ ≥95%", Reason.SECOND_OPERATOR.at(2, "≥")),
                Arguments.of("≥95%%%", Reason.TRAILING_TEXT.at(4, "%%")),
                Arguments.of("95%abc3", Reason.TRAILING_TEXT.at(3, "abc3")),
                Arguments.of("≥95%的群众满意", Reason.TRAILING_TEXT.at(4, "的群众满意")),
                Arguments.of("≥5abc", Reason.UNKNOWN_UNIT.at(2, "abc")),
                Arguments.of("≥5瓶", Reason.UNKNOWN_UNIT.at(2, "瓶")),
                Arguments.of("≥1,2", Reason.BAD_SEPARATOR.at(2)),
                Arguments.of("1,2345", Reason.BAD_SEPARATOR.at(1)),
                Arguments.of("≥95.%", Reason.DANGLING_POINT.at(3)),
                Arguments.of("≥.5%", Reason.LEADING_POINT.at(1)),
                Arguments.of("≥95%以下", Reason.CONFLICTING_SUFFIX.at(4, "≥", "以下", "≤")),
                Arguments.of("≥9\n5%", Reason.FORBIDDEN_CHAR.at(2, (int) '\n')),
                Arguments.of("健\u0000全", Reason.FORBIDDEN_CHAR.at(1, 0)),
                Arguments.of("健全\u200B", Reason.FORBIDDEN_CHAR.at(2, 0x200B)),
                Arguments.of("≥1" + "0".repeat(40) + "%", Reason.TOO_MANY_DIGITS.at(31, TargetReader.MAX_DIGITS)),
                Arguments.of("≥95%" + "x".repeat(20), Reason.TRAILING_TEXT.at(4, "x".repeat(10) + "…")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badValues")
    void malformed_values_are_rejected_at_the_offending_character(String raw, TargetException expected) {
        // given a value that cannot be read

        // when
        TargetException thrown = catchThrowableOfType(TargetException.class, () -> Targets.parse(raw));

        // then
        assertThat(thrown).as(String.valueOf(raw)).isNotNull();
        assertThat(thrown.offset()).isEqualTo(expected.offset());
        assertThat(thrown.getMessage()).isEqualTo(expected.getMessage());
        assertThat(thrown.zh()).isEqualTo(expected.zh());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("badValues")
    void every_message_says_what_is_wrong_and_what_to_do_instead(String raw, TargetException expected) {
        // given the message of a rejection

        // when
        String en = expected.getMessage();
        String zh = expected.zh();

        // then
        assertThat(en).contains("; instead, ");
        assertThat(zh).contains("；请");
    }
}
