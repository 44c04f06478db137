package org.zhibiao.cli.office;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Result;

/** Filled workbooks read as the person saw them, and hostile ones refused with a located message (issue 15). */
class WorkbookReaderTest {

    private static byte[] bytes(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        book.close();
        return out.toByteArray();
    }

    /** A filled form as a province exports it: title, merged 一级, a date, a number, a formula with its cached value. */
    private static void fill(Workbook book) {
        Sheet sheet = book.createSheet("年度");
        sheet.createRow(0).createCell(0).setCellValue("2024年度绩效目标表");
        Row header = sheet.createRow(1);
        String[] names = {"一级指标", "三级指标", "指标值", "填报日期", "得分"};
        for (int c = 0; c < names.length; c++) {
            header.createCell(c).setCellValue(names[c]);
        }
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0%"));
        Row r2 = sheet.createRow(2);
        r2.createCell(0).setCellValue("产出指标");
        r2.createCell(1).setCellValue("结案率");
        Cell p = r2.createCell(2);
        p.setCellValue(0.95);
        p.setCellStyle(percent);
        Cell d = r2.createCell(3);
        d.setCellValue(44561);
        d.setCellStyle(date);
        Cell f = r2.createCell(4);
        f.setCellFormula("1+1");
        f.setCellValue(3); // the cached value Excel saved; 1+1 is never evaluated
        Row r3 = sheet.createRow(3);
        r3.createCell(1).setCellValue("巡逻次数");
        r3.createCell(2).setCellValue("≥1200次");
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        Row hidden = sheet.createRow(4);
        hidden.createCell(1).setCellValue("隐藏行");
        hidden.setZeroHeight(true);
        sheet.createRow(5).createCell(1).setCellValue("群众满意度");
        sheet.createRow(9).createCell(0).setCellValue(" ");
        Sheet other = book.createSheet("隐藏");
        other.createRow(0).createCell(0).setCellValue("x");
        book.setSheetHidden(1, true);
    }

    private static void assertFilledForm(Result<org.zhibiao.sheet.Workbook> read, String file) {
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value().sheets()).hasSize(1);
        org.zhibiao.sheet.Sheet sheet = read.value().sheets().get(0);
        assertThat(sheet.texts())
                .containsExactly(
                        List.of("2024年度绩效目标表"),
                        List.of("一级指标", "三级指标", "指标值", "填报日期", "得分"),
                        List.of("产出指标", "结案率", "95%", "2021-12-31", "3"),
                        List.of("产出指标", "巡逻次数", "≥1200次"),
                        List.of(),
                        List.of("", "群众满意度"));
        assertThat(sheet.rows().get(2).get(3).pos()).hasToString(file + ":年度!D3");
        assertThat(sheet.rows().get(3).get(0).pos()).hasToString(file + ":年度!A4");
    }

    @Test
    void an_xlsx_reads_as_displayed_dates_mapped_back_formulas_cached_merges_carried() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        fill(book);
        Result<org.zhibiao.sheet.Workbook> read = WorkbookReader.read(bytes(book), "filled.xlsx");
        assertFilledForm(read, "filled.xlsx");
        assertThat(read.value().template()).isNull();
    }

    @Test
    void an_xls_reads_the_same_way() throws IOException {
        HSSFWorkbook book = new HSSFWorkbook();
        fill(book);
        book.createInformationProperties();
        CustomProperties custom = new CustomProperties();
        custom.put(WorkbookWriter.TEMPLATE_PROPERTY, "hubei/x@1");
        book.getDocumentSummaryInformation().setCustomProperties(custom);
        Result<org.zhibiao.sheet.Workbook> read = WorkbookReader.read(bytes(book), "filled.xls");
        assertFilledForm(read, "filled.xls");
        assertThat(read.value().template()).isEqualTo("hubei/x@1");
    }

    // --- hostile workbooks -----------------------------------------------------------------------

    private static Diagnostic refused(byte[] bytes) {
        Result<org.zhibiao.sheet.Workbook> read = WorkbookReader.read(bytes, "bad.xlsx");
        assertThat(read.value()).isNull();
        assertThat(read.diagnostics()).hasSize(1);
        Diagnostic d = read.diagnostics().get(0);
        assertThat(d.position().file()).isEqualTo("bad.xlsx");
        assertThat(d.zh()).doesNotContain("Exception:");
        return d;
    }

    private static byte[] plainXlsx() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        book.createSheet("年度").createRow(0).createCell(0).setCellValue("a");
        return bytes(book);
    }

    /** The zip with entries replaced or added, written with java.util.zip. */
    private static byte[] rewrite(byte[] zip, Map<String, byte[]> entries) throws IOException {
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                all.put(e.getName(), in.readAllBytes());
            }
        }
        all.putAll(entries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip2 = new ZipOutputStream(out)) {
            for (var e : all.entrySet()) {
                zip2.putNextEntry(new ZipEntry(e.getKey()));
                zip2.write(e.getValue());
                zip2.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static byte[] sheetXml(String dimension, String rows) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\"><dimension ref=\"" + dimension + "\"/><sheetData>" + rows
                        + "</sheetData></worksheet>")
                .getBytes(UTF_8);
    }

    @Test
    void a_zip_bomb_is_refused_before_it_is_unpacked() throws IOException {
        // given: a sheet of 64 MB of blanks that deflates to a few hundred KB
        byte[] bomb = new byte[64 << 20];
        Arrays.fill(bomb, (byte) ' ');
        byte[] xlsx = rewrite(plainXlsx(), Map.of("xl/worksheets/sheet1.xml", bomb));
        assertThat(xlsx.length).isLessThan(1 << 20);
        // when / then
        Diagnostic d = refused(xlsx);
        assertThat(d.code()).isEqualTo("workbook-too-large");
        assertThat(d.zh()).contains("压缩比");
    }

    @Test
    void a_part_larger_than_the_limit_is_refused() throws IOException {
        // given: 40 MB of random digits, compressible enough to pass the ratio, too big to unpack
        Random random = new Random(15);
        byte[] big = new byte[40 << 20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('0' + random.nextInt(10));
        }
        byte[] xlsx = rewrite(plainXlsx(), Map.of("xl/sharedStrings.xml", big));
        // when / then
        Diagnostic d = refused(xlsx);
        assertThat(d.code()).isEqualTo("workbook-too-large");
    }

    @Test
    void a_billion_rows_in_the_dimension_allocate_nothing_and_rows_past_the_limit_are_refused() throws IOException {
        // given: a dimension that claims the most rows a sheet can have, over one real row
        byte[] claims = rewrite(
                plainXlsx(),
                Map.of(
                        "xl/worksheets/sheet1.xml",
                        sheetXml(
                                "A1:XFD1048576",
                                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>")));
        Result<org.zhibiao.sheet.Workbook> read = WorkbookReader.read(claims, "big.xlsx");
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value().sheets().get(0).texts()).containsExactly(List.of("a"));
        // and a row far down the sheet is refused, not read
        byte[] far = rewrite(
                plainXlsx(),
                Map.of(
                        "xl/worksheets/sheet1.xml",
                        sheetXml(
                                "A1:A1000000",
                                "<row r=\"1000000\"><c r=\"A1000000\" t=\"inlineStr\"><is><t>a</t></is></c></row>")));
        Diagnostic d = refused(far);
        assertThat(d.code()).isEqualTo("workbook-too-large");
        assertThat(d.position()).hasToString("bad.xlsx:年度!A1000000");
    }

    @Test
    void too_many_sheets_are_refused() throws IOException {
        XSSFWorkbook book = new XSSFWorkbook();
        for (int i = 0; i <= WorkbookReader.MAX_SHEETS; i++) {
            book.createSheet("s" + i);
        }
        assertThat(refused(bytes(book)).zh()).contains("工作表数");
    }

    @Test
    void macros_and_external_links_are_ignored_and_the_cells_read() throws IOException {
        // given: an xlsm's VBA project and an external link part, which are never run or followed
        byte[] plain = plainXlsx();
        String types = new String(entry(plain, "[Content_Types].xml"), UTF_8)
                .replace(
                        "</Types>",
                        "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                                + "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"application/"
                                + "vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>");
        byte[] xlsm = rewrite(
                plain,
                Map.of(
                        "xl/vbaProject.bin",
                        new byte[] {1, 2, 3},
                        "xl/externalLinks/externalLink1.xml",
                        "<externalLink/>".getBytes(UTF_8),
                        "[Content_Types].xml",
                        types.getBytes(UTF_8)));
        Result<org.zhibiao.sheet.Workbook> read = WorkbookReader.read(xlsm, "macro.xlsm");
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.value().sheets().get(0).text(0, 0)).isEqualTo("a");
    }

    @Test
    void an_encrypted_workbook_is_refused_with_a_message() throws Exception {
        // given: an xlsx with an opening password, as Excel writes it
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(plainXlsx());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        fs.writeFilesystem(file);
        fs.close();
        // when / then
        Diagnostic d = refused(file.toByteArray());
        assertThat(d.code()).isEqualTo("workbook-encrypted");
        assertThat(d.render(Lang.ZH)).startsWith("bad.xlsx:1:1: error[workbook-encrypted]: 工作簿设有打开密码");
    }

    @Test
    void a_file_that_is_no_workbook_is_refused() {
        assertThat(refused("三级指标,指标值\n".getBytes(UTF_8)).code()).isEqualTo("workbook-unreadable");
        assertThat(refused(new byte[0]).code()).isEqualTo("workbook-unreadable");
        assertThat(refused(new byte[] {'P', 'K', 3, 4, 0, 0}).code()).isEqualTo("workbook-unreadable");
    }
}
