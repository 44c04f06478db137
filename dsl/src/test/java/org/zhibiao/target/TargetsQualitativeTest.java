package org.zhibiao.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text values: level words, placeholders, and prose that must stay prose. */
class TargetsQualitativeTest {

    @ParameterizedTest
    @ValueSource(strings = {"健全", "完善", "科学合理", "完全相符", "完全合规", "良好", "较好", "一般", "应保尽保", "不超预算", "优"})
    void known_level_words_are_levels(String word) throws TargetException {
        // given a word from the level scale

        // when
        Target target = Targets.parse(word);

        // then
        assertThat(target).isEqualTo(new Level(word));
        assertThat(Targets.isLevel(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"定性", "XX", "xx", "ＸＸ", "ｘｘ", "Xx"})
    void placeholders_are_placeholders(String text) throws TargetException {
        // given

        // when
        Target target = Targets.parse(text);

        // then
        assertThat(target).isInstanceOf(Placeholder.class);
        assertThat(target.print()).isIn("定性", "XX");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "充分运用信息化手段提升工作效率及管理效能。",
                "公安服务质量逐步提升",
                "3个重点项目按期完成",
                "12345热线满意度持续提升",
                "不少于3次培训",
                "至少开展一次专项检查",
                "1.加强队伍建设",
                "2024年完成验收",
                "5G网络覆盖主要道路",
                "95%以上群众满意",
                "大于",
                "正面支撑",
                "%95",
                "N/A"
            })
    void prose_that_does_not_start_with_an_operator_symbol_stays_a_description(String text) throws TargetException {
        // given text that only starts like a number or an operator word, or not at all

        // when
        Target target = Targets.parse(text);

        // then
        assertThat(target).isEqualTo(new Description(text));
    }

    @Test
    void descriptions_are_trimmed_but_keep_their_own_punctuation() throws TargetException {
        // given
        String text = "  按月安排（试行）， 不超预算执行。 ";

        // when
        Target target = Targets.parse(text);

        // then
        assertThat(target).isEqualTo(new Description("按月安排（试行）， 不超预算执行。"));
    }

    @Test
    void quantities_are_quantitative_and_text_is_not() throws TargetException {
        // given
        Target quantity = Targets.parse("≥95%");
        Target level = Targets.parse("健全");

        // when / then
        assertThat(quantity.isQuantitative()).isTrue();
        assertThat(level.isQuantitative()).isFalse();
    }
}
