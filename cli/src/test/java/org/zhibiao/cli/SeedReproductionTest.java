package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in catalogue reproduces the indicator rows of both seed declarations exactly. */
class SeedReproductionTest {

    /** Splits one CSV line; the renderer quotes only cells with a comma, quote or line break. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static List<List<String>> csvRows(String csv) {
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "指标表,一级指标,二级指标,重点工作,三级指标,前年,上年,指标值,半年指标值,全年指标值,指标值确定依据,指标分类");
        return lines.stream().skip(1).map(SeedReproductionTest::cells).toList();
    }

    @Test
    void hubei_public_security_reproduces_all_80_rows_of_the_ezhou_seed() {
        // when
        Run run = Run.of("new", "hubei/public-security", "--department", "鄂州市公安局", "--year", "2024",
                "--format", "csv");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        List<List<String>> actual = csvRows(run.out());
        List<List<String>> seed = Seeds.tsv("ezhou_indicators.tsv");
        Map<String, String> table = Map.of("long", "长期", "annual", "年度");
        assertThat(actual).hasSize(seed.size()).hasSize(80);
        for (int i = 0; i < seed.size(); i++) {
            List<String> s = seed.get(i);
            List<String> a = actual.get(i);
            // 指标表, 一级, 二级, 三级, 指标值, 指标值确定依据, 指标分类
            assertThat(List.of(a.get(0), a.get(1), a.get(2), a.get(4), a.get(7), a.get(10), a.get(11)))
                    .as("row %d", i + 1)
                    .isEqualTo(List.of(table.get(s.get(0)), s.get(1), s.get(2), s.get(3), s.get(6), s.get(7), s.get(8)));
        }
    }

    @Test
    void jiangsu_public_security_with_the_suzhou_profile_reproduces_all_66_rows() {
        // when
        Run run = Run.of("new", "jiangsu/public-security", "--profile",
                Seeds.example("suzhou-2024.yaml").toString(), "--format", "csv");
        // then
        assertThat(run.code()).as(run.err()).isZero();
        List<List<String>> actual = csvRows(run.out());
        List<List<String>> seed = Seeds.tsv("suzhou_indicators.tsv");
        assertThat(actual).hasSize(seed.size()).hasSize(66);
        for (int i = 0; i < seed.size(); i++) {
            List<String> a = actual.get(i);
            // 一级, 二级, 重点工作, 三级, 半年指标值, 全年指标值
            assertThat(List.of(a.get(1), a.get(2), a.get(3), a.get(4), a.get(8), a.get(9)))
                    .as("row %d", i + 1).isEqualTo(seed.get(i));
        }
    }
}
