package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.model.Declaration;
import org.zhibiao.yaml.Documents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check filled.xlsx} puts every finding at {@code file:Sheet!A1} (issue 15), one finding of
 * each rule family at least — a value (指标值 that cannot be read, a 依据 and 分类 not allowed), the
 * funds (a line's 占比, the block's sum), the structure (an 一级 the template has no place for) and
 * a template-declared column (指标性质 not in its list, 分值 not a number) — at the cell that was
 * typed, and a missing value on its row; the same cells in text, JSON and SARIF.
 */
class WorkbookFindingFamiliesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path RESOURCES = Path.of("src/test/resources");

    @TempDir
    Path dir;

    /** Where each finding expected is, by code: a cell, or a row ({@code 年度!7}) for a missing value. */
    private final Map<String, String> expected = new LinkedHashMap<>();

    @Test
    void a_filled_seed_form_has_each_family_of_findings_at_its_cell() throws IOException {
        // given 鄂州's declaration as our workbook, filled wrongly by a clerk
        Path xlsx = dir.resolve("ezhou.xlsx");
        Run convert =
                Run.of("convert", RESOURCES.resolve("seeds/ezhou-2024.yaml").toString(), "-o", xlsx.toString());
        assertThat(convert.code()).as(convert.err()).isZero();
        Path filled = edit(xlsx, "filled.xlsx", book -> {
            Sheet overview = book.getSheet("申报表");
            int line = rowOf(overview, 1, "财政拨款");
            type(overview, line, 2, "1", null); // the block no longer adds up, and the share is wrong
            expected.put("funds-share", cell(overview, line, 3));
            expected.put("funds-sum", "申报表!C");
            Sheet annual = book.getSheet("年度");
            int header = rowOf(annual, 0, "一级指标");
            type(annual, header + 1, 5, "", null);
            expected.put("missing-value", "年度!" + (header + 2));
            type(annual, header + 2, 5, "≥≥95%", "target-syntax");
            type(annual, header + 3, 6, "随便写", "bad-basis");
            type(annual, header + 4, 7, "随便的分类", "bad-category");
            type(annual, rowOf(annual, 0, "社会效应"), 0, "不存在的一级", "unknown-level1");
        });
        // when checked, then
        assertFindings(filled, ExitCode.FINDINGS);
    }

    @Test
    void a_project_form_has_its_declared_columns_findings_at_their_cells() throws IOException {
        // given the national project form, with 指标性质 and 分值 typed wrongly
        Path xlsx = dir.resolve("project.xlsx");
        Run made = Run.of("new", "national/project", "--department", "示例单位", "-o", xlsx.toString());
        assertThat(made.code()).as(made.err()).isIn(0, 1);
        Path filled = edit(xlsx, "project-filled.xlsx", book -> {
            Sheet annual = book.getSheet("年度");
            int header = rowOf(annual, 0, "一级指标");
            // the first row is a slot still to fill; the second the template's 质量达标率
            type(annual, header + 2, columnOf(annual, header, "指标性质"), "随便", "cell-choice");
            type(annual, header + 2, columnOf(annual, header, "分值"), "十分", "cell-points");
        });
        assertFindings(filled, ExitCode.FINDINGS);
    }

    @Test
    void a_seed_with_profile_indicators_reads_back_the_same_and_a_broken_hidden_cell_is_reported_there()
            throws IOException {
        // given 苏州's declaration, whose functions carry profile indicators (kept in a hidden column)
        Path yaml = RESOURCES.resolve("seeds/suzhou-2024.yaml");
        Path xlsx = dir.resolve("suzhou.xlsx");
        assertThat(Run.of("convert", yaml.toString(), "-o", xlsx.toString()).code())
                .isZero();
        // when written and read back, then it is the same declaration
        Path back = dir.resolve("back.yaml");
        Run again = Run.of("convert", xlsx.toString(), "-o", back.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Documents.toYaml(read(back))).isEqualTo(Documents.toYaml(read(yaml)));
        // and when someone breaks two of the hidden cells, check says so at each cell
        Path broken = edit(xlsx, "broken.xlsx", book -> {
            Sheet overview = book.getSheet("申报表");
            int header = rowOf(overview, 0, "职能");
            int column = columnOf(overview, header, "indicators");
            type(overview, header + 1, column, "[{\"name\": ", "json-syntax");
            type(overview, header + 2, column, "[{\"target\": \"≥≥5%\"}]", "target-syntax");
        });
        // a cell that cannot be read makes the file unusable (exit 2), as a bad number does; the
        // message is at the cell in text, and at its row and column among SARIF's notifications
        Run text = Run.of("check", broken.toString());
        Run sarif = Run.of("check", broken.toString(), "--format", "sarif");
        assertThat(text.code()).isEqualTo(ExitCode.USAGE);
        assertThat(expected).hasSize(2);
        expected.forEach((code, at) -> {
            assertThat(text.out() + text.err()).contains(broken + ":" + at + ": error[" + code + "]");
            // SARIF notifications carry the row and column in the region and the cell, sheet
            // included, at the start of the message, as results do
            CellReference cell = new CellReference(at.substring(at.indexOf('!') + 1));
            List<String> regions = new ArrayList<>();
            for (JsonNode n : JSON.readTree(sarif.out())
                    .get("runs")
                    .get(0)
                    .get("invocations")
                    .get(0)
                    .get("toolExecutionNotifications")) {
                JsonNode region =
                        n.get("locations").get(0).get("physicalLocation").get("region");
                regions.add(n.get("descriptor").get("id").asString() + " "
                        + region.get("startLine").asInt() + ":"
                        + region.get("startColumn").asInt() + " "
                        + n.get("message").get("text").asString().split(": ", 2)[0]);
            }
            assertThat(regions).contains(code + " " + (cell.getRow() + 1) + ":" + (cell.getCol() + 1) + " " + at);
        });
    }

    private static Declaration read(Path yaml) throws IOException {
        return Documents.readDeclaration(yaml.toString(), Files.readAllBytes(yaml))
                .value();
    }

    private void assertFindings(Path file, int exit) {
        Run text = Run.of("check", file.toString());
        Run json = Run.of("check", file.toString(), "--format", "json");
        Run sarif = Run.of("check", file.toString(), "--format", "sarif");
        assertThat(text.code()).as(text.err()).isEqualTo(exit);
        // every finding names the file, a sheet and a cell
        List<String> lines = text.out()
                .lines()
                .filter(l -> l.contains(": error[") || l.contains(": warning[") || l.contains(": info["))
                .toList();
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l)
                .matches("^" + Pattern.quote(file.toString()) + ":[^!:]+![A-Z]+\\d+: .*"));
        Map<String, List<String>> byJson = new LinkedHashMap<>();
        for (JsonNode f : JSON.readTree(json.out())) {
            byJson.computeIfAbsent(f.get("code").asString(), k -> new ArrayList<>())
                    .add(f.get("cell").asString());
        }
        Map<String, List<String>> bySarif = new LinkedHashMap<>();
        for (JsonNode r : JSON.readTree(sarif.out()).get("runs").get(0).get("results")) {
            String message = r.get("message").get("text").asString();
            bySarif.computeIfAbsent(r.get("ruleId").asString(), k -> new ArrayList<>())
                    .add(message.substring(0, message.indexOf(": ")));
        }
        expected.forEach((code, at) -> {
            Pattern cell = where(at);
            assertThat(lines).as(code).anySatisfy(l -> assertThat(
                            l.substring(file.toString().length() + 1))
                    .matches(cell.pattern() + ": (error|warning)\\[" + code + "].*"));
            assertThat(byJson.get(code)).as("json " + code).anySatisfy(c -> assertThat(c)
                    .matches(cell));
            assertThat(bySarif.get(code)).as("sarif " + code).anySatisfy(c -> assertThat(c)
                    .matches(cell));
        });
    }

    /** A cell ({@code 年度!F8}) as itself, a row ({@code 年度!7}) as any cell of it, a column ({@code 申报表!C}) any of its cells. */
    private static Pattern where(String at) {
        String sheet = at.substring(0, at.indexOf('!') + 1);
        String rest = at.substring(at.indexOf('!') + 1);
        if (rest.matches("\\d+")) {
            return Pattern.compile(Pattern.quote(sheet) + "[A-Z]+" + rest);
        }
        return Pattern.compile(Pattern.quote(at) + (rest.matches("[A-Z]+") ? "\\d+" : ""));
    }

    private interface Edit {
        void apply(XSSFWorkbook book);
    }

    private Path edit(Path from, String name, Edit edit) throws IOException {
        Path to = dir.resolve(name);
        try (InputStream in = Files.newInputStream(from);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            edit.apply(book);
            try (OutputStream out = Files.newOutputStream(to)) {
                book.write(out);
            }
        }
        return to;
    }

    private static String cell(Sheet sheet, int r, int c) {
        return sheet.getSheetName() + "!" + new CellReference(r, c).formatAsString(false);
    }

    private static int rowOf(Sheet sheet, int column, String text) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && row.getCell(column).toString().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(text);
    }

    private static int columnOf(Sheet sheet, int header, String text) {
        Row row = sheet.getRow(header);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            if (row.getCell(c) != null && row.getCell(c).toString().equals(text)) {
                return c;
            }
        }
        throw new AssertionError(text);
    }

    /** Types {@code value} over a cell as Excel saves it; a finding {@code code} is expected there. */
    private void type(Sheet sheet, int r, int c, String value, String code) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        var old = row.getCell(c);
        var style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        var typed = row.createCell(c);
        if (style != null) {
            typed.setCellStyle(style);
        }
        typed.setCellValue(value);
        if (code != null) {
            expected.put(code, cell(sheet, r, c));
        }
    }
}
