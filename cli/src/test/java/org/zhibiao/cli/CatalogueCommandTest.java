package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/** {@code zhibiao catalogue list}: its column headers speak the user's language (issue 17) and stay above their columns. */
class CatalogueCommandTest {

    private static String header(Lang lang) {
        return CatalogueCommand.ListCommand.row(
                Text.CATALOGUE_LIST_ID.format(lang),
                Text.CATALOGUE_LIST_VERSION.format(lang),
                Text.CATALOGUE_LIST_SCOPE.format(lang),
                Text.CATALOGUE_LIST_TITLE.format(lang));
    }

    @Test
    void list_headers_are_chinese_by_default() {
        // when
        Run run = Run.of("catalogue", "list");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        String first = run.out().lines().findFirst().orElseThrow();
        assertThat(first).isEqualTo(header(Lang.ZH)).startsWith("模板编号").contains("版本", "范围", "表名");
        assertThat(first).doesNotContainPattern("[A-Z]{2,}");
        assertThat(run.out()).containsPattern("(?m)^hubei/public-security +2024\\.1 +department-overall +");
    }

    @Test
    void list_headers_are_english_with_lang_en() {
        // when
        Run run = Run.of("catalogue", "list", "--lang", "en");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .isEqualTo(header(Lang.EN))
                .startsWith("ID ")
                .contains("VERSION", "SCOPE", "TITLE")
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void each_column_starts_at_the_same_terminal_column_under_a_chinese_header() {
        // given a header of Chinese words (two terminal columns a character) and a row of ASCII
        String header = header(Lang.ZH);
        String row = CatalogueCommand.ListCommand.row("hubei/public-security", "2024.1", "department-overall", "标题");
        // then id, version, scope and title start at the same terminal column in both
        assertThat(fieldStarts(header)).isEqualTo(fieldStarts(row)).containsExactly(0, 31, 41, 62);
    }

    /** The terminal columns at which the fields of {@code line} (separated by spaces) start, a Chinese character as two. */
    private static List<Integer> fieldStarts(String line) {
        List<Integer> starts = new ArrayList<>();
        int column = 0;
        boolean inField = false;
        for (int c : line.codePoints().toArray()) {
            if (c != ' ' && !inField) {
                starts.add(column);
            }
            inField = c != ' ';
            column += c >= 0x2E80 ? 2 : 1;
        }
        return starts;
    }
}
