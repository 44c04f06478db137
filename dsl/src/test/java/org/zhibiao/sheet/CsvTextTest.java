package org.zhibiao.sheet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.diag.Result;

/** CSV read and written as spreadsheets do (issue 15). */
class CsvTextTest {

    private static Sheet read(byte[] bytes) {
        Result<Sheet> read = CsvText.read(bytes, "form.csv");
        assertThat(read.diagnostics()).isEmpty();
        return read.value();
    }

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks_and_positions_name_the_header() {
        // given
        byte[] csv = "三级指标,指标值\r\n\"甲,乙\",\"说\"\"明\"\"\nX\"\n丙,≥95%\n".getBytes(UTF_8);
        // when
        Sheet sheet = read(csv);
        // then
        assertThat(sheet.texts())
                .containsExactly(List.of("三级指标", "指标值"), List.of("甲,乙", "说\"明\"\nX"), List.of("丙", "≥95%"));
        assertThat(sheet.rows().get(2).get(1).pos()).hasToString("form.csv:4:指标值");
        assertThat(sheet.rows().get(1).get(1).pos()).hasToString("form.csv:2:指标值");
        assertThat(sheet.rows().get(0).get(0).pos()).hasToString("form.csv:1:1");
    }

    @Test
    void a_bom_is_dropped_and_blank_lines_keep_their_place() {
        Sheet sheet = read("\uFEFFa,b\n\nc\r".getBytes(UTF_8));
        assertThat(sheet.texts()).containsExactly(List.of("a", "b"), List.of(), List.of("c"));
        assertThat(sheet.rows().get(2).get(0).pos().line()).isEqualTo(3);
    }

    @Test
    void gb18030_bytes_are_read_when_they_are_not_utf8() {
        // given: what Excel on a Chinese Windows saves as plain CSV
        byte[] csv = "三级指标,指标值\r\n群众满意度,≥90%\r\n".getBytes(Charset.forName("GB18030"));
        // when
        Sheet sheet = read(csv);
        // then
        assertThat(sheet.texts()).containsExactly(List.of("三级指标", "指标值"), List.of("群众满意度", "≥90%"));
    }

    @Test
    void bytes_that_are_neither_utf8_nor_gb18030_are_refused_at_their_line() {
        // 0x80 and 0xFF are no character in either encoding
        byte[] csv = {'a', '\n', 'b', '\n', (byte) 0xFF, (byte) 0x80, '\n'};
        Result<Sheet> read = CsvText.read(csv, "form.csv");
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("csv-encoding");
            assertThat(d.position()).hasToString("form.csv:3:1");
            assertThat(d.zh()).contains("第 3 行");
        });
    }

    @Test
    void a_file_is_read_through_the_byte_limit(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("f.csv"), "a,b\n".getBytes(UTF_8));
        assertThat(CsvText.read(file, "f.csv").value().texts()).containsExactly(List.of("a", "b"));
        Result<Sheet> missing = CsvText.read(dir.resolve("none.csv"), "none.csv");
        assertThat(missing.value()).isNull();
        assertThat(missing.diagnostics()).singleElement().satisfies(d -> assertThat(d.code())
                .isEqualTo("file-unreadable"));
    }

    @Test
    void utf16_is_refused_rather_than_guessed_at() {
        byte[] csv = {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0};
        assertThat(CsvText.read(csv, "u.csv").diagnostics()).singleElement().satisfies(d -> assertThat(d.code())
                .isEqualTo("csv-encoding"));
    }

    @Test
    void a_quote_never_closed_is_reported_where_it_opened() {
        Result<Sheet> read = CsvText.read("a,b\nc,\"d\ne\n".getBytes(UTF_8), "form.csv");
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("csv-unclosed-quote");
            assertThat(d.position()).hasToString("form.csv:2:2");
        });
    }

    @Test
    void written_csv_starts_with_a_bom_and_ends_lines_with_crlf() {
        String csv = CsvText.write(List.of(List.of("三级指标", "指标值"), List.of("群众满意度", "≥90%")));
        assertThat(csv).isEqualTo("\uFEFF三级指标,指标值\r\n群众满意度,≥90%\r\n");
    }

    @Test
    void cells_a_spreadsheet_would_change_are_written_as_text_formulas() {
        assertThat(CsvText.field("=100%")).isEqualTo("\"=\"\"=100%\"\"\"");
        assertThat(CsvText.field("-5%")).isEqualTo("\"=\"\"-5%\"\"\"");
        assertThat(CsvText.field("+1")).isEqualTo("\"=\"\"+1\"\"\"");
        assertThat(CsvText.field("@x")).isEqualTo("\"=\"\"@x\"\"\"");
        assertThat(CsvText.field("0101")).isEqualTo("\"=\"\"0101\"\"\"");
        assertThat(CsvText.field("2021-12-31")).isEqualTo("\"=\"\"2021-12-31\"\"\"");
        assertThat(CsvText.field("TRUE")).isEqualTo("\"=\"\"TRUE\"\"\"");
        // text that opens as typed is left alone
        assertThat(CsvText.field("≥95%")).isEqualTo("≥95%");
        assertThat(CsvText.field("群众满意度")).isEqualTo("群众满意度");
        assertThat(CsvText.field("2024年")).isEqualTo("2024年");
    }

    @Test
    void a_long_formula_text_is_split_into_pieces_excel_accepts() {
        String cell = "-" + "长".repeat(600);
        String formula = CsvText.asFormulaText(cell);
        assertThat(formula.split("&")).hasSize(3);
        assertThat(CsvText.shown(formula)).isEqualTo(cell);
    }

    @Test
    void a_field_that_only_looks_like_a_text_formula_is_kept() {
        assertThat(CsvText.shown("=\"a\"+1")).isEqualTo("=\"a\"+1");
        assertThat(CsvText.shown("=\"a")).isEqualTo("=\"a");
        assertThat(CsvText.shown("=SUM(A1)")).isEqualTo("=SUM(A1)");
    }

    /** The pattern {@link CsvText#numberish} replaces, kept here as its specification. */
    private static final Pattern NUMBERISH_PATTERN =
            Pattern.compile("[\\s0-9.,:/%+\\-()$\\u00a5\\uffe5eE]*[0-9][\\s0-9.,:/%+\\-()$\\u00a5\\uffe5eE]*");

    @Property(tries = 2000)
    void numberish_answers_as_the_pattern_it_replaces(@ForAll("numberishCandidates") String cell) {
        assertThat(CsvText.numberish(cell))
                .isEqualTo(NUMBERISH_PATTERN.matcher(cell).matches());
    }

    @Provide
    Arbitrary<String> numberishCandidates() {
        return Arbitraries.strings()
                .withChars(" \t\n\u000B\f\r0123456789.,:/%+-()$\u00a5\uffe5eEx甲\u3000_")
                .ofMaxLength(16);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS) // the pattern took a minute on this cell
    void a_long_digit_run_with_text_after_it_is_written_in_linear_time() {
        String cell = "1".repeat(200_000) + "x";

        assertThat(CsvText.field(cell)).isEqualTo(cell);
        assertThat(CsvText.field("1".repeat(200_000))).startsWith("\"=\"\"1");
    }

    @Property(tries = 500)
    void written_rows_read_back_as_the_same_text(@ForAll("tables") List<List<String>> rows) {
        String csv = CsvText.write(rows);
        Sheet sheet = read(csv.getBytes(UTF_8));
        assertThat(sheet.texts()).isEqualTo(rows);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.strings()
                        .withChars("=+-@\t\r\n\",0123456789%.甲乙 ≥'eE")
                        .ofMaxLength(12),
                Arbitraries.of(
                        "=100%",
                        "-5%", "+1", "@x", "0101", "2021-12-31", "TRUE", "=\"x\"", "", "\"\"", "≥95%", "群众满意度"),
                Arbitraries.strings().ofMaxLength(300));
        return cell.list().ofMaxSize(6).list().ofMaxSize(6);
    }
}
