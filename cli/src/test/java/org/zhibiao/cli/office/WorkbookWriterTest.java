package org.zhibiao.cli.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.zhibiao.sheet.PrintedColumn;
import org.zhibiao.sheet.PrintedField;
import org.zhibiao.sheet.PrintedForm;
import org.zhibiao.sheet.PrintedRow;
import org.zhibiao.sheet.PrintedSheet;
import org.zhibiao.sheet.PrintedTable;
import org.zhibiao.sheet.Workbook;

/** Our xlsx and docx read back with POI: what a clerk gets is what the form says (issue 15). */
class WorkbookWriterTest {

    /** A form of one sheet: title, two header fields, and an indicator table with merges and a drop-down. */
    static PrintedForm form() {
        List<PrintedColumn> columns = List.of(
                PrintedColumn.fixed("一级指标", 8, true),
                PrintedColumn.fixed("二级指标", 10, true),
                PrintedColumn.fixed("三级指标", 20, false),
                PrintedColumn.filled("指标值", 12, List.of()),
                PrintedColumn.filled("指标值确定依据", 14, List.of("计划标准", "行业标准", "历史标准", "其他")));
        List<PrintedRow> rows = List.of(
                new PrintedRow(List.of("产出指标", "数量指标", "案件办结数", "≥95%", "计划标准"), true),
                new PrintedRow(List.of("产出指标", "数量指标", "巡逻次数", "=100%", "历史标准"), true),
                new PrintedRow(List.of("产出指标", "质量指标", "结案率", "0101", ""), true),
                new PrintedRow(List.of("效益指标", "社会效益", "", " 两端有空格 ", "第一行\n第二行"), false));
        PrintedTable table = new PrintedTable("年度绩效指标", columns, rows);
        PrintedSheet sheet = new PrintedSheet(
                "年度",
                List.of("2024年度部门整体绩效目标申报表"),
                List.of(new PrintedField("部门（单位）名称", "鄂州市公安局", true), new PrintedField("年度", "2024", false)),
                List.of(table));
        return new PrintedForm("hubei/public-security@2024.1", List.of(sheet));
    }

    static byte[] xlsx(PrintedForm form) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookWriter.write(form, out);
        return out.toByteArray();
    }

    @Test
    void merged_regions_drop_downs_locks_and_text_cells_are_in_the_workbook() throws IOException {
        // when
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(form())))) {
            // then
            XSSFSheet sheet = book.getSheet("年度");
            assertThat(sheet).isNotNull();
            // rows: 0 title, 1-2 header block, 3 blank, 4 table title, 5 header, 6.. rows
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年度部门整体绩效目标申报表");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("三级指标");
            List<String> merged = sheet.getMergedRegions().stream()
                    .map(CellRangeAddress::formatAsString)
                    .toList();
            // 产出指标 over three rows, 数量指标 over two; title across the table
            assertThat(merged).contains("A7:A9", "B7:B8", "A1:E1").doesNotContain("B7:B9", "C7:C8");
            // every value a text cell, =100% never a formula, 0101 keeps its zero
            XSSFCell hundred = sheet.getRow(7).getCell(3);
            assertThat(hundred.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hundred.getStringCellValue()).isEqualTo("=100%");
            assertThat(sheet.getRow(8).getCell(3).getStringCellValue()).isEqualTo("0101");
            assertThat(hundred.getCellStyle().getDataFormatString()).isEqualTo("@");
            // spaces and line breaks as typed
            assertThat(sheet.getRow(9).getCell(3).getStringCellValue()).isEqualTo(" 两端有空格 ");
            assertThat(sheet.getRow(9).getCell(4).getStringCellValue()).isEqualTo("第一行\n第二行");
            // the template's cells locked, the department's open, under protection without password
            assertThat(sheet.getRow(6).getCell(2).getCellStyle().getLocked()).isTrue();
            assertThat(sheet.getRow(6).getCell(3).getCellStyle().getLocked()).isFalse();
            assertThat(sheet.getRow(9).getCell(2).getCellStyle().getLocked())
                    .as("a row the department fills")
                    .isFalse();
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getLocked())
                    .as("部门 is filled")
                    .isFalse();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getLocked())
                    .as("年度 is fixed")
                    .isTrue();
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword())
                    .isFalse();
            // the drop-down of 指标值确定依据 over the table's rows
            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertThat(validations).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues())
                        .containsExactly("计划标准", "行业标准", "历史标准", "其他");
                assertThat(v.getRegions().getCellRangeAddresses()[0].formatAsString())
                        .isEqualTo("E7:E10");
            });
            // frozen header, A4 landscape, header row repeated on every page, explicit widths
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("6:6");
            assertThat(sheet.getColumnWidth(2)).isEqualTo((20 * 2 + 2) * 256);
            assertThat(sheet.getRow(6).getCell(2).getCellStyle().getWrapText()).isTrue();
            // the template recorded for a reader
            assertThat(book.getProperties()
                            .getCustomProperties()
                            .getProperty(WorkbookWriter.TEMPLATE_PROPERTY)
                            .getLpwstr())
                    .isEqualTo("hubei/public-security@2024.1");
        }
    }

    @Test
    void a_long_list_of_choices_goes_to_a_hidden_sheet() throws IOException {
        // given: more than Excel's 255 characters of explicit list
        List<String> many = IntStream.range(0, 60).mapToObj(i -> "选项" + i).toList();
        PrintedTable table = new PrintedTable(
                "", List.of(PrintedColumn.filled("类别", 10, many)), List.of(new PrintedRow(List.of(""), false)));
        PrintedForm form = new PrintedForm("t@1", List.of(new PrintedSheet("表", List.of(), List.of(), List.of(table))));
        // when
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx(form)))) {
            // then
            DataValidation v = book.getSheet("表").getDataValidations().get(0);
            assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("'lists'!$A$1:$A$60");
            assertThat(book.isSheetHidden(book.getSheetIndex(WorkbookWriter.LISTS)))
                    .isTrue();
            assertThat(book.getSheet(WorkbookWriter.LISTS).getRow(59).getCell(0).getStringCellValue())
                    .isEqualTo("选项59");
        }
    }

    @Test
    void sheet_names_excel_refuses_are_made_safe_and_unique() {
        Set<String> taken = new HashSet<>();
        assertThat(WorkbookWriter.unique("年度", taken)).isEqualTo("年度");
        assertThat(WorkbookWriter.unique("年度", taken)).isEqualTo("年度(2)");
        assertThat(WorkbookWriter.unique("a/b:c", taken)).doesNotContain("/", ":");
        assertThat(WorkbookWriter.unique("长".repeat(40), taken)).hasSize(31);
    }

    @Test
    void our_workbook_reads_back_cell_by_cell_with_its_template() throws IOException {
        // when
        Workbook read = WorkbookReader.read(xlsx(form()), "decl.xlsx").value();
        // then
        assertThat(read.template()).isEqualTo("hubei/public-security@2024.1");
        var sheet = read.sheets().get(0);
        assertThat(sheet.name()).isEqualTo("年度");
        // the merged 一级 is carried into every row of its region
        assertThat(sheet.texts().get(8)).containsExactly("产出指标", "质量指标", "结案率", "0101");
        assertThat(sheet.texts().get(7)).containsExactly("产出指标", "数量指标", "巡逻次数", "=100%", "历史标准");
        assertThat(sheet.rows().get(7).get(3).pos()).hasToString("decl.xlsx:年度!D8");
    }

    @Test
    void the_word_document_has_the_tables_with_merged_cells_and_the_template() throws IOException {
        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentWriter.write(form(), out);
        // then
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("2024年度部门整体绩效目标申报表");
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRow(0).getCell(2).getText()).isEqualTo("三级指标");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("=100%");
            // 产出指标 starts a vertical merge in row 1 that rows 2 and 3 continue; 效益指标 stands alone
            assertThat(table.getRow(1)
                            .getCell(0)
                            .getCTTc()
                            .getTcPr()
                            .getVMerge()
                            .getVal()
                            .toString())
                    .isEqualTo("restart");
            assertThat(table.getRow(3)
                            .getCell(0)
                            .getCTTc()
                            .getTcPr()
                            .getVMerge()
                            .getVal()
                            .toString())
                    .isEqualTo("continue");
            assertThat(table.getRow(4).getCell(0).getText()).isEqualTo("效益指标");
            assertThat(doc.getDocument()
                            .getBody()
                            .getSectPr()
                            .getPgSz()
                            .getOrient()
                            .toString())
                    .isEqualTo("landscape");
            assertThat(doc.getProperties()
                            .getCustomProperties()
                            .getProperty(WorkbookWriter.TEMPLATE_PROPERTY)
                            .getLpwstr())
                    .isEqualTo("hubei/public-security@2024.1");
        }
    }
}
