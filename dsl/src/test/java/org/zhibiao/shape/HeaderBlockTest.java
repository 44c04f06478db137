package org.zhibiao.shape;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.zhibiao.sheet.CsvText;
import org.zhibiao.sheet.Sheet;
import org.zhibiao.sheet.SheetCell;

/** The header block above a printed form's table: labelled values, and the template zhibiao's CSV names. */
class HeaderBlockTest {

    private static final String TABLE = "一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,培训人次,≥10人次\n";

    @Test
    void labelled_values_are_read_with_the_spaces_around_them_trimmed_as_before() {
        Sheet sheet = sheet("单位名称： 井研县农业农村局 \n年度:\t2023\n联系人：\n" + TABLE);

        Map<String, SheetCell> block = HeaderBlock.read(sheet, 3);

        assertThat(block).containsOnlyKeys("单位名称", "年度");
        assertThat(block.get("单位名称").text()).isEqualTo("井研县农业农村局");
        assertThat(block.get("年度").text()).isEqualTo("2023");
        assertThat(block.get("年度").pos().line()).isEqualTo(2);
    }

    @Test
    void the_template_line_is_found_above_the_table_and_nowhere_in_it() {
        assertThat(HeaderBlock.template(sheet("模板：national/project@2020.1\n单位名称：甲\n" + TABLE))
                        .text())
                .isEqualTo("national/project@2020.1");
        assertThat(HeaderBlock.template(sheet(TABLE + "模板：national/project@2020.1\n")))
                .isNull();
        assertThat(HeaderBlock.template(sheet(TABLE))).isNull();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // the old pattern took minutes on this cell
    void a_labelled_cell_with_a_long_run_of_spaces_inside_is_read_in_linear_time() {
        String value = "x" + " ".repeat(200_000) + "y";
        Sheet sheet = sheet("年度：" + value + "\n" + TABLE);

        assertThat(HeaderBlock.read(sheet, 1).get("年度").text()).isEqualTo(value);
    }

    @Test
    void trim_takes_ascii_whitespace_only_as_the_pattern_did() {
        assertThat(HeaderBlock.trim(" \t甲 乙\r\n")).isEqualTo("甲 乙");
        assertThat(HeaderBlock.trim("\u3000甲\u3000")).isEqualTo("\u3000甲\u3000");
        assertThat(HeaderBlock.trim("   ")).isEmpty();
    }

    private static Sheet sheet(String csv) {
        return CsvText.read(csv.getBytes(StandardCharsets.UTF_8), "form.csv").value();
    }
}
