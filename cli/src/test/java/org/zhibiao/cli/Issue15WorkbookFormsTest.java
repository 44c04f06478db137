package org.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.cli.office.WorkbookReader;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Table;
import org.zhibiao.yaml.Documents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filled workbooks read back (issue 15): one built here in the seeds' printed layout (title rows,
 * header block, merged 一级/二级 cells, Hubei's columns), one in the 乌海 project layout of DOMAIN.md
 * §4, checked with findings at Sheet!Cell, a filled form of ours carried through {@code convert}
 * with every typed cell kept, and the workbooks that cannot be read refused with a located message.
 */
class Issue15WorkbookFormsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ the seeds' printed layout

    /**
     * 鄂州's 年度绩效指标 as the province's system exports it: a title row across the table, the
     * header block in label and value cells (填报日期 a date Excel stores as a number), the header
     * row, 运行成本 merged over two rows, 前年 typed as a number, and a note row under the table.
     * {@code blankTarget} leaves the second row's 指标值 empty (a defective form).
     */
    static void seedLayout(Workbook book, boolean blankTarget) {
        Sheet sheet = book.createSheet("年度绩效指标");
        put(sheet, 0, 0, "2024年度部门整体绩效目标申报表");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
        put(sheet, 1, 0, "部门（单位）名称：鄂州市公安局");
        put(sheet, 1, 5, "年度：2024");
        put(sheet, 2, 0, "填报人");
        put(sheet, 2, 1, "程果");
        put(sheet, 2, 2, "联系电话");
        put(sheet, 2, 3, "0711-3752722");
        put(sheet, 2, 4, "填报日期");
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
        Row r = sheet.getRow(2);
        r.createCell(5).setCellValue(45306); // 2024-01-15, as Excel stores a date
        r.getCell(5).setCellStyle(date);
        row(sheet, 4, "一级指标", "二级指标", "三级指标", "前年", "上年", "指标值", "指标值确定依据", "指标分类");
        row(sheet, 5, "运行成本", "公用经费控制", "公用经费控制率", "", "≤100%", "≤100%", "计划标准", "绩效基本型");
        row(sheet, 6, "", "在职人员控制", "在职人员控制率", "", "≤100%", blankTarget ? "" : "≤100%", "计划标准", "绩效基本型");
        sheet.getRow(5).createCell(3).setCellValue(95); // 前年 typed as a number
        sheet.addMergedRegion(new CellRangeAddress(5, 6, 0, 0));
        row(sheet, 7, "产出指标", "数量指标", "案件办结数", "", "", "≥3000件", "历史标准", "绩效提升型");
        row(sheet, 9, "注：本表由部门填报，报同级财政部门审核。");
    }

    private static void put(Sheet sheet, int r, int c, String text) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        row.createCell(c).setCellValue(text);
    }

    private static void row(Sheet sheet, int r, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            put(sheet, r, c, cells[c]);
        }
    }

    private Path write(Workbook book, String name) throws IOException {
        Path file = dir.resolve(name);
        try (book;
                OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    private Declaration convert(Path file, String template) throws IOException {
        Path yaml = dir.resolve(file.getFileName() + ".yaml");
        Run run = Run.of("convert", file.toString(), "--template", template, "-o", yaml.toString());
        assertThat(run.code()).as(run.err()).isZero();
        return Documents.readDeclaration(yaml.toString(), Files.readAllBytes(yaml))
                .value();
    }

    @Test
    void a_workbook_in_the_seeds_printed_layout_reads_with_every_value() throws IOException {
        // given
        XSSFWorkbook book = new XSSFWorkbook();
        seedLayout(book, false);
        Path file = write(book, "ezhou.xlsx");
        // when
        Declaration d = convert(file, "hubei/public-security");
        // then: the header block
        assertThat(d.template()).startsWith("hubei/public-security@");
        assertThat(d.department()).isEqualTo("鄂州市公安局");
        assertThat(d.year()).isEqualTo(2024);
        assertThat(d.contact().preparer()).isEqualTo("程果");
        assertThat(d.contact().phone()).isEqualTo("0711-3752722");
        assertThat(d.contact().date()).isEqualTo("2024-01-15");
        // the rows, in the sheet's table (named by its printed title), 运行成本 carried down
        assertThat(d.tables()).extracting(Table::name).containsExactly("年度");
        var rows = d.tables().get(0).rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0))
                .extracting("level1", "level2", "level3", "prev2", "prev1", "target", "basis", "category")
                .containsExactly("运行成本", "公用经费控制", "公用经费控制率", "95", "≤100%", "≤100%", "计划标准", "绩效基本型");
        assertThat(rows.get(1))
                .extracting("level1", "level2", "level3", "prev2", "prev1", "target", "basis", "category")
                .containsExactly("运行成本", "在职人员控制", "在职人员控制率", null, "≤100%", "≤100%", "计划标准", "绩效基本型");
        assertThat(rows.get(2))
                .extracting("level1", "level2", "level3", "prev2", "prev1", "target", "basis", "category")
                .containsExactly("产出指标", "数量指标", "案件办结数", null, null, "≥3000件", "历史标准", "绩效提升型");
    }

    @Test
    void an_xls_in_the_seeds_printed_layout_reads_the_same() throws IOException {
        HSSFWorkbook book = new HSSFWorkbook();
        seedLayout(book, false);
        Path file = write(book, "ezhou.xls");
        Declaration d = convert(file, "hubei/public-security");
        assertThat(d.department()).isEqualTo("鄂州市公安局");
        assertThat(d.contact().date()).isEqualTo("2024-01-15");
        assertThat(d.tables().get(0).rows()).hasSize(3);
        assertThat(d.tables().get(0).rows().get(0).prev2()).isEqualTo("95");
    }

    // ------------------------------------------------------------------ a project layout (乌海)

    /**
     * 乌海's 项目支出绩效目标表: 指标性质 正向/反向, 指标方向 the operator, 目标值 a number cell, 计量单位,
     * 分值 a number, 备注.
     */
    static void wuhaiLayout(Workbook book) {
        Sheet sheet = book.createSheet("Sheet1");
        put(sheet, 0, 0, "2021年度项目支出绩效目标表");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
        put(sheet, 1, 0, "项目名称：乌海市公共法律服务体系建设");
        put(sheet, 1, 5, "单位名称：乌海市司法局");
        row(sheet, 3, "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位", "分值", "备注");
        row(sheet, 4, "产出指标", "数量指标", "法律援助案件数", "正向", "≥", "", "件", "", "");
        row(sheet, 5, "", "质量指标", "案件质量合格率", "正向", "=", "", "%", "", "抽查");
        row(sheet, 6, "效益指标", "社会效益指标", "群众法律意识", "正向", "", "明显提高", "", "", "");
        row(sheet, 7, "满意度指标", "服务对象满意度指标", "受援人满意度", "正向", "≥", "", "%", "", "");
        int[][] numbers = {{4, 5, 300}, {4, 7, 25}, {5, 5, 100}, {5, 7, 25}, {6, 7, 30}, {7, 5, 90}, {7, 7, 10}};
        for (int[] n : numbers) {
            sheet.getRow(n[0]).createCell(n[1]).setCellValue(n[2]);
        }
        sheet.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
    }

    @Test
    void a_workbook_in_the_wuhai_project_layout_reads_with_every_value() throws IOException {
        // given 乌海's 项目支出绩效目标表: 指标性质 正向/反向, 指标方向 the operator, 目标值 a number cell,
        // 计量单位, 分值 a number, 备注
        XSSFWorkbook book = new XSSFWorkbook();
        wuhaiLayout(book);
        Path file = write(book, "wuhai.xlsx");
        // when
        Declaration d = convert(file, "national/project");
        // then
        assertThat(d.department()).isEqualTo("乌海市司法局");
        assertThat(d.projects()).singleElement().extracting("name").isEqualTo("乌海市公共法律服务体系建设");
        var rows = d.tables().get(0).rows();
        assertThat(rows).hasSize(4);
        assertThat(rows)
                .extracting("level1", "level2", "level3", "target")
                .containsExactly(
                        tuple("产出指标", "数量指标", "法律援助案件数", "≥300件"),
                        tuple("产出指标", "质量指标", "案件质量合格率", "=100%"),
                        tuple("效益指标", "社会效益指标", "群众法律意识", "明显提高"),
                        tuple("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"));
        assertThat(rows).extracting(r -> r.text("nature")).containsOnly("正向");
        assertThat(rows).extracting(r -> r.text("points")).containsExactly("25", "25", "30", "10");
        assertThat(rows.get(1).text("remark")).isEqualTo("抽查");
    }

    // ------------------------------------------------------------------ findings at Sheet!Cell

    @Test
    void check_of_a_defective_workbook_reports_at_sheet_and_cell_in_text_json_and_sarif() throws IOException {
        // given the seed layout with 在职人员控制率's 指标值 (F7) left empty and 案件办结数 in a 指标分类
        // (绩效提升型, H8) the template does not allow
        XSSFWorkbook book = new XSSFWorkbook();
        seedLayout(book, true);
        Path file = write(book, "defective.xlsx");
        // when
        Run text = Run.of("check", file.toString(), "--template", "hubei/public-security");
        Run json = Run.of("check", file.toString(), "--template", "hubei/public-security", "--format", "json");
        Run sarif = Run.of("check", file.toString(), "--template", "hubei/public-security", "--format", "sarif");
        // then
        assertThat(text.code()).as(text.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(text.out())
                .contains(file + ":年度绩效指标!H8: error[bad-category]: 指标分类“绩效提升型”不在允许范围内")
                // a missing value at the first of the row's empty value cells (前年, D7), not the row's A7 (issue 14)
                .contains(file + ":年度绩效指标!D7: error[missing-value]");
        JsonNode findings = JSON.readTree(json.out());
        List<String> cells = new ArrayList<>();
        for (JsonNode f : findings) {
            if (f.get("code").asString().equals("bad-category")) {
                cells.add(f.get("cell").asString());
            }
        }
        assertThat(cells).containsExactly("年度绩效指标!H8");
        assertThat(sarif.out()).contains("年度绩效指标!H8: ");
        // every finding of a workbook names a sheet and a cell
        assertThat(text.out().lines().filter(l -> l.contains(": error[") || l.contains(": warning[")))
                .isNotEmpty()
                .allSatisfy(
                        l -> assertThat(l).matches("^" + Pattern.quote(file.toString()) + ":年度绩效指标![A-Z]+\\d+: .*"));
    }

    @Test
    void check_finds_the_template_our_workbook_records() throws IOException {
        // given our own form, written by new
        Path file = dir.resolve("decl.xlsx");
        assertThat(Run.of("new", "national/project", "--department", "示例单位", "-o", file.toString())
                        .code())
                .isIn(0, 1);
        // when checked without --template
        Run run = Run.of("check", file.toString());
        // then it is read by national/project and its findings are at cells of the 年度 sheet
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains(file + ":年度!A");
    }

    // ------------------------------------------------------------------ round trip of a filled form

    @Test
    void a_filled_workbook_converted_to_a_workbook_keeps_every_typed_cell() throws IOException {
        // given our form, filled by a clerk in Excel: header fields, a 指标值, a project, a goal
        Path blank = dir.resolve("blank.xlsx");
        assertThat(Run.of("new", "hubei/public-security", "-o", blank.toString())
                        .code())
                .isZero();
        Map<String, String> typed = new LinkedHashMap<>();
        Path filled = dir.resolve("filled.xlsx");
        try (InputStream in = Files.newInputStream(blank);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet overview = book.getSheet("申报表");
            type(overview, rowOf(overview, "部门（单位）名称"), 1, "鄂州市公安局", typed);
            type(overview, rowOf(overview, "联系电话"), 1, "0711-3752722", typed);
            int projects = rowOf(overview, "项目名称");
            type(overview, projects + 1, 0, "执法办案中心建设", typed);
            type(overview, projects + 1, 2, "120.50", typed);
            type(overview, projects + 1, 3, "80", typed);
            XSSFSheet annual = book.getSheet("年度");
            int header = rowOf(annual, "一级指标");
            type(annual, header + 1, 5, "≤98%", typed);
            type(annual, header + 2, 5, "=100%", typed);
            try (OutputStream out = Files.newOutputStream(filled)) {
                book.write(out);
            }
        }
        // when it is read in and written out again
        Path again = dir.resolve("again.xlsx");
        Run run = Run.of("convert", filled.toString(), "-o", again.toString());
        // then every typed cell is in the new workbook, at its address
        assertThat(run.code()).as(run.err()).isZero();
        var book = WorkbookReader.read(again, "again.xlsx").value();
        typed.forEach((at, value) -> {
            String sheet = at.substring(0, at.indexOf('!'));
            CellReference ref = new CellReference(at.substring(at.indexOf('!') + 1));
            var read = book.sheets().stream()
                    .filter(s -> s.name().equals(sheet))
                    .findFirst()
                    .orElseThrow();
            assertThat(read.text(ref.getRow(), ref.getCol())).as(at).isEqualTo(value);
        });
    }

    /**
     * A province's filled form (the seeds' printed layout, then 乌海's project layout), converted to
     * our workbook: every indicator cell the person typed is in the new workbook, in the row of its
     * 三级指标 under the same header (乌海's 目标值 under 指标值, the name our form prints it by), and
     * every header value is on the overview.
     */
    @Test
    void a_province_layout_read_and_written_again_keeps_every_typed_cell() throws IOException {
        XSSFWorkbook seed = new XSSFWorkbook();
        seedLayout(seed, false);
        assertKeepsTypedCells(
                write(seed, "ezhou.xlsx"),
                "hubei/public-security",
                Map.of(),
                List.of("鄂州市公安局", "2024", "程果", "0711-3752722", "2024-01-15"));
        XSSFWorkbook wuhai = new XSSFWorkbook();
        wuhaiLayout(wuhai);
        assertKeepsTypedCells(
                write(wuhai, "wuhai.xlsx"),
                "national/project",
                Map.of("目标值", "指标值"),
                List.of("乌海市司法局", "乌海市公共法律服务体系建设"));
    }

    private void assertKeepsTypedCells(Path file, String template, Map<String, String> renamed, List<String> header)
            throws IOException {
        Path again = dir.resolve("again-" + file.getFileName());
        Run run = Run.of("convert", file.toString(), "--template", template, "-o", again.toString());
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, Map<String, String>> typed = indicatorRows(file);
        Map<String, Map<String, String>> written = indicatorRows(again);
        assertThat(typed).isNotEmpty();
        typed.forEach((level3, cells) -> cells.forEach((h, value) -> assertThat(written.get(level3))
                .as(file.getFileName() + " " + level3 + " " + h)
                .containsEntry(renamed.getOrDefault(h, h), value)));
        var overview = WorkbookReader.read(again, "out").value().sheets().get(0);
        List<String> texts = overview.texts().stream().flatMap(List::stream).toList();
        assertThat(texts).as("header block").containsAll(header);
    }

    /** Each indicator row's non-blank cells by header, keyed by its 三级指标, over every sheet with a header row. */
    private static Map<String, Map<String, String>> indicatorRows(Path file) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (var sheet : WorkbookReader.read(file, "in").value().sheets()) {
            List<List<String>> rows = sheet.texts();
            int header = 0;
            while (header < rows.size()
                    && (rows.get(header).isEmpty() || !rows.get(header).get(0).equals("一级指标"))) {
                header++;
            }
            if (header == rows.size()) {
                continue;
            }
            List<String> names = rows.get(header);
            int level3 = names.indexOf("三级指标");
            for (List<String> row : rows.subList(header + 1, rows.size())) {
                if (row.size() <= level3 || row.get(level3).isBlank()) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < Math.min(row.size(), names.size()); c++) {
                    if (!row.get(c).isBlank() && !names.get(c).isBlank()) {
                        cells.put(names.get(c), row.get(c));
                    }
                }
                out.put(row.get(level3), cells);
            }
        }
        return out;
    }

    private static int rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(first)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(first);
    }

    private static void type(Sheet sheet, int r, int c, String value, Map<String, String> typed) {
        Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        // a new cell in the old one's style, as Excel saves a typed-over cell (POI would keep our inline string)
        CellStyle style = row.getCell(c) == null ? null : row.getCell(c).getCellStyle();
        if (row.getCell(c) != null) {
            row.removeCell(row.getCell(c));
        }
        var cell = row.createCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
        typed.put(sheet.getSheetName() + "!" + new CellReference(r, c).formatAsString(false), value);
    }

    // ------------------------------------------------------------------ workbooks that cannot be read

    @Test
    void a_workbook_without_a_recognisable_header_row_is_refused_at_its_first_cell() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("说明");
        put(sheet, 0, 0, "本表为空白，请勿填写");
        put(sheet, 1, 0, "名称");
        put(sheet, 1, 1, "金额");
        Path file = write(book, "noheader.xlsx");
        Run run = Run.of("check", file.toString(), "--template", "hubei/public-security");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(file + ":说明!A1: error[layout-no-header]: 在前 15 行中找不到表头");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void a_workbook_naming_no_template_needs_one_in_chinese_and_english() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        seedLayout(book, false);
        Path file = write(book, "plain.xlsx");
        Run zh = Run.of("check", file.toString());
        assertThat(zh.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zh.err()).contains(file + ":1:1: error[workbook-no-template]: 工作簿没有记录按哪个模板填写");
        Run en = Run.of("convert", file.toString(), "-o", dir.resolve("x.yaml").toString(), "--lang", "en");
        assertThat(en.code()).isEqualTo(ExitCode.USAGE);
        assertThat(en.err()).contains("error[workbook-no-template]: the workbook does not record which template");
        assertThat(dir.resolve("x.yaml")).doesNotExist();
    }

    @Test
    void a_workbook_recording_an_unknown_template_is_refused() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        seedLayout(book, false);
        POIXMLProperties.CustomProperties custom = book.getProperties().getCustomProperties();
        custom.addProperty("zhibiao-template", "anhui/none@2024.1");
        Path file = write(book, "unknown.xlsx");
        Run run = Run.of("check", file.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(file + ":1:1: error[").contains("anhui/none");
        Run named = Run.of("check", file.toString(), "--template", "anhui/none");
        assertThat(named.code()).isEqualTo(ExitCode.USAGE);
        assertThat(named.err()).contains("anhui/none").doesNotContain("Exception");
    }

    @Test
    void an_encrypted_workbook_is_refused_with_a_message() throws Exception {
        XSSFWorkbook plain = new XSSFWorkbook();
        seedLayout(plain, false);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (plain) {
            plain.write(bytes);
        }
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(bytes.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        Run run = Run.of("check", file.toString(), "--template", "hubei/public-security");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(file + ":1:1: error[workbook-encrypted]: 工作簿设有打开密码");
    }

    @Test
    void a_corrupt_xlsx_or_xls_is_refused_and_nothing_is_written() throws IOException {
        for (String name : List.of("corrupt.xlsx", "corrupt.xls")) {
            Path file = Files.write(dir.resolve(name), "一级指标,三级指标\n".getBytes(StandardCharsets.UTF_8));
            Path out = dir.resolve(name + ".yaml");
            Run run = Run.of("convert", file.toString(), "--template", "hubei/public-security", "-o", out.toString());
            assertThat(run.code()).as(name).isEqualTo(ExitCode.USAGE);
            assertThat(run.err())
                    .contains(file + ":1:1: error[workbook-unreadable]")
                    .doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }

    // ------------------------------------------------------------------ YAML to xlsx and docx

    @Test
    void convert_writes_a_declaration_as_xlsx_and_docx_and_refuses_standard_output() throws IOException {
        Path yaml = Path.of("src/test/resources/seeds/ezhou-2024.yaml");
        Path xlsx = dir.resolve("e.xlsx");
        Path docx = dir.resolve("e.docx");
        assertThat(Run.of("convert", yaml.toString(), "-o", xlsx.toString()).code())
                .isZero();
        assertThat(Run.of("convert", yaml.toString(), "-o", docx.toString()).code())
                .isZero();
        assertThat(WorkbookReader.read(xlsx, "e.xlsx").value().template()).startsWith("hubei/public-security@");
        assertThat(new String(Files.readAllBytes(docx), 0, 2, StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        Run stdout = Run.of("convert", yaml.toString(), "--to", "xlsx");
        assertThat(stdout.code()).isEqualTo(ExitCode.USAGE);
        assertThat(stdout.out()).isEmpty();
    }

    @Test
    void the_word_form_given_back_is_refused_with_what_to_fill_instead_in_every_command() throws IOException {
        // given the Word form zhibiao writes (for printing: it reads no Word file back)
        Path docx = dir.resolve("e.docx");
        assertThat(Run.of("convert", "src/test/resources/seeds/ezhou-2024.yaml", "-o", docx.toString())
                        .code())
                .isZero();
        String refused = Problem.WORD_FORM_NOT_READ
                .at(Position.of(docx.toString(), 1, 1), docx.toString())
                .render(Lang.ZH);
        Path out = dir.resolve("out.yaml");
        List<Run> runs = List.of(
                Run.of("check", docx.toString()),
                Run.of("convert", docx.toString(), "-o", out.toString()),
                Run.of("upgrade", docx.toString(), "--to", "hubei/public-security", "-o", out.toString()),
                Run.of("score", docx.toString()),
                Run.of("new", "--stage", "monitoring", "--from", docx.toString(), "-o", out.toString()));

        // then each says it once at the file (before: "not UTF-8 text, save it as UTF-8"), and writes nothing
        for (Run run : runs) {
            assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(run.err()).startsWith(refused).doesNotContain("not-text", "UTF-8");
            assertThat(run.out()).isEmpty();
        }
        assertThat(out).doesNotExist();
        assertThat(Run.of("check", docx.toString(), "--lang", "en").err())
                .contains("error[word-form-not-read]", "is the Word form", "decl.xlsx");
    }
}
