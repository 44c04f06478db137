package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhibiao.sheet.CsvText;

/** The built-in catalogue reproduces the indicator rows of both seed declarations exactly. */
class SeedReproductionTest {

    /**
     * The rows under the CSV's header row, each by printed header; the header block above it
     * (单位名称：…) is skipped, and the header must be {@code header}: the form's own columns.
     */
    private static List<Map<String, String>> csvRows(String csv, String header) {
        // read as a spreadsheet reads it: BOM, CRLF and text formulas (issue 15)
        List<List<String>> lines =
                CsvText.read(csv.getBytes(StandardCharsets.UTF_8), "out.csv").value().texts().stream()
                        .dropWhile(l -> l.isEmpty() || !l.get(0).equals("指标表"))
                        .toList();
        assertThat(String.join(",", lines.get(0))).isEqualTo(header);
        List<String> heads = lines.get(0);
        return lines.stream()
                .skip(1)
                .map(cells -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < heads.size(); i++) {
                        row.put(heads.get(i), cells.get(i));
                    }
                    return row;
                })
                .toList();
    }

    @Test
    void hubei_public_security_reproduces_all_80_rows_of_the_ezhou_seed() {
        // when
        Run run = Run.of("new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024", "--format", "csv");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        List<Map<String, String>> actual = csvRows(run.out(), "指标表,一级指标,二级指标,三级指标,前年,上年,指标值,指标值确定依据,指标分类");
        List<List<String>> seed = Seeds.tsv("ezhou_indicators.tsv");
        Map<String, String> table = Map.of("long", "长期", "annual", "年度");
        assertThat(actual).hasSize(seed.size()).hasSize(80);
        for (int i = 0; i < seed.size(); i++) {
            List<String> s = seed.get(i);
            Map<String, String> a = actual.get(i);
            assertThat(List.of(
                            a.get("指标表"),
                            a.get("一级指标"),
                            a.get("二级指标"),
                            a.get("三级指标"),
                            a.get("指标值"),
                            a.get("指标值确定依据"),
                            a.get("指标分类")))
                    .as("row %d", i + 1)
                    .isEqualTo(
                            List.of(table.get(s.get(0)), s.get(1), s.get(2), s.get(3), s.get(6), s.get(7), s.get(8)));
        }
    }

    @Test
    void jiangsu_public_security_with_the_suzhou_profile_reproduces_all_66_rows() {
        // when
        Run run = Run.of(
                "new",
                "jiangsu/public-security",
                "--profile",
                Seeds.example("suzhou-2024.yaml").toString(),
                "--format",
                "csv");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        List<Map<String, String>> actual = csvRows(run.out(), "指标表,一级指标,二级指标,重点工作,三级指标,半年指标值,全年指标值");
        List<List<String>> seed = Seeds.tsv("suzhou_indicators.tsv");
        assertThat(actual).hasSize(seed.size()).hasSize(66);
        for (int i = 0; i < seed.size(); i++) {
            Map<String, String> a = actual.get(i);
            assertThat(List.of(
                            a.get("一级指标"), a.get("二级指标"), a.get("重点工作"), a.get("三级指标"), a.get("半年指标值"), a.get("全年指标值")))
                    .as("row %d", i + 1)
                    .isEqualTo(seed.get(i));
        }
    }
}
