package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.batch.BatchProblem;
import org.zhibiao.cli.batch.CsvProfiles;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Contact;
import org.zhibiao.model.Profile;

/** CSV profiles for {@code zhibiao new --profiles FILE.csv}: RFC 4180, UTF-8, Excel's BOM tolerated. */
class CsvProfilesTest {

    @TempDir
    Path dir;

    private List<CsvProfiles.Row> rows(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("p.csv"), bytes);
        List<CsvProfiles.Row> rows = new ArrayList<>();
        try (CsvProfiles csv = CsvProfiles.open(file)) {
            csv.forEachRemaining(rows::add);
        }
        return rows;
    }

    private List<CsvProfiles.Row> rows(String text) throws IOException {
        return rows(text.getBytes(StandardCharsets.UTF_8));
    }

    private Position at(int line) {
        return Position.of(dir.resolve("p.csv").toString(), line, 1);
    }

    @Test
    void quoted_fields_hold_commas_doubled_quotes_and_line_breaks_and_crlf_ends_lines() throws IOException {
        // given
        String csv = "部门,单位编码,年度,填报人,联系电话,填报日期\r\n"
                + "\"黄石市公安局, 下陆分局\",0101,2024,\"张\"\"三\"\"\",0714-1234567,2024年1月15日\r\n"
                + "\"荆州市\n公安局\",  0007 ,,,,\r\n";
        // when
        List<CsvProfiles.Row> rows = rows(csv);
        // then
        assertThat(rows).extracting(CsvProfiles.Row::problem).containsOnlyNulls();
        Profile first = rows.get(0).profile();
        assertThat(first.department()).isEqualTo("黄石市公安局, 下陆分局");
        assertThat(first.code()).isEqualTo("0101");
        assertThat(first.year()).isEqualTo(2024);
        assertThat(first.contact()).isEqualTo(new Contact("张\"三\"", "0714-1234567", "2024年1月15日", null));
        assertThat(rows.get(1).profile().department()).isEqualTo("荆州市\n公安局");
        assertThat(rows.get(1).name()).isEqualTo("0007");
        assertThat(rows.get(1).profile().contact()).isNull();
        assertThat(rows.get(1).position().line()).isEqualTo(3);
    }

    @Test
    void an_excel_utf8_bom_is_skipped_and_blank_lines_are_ignored() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "department,year\n\n鄂州市公安局,2024\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        List<CsvProfiles.Row> rows = rows(bytes);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).profile().department()).isEqualTo("鄂州市公安局");
        assertThat(rows.get(0).position().line()).isEqualTo(3);
    }

    @Test
    void a_gbk_file_from_excel_is_refused_with_advice_to_save_as_csv_utf8() throws IOException {
        byte[] gbk = "department,year\n鄂州市公安局,2024\n".getBytes(Charset.forName("GBK"));
        List<CsvProfiles.Row> rows = rows(gbk);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).problem().code()).isEqualTo(BatchProblem.CSV_NOT_UTF8.code());
        assertThat(rows.get(0).problem().position().line()).isEqualTo(2);
    }

    @Test
    void an_unknown_column_makes_the_whole_file_unusable_and_names_the_known_ones() throws IOException {
        List<CsvProfiles.Row> rows = rows("department,yaer\n鄂州市公安局,2024\n");
        assertThat(rows)
                .extracting(CsvProfiles.Row::problem)
                .containsExactly(BatchProblem.CSV_HEADER
                        .at(at(1), "yaer", CsvProfiles.EXAMPLE)
                        .withHint(Hint.didYouMean("year")));
    }

    @Test
    void issue17_a_misspelt_chinese_column_header_gets_the_one_did_you_mean() throws IOException {
        List<CsvProfiles.Row> rows = rows("部门,联络电话\n鄂州市公安局,0711-1234567\n");
        assertThat(rows)
                .extracting(CsvProfiles.Row::problem)
                .containsExactly(BatchProblem.CSV_HEADER
                        .at(at(1), "联络电话", CsvProfiles.EXAMPLE)
                        .withHint(Hint.didYouMean("联系电话")));
    }

    @Test
    void a_header_without_department_is_refused() throws IOException {
        assertThat(rows("code,year\n0101,2024\n"))
                .extracting(CsvProfiles.Row::problem)
                .containsExactly(BatchProblem.CSV_NO_DEPARTMENT.at(at(1), CsvProfiles.EXAMPLE));
    }

    @Test
    void a_line_without_a_department_is_reported_at_its_line_and_reading_goes_on() throws IOException {
        // when
        List<CsvProfiles.Row> rows = rows("department,code\n ,0101\n乙,0102\n");
        // then
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).problem())
                .isEqualTo(BatchProblem.CSV_VALUE.at(
                        at(2),
                        new Object[] {"department", "", Text.WORD_NAME.format(Lang.ZH)},
                        new Object[] {"department", "", Text.WORD_NAME.format(Lang.EN)}));
        assertThat(rows.get(0).problem().render(Lang.EN)).contains("department");
        assertThat(rows.get(1).profile().department()).isEqualTo("乙");
    }

    @Test
    void a_line_with_too_many_fields_or_an_open_quote_is_reported_at_its_line_and_reading_goes_on() throws IOException {
        List<CsvProfiles.Row> rows = rows("department,code\n甲,1,2\n乙,\"2\"x\n丙,3\n丁,\"4\n");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).problem()).isEqualTo(BatchProblem.CSV_FIELDS.at(at(2), 3, 2));
        assertThat(rows.get(1).problem().code()).isEqualTo(BatchProblem.CSV_QUOTE.code());
        assertThat(rows.get(2).profile().department()).isEqualTo("丙");
        assertThat(rows.get(3).problem())
                .isEqualTo(BatchProblem.CSV_QUOTE.at(at(5), "no closing quote before the end"));
    }

    @Test
    void an_empty_file_has_no_header() throws IOException {
        assertThat(rows(""))
                .extracting(CsvProfiles.Row::problem)
                .containsExactly(BatchProblem.CSV_EMPTY.at(at(1), CsvProfiles.EXAMPLE));
    }
}
